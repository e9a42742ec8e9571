// textDocument/codeLens: "插入表三" on the heading of a statutory section whose table is missing
// (core/features/missing-tables.ts). The lens runs the client's govReport.insertTable with the
// place and the table, so the canonical table of the detected format is inserted by the same
// machinery as the command (the snippet files). govReport.codeLens: false turns the lenses off.
import { CodeLens, Command } from 'vscode-languageserver';
import { missingTables } from '../core/features/missing-tables';
import { toRange } from '../convert';
import type { ServerContext } from '../server';
import { COMMANDS } from '../../../shared/protocol';
import type { InsertTableArgs } from '../../../shared/protocol';

/** The client command the lens runs (client/src/insert-commands.ts) and what the lens passes to it. */
export const INSERT_TABLE_COMMAND = COMMANDS.insertTable;
export type { InsertTableArgs } from '../../../shared/protocol';

export function registerCodeLens(ctx: ServerContext): void {
  ctx.connection.onCodeLens((params, token) =>
    ctx.guard('code lens', null, async (): Promise<CodeLens[] | null> => {
      const uri = params.textDocument.uri;
      if (!(await codeLensEnabled(ctx, uri)) || token.isCancellationRequested) return null;
      const found = await ctx.store.report(uri, token);
      if (!found || token.isCancellationRequested) return null;
      const { entry, analysis } = found;
      const kind = analysis.kind;
      if (!kind) return null;
      const english = ctx.client.english;
      return missingTables(analysis).map((m): CodeLens => {
        const args: InsertTableArgs = { uri, version: entry.version, kind, table: m.number, position: entry.lines.positionAt(m.insertAt) };
        const command: Command = {
          title: english ? `Insert table ${m.number}` : `插入${m.name}`,
          command: INSERT_TABLE_COMMAND,
          arguments: [args],
        };
        return { range: toRange(entry.lines, m.headingStart, m.headingEnd), command };
      });
    }),
  );
}

/** govReport.codeLens (default true), pulled per document like the other settings. */
async function codeLensEnabled(ctx: ServerContext, uri: string): Promise<boolean> {
  if (!ctx.client.configuration) return true;
  try {
    const value: unknown = await ctx.connection.workspace.getConfiguration({ scopeUri: uri, section: 'govReport.codeLens' });
    return value !== false;
  } catch {
    return true;
  }
}

/** Asks the client to pull the lenses again (after a configuration change), when it can. */
export function refreshCodeLenses(ctx: ServerContext): void {
  if (!ctx.client.codeLensRefresh) return;
  void ctx.guard('code lens refresh', undefined, () => ctx.connection.sendRequest('workspace/codeLens/refresh'));
}
