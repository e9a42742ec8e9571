// Commands and the status-bar item. They only talk to the server (code actions, the
// govReport/documentInfo request), edit the document as the user asked, or open files and
// links; no checking happens here.
import * as vscode from 'vscode';
import { ClientGetter, describe, DocumentInfo, isChecked, FORMAT_IDS, kindLabel, requestInfo, requireReportEditor, tryRequestInfo } from './document-info';
import { exists, importDraft, offerImport } from './import-command';
import { insertSkeleton, insertTable } from './insert-commands';
import { t } from './l10n';
import { applyEdit, hasKindPin, kindDirective, kindDirectiveEdit } from './text-edits';
import { checkWorkspace } from './workspace-check';
import { COMMANDS, DIAGNOSTIC_SOURCE, FIX_ALL_KIND } from '../../shared/protocol';
import type { CheckStatus } from '../../shared/protocol';
import { RULE_ID } from '../../shared/directives';

/** The server's fix-all code action kind (source.fixAll.govreport). */
const FIX_ALL = vscode.CodeActionKind.Empty.append(FIX_ALL_KIND);

export function registerCommands(context: vscode.ExtensionContext, getClient: ClientGetter, status: StatusBar): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.fixAll, () => fixAll()),
    vscode.commands.registerCommand(COMMANDS.showFormat, () => showFormat(getClient, status)),
    vscode.commands.registerCommand(COMMANDS.openRuleDoc, (rule?: unknown, href?: unknown) =>
      openRuleDoc(context, typeof rule === 'string' ? rule : undefined, typeof href === 'string' ? href : undefined),
    ),
    vscode.commands.registerCommand(COMMANDS.insertTable, (args?: unknown) => insertTable(context, getClient, args)),
    vscode.commands.registerCommand(COMMANDS.restartServer, () => restartServer(getClient, status)),
    vscode.commands.registerCommand(COMMANDS.checkWorkspace, () => checkWorkspace(getClient)),
    vscode.commands.registerCommand(COMMANDS.insertSkeleton, () => insertSkeleton(context)),
    vscode.commands.registerCommand(COMMANDS.selectKind, () => selectKind(getClient, status)),
    vscode.commands.registerCommand(COMMANDS.importDraft, (target?: unknown) => importDraft(getClient, target)),
    offerImport(getClient),
  );
}

/** Stops the language server and starts it again (after a crash, or to apply govReport.logLevel at start-up). */
async function restartServer(getClient: ClientGetter, status: StatusBar): Promise<void> {
  const client = getClient();
  if (!client) return;
  try {
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: t('正在重新启动 GovReport 服务…') }, () => client.restart());
  } catch (e) {
    void vscode.window.showErrorMessage(t('GovReport 语言服务器启动失败：{0}', e instanceof Error ? e.message : String(e)));
    return;
  }
  status.restarted();
  void vscode.window.setStatusBarMessage(t('GovReport 服务已重新启动'), 3000);
}

/** Runs the server's source.fixAll.govreport action on the active editor. */
async function fixAll(): Promise<void> {
  const editor = requireReportEditor();
  if (!editor) return;
  const doc = editor.document;
  const whole = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
  const actions =
    (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, whole, FIX_ALL.value)) ?? [];
  const ours = actions.filter((a) => a.kind && FIX_ALL.contains(a.kind));
  if (ours.length === 0) {
    void vscode.window.showInformationMessage(t('GovReport：没有可以安全自动修复的问题。'));
    return;
  }
  for (const action of ours) {
    if (action.edit && !(await vscode.workspace.applyEdit(action.edit))) {
      void vscode.window.showWarningMessage(t('GovReport：文档在修复期间已被修改，请重试。'));
      return;
    }
    if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  }
}

async function showFormat(getClient: ClientGetter, status: StatusBar): Promise<void> {
  const editor = requireReportEditor();
  if (!editor) return;
  let info: DocumentInfo | undefined;
  try {
    info = await requestInfo(getClient, editor.document);
  } catch (e) {
    void vscode.window.showErrorMessage(t('GovReport：无法取得文档信息：{0}', e instanceof Error ? e.message : String(e)));
    return;
  }
  status.refresh();
  if (!info || !info.kind) {
    void vscode.window.showInformationMessage(
      t('GovReport：当前文档不像政府信息公开或法治政府建设年度报告，因此不做检查。可用设置 govReport.format 或文内指令 {0} 指定类型。', kindDirective('gov-info-2021')),
    );
    return;
  }
  void vscode.window.showInformationMessage(describe(info));
}

interface KindItem extends vscode.QuickPickItem {
  /** null: 自动识别 (remove the directive). Not `kind`: QuickPickItem.kind means separator. */
  reportKind: string | null;
}

/**
 * The status bar's command: pick the kind of this document. Writes, replaces or removes the
 * `<!-- govreport-kind: … -->` directive at the top of the document and nothing else.
 */
async function selectKind(getClient: ClientGetter, status: StatusBar): Promise<void> {
  const editor = requireReportEditor();
  if (!editor) return;
  const doc = editor.document;
  const info = await tryRequestInfo(getClient, doc);
  const pinned = info?.kindSource === 'directive' ? info.kind : null;
  const current = t('当前');
  const items: KindItem[] = [
    {
      label: t('自动识别'),
      description: info && info.kindSource !== 'directive' ? current : undefined,
      detail: t('删除文首的类型指令，按标题、年度和表格栏目识别'),
      reportKind: null,
    },
    ...FORMAT_IDS.map((kind) => ({
      label: kindLabel(kind, 'short'),
      description: kind === pinned ? `${kind} · ${current}` : kind,
      detail: kindLabel(kind, 'long'),
      reportKind: kind,
    })),
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: info?.kind ? describe(info) : t('GovReport：选择本文档的报告类型'),
    placeHolder: t('所选类型写入文首指令 {0}', kindDirective('…')),
    matchOnDescription: true,
  });
  if (!picked) return;
  const text = doc.getText();
  const edit = kindDirectiveEdit(text, picked.reportKind);
  if (edit) {
    const we = new vscode.WorkspaceEdit();
    we.replace(doc.uri, new vscode.Range(doc.positionAt(edit.start), doc.positionAt(edit.end)), edit.newText);
    if (!(await vscode.workspace.applyEdit(we))) {
      void vscode.window.showWarningMessage(t('GovReport：文档已被修改，未能写入类型指令，请重试。'));
      return;
    }
  }
  if (picked.reportKind === null && hasKindPin(edit ? applyEdit(text, edit) : text)) {
    void vscode.window.showInformationMessage(t('GovReport：文中其他位置（或文首 front matter）仍有 govreport-kind 指令，类型仍由它决定。'));
  }
  status.refresh(300);
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
    void vscode.window.showErrorMessage(t('GovReport：无效的规则名 {0}', rule));
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
    void vscode.window.showErrorMessage(t('GovReport：找不到规则 {0} 的说明页。', rule));
    return;
  }
  await vscode.env.openExternal(vscode.Uri.parse(href));
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
      { placeHolder: t('选择要查看说明的规则') },
    );
    return item?.r;
  }
  const typed = await vscode.window.showInputBox({
    prompt: t('规则名（例如 table-balance）'),
    validateInput: (v) => (RULE_ID.test(v.trim()) ? undefined : t('规则名由小写字母、数字和连字符组成')),
  });
  return typed ? { rule: typed.trim() } : undefined;
}

/** A lint shorter than this never shows 正在检查… (no flicker while typing). */
const CHECKING_SHOWN_AFTER_MS = 400;

export interface StatusBarSnapshot {
  visible: boolean;
  text: string;
  tooltip: string | undefined;
}

/** Shows the report kind and year of the active editor; click to choose the kind. */
export class StatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private visible = false;
  /** Documents (protocol URIs) whose lint is under way. */
  private readonly checking = new Set<string>();
  /** What the item last showed per document, to keep the kind while a new lint runs. */
  private readonly last = new Map<string, DocumentInfo>();

  constructor(private readonly getClient: ClientGetter) {
    this.item = vscode.window.createStatusBarItem('govReport.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'GovReport';
    this.item.command = COMMANDS.selectKind;
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

  /** A lint started or ended (server notification). */
  checkStatus(p: CheckStatus): void {
    if (!p || typeof p.uri !== 'string') return;
    if (p.checking) this.checking.add(p.uri);
    else this.checking.delete(p.uri);
    if (p.uri === this.activeUri()) this.refresh(p.checking ? CHECKING_SHOWN_AFTER_MS : 0);
  }

  /** The server was restarted: nothing is under way any more. */
  restarted(): void {
    this.checking.clear();
    this.last.clear();
    this.refresh();
  }

  private activeUri(): string | undefined {
    const doc = vscode.window.activeTextEditor?.document;
    const client = this.getClient();
    if (!doc || !client) return undefined;
    return client.code2ProtocolConverter.asUri(doc.uri);
  }

  private async update(): Promise<void> {
    const generation = ++this.generation;
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !isChecked(doc)) {
      this.hide();
      return;
    }
    const uri = this.activeUri();
    if (uri && this.checking.has(uri)) {
      // documentInfo would wait for the lint; say what is going on instead.
      const before = this.last.get(uri);
      const label = before?.kind ? kindLabel(before.kind, 'short') : undefined;
      this.show(label ? t('$(sync~spin) {0} · 正在检查…', label) : t('$(sync~spin) 正在检查…'), t('GovReport 正在检查本文档'));
      return;
    }
    const info = await tryRequestInfo(this.getClient, doc);
    if (generation !== this.generation) return; // a newer update is under way
    if (!info) {
      this.hide();
      return;
    }
    if (uri) this.last.set(uri, info);
    const pick = t('点击选择本文档的报告类型');
    if (!info.kind) {
      // Not a report: GovReport stays silent on it, and says so here (the reason in the tooltip).
      const why = info.kindReason ? t('GovReport：{0}', info.kindReason) : t('GovReport：本文档不像政府信息公开或法治政府建设年度报告，因此不做检查。');
      this.show(t('$(law) 不是报告'), `${why}\n${pick}`);
      return;
    }
    const label = kindLabel(info.kind, 'short');
    if (info.tooLarge) {
      this.show(t('$(warning) {0} · 仅部分检查（草稿过大）', label),
        `${describe(info)}\n${t('文档超过编辑器检查的上限（约 2 MB），只识别了类型，未检查内容；可在命令行运行 govreport check 检查。')}\n${pick}`);
      return;
    }
    this.show(info.year !== null ? t('$(law) {0} · {1}年度', label, info.year) : `$(law) ${label}`, `${describe(info)}\n${pick}`);
  }

  private show(text: string, tooltip: string): void {
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.show();
    this.visible = true;
  }

  private hide(): void {
    this.item.hide();
    this.visible = false;
  }

  /** What the item shows now (the extension's API, used by the extension-host tests). */
  snapshot(): StatusBarSnapshot {
    return { visible: this.visible, text: this.item.text, tooltip: typeof this.item.tooltip === 'string' ? this.item.tooltip : undefined };
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
  }
}
