// textDocument/completion: statutory headings, table row labels, disposition names and table
// skeletons where they belong (core/features/completion.ts decides what and where).
import { CompletionItem } from 'vscode-languageserver';
import { completeAt } from '../core/features/completion';
import { toCompletionItems } from '../convert';
import type { ServerContext } from '../server';

/** Characters after which a statutory label or heading typically continues. */
export const COMPLETION_TRIGGERS = ['、', '（', '(', '|', '.'];

export function registerCompletion(ctx: ServerContext): void {
  ctx.connection.onCompletion((params, token) =>
    ctx.guard('completion', [] as CompletionItem[], async () => {
      const entry = await ctx.store.analysis(params.textDocument.uri, token);
      if (!entry?.analysis || token.isCancellationRequested) return [];
      const offset = entry.lines.offsetAt(params.position);
      return toCompletionItems(entry.lines, completeAt(entry.analysis, offset));
    }),
  );
}
