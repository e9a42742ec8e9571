// govReport.insertTable and govReport.insertSkeleton: insert a snippet from the generated
// snippets/*.json (the same files VS Code offers as snippets), so there is one source.
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ClientGetter, isChecked, kindLabel, requireReportEditor, tryRequestInfo } from './document-info';
import { t } from './l10n';
import { CatalogEntry, readCatalog, SNIPPET_FILES, SnippetCatalog, tableSnippetFile, tablesFor } from './snippet-catalog';
import { padBlock } from './text-edits';
// What the server's "插入表三" CodeLens passes: the server's own declaration (type only, nothing bundled).
import { COMMANDS } from '../../shared/protocol';
import type { InsertTableArgs } from '../../shared/protocol';

/** Format of the tables offered when the server cannot tell the document's kind. */
const DEFAULT_KIND = 'gov-info-2021';

const catalogs = new Map<string, Promise<SnippetCatalog>>();

function tableCatalog(context: vscode.ExtensionContext, doc: vscode.TextDocument): Promise<SnippetCatalog | undefined> {
  const layout = vscode.workspace.getConfiguration('govReport', doc.uri).get<string>('plainTextTables');
  return catalogOrReport(context, tableSnippetFile(doc.languageId, layout));
}

function loadCatalogFile(context: vscode.ExtensionContext, file: string): Promise<SnippetCatalog> {
  let c = catalogs.get(file);
  if (!c) {
    c = readFile(path.join(context.extensionPath, 'snippets', file), 'utf8').then((text) => readCatalog(JSON.parse(text)));
    c.catch(() => catalogs.delete(file));
    catalogs.set(file, c);
  }
  return c;
}

/** The catalog of a snippet file (`markdown.json`), or undefined after telling the user why not. */
async function catalogOrReport(context: vscode.ExtensionContext, file: string): Promise<SnippetCatalog | undefined> {
  try {
    return await loadCatalogFile(context, file);
  } catch (e) {
    void vscode.window.showErrorMessage(t('GovReport：无法读取代码片段文件：{0}', e instanceof Error ? e.message : String(e)));
    return undefined;
  }
}

interface EntryItem extends vscode.QuickPickItem {
  entry: CatalogEntry;
}

function items(entries: CatalogEntry[]): EntryItem[] {
  return entries.map((entry) => ({ label: entry.name, detail: entry.description, entry }));
}

/** Inserts a block at the primary cursor (replacing its selection) on lines of its own. */
async function insertBlock(editor: vscode.TextEditor, body: string): Promise<boolean> {
  const doc = editor.document;
  const sel = editor.selection;
  const first = doc.lineAt(sel.start.line);
  const last = doc.lineAt(sel.end.line);
  const text = padBlock(body, {
    before: first.text.slice(0, sel.start.character),
    after: last.text.slice(sel.end.character),
    previousLine: sel.start.line > 0 ? doc.lineAt(sel.start.line - 1).text : null,
    nextLine: sel.end.line + 1 < doc.lineCount ? doc.lineAt(sel.end.line + 1).text : null,
  });
  // The bodies are snippet syntax already (escaped, with tab stops); the padding is newlines.
  return editor.insertSnippet(new vscode.SnippetString(text), sel);
}

export function isInsertTableArgs(v: unknown): v is InsertTableArgs {
  const a = v as InsertTableArgs;
  return !!a && typeof a === 'object' && typeof a.uri === 'string' && typeof a.version === 'number' && typeof a.kind === 'string'
    && typeof a.table === 'number' && !!a.position && typeof a.position.line === 'number' && typeof a.position.character === 'number';
}

export async function insertTable(context: vscode.ExtensionContext, getClient: ClientGetter, args?: unknown): Promise<void> {
  if (isInsertTableArgs(args)) {
    await insertTableAt(context, args);
    return;
  }
  const editor = requireReportEditor();
  if (!editor) return;
  const catalog = await tableCatalog(context, editor.document);
  if (!catalog) return;
  const info = await tryRequestInfo(getClient, editor.document);
  const kind = info?.kind ?? DEFAULT_KIND;
  const tables = tablesFor(catalog, kind);
  if (tables.length === 0) {
    const choose = t('选择报告类型…');
    const answer = await vscode.window.showInformationMessage(
      t('GovReport：{0}没有全国统一的法定表格。如果类型识别有误，可以为本文档指定类型。', kindLabel(kind, 'long')),
      choose,
    );
    if (answer === choose) await vscode.commands.executeCommand(COMMANDS.selectKind);
    return;
  }
  const picked = await vscode.window.showQuickPick(items(tables), {
    title: t('插入法定表格：{0}', kindLabel(kind, 'long')),
    placeHolder: info?.kind ? t('选择要插入的表格') : t('未识别报告类型，按 2021 年格式提供表格；选择要插入的表格'),
    matchOnDetail: true,
  });
  if (!picked) return;
  // The document may have changed or lost focus while the pick was open.
  if (vscode.window.activeTextEditor !== editor) return;
  await insertBlock(editor, picked.entry.body);
}

/** The CodeLens's insertion: one given table of the given format, at the given place. */
async function insertTableAt(context: vscode.ExtensionContext, args: InsertTableArgs): Promise<void> {
  const uri = vscode.Uri.parse(args.uri);
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  const editor = visible ? await vscode.window.showTextDocument(visible.document, visible.viewColumn) : await vscode.window.showTextDocument(uri);
  const doc = editor.document;
  if (doc.version !== args.version) {
    // The lens was computed for an older text; VS Code shows the new lenses in a moment.
    void vscode.window.showInformationMessage(t('GovReport：文档在此期间已更改，未插入表格，请重试。'));
    return;
  }
  const catalog = await tableCatalog(context, doc);
  if (!catalog) return;
  const entry = tablesFor(catalog, args.kind).find((e) => e.table === args.table);
  if (!entry) {
    void vscode.window.showErrorMessage(t('GovReport：{0}没有编号为 {1} 的法定表格。', kindLabel(args.kind, 'long'), args.table));
    return;
  }
  const at = doc.validatePosition(new vscode.Position(args.position.line, args.position.character));
  editor.selection = new vscode.Selection(at, at);
  editor.revealRange(new vscode.Range(at, at));
  await insertBlock(editor, entry.body);
}

export async function insertSkeleton(context: vscode.ExtensionContext): Promise<void> {
  const active = vscode.window.activeTextEditor;
  const editor = active && isChecked(active.document) ? active : undefined;
  const languageId = editor?.document.languageId ?? 'markdown';
  const catalog = await catalogOrReport(context, SNIPPET_FILES[languageId] ?? SNIPPET_FILES.markdown);
  if (!catalog) return;
  const picked = await vscode.window.showQuickPick(items(catalog.skeletons), {
    title: t('插入年度报告框架'),
    placeHolder: t('选择报告类型'),
    matchOnDetail: true,
  });
  if (!picked) return;
  const body = picked.entry.body;

  if (editor && editor.document.getText().trim() === '') {
    const doc = editor.document;
    await editor.insertSnippet(new vscode.SnippetString(body), new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)));
    return;
  }
  if (editor) {
    const atCursor = t('在光标处插入');
    const newDoc = t('在新文档中插入');
    const answer = await vscode.window.showWarningMessage(
      t('当前文档已有内容。'),
      { modal: true, detail: t('可以在光标处插入报告框架，也可以新建一个文档。') },
      atCursor,
      newDoc,
    );
    if (answer === undefined) return;
    if (answer === atCursor) {
      await insertBlock(editor, body);
      return;
    }
  }
  const doc = await vscode.workspace.openTextDocument({ language: languageId, content: '' });
  const fresh = await vscode.window.showTextDocument(doc);
  await fresh.insertSnippet(new vscode.SnippetString(body), new vscode.Position(0, 0));
}
