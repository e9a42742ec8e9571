// "导入 Word/网页/PDF 为草稿": a Word, web or PDF report becomes a new, unsaved Markdown draft
// beside it (the server converts it: govReport/importDraft), which GovReport then checks as the
// user edits. Opening such a file in the editor offers the command once.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ClientGetter } from './document-info';
import { t } from './l10n';
import { COMMANDS, IMPORT_DRAFT_REQUEST } from '../../shared/protocol';
import type { ImportDraftParams, ImportDraftResult } from '../../shared/protocol';

/** Files the command imports. */
export const IMPORTABLE = /\.(?:docx|html?|pdf)$/i;

/** Whether a file or folder exists (the workspace file system). */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** report.docx → report.md beside it, or report (2).md … when that name is taken. */
async function draftUri(source: vscode.Uri): Promise<vscode.Uri> {
  const dir = vscode.Uri.joinPath(source, '..');
  const base = path.posix.basename(source.path).replace(IMPORTABLE, '');
  for (let n = 1; ; n++) {
    const candidate = vscode.Uri.joinPath(dir, n === 1 ? `${base}.md` : `${base} (${n}).md`);
    const open = vscode.workspace.textDocuments.some((d) => d.uri.path === candidate.path);
    if (n > 99 || (!open && !(await exists(candidate)))) return candidate;
  }
}

export async function importDraft(getClient: ClientGetter, target?: unknown): Promise<vscode.TextEditor | undefined> {
  let source = target instanceof vscode.Uri ? target : undefined;
  if (!source) {
    const picked = await vscode.window.showOpenDialog({
      canSelectMany: false,
      openLabel: t('导入为草稿'),
      filters: { [t('Word、网页或 PDF 报告')]: ['docx', 'html', 'htm', 'pdf'] },
    });
    source = picked?.[0];
    if (!source) return undefined;
  }
  const name = path.posix.basename(source.path);
  if (source.scheme !== 'file' || !IMPORTABLE.test(source.path)) {
    void vscode.window.showErrorMessage(t('GovReport：只能导入磁盘上的 Word（.docx）、网页（.html）或 PDF 文件：{0}', name));
    return undefined;
  }
  const client = getClient();
  if (!client) {
    void vscode.window.showErrorMessage(t('GovReport：语言服务器尚未启动，请稍后再试。'));
    return undefined;
  }
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: t('GovReport：正在导入 {0}…', name) },
    () => {
      const params: ImportDraftParams = { uri: client.code2ProtocolConverter.asUri(source!) };
      return client.sendRequest<ImportDraftResult>(IMPORT_DRAFT_REQUEST, params);
    },
  );
  if (!result.ok) {
    void vscode.window.showErrorMessage(t('GovReport：无法导入 {0}：{1}', name, result.message));
    return undefined;
  }
  // An untitled document named after the source: nothing is written until the user saves.
  const target2 = (await draftUri(source)).with({ scheme: 'untitled' });
  const doc = await vscode.workspace.openTextDocument(target2);
  const editor = await vscode.window.showTextDocument(doc);
  await editor.edit((b) => b.insert(new vscode.Position(0, 0), result.text));
  if (doc.languageId !== 'markdown') await vscode.languages.setTextDocumentLanguage(doc, 'markdown');
  return editor;
}

/** Offers the command once per file when a Word, web or PDF file is opened in an editor tab. */
export function offerImport(getClient: ClientGetter): vscode.Disposable {
  const offered = new Set<string>();
  return vscode.window.tabGroups.onDidChangeTabs((e) => {
    for (const tab of e.opened) {
      const input = tab.input as { uri?: unknown } | undefined;
      const uri = input?.uri;
      if (!(uri instanceof vscode.Uri) || uri.scheme !== 'file' || !IMPORTABLE.test(uri.path) || offered.has(uri.toString())) continue;
      offered.add(uri.toString());
      const action = t('导入为草稿');
      void vscode.window.showInformationMessage(t('GovReport：{0} 是 Word、网页或 PDF 文件。导入为 Markdown 草稿后即可逐项检查和修改。', path.posix.basename(uri.path)), action)
        .then((chosen) => (chosen === action ? importDraft(getClient, uri) : undefined));
    }
  });
}
