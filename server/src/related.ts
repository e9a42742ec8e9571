// Other reports next to a document (same folder), summarised for the across-file rules
// (carryover-mismatch, content-duplicate). Files are only read, never executed, and only inside
// the workspace folders: next to a file opened from elsewhere only the other open documents
// count. Open documents count with their unsaved text. A folder is looked at again at most every REFRESH_MS, and the
// same array is returned while nothing changed, so the per-version lint cache stays valid.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { filePathOf, isInside } from './file-paths';
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ReportSummary, summarize } from './core';
import { MAX_EDITOR_CHARS } from './limits';
import { decodeBytes } from './decode';

const REFRESH_MS = 3000;

/** One empty list for every document without neighbours, so that the lint cache can compare by identity. */
export const NO_RELATED: readonly ReportSummary[] = Object.freeze([]);
const MAX_FILES = 200;
const MAX_BYTES = 2 * 1024 * 1024;

interface Snapshot {
  at: number;
  key: string;
  summaries: readonly ReportSummary[];
}

export class RelatedReports {
  private readonly files = new Map<string, { stamp: string; summary: ReportSummary | null }>();
  /** Per document (file path): the summaries of its neighbours. */
  private readonly folders = new Map<string, Snapshot>();

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly log: (message: string) => void,
    /** The workspace folders (file system paths); files are read from disk only inside them. */
    private readonly roots: () => readonly string[] = () => [],
  ) {}

  /** Whether `dir` is one of the workspace folders or inside one. */
  private inWorkspace(dir: string): boolean {
    return this.roots().some((root) => isInside(root, dir));
  }

  /** Summaries of the other reports in the document's folder (empty for unsaved or non-file documents). */
  async for(uri: string): Promise<readonly ReportSummary[]> {
    const file = filePathOf(uri);
    if (file === null) return NO_RELATED;
    const dir = path.dirname(file);
    // One snapshot per document: its neighbours, never itself, so that typing in a document
    // neither re-summarises it nor invalidates its own snapshot.
    const snap = this.folders.get(file);
    const now = Date.now();
    if (snap && now - snap.at < REFRESH_MS && snap.key.endsWith('#' + this.openKey(dir, file))) return snap.summaries;
    const fresh = await this.scan(dir, file, now);
    if (snap && snap.key === fresh.key) {
      snap.at = now;
      return snap.summaries;
    }
    this.folders.set(file, fresh);
    return fresh.summaries;
  }

  /** Versions of the other open documents of a folder: unsaved edits change what the folder says. */
  private openKey(dir: string, self: string): string {
    return this.documents.all()
      .filter((d) => d.uri.startsWith('file:') && safePath(d.uri) !== self && path.dirname(safePath(d.uri)) === dir)
      .map((d) => `${d.uri}@${d.version}`).sort().join('|');
  }

  private async scan(dir: string, self: string, now: number): Promise<Snapshot> {
    let names: string[] = [];
    const disk = this.inWorkspace(dir);
    if (disk) {
      try {
        names = await fs.readdir(dir);
      } catch (e) {
        this.log(`[govreport] cannot list ${dir}: ${e instanceof Error ? e.message : String(e)}`);
      }
    } else {
      // Outside the workspace folders: nothing is read from disk, only the open documents count.
      names = this.documents.all().filter((d) => d.uri.startsWith('file:') && path.dirname(safePath(d.uri)) === dir).map((d) => path.basename(safePath(d.uri)));
    }
    names = names.filter((n) => /\.(md|txt)$/i.test(n)).sort().slice(0, MAX_FILES);
    const stamps: string[] = [];
    const summaries: ReportSummary[] = [];
    for (const name of names) {
      const full = path.join(dir, name);
      if (full === self) continue;
      const open = this.documents.get(pathToFileURL(full).href);
      let stamp: string;
      let read: () => Promise<string | null>;
      if (open) {
        if (open.getText().length > MAX_EDITOR_CHARS) continue; // not checked in the editor, nor compared
        stamp = `open@${open.version}`;
        read = async () => open.getText();
      } else {
        if (!disk) continue;
        try {
          const st = await fs.stat(full);
          if (!st.isFile() || st.size > MAX_BYTES) continue;
          stamp = `${st.mtimeMs}:${st.size}`;
        } catch {
          continue;
        }
        // Decoded as the CLI and the workspace check decode files (UTF-8, UTF-16, GB18030, Big5).
        read = async () => {
          const bytes = await fs.readFile(full).catch(() => null);
          const decoded = bytes ? decodeBytes(bytes) : null;
          return decoded?.ok ? decoded.text : null;
        };
      }
      stamps.push(`${name}=${stamp}`);
      let cached = this.files.get(full);
      if (!cached || cached.stamp !== stamp) {
        const text = await read();
        let summary: ReportSummary | null = null;
        try {
          summary = text === null || text.includes('\u0000') ? null : summarize(text, name);
        } catch (e) {
          this.log(`[govreport] cannot summarise ${full}: ${e instanceof Error ? e.message : String(e)}`);
        }
        cached = { stamp, summary: summary && summary.kind !== null ? summary : null };
        this.files.set(full, cached);
      }
      if (cached.summary) summaries.push(cached.summary);
    }
    return { at: now, key: stamps.join('|') + '#' + this.openKey(dir, self), summaries: summaries.length ? summaries : NO_RELATED };
  }
}

function safePath(uri: string): string {
  return filePathOf(uri) ?? '';
}
