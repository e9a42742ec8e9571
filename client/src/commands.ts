// Commands and the status-bar item. They only talk to the server (code actions, the
// govReport/documentInfo request) or open files and links; no checking happens here.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** Same string as FIX_ALL_KIND in server/src/convert.ts (the client does not bundle server code). */
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('govreport');
export const DOCUMENT_INFO_REQUEST = 'govReport/documentInfo';
const LANGUAGES = ['markdown', 'plaintext'];
const DIAGNOSTIC_SOURCE = 'govreport';
const RULE_ID = /^[a-z][a-z0-9-]*$/;

/** Reply of govReport/documentInfo (see DocumentInfo in server/src/server.ts). */
export interface DocumentInfo {
  uri: string;
  version: number | null;
  kind: string | null;
  kindSource: 'directive' | 'setting' | 'detected' | null;
  year: number | null;
  issuer: string | null;
}

const KIND_LABELS: Record<string, { short: string; long: string }> = {
  'gov-info-2021': { short: '政务公开年报·2021版', long: '政府信息公开工作年度报告（2021 年版格式，国办公开办函〔2021〕30号）' },
  'gov-info-2019': { short: '政务公开年报·2019版', long: '政府信息公开工作年度报告（2019 年试行格式，国办公开办函〔2019〕60号）' },
  'gov-info-2008': { short: '政务公开年报·2008条例', long: '政府信息公开工作年度报告（2008 年条例，无全国统一格式）' },
  'rule-of-law': { short: '法治政府建设年报', long: '法治政府建设年度报告' },
};

const KIND_SOURCE_LABELS: Record<string, string> = {
  directive: '由文内指令指定',
  setting: '由设置 govReport.format 指定',
  detected: '自动识别',
};

type ClientGetter = () => LanguageClient | undefined;

export function registerCommands(context: vscode.ExtensionContext, getClient: ClientGetter, status: StatusBar): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('govReport.fixAll', () => fixAll()),
    vscode.commands.registerCommand('govReport.showFormat', () => showFormat(getClient, status)),
    vscode.commands.registerCommand('govReport.openRuleDoc', (rule?: unknown, href?: unknown) =>
      openRuleDoc(context, typeof rule === 'string' ? rule : undefined, typeof href === 'string' ? href : undefined),
    ),
  );
}

function isChecked(doc: vscode.TextDocument): boolean {
  return LANGUAGES.includes(doc.languageId) && (doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled');
}

/** Runs the server's source.fixAll.govreport action on the active editor. */
async function fixAll(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isChecked(editor.document)) {
    void vscode.window.showInformationMessage('GovReport：请先打开一份 Markdown 或纯文本格式的年度报告。');
    return;
  }
  const doc = editor.document;
  const whole = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
  const actions =
    (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, whole, FIX_ALL_KIND.value)) ?? [];
  const ours = actions.filter((a) => a.kind && FIX_ALL_KIND.contains(a.kind));
  if (ours.length === 0) {
    void vscode.window.showInformationMessage('GovReport：没有可以安全自动修复的问题。');
    return;
  }
  for (const action of ours) {
    if (action.edit && !(await vscode.workspace.applyEdit(action.edit))) {
      void vscode.window.showWarningMessage('GovReport：文档在修复期间已被修改，请重试。');
      return;
    }
    if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  }
}

async function requestInfo(getClient: ClientGetter, doc: vscode.TextDocument): Promise<DocumentInfo | undefined> {
  const client = getClient();
  if (!client || !client.isRunning() || !isChecked(doc)) return undefined;
  return client.sendRequest<DocumentInfo>(DOCUMENT_INFO_REQUEST, { uri: client.code2ProtocolConverter.asUri(doc.uri) });
}

async function showFormat(getClient: ClientGetter, status: StatusBar): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isChecked(editor.document)) {
    void vscode.window.showInformationMessage('GovReport：请先打开一份 Markdown 或纯文本格式的年度报告。');
    return;
  }
  let info: DocumentInfo | undefined;
  try {
    info = await requestInfo(getClient, editor.document);
  } catch (e) {
    void vscode.window.showErrorMessage(`GovReport：无法取得文档信息：${e instanceof Error ? e.message : String(e)}`);
    return;
  }
  status.refresh();
  if (!info || !info.kind) {
    void vscode.window.showInformationMessage(
      'GovReport：当前文档不像政府信息公开或法治政府建设年度报告，因此不做检查。可用设置 govReport.format 或文内指令 <!-- govreport-kind: gov-info-2021 --> 指定类型。',
    );
    return;
  }
  void vscode.window.showInformationMessage(describe(info));
}

function describe(info: DocumentInfo): string {
  const kind = (info.kind && KIND_LABELS[info.kind]?.long) ?? info.kind ?? '';
  const parts = [`GovReport：${kind}`];
  parts.push(info.year !== null ? `报告年度 ${info.year} 年` : '报告年度未识别');
  parts.push(info.issuer ? `发布机关 ${info.issuer}` : '发布机关未识别');
  if (info.kindSource) parts.push(`类型${KIND_SOURCE_LABELS[info.kindSource] ?? info.kindSource}`);
  return parts.join('；') + '。';
}

/**
 * Opens a rule's page: docs/rules/<id>.md from the extension (or an open workspace folder,
 * when developing GovReport itself) in the Markdown preview, otherwise the web page.
 */
async function openRuleDoc(context: vscode.ExtensionContext, rule?: string, href?: string): Promise<void> {
  if (!rule) {
    const picked = await pickRule();
    if (!picked) return;
    rule = picked.rule;
    href = href ?? picked.href;
  }
  if (!RULE_ID.test(rule)) {
    void vscode.window.showErrorMessage(`GovReport：无效的规则名 ${rule}`);
    return;
  }
  const roots = [context.extensionUri, ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri)];
  for (const root of roots) {
    const file = vscode.Uri.joinPath(root, 'docs', 'rules', `${rule}.md`);
    if (await exists(file)) {
      try {
        await vscode.commands.executeCommand('markdown.showPreview', file);
      } catch {
        await vscode.window.showTextDocument(file, { preview: true });
      }
      return;
    }
  }
  href = href ?? hrefFromDiagnostics(rule);
  if (!href) {
    void vscode.window.showErrorMessage(`GovReport：找不到规则 ${rule} 的说明页。`);
    return;
  }
  await vscode.env.openExternal(vscode.Uri.parse(href));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function govReportDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
}

function ruleOf(d: vscode.Diagnostic): { rule: string; href?: string } | undefined {
  const code = d.code;
  if (typeof code === 'string') return { rule: code };
  if (code && typeof code === 'object' && typeof code.value === 'string') return { rule: code.value, href: code.target.toString(true) };
  return undefined;
}

function hrefFromDiagnostics(rule: string): string | undefined {
  for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
    for (const d of diagnostics) {
      const r = d.source === DIAGNOSTIC_SOURCE ? ruleOf(d) : undefined;
      if (r?.rule === rule && r.href) return r.href;
    }
  }
  return undefined;
}

/** Without an argument: the rule under the cursor, a pick among the rules in the file, or typed in. */
async function pickRule(): Promise<{ rule: string; href?: string } | undefined> {
  const editor = vscode.window.activeTextEditor;
  const all = editor ? govReportDiagnostics(editor.document.uri) : [];
  const here = editor ? all.filter((d) => d.range.contains(editor.selection.active)) : [];
  const found = new Map<string, { rule: string; href?: string }>();
  for (const d of here.length > 0 ? here : all) {
    const r = ruleOf(d);
    if (r && !found.has(r.rule)) found.set(r.rule, r);
  }
  if (found.size === 1 && here.length > 0) return [...found.values()][0];
  if (found.size > 0) {
    const item = await vscode.window.showQuickPick(
      [...found.values()].map((r) => ({ label: r.rule, r })),
      { placeHolder: '选择要查看说明的规则' },
    );
    return item?.r;
  }
  const typed = await vscode.window.showInputBox({
    prompt: '规则名（例如 table-balance）',
    validateInput: (v) => (RULE_ID.test(v.trim()) ? undefined : '规则名由小写字母、数字和连字符组成'),
  });
  return typed ? { rule: typed.trim() } : undefined;
}

/** Shows the detected report kind and year of the active editor; click for details. */
export class StatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;

  constructor(private readonly getClient: ClientGetter) {
    this.item = vscode.window.createStatusBarItem('govReport.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'GovReport';
    this.item.command = 'govReport.showFormat';
    this.subscriptions.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      // The server publishes after every lint, so this follows edits without a timer of its own.
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.refresh(150);
      }),
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (d === vscode.window.activeTextEditor?.document) this.refresh();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('govReport')) this.refresh(300);
      }),
    );
  }

  /** Updates soon (coalescing bursts of events). */
  refresh(delayMs = 0): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.update();
    }, delayMs);
  }

  private async update(): Promise<void> {
    const generation = ++this.generation;
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !isChecked(doc)) {
      this.item.hide();
      return;
    }
    let info: DocumentInfo | undefined;
    try {
      info = await requestInfo(this.getClient, doc);
    } catch {
      info = undefined;
    }
    if (generation !== this.generation) return; // a newer update is under way
    if (!info || !info.kind) {
      this.item.hide();
      return;
    }
    const label = KIND_LABELS[info.kind]?.short ?? info.kind;
    this.item.text = `$(law) ${label}${info.year !== null ? ` · ${info.year}年度` : ''}`;
    this.item.tooltip = `${describe(info)}\n点击查看详情`;
    this.item.show();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
  }
}
