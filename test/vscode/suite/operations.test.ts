// Operational basics in a real VS Code: the "插入表三" CodeLens on a section missing its table
// (Markdown and plain text, where the table is a pipe table by default), the status bar for an
// oversized draft, restarting the language server, and checking every report of the workspace
// into the Problems panel. Runs after extension.test.ts (files run in name order): the workspace
// check publishes findings for files that no editor has open.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WorkspaceCheckSummary } from '../../../client/src/workspace-check';
import { api, cliCheck, closeAll, describeCli, describeDiagnostic, diagnosticsWhere, open, ours, waitFor, wsFile } from './util';

const TITLE = '临江市临江区人民政府2023年政府信息公开工作年度报告';

/** A 2021-format draft whose part 三 has prose but no table. */
function draftWithoutTable3(language: 'markdown' | 'plaintext'): string {
  const h = language === 'markdown' ? '## ' : '';
  return [`${language === 'markdown' ? '# ' : ''}${TITLE}`, '', `${h}一、总体情况`, '', '本年度我区认真贯彻落实条例。', '',
    `${h}三、收到和处理政府信息公开申请情况`, '', '本年度共收到政府信息公开申请 0 件。', '',
    `${h}五、存在的主要问题及改进情况`, '', '无。', ''].join('\n');
}

async function discard(editor: vscode.TextEditor): Promise<void> {
  await editor.edit((e) => e.delete(new vscode.Range(0, 0, editor.document.lineCount, 0)));
  await vscode.window.showTextDocument(editor.document);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

describe('GovReport operations', function () {
  this.timeout(120000);
  afterEach(closeAll);

  for (const language of ['markdown', 'plaintext'] as const) {
    it(`the ${language} CodeLens 插入表三 inserts the 2021 table 三 after the part's prose, and then goes away`, async () => {
      const doc = await vscode.workspace.openTextDocument({ language, content: draftWithoutTable3(language) });
      const editor = await vscode.window.showTextDocument(doc);
      const lens = await waitFor('the 插入表三 lens', async () => {
        const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri)) ?? [];
        return lenses.find((l) => l.command?.title === '插入表三');
      });
      assert.match(doc.lineAt(lens.range.start.line).text, /三、收到和处理政府信息公开申请情况/);
      await vscode.commands.executeCommand(lens.command!.command, ...(lens.command!.arguments ?? []));
      await waitFor('the table', () => doc.getText().includes('（七）总计') || undefined, 10000);
      await vscode.commands.executeCommand('leaveSnippet');
      const lines = doc.getText().split('\n');
      const prose = lines.indexOf('本年度共收到政府信息公开申请 0 件。');
      const first = lines.findIndex((l) => l.includes('自然人'));
      assert.ok(prose > 0 && first > prose, `the table follows the prose: ${lines.slice(prose, prose + 4).join(' / ')}`);
      // A pipe table in both languages (govReport.plainTextTables: pipe, the default).
      assert.match(lines[first], /^\| /);
      assert.equal(lines[prose + 1], '', 'a blank line between the prose and the table');
      // Read as table 三: no lens for it any more.
      await waitFor('the lens to go', async () => {
        const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri)) ?? [];
        return !lenses.some((l) => l.command?.title === '插入表三') || undefined;
      });
      await discard(editor);
    });
  }

  it('govReport.codeLens false turns the lens off', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: draftWithoutTable3('markdown') });
    const editor = await vscode.window.showTextDocument(doc);
    const titles = async () => ((await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri)) ?? []).map((l) => l.command?.title);
    await waitFor('the lens', async () => (await titles()).includes('插入表三') || undefined);
    const config = vscode.workspace.getConfiguration('govReport');
    try {
      await config.update('codeLens', false, vscode.ConfigurationTarget.Workspace);
      await waitFor('no lens', async () => !(await titles()).includes('插入表三') || undefined);
    } finally {
      await config.update('codeLens', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('the lens again', async () => (await titles()).includes('插入表三') || undefined);
    await discard(editor);
  });

  it('the status bar says 不是报告 for a note and 仅部分检查（草稿过大） for an oversized report', async () => {
    const gov = await api();
    await open(wsFile('note/weekly-note.md'));
    const note = await waitFor('不是报告', () => {
      const s = gov.statusBar();
      return s.visible && s.text.includes('不是报告') ? s : undefined;
    });
    assert.ok(note.tooltip && note.tooltip.length > 0);
    const filler = '本年度，我单位继续做好政府信息公开各项工作，按时答复各类申请。\n';
    const big = `${TITLE}\n\n一、总体情况\n\n${filler.repeat(Math.ceil((2 * 1024 * 1024) / filler.length) + 10)}`;
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: big });
    const editor = await vscode.window.showTextDocument(doc);
    const s = await waitFor('仅部分检查', () => {
      const x = gov.statusBar();
      return x.visible && x.text.includes('仅部分检查（草稿过大）') ? x : undefined;
    });
    assert.match(s.text, /政务公开年报·2021版/);
    await discard(editor);
  });

  it('restarts the language server: diagnostics and the status bar come back', async () => {
    const uri = wsFile('hover/sample.md');
    await open(uri);
    const before = await diagnosticsWhere(uri, 'diagnostics', (d) => d.length > 0);
    await vscode.commands.executeCommand('govReport.restartServer');
    const gov = await api();
    await waitFor('the status bar after the restart', () => gov.statusBar().text.includes('2023') || undefined);
    const after = await diagnosticsWhere(uri, 'the same diagnostics after the restart', (d) => d.length === before.length);
    assert.deepEqual(after.map(describeDiagnostic).sort(), before.map(describeDiagnostic).sort());
  });

  it('checks every report of the workspace into the Problems panel, closed files too, and leaves notes alone', async () => {
    await closeAll();
    const seed = wsFile('seed-003/003_64090608850f335c.txt');
    const note = wsFile('note/weekly-note.md');
    const summary = await vscode.commands.executeCommand<WorkspaceCheckSummary>('govReport.checkWorkspace');
    assert.ok(summary, 'the command returns its summary');
    assert.equal(summary.cancelled, false);
    assert.ok(summary.files >= 10, JSON.stringify(summary));
    assert.ok(summary.reports >= 8 && summary.reports < summary.files, JSON.stringify(summary));
    const expected = cliCheck(seed.fsPath).diagnostics;
    const got = await diagnosticsWhere(seed, 'the closed seed\'s findings', (d) => d.length === expected.length);
    assert.deepEqual(got.map(describeDiagnostic).sort(), expected.map(describeCli).sort());
    assert.deepEqual(ours(note), []);
  });
});
