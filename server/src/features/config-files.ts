// .govreportrc.json: its problems shown on the file itself; a change re-reads it and re-checks
// every open document (the client watches **/.govreportrc.json: client/src/extension.ts).
import { Diagnostic, DiagnosticSeverity, FileChangeType } from 'vscode-languageserver';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LineMap } from '../core';
import { ConfigFile, RC_FILE, readConfigFile } from '../config-file';
import { filePathOf } from '../file-paths';
import type { ServerContext } from '../server';

export function registerConfigFiles(ctx: ServerContext, revalidateAll: () => void): void {
  const { connection, store } = ctx;
  /** What was last published per settings file URI, to publish only changes. */
  const shown = new Map<string, string>();
  const publish = (uri: string, file: ConfigFile | null) => {
    const diagnostics = file ? configDiagnostics(file, ctx.client.english) : [];
    const key = JSON.stringify(diagnostics);
    if ((shown.get(uri) ?? '[]') === key) return;
    shown.set(uri, key);
    void ctx.guard('publishing settings file problems', undefined, () => connection.sendDiagnostics({ uri, diagnostics }));
  };
  store.onConfigFile = (file) => publish(pathToFileURL(file.file).href, file);
  connection.onDidChangeWatchedFiles((params) => {
    void ctx.guard('applying a settings file change', undefined, () => {
      store.config.invalidate();
      store.settingsChanged();
      for (const change of params.changes) {
        const file = filePathOf(change.uri);
        if (!file || path.basename(file) !== RC_FILE) continue;
        publish(change.uri, change.type === FileChangeType.Deleted || !existsSync(file) ? null : readConfigFile(file));
      }
      revalidateAll();
    });
  });
}

/** A settings file's problems as diagnostics on that file: an unusable file is an error, an ignored value a warning. */
function configDiagnostics(file: ConfigFile, english: boolean): Diagnostic[] {
  const lines = new LineMap(file.text);
  return file.problems.map((p) => {
    const at = lines.positionAt(p.offset ?? 0);
    return {
      range: { start: at, end: at },
      severity: p.fatal ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
      source: 'govreport',
      message: english ? `${RC_FILE}: ${p.messageEn}` : `${RC_FILE}：${p.message}`,
    };
  });
}
