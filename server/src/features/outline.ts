// textDocument/documentSymbol (hierarchical) and textDocument/foldingRange for reports. For any
// other text GovReport answers null: the editor keeps its own outline and indentation folding.
import { DocumentSymbol, FoldingRange } from 'vscode-languageserver';
import { documentSymbols } from '../core/features/symbols';
import { foldingRanges } from '../core/features/folding';
import { toDocumentSymbols, toFoldingRanges } from '../convert';
import type { ServerContext } from '../server';

export function registerDocumentSymbols(ctx: ServerContext): void {
  ctx.connection.onDocumentSymbol((params, token) =>
    ctx.guard('document symbols', null, async (): Promise<DocumentSymbol[] | null> => {
      const found = await ctx.store.report(params.textDocument.uri, token);
      if (!found || token.isCancellationRequested) return null;
      return toDocumentSymbols(found.entry.lines, documentSymbols(found.analysis));
    }),
  );
}

export function registerFoldingRanges(ctx: ServerContext): void {
  ctx.connection.onFoldingRanges((params, token) =>
    ctx.guard('folding ranges', null, async (): Promise<FoldingRange[] | null> => {
      const found = await ctx.store.report(params.textDocument.uri, token);
      if (!found || token.isCancellationRequested) return null;
      return toFoldingRanges(foldingRanges(found.analysis));
    }),
  );
}
