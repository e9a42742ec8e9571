// textDocument/codeLens: "插入表三" on the heading of a statutory section whose table is missing
// (core/features/missing-tables.ts). The lens runs the client's govReport.insertTable with the
// place and the table, so the canonical table of the detected format is inserted by the same
// machinery as the command (the snippet files). govReport.codeLens: false turns the lenses off.
import { CodeLens, Command } from 'vscode-languageserver';
import { missingTables } from '../core/features/missing-tables';
import { toRange } from '../convert';
import type { ServerContext } from '../server';

/** The client command the lens runs (client/src/insert-commands.ts). */
export const INSERT_TABLE_COMMAND = 'govReport.insertTable';

/** What the lens passes to govReport.insertTable. */
export interface InsertTableArgs {
  uri: string;
  /** Document version the place was computed for; the client declines when the text has moved on. */
  version: number;
  kind: string;
  /** Table number as printed (3 for 表三). */
  table: number;
  /** Where the table goes: the end of this line. */
  position: { line: number; character: number };
}

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
