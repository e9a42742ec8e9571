// The generated snippet files (snippets/markdown.json, snippets/plaintext.json) read as a
// catalog: which entry is which statutory table or report skeleton. The ASCII prefixes are
// the key, built here and used by scripts/gen-snippets.ts, so that the generator and the
// insert commands cannot drift apart. No vscode import: test/core/snippets.test.ts runs this.

/** One entry of a VS Code snippet file. */
export interface SnippetEntry {
  prefix: string[];
  body: string[];
  description: string;
}

export type SnippetFile = Record<string, SnippetEntry>;

export interface CatalogEntry {
  /** The snippet's name (its key in the file): the quick-pick label. */
  name: string;
  description: string;
  /** Snippet syntax (tab stops, escapes), lines joined by \n. */
  body: string;
  kind: string;
  /** Statutory table number (2 = 表二) for tables; undefined for skeletons. */
  table?: number;
}

export interface SnippetCatalog {
  tables: CatalogEntry[];
  skeletons: CatalogEntry[];
}

/** Snippet files by document language; other languages get no snippets. */
export const SNIPPET_FILES: Readonly<Record<string, string>> = {
  markdown: 'markdown.json',
  plaintext: 'plaintext.json',
};

/**
 * The snippet file whose tables the insert command and the CodeLens put into a document: its
 * language's, except that plain text gets the pipe tables of the Markdown file unless
 * govReport.plainTextTables is `tab`. A tab-separated table is hard to read in an editor (the
 * columns do not line up); GovReport reads both layouts alike, and the pipe table is what the
 * table formatter aligns. The snippets typed by prefix keep their language's layout.
 */
export function tableSnippetFile(languageId: string, plainTextTables: unknown): string {
  if (languageId === 'plaintext' && plainTextTables !== 'tab') return SNIPPET_FILES.markdown;
  return SNIPPET_FILES[languageId] ?? SNIPPET_FILES.markdown;
}

const GOV_INFO = /^gov-info-(\d{4})$/;

/** `govreport-table3-2021` for table 三 of gov-info-2021. */
export function tablePrefix(kind: string, table: number): string {
  const m = GOV_INFO.exec(kind);
  return `govreport-table${table}-${m ? m[1] : kind}`;
}

/** `govreport-skeleton-gov-info-2021`, `govreport-skeleton-rule-of-law`. */
export function skeletonPrefix(kind: string): string {
  return `govreport-skeleton-${kind}`;
}

const TABLE_PREFIX = /^govreport-table(\d+)-(.+)$/;
const SKELETON_PREFIX = /^govreport-skeleton-(.+)$/;

function isEntry(v: unknown): v is SnippetEntry {
  const e = v as SnippetEntry;
  return !!e && typeof e === 'object' && Array.isArray(e.prefix) && Array.isArray(e.body) && e.body.every((l) => typeof l === 'string');
}

/** Reads a parsed snippet file; entries without one of our prefixes are ignored. */
export function readCatalog(file: unknown): SnippetCatalog {
  const catalog: SnippetCatalog = { tables: [], skeletons: [] };
  if (!file || typeof file !== 'object') return catalog;
  for (const [name, entry] of Object.entries(file as Record<string, unknown>)) {
    if (!isEntry(entry)) continue;
    const base = { name, description: typeof entry.description === 'string' ? entry.description : '', body: entry.body.join('\n') };
    for (const p of entry.prefix) {
      const t = TABLE_PREFIX.exec(p);
      if (t) {
        catalog.tables.push({ ...base, kind: /^\d{4}$/.test(t[2]) ? `gov-info-${t[2]}` : t[2], table: Number(t[1]) });
        break;
      }
      const s = SKELETON_PREFIX.exec(p);
      if (s) {
        catalog.skeletons.push({ ...base, kind: s[1] });
        break;
      }
    }
  }
  catalog.tables.sort((a, b) => (a.kind === b.kind ? (a.table ?? 0) - (b.table ?? 0) : a.kind < b.kind ? 1 : -1));
  return catalog;
}

/** The statutory tables of one report kind, in table order (empty for kinds without tables). */
export function tablesFor(catalog: SnippetCatalog, kind: string): CatalogEntry[] {
  return catalog.tables.filter((e) => e.kind === kind);
}
