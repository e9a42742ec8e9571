// textDocument/formatting and rangeFormatting: align pipe tables by East Asian display width.
// Only whitespace (and the dashes of separator rows) ever changes; tab tables stay as pasted.
import { TextEdit } from 'vscode-languageserver';
import { formatRange, formatTables } from '../core/features/format-table';
import { toLspTextEdits, toOffsets } from '../convert';
import type { ServerContext } from '../server';
import { MAX_EDITOR_CHARS } from '../limits';

export function registerFormatting(ctx: ServerContext): void {
  ctx.connection.onDocumentFormatting((params, token) =>
    ctx.guard('formatting', [] as TextEdit[], async () => {
      const entry = await ctx.store.analysis(params.textDocument.uri, token);
      if (!entry || token.isCancellationRequested || tooLarge(ctx, entry.lines.text, params.textDocument.uri)) return [];
      const mode = (await ctx.store.getSettings(params.textDocument.uri)).formatTables ?? 'align';
      return toLspTextEdits(entry.lines, formatTables(entry.lines.text, entry.analysis ?? undefined, mode));
    }),
  );
  ctx.connection.onDocumentRangeFormatting((params, token) =>
    ctx.guard('range formatting', [] as TextEdit[], async () => {
      const entry = await ctx.store.analysis(params.textDocument.uri, token);
      if (!entry || token.isCancellationRequested || tooLarge(ctx, entry.lines.text, params.textDocument.uri)) return [];
      const { start, end } = toOffsets(entry.lines, params.range);
      const mode = (await ctx.store.getSettings(params.textDocument.uri)).formatTables ?? 'align';
      return toLspTextEdits(entry.lines, formatRange(entry.lines.text, start, end, entry.analysis ?? undefined, mode));
    }),
  );
}

/** Formatting has the linter's size limit: a document the editor does not check is not reformatted either. */
function tooLarge(ctx: ServerContext, text: string, uri: string): boolean {
  if (text.length <= MAX_EDITOR_CHARS) return false;
  ctx.log(`[govreport] ${uri} is not formatted: ${text.length} characters exceed the editor's limit of ${MAX_EDITOR_CHARS}`);
  return true;
}
