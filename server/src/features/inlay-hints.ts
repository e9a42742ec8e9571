// textDocument/inlayHint (LSP 3.17): computed totals beside the total cells of a report's
// statutory tables, for the requested range only. Nothing for other text. govReport.inlayHints:
// `mismatches` (default: only where a sum fails), `all`, `off`; English in an English editor.
import { InlayHint } from 'vscode-languageserver';
import { inlayHints } from '../core/features/inlay-hints';
import { toInlayHints, toOffsets } from '../convert';
import type { ServerContext } from '../server';

export function registerInlayHints(ctx: ServerContext): void {
  ctx.connection.languages.inlayHint.on((params, token) =>
    ctx.guard('inlay hints', null, async (): Promise<InlayHint[] | null> => {
      const found = await ctx.store.report(params.textDocument.uri, token);
      if (!found || token.isCancellationRequested) return null;
      const lines = found.entry.lines;
      const { start, end } = toOffsets(lines, params.range);
      // A hint at the very end of the range (a number closing the last line) belongs to it.
      const mode = (await ctx.store.getSettings(params.textDocument.uri)).inlayHints ?? 'mismatches';
      if (token.isCancellationRequested) return null;
      return toInlayHints(lines, inlayHints(found.analysis, start, end + 1, { mode, english: ctx.client.english }));
    }),
  );
}

/** Asks the client to pull the hints again (after a configuration change), when it can. */
export function refreshInlayHints(ctx: ServerContext): void {
  if (!ctx.client.inlayHintRefresh) return;
  void ctx.guard('inlay hint refresh', undefined, () => ctx.connection.languages.inlayHint.refresh());
}
