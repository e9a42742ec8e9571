// govReport.checkWorkspace: every .md/.txt file of the workspace that is a report, checked by
// the server (govReport/checkFile, one file at a time) with its findings in the Problems panel.
// Files are found as VS Code's own search finds them (files.exclude applies), without the
// folders the command line skips too (node_modules, hidden folders such as .git).
import * as vscode from 'vscode';
import type { ClientGetter } from './document-info';
import { t } from './l10n';
import { CHECK_FILE_REQUEST } from '../../shared/protocol';
import type { CheckFileParams, CheckFileResult } from '../../shared/protocol';

/** What a workspace check found (the command's return value, for the extension-host tests). */
export interface WorkspaceCheckSummary {
  files: number;
  reports: number;
  findings: number;
  skipped: number;
  cancelled: boolean;
}

const INCLUDE = '**/*.{md,markdown,txt}';
/** More files than anyone keeps reports in: a workspace that big is asked about first. */
const MAX_FILES = 5000;

export async function checkWorkspace(getClient: ClientGetter): Promise<WorkspaceCheckSummary | undefined> {
  const client = getClient();
  if (!client || !client.isRunning()) {
    void vscode.window.showWarningMessage(t('GovReport：语言服务未运行，请先运行“重新启动 GovReport 服务”。'));
    return undefined;
  }
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage(t('GovReport：请先打开一个文件夹或工作区。'));
    return undefined;
  }
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: t('GovReport：正在检查工作区中的报告'), cancellable: true },
    async (progress, token) => {
      const summary: WorkspaceCheckSummary = { files: 0, reports: 0, findings: 0, skipped: 0, cancelled: false };
      // undefined exclude: files.exclude applies, as in VS Code's own file search.
      const uris = (await vscode.workspace.findFiles(INCLUDE, undefined, MAX_FILES, token))
        .filter((u) => u.scheme === 'file' && !isSkipped(u))
        .sort((a, b) => a.fsPath.localeCompare(b.fsPath));
      for (const uri of uris) {
        if (token.isCancellationRequested) break;
        progress.report({ message: t('{0}/{1}：{2}', summary.files + 1, uris.length, vscode.workspace.asRelativePath(uri)), increment: 100 / uris.length });
        const c = getClient();
        if (!c || !c.isRunning()) break;
        const params: CheckFileParams = { uri: c.code2ProtocolConverter.asUri(uri) };
        const r = await c.sendRequest<CheckFileResult>(CHECK_FILE_REQUEST, params, token).catch(() => undefined);
        summary.files++;
        if (!r || r.state === 'outside' || r.state === 'tooLarge' || r.state === 'unreadable') summary.skipped++;
        else if (r.kind) {
          summary.reports++;
          summary.findings += r.findings;
        }
      }
      summary.cancelled = token.isCancellationRequested;
      const text = summary.cancelled
        ? t('GovReport：检查已取消。已检查 {0} 个文件，其中 {1} 份报告，共 {2} 个问题。', summary.files, summary.reports, summary.findings)
        : t('GovReport：已检查 {0} 个文件，其中 {1} 份报告，共 {2} 个问题，见“问题”面板。', summary.files, summary.reports, summary.findings);
      const show = t('打开“问题”面板');
      void vscode.window.showInformationMessage(text, show).then((a) => {
        if (a === show) void vscode.commands.executeCommand('workbench.actions.view.problems');
      });
      return summary;
    },
  );
}

/** A path inside node_modules or a hidden folder, relative to its workspace folder. */
function isSkipped(uri: vscode.Uri): boolean {
  const rel = vscode.workspace.asRelativePath(uri, false);
  return rel.split('/').slice(0, -1).some((part) => part === 'node_modules' || part.startsWith('.'));
}
