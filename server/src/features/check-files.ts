// govReport/checkFile: the command "检查工作区中的所有报告" (client/src/workspace-check.ts) asks for
// one file at a time, so that it can show progress and stop when cancelled. A file open in the
// editor is already checked as it is typed; any other file is read from disk (only inside the
// workspace folders), decoded as the CLI does (UTF-8, UTF-16, GB18030, Big5), linted with the same
// settings and neighbours as an open document, and its findings published to the Problems panel
// when it is a report. Nothing is cached: the workspace may hold many reports.
import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { RequestType } from 'vscode-languageserver';
import { LineMap } from '../core';
import { decodeBytes } from '../decode';
import { toDiagnostics } from '../convert';
import { filePathOf, isInside } from '../file-paths';
import { MAX_EDITOR_CHARS } from '../limits';
import type { ServerContext } from '../server';
import { CHECK_FILE_REQUEST } from '../../../shared/protocol';
import type { CheckFileParams, CheckFileResult, CheckFileState } from '../../../shared/protocol';

export type { CheckFileParams, CheckFileResult, CheckFileState } from '../../../shared/protocol';

export const CheckFileRequest = new RequestType<CheckFileParams, CheckFileResult, void>(CHECK_FILE_REQUEST);

/** The languages the extension checks, by file extension. */
const LANGUAGE_BY_EXTENSION: Readonly<Record<string, string>> = { '.md': 'markdown', '.markdown': 'markdown', '.txt': 'plaintext' };

export function registerCheckFiles(ctx: ServerContext): void {
  /** Files whose findings this request published (cleared when a later check finds no report). */
  const shown = new Set<string>();
  ctx.connection.onRequest(CheckFileRequest, (params, token) => {
    const uri = typeof params?.uri === 'string' ? params.uri : '';
    const result = (state: CheckFileState, kind: string | null = null, findings = 0): CheckFileResult => ({ uri, state, kind, findings });
    return ctx.guard(`checking ${uri}`, result('unreadable'), async () => {
      if (ctx.documents.get(uri)) {
        const a = await ctx.store.analysis(uri, token);
        return result('open', a?.result.kind ?? null, ctx.store.published.get(uri)?.length ?? 0);
      }
      const file = filePathOf(uri);
      const language = file ? LANGUAGE_BY_EXTENSION[path.extname(file).toLowerCase()] : undefined;
      const roots = ctx.client.workspaceRoots ?? [];
      if (!file || !language || !roots.some((r) => isInside(r, path.dirname(file)))) return result('outside');
      const size = await stat(file).then((s) => (s.isFile() ? s.size : -1), () => -1);
      if (size < 0) return result('unreadable');
      // UTF-16 is two bytes a character at most, UTF-8 one or more: a larger file cannot fit.
      if (size > MAX_EDITOR_CHARS * 4) return result('tooLarge');
      const decoded = decodeBytes(await readFile(file));
      if (!decoded.ok) return result('unreadable');
      if (decoded.text.length > MAX_EDITOR_CHARS) return result('tooLarge');
      if (token.isCancellationRequested) return result('unreadable');
      const started = Date.now();
      const settings = await ctx.store.getSettings(uri);
      const related = await ctx.store.related(uri);
      const r = await ctx.store.lintText(uri, decoded.text, settings, related);
      ctx.debug(`[govreport] workspace check of ${uri}: ${r.kind ?? 'not a report'}, ${r.findings.length} findings in ${Date.now() - started} ms`);
      // Opened meanwhile: the editor's own run publishes for it.
      if (ctx.documents.get(uri)) return result('open', r.kind);
      if (r.kind === null) {
        if (shown.delete(uri)) await ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
        return result('checked');
      }
      const diagnostics = toDiagnostics(r.findings, new LineMap(decoded.text), 0, ctx.docBase, ctx.client.english);
      shown.add(uri);
      await ctx.connection.sendDiagnostics({ uri, diagnostics });
      return result('checked', r.kind, diagnostics.length);
    });
  });
}
