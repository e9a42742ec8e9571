// The VS Code side: starts the language server (dist/server.js) and wires the commands and
// the status bar. Everything a report check needs happens in the server; this file stays thin.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { registerCommands, StatusBar, StatusBarSnapshot } from './commands';
import { CHECK_STATUS_NOTIFICATION, CONFIG_SECTION, DIAGNOSTIC_SOURCE, LANGUAGES } from '../../shared/protocol';
import type { CheckStatus } from '../../shared/protocol';
import type { WorkspaceCheckSummary } from './workspace-check';
import { t } from './l10n';

let client: LanguageClient | undefined;

/** What activate() returns: a read-only view for other extensions and the extension-host tests. */
export interface GovReportApi {
  /** The status-bar item as shown now: the detected kind and year of the active report. */
  statusBar(): StatusBarSnapshot;
}

export type { WorkspaceCheckSummary };

export async function activate(context: vscode.ExtensionContext): Promise<GovReportApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6009'] },
    },
  };
  const rcWatcher = vscode.workspace.createFileSystemWatcher('**/.govreportrc.json');
  context.subscriptions.push(rcWatcher);
  const clientOptions: LanguageClientOptions = {
    documentSelector: ['file', 'untitled'].flatMap((scheme) =>
      LANGUAGES.map((language) => ({ scheme, language })),
    ),
    // Settings are pulled per document by the server (workspace/configuration); this only
    // makes the client tell the server when govReport.* or a .govreportrc.json changes.
    synchronize: { configurationSection: CONFIG_SECTION, fileEvents: rcWatcher },
    // The server never lints the extension's own files (the rule pages it opens). A function, so
    // that a restart (govReport.restartServer) passes the log level set meanwhile.
    initializationOptions: () => ({
      extensionPath: context.extensionPath,
      logLevel: vscode.workspace.getConfiguration(CONFIG_SECTION).get<string>('logLevel'),
    }),
    diagnosticCollectionName: DIAGNOSTIC_SOURCE,
    outputChannelName: 'GovReport',
  };
  client = new LanguageClient('govReport', 'GovReport', serverOptions, clientOptions);

  const status = new StatusBar(() => client);
  context.subscriptions.push(status);
  // Lints that start and end: the status bar says 正在检查… while a long one runs.
  client.onNotification(CHECK_STATUS_NOTIFICATION, (p: CheckStatus) => status.checkStatus(p));
  registerCommands(context, () => client, status);
  const api: GovReportApi = { statusBar: () => status.snapshot() };

  try {
    await client.start();
  } catch (e) {
    // The client has already written the details to its output channel; the commands stay
    // registered so that they can say what is wrong instead of "command not found".
    void vscode.window.showErrorMessage(t('GovReport 语言服务器启动失败：{0}', e instanceof Error ? e.message : String(e)));
    return api;
  }
  status.refresh();
  return api;
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.stop();
}
