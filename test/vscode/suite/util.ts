// Helpers for the extension-host suites: they run inside a real VS Code (see index.ts).
import * as assert from 'node:assert/strict';
import * as cp from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { GovReportApi } from '../../../client/src/extension';

/** The repository (out/test/vscode/suite → ../../../..). */
export const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
export const EXTENSION_ID = 'govreport.govreport';

/** The workspace folder test/vscode/extension-host.test.ts prepared (copies of the drafts). */
export function workspaceDir(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return folder.uri.fsPath;
}

export function wsFile(rel: string): vscode.Uri {
  return vscode.Uri.file(path.join(workspaceDir(), rel));
}

export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 30000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'govreport');
}

export function ruleOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : String(c);
}

/** Waits until our diagnostics for `uri` satisfy `ok` (they arrive asynchronously after each change). */
export function diagnosticsWhere(uri: vscode.Uri, what: string, ok: (d: vscode.Diagnostic[]) => boolean, timeoutMs = 30000): Promise<vscode.Diagnostic[]> {
  return waitFor(what, () => {
    const d = ours(uri);
    return ok(d) ? d : undefined;
  }, timeoutMs);
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { preview: false });
}

export async function api(): Promise<GovReportApi> {
  const ext = vscode.extensions.getExtension<GovReportApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
  return ext.activate();
}

export interface CliDiagnostic {
  rule: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** The command-line checker's findings for one file (the same core, run as a separate process). */
export function cliCheck(file: string): { kind: string | null; year: number | null; diagnostics: CliDiagnostic[] } {
  const r = cp.spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', '--format', 'json', file], { encoding: 'utf8' });
  assert.ok(r.status === 0 || r.status === 1, `CLI failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout).files[0];
}

/** The CLI's findings for a text (written to a temporary file beside nothing else). */
export function cliCheckText(text: string, ext: string): CliDiagnostic[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-cli-'));
  const file = path.join(dir, `draft.${ext}`);
  fs.writeFileSync(file, text);
  try {
    return cliCheck(file).diagnostics;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The CLI's `--fix` result for a copy of `file`, and what the CLI still finds in it. */
export function cliFixed(file: string): { text: string; remaining: CliDiagnostic[] } {
  const dir = fs.mkdtempSync(path.join(path.dirname(file), '.cli-fix-'));
  const copy = path.join(dir, path.basename(file));
  fs.copyFileSync(file, copy);
  const r = cp.spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', '--fix', copy], { encoding: 'utf8' });
  assert.ok(r.status === 0 || r.status === 1, `CLI --fix failed (${r.status}): ${r.stderr}`);
  const text = fs.readFileSync(copy, 'utf8');
  const remaining = cliCheck(copy).diagnostics;
  fs.rmSync(dir, { recursive: true, force: true });
  return { text, remaining };
}

export const SEVERITY: Record<CliDiagnostic['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** `rule@line:col-endLine:endCol severity` with 1-based positions, as the CLI prints them. */
export function describeDiagnostic(d: vscode.Diagnostic): string {
  const sev = Object.entries(SEVERITY).find(([, v]) => v === d.severity)?.[0];
  return `${ruleOf(d)}@${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${sev}`;
}

export function describeCli(d: CliDiagnostic): string {
  return `${d.rule}@${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.severity}`;
}

/** Code actions for a range once VS Code has them (its markers follow the diagnostics with a delay). */
export function codeActionsWhere(uri: vscode.Uri, range: vscode.Range, kind: vscode.CodeActionKind, what: string, ok: (a: vscode.CodeAction[]) => boolean): Promise<vscode.CodeAction[]> {
  return waitFor(what, async () => {
    // itemResolveCount: without it the API command returns the actions without their edits.
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind.value, 1000)) ?? [];
    return ok(actions) ? actions : undefined;
  }, 10000);
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The text of a hover as plain strings. */
export function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** Replaces one cell (column 1 = the first value cell) of the pipe or tab table row with this label. */
export async function setCell(editor: vscode.TextEditor, label: string, column: number, value: string): Promise<void> {
  const doc = editor.document;
  for (let i = 0; i < doc.lineCount; i++) {
    const line = doc.lineAt(i).text;
    const sep = line.includes('|') ? '|' : '\t';
    const cells = line.split(sep);
    const first = sep === '|' ? 1 : 0;
    if (cells.length <= first || cells[first].trim() !== label) continue;
    const k = first + column; // column 1 = the first value cell
    assert.ok(k < cells.length - (sep === '|' ? 1 : 0), `row ${label} has no column ${column}`);
    let start = 0;
    for (let j = 0; j < k; j++) start += cells[j].length + 1;
    const cell = cells[k];
    const lead = cell.length - cell.trimStart().length;
    const range = new vscode.Range(i, start + lead, i, start + lead + cell.trim().length);
    assert.ok(await editor.edit((e) => e.replace(range, value)), `could not edit ${label}`);
    return;
  }
  assert.fail(`no table row labelled ${label}`);
}
