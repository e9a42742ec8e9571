// The extension inside a real VS Code: the client, the language server it starts as a child
// process, and the editor's own commands (code actions, hovers, snippets, settings). The
// workspace is prepared by test/vscode/extension-host.test.ts: each draft sits in a folder of
// its own so that the across-file rules see no neighbours.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  api, cliCheck, cliCheckText, cliFixed, closeAll, codeActionsWhere, describeCli, describeDiagnostic, diagnosticsWhere, EXTENSION_ID, hoverText, open,
  ours, ROOT, ruleOf, setCell, SEVERITY, waitFor, wsFile,
} from './util';

const SAMPLE = 'sample.md'; // samples/sample-2023-report.md: three wrong totals, two wrong category names
const TABLE3 = '表三 收到和处理政府信息公开申请情况 · 2021 年格式';
const SKELETON = '政府信息公开工作年度报告框架 · 2021 年格式';

/** Empties an untitled editor and closes it (a dirty untitled editor would ask to be saved). */
async function discard(editor: vscode.TextEditor): Promise<void> {
  await editor.edit((e) => e.delete(new vscode.Range(0, 0, editor.document.lineCount, 0)));
  await vscode.window.showTextDocument(editor.document);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

describe('GovReport in VS Code', function () {
  this.timeout(90000);

  before(() => {
    console.log(`VS Code ${vscode.version} (${vscode.env.appName}, uiKind ${vscode.env.uiKind}, language ${vscode.env.language}), extension host Node ${process.version}`);
  });

  afterEach(closeAll);

  it('activates on a .txt draft and on a .md draft, and checks both', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, 'the extension under development is not loaded');
    // Not asserted: inactive before the first draft. VS Code may create plaintext models of its
    // own (output channels) at start-up, which fires onLanguage:plaintext as well.
    assert.deepEqual(ext.packageJSON.activationEvents, ['onLanguage:markdown', 'onLanguage:plaintext']);
    const txt = await open(wsFile('activation/report.txt'));
    assert.equal(txt.document.languageId, 'plaintext');
    await waitFor('activation by a .txt draft', () => ext.isActive);
    await diagnosticsWhere(txt.document.uri, 'diagnostics for the .txt draft', (d) => d.length > 0);
    const md = await open(wsFile('activation/report.md'));
    assert.equal(md.document.languageId, 'markdown');
    await diagnosticsWhere(md.document.uri, 'diagnostics for the .md draft', (d) => d.length > 0);
  });

  it('shows the seed report\'s findings with the CLI\'s rule ids, severities and ranges', async () => {
    const uri = wsFile('seed-003/003_64090608850f335c.txt');
    const expected = cliCheck(uri.fsPath);
    assert.equal(expected.kind, 'gov-info-2019'); // a 2020 report in the 2019 format
    await open(uri);
    const diags = await diagnosticsWhere(uri, `${expected.diagnostics.length} diagnostics`, (d) => d.length === expected.diagnostics.length);
    const sort = (a: string[]) => [...a].sort();
    assert.deepEqual(sort(diags.map(describeDiagnostic)), sort(expected.diagnostics.map(describeCli)));
    // The seed's two errors, as read off the report by hand: the OCR'd "U" cell and the signing date.
    const errors = diags.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).map(describeDiagnostic).sort();
    assert.deepEqual(errors, ['date-order@93:9-93:19 error', 'table-cell-invalid@29:6-29:7 error']);
    const cell = diags.find((d) => ruleOf(d) === 'table-cell-invalid' && d.severity === SEVERITY.error);
    assert.ok(cell);
    assert.equal(vscode.window.activeTextEditor?.document.getText(cell.range), 'U');
    assert.match(cell.message, /疑似识别错误/);
    // Each diagnostic links to its rule page.
    const code = cell.code as { value: string; target: vscode.Uri };
    assert.match(code.target.toString(), /table-cell-invalid/);
  });

  it('explains the wrong cell on hover', async () => {
    const editor = await open(wsFile('hover/' + SAMPLE));
    const uri = editor.document.uri;
    const diags = await diagnosticsWhere(uri, 'table-row-total', (d) => d.some((x) => ruleOf(x) === 'table-row-total'));
    const total = diags.find((d) => ruleOf(d) === 'table-row-total')!;
    assert.equal(editor.document.getText(total.range), '25');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, total.range.start.translate(0, 1));
    const text = hoverText(hovers);
    console.log(`      hover: ${JSON.stringify(text.slice(0, 300))}`);
    assert.match(text, /（一）予以公开/);
    assert.match(text, /自然人/);
    assert.match(text, /29/, 'the hover gives the computed sum');
    assert.match(text, /应为 24/, 'and the value that makes every sum hold');
  });

  it('the quick fix for the wrong cell changes exactly that cell, and every sum of table 三 then holds', async () => {
    const editor = await open(wsFile('quickfix/' + SAMPLE));
    const doc = editor.document;
    const diags = await diagnosticsWhere(doc.uri, 'table-row-total', (d) => d.some((x) => ruleOf(x) === 'table-row-total'));
    const total = diags.find((d) => ruleOf(d) === 'table-row-total')!;
    const before = doc.getText();
    const actions = await codeActionsWhere(doc.uri, total.range, vscode.CodeActionKind.QuickFix, 'quick fixes', (a) => a.some((x) => x.edit && x.isPreferred));
    // The API command returns the actions without their `diagnostics`; the fix is the preferred one.
    const fix = actions.find((a) => a.edit && a.isPreferred);
    assert.ok(fix, `no preferred quick fix with an edit among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(fix.title, '改为 24');
    assert.deepEqual(actions.map((a) => a.title), ['改为 24', '在此行禁用 table-row-total', '查看规则说明：table-row-total']);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    const start = doc.offsetAt(total.range.start);
    const end = doc.offsetAt(total.range.end);
    assert.equal(doc.getText(), before.slice(0, start) + '24' + before.slice(end));
    const left = await diagnosticsWhere(doc.uri, 'the fixed finding to go away', (d) => !d.some((x) => ruleOf(x) === 'table-row-total'));
    assert.ok(!left.some((x) => ['table-subtotal', 'table-balance'].includes(ruleOf(x) ?? '')), 'no other sum of table 三 fails');
    // The editor now agrees with the CLI on the edited text.
    assert.deepEqual(left.map(describeDiagnostic).sort(), cliCheckText(doc.getText(), 'md').map(describeCli).sort());
  });

  it('source.fixAll (the code action, on save, and the command) gives the same text as the CLI\'s --fix', async () => {
    for (const [folder, how] of [['fixall-action', 'action'], ['fixall-save', 'save'], ['fixall-command', 'command']] as const) {
      const uri = wsFile(`${folder}/${SAMPLE}`);
      const { text: expected, remaining } = cliFixed(uri.fsPath);
      const editor = await open(uri);
      await diagnosticsWhere(uri, 'diagnostics', (d) => d.length > 0);
      const before = editor.document.getText();
      assert.notEqual(expected, before, 'the CLI fixes something');
      if (how === 'action') {
        const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
        const actions = await codeActionsWhere(uri, whole, vscode.CodeActionKind.SourceFixAll, 'source.fixAll', (a) => a.some((x) => x.edit));
        const all = actions.filter((a) => a.kind && vscode.CodeActionKind.SourceFixAll.contains(a.kind) && a.edit);
        assert.equal(all.length, 1, `source.fixAll actions: ${actions.map((a) => a.title).join(' | ')}`);
        assert.ok(await vscode.workspace.applyEdit(all[0].edit!));
      } else if (how === 'save') {
        // "editor.codeActionsOnSave": { "source.fixAll": "explicit" }, then an explicit save.
        const editorConfig = vscode.workspace.getConfiguration('editor', uri);
        await editorConfig.update('codeActionsOnSave', { 'source.fixAll': 'explicit' }, vscode.ConfigurationTarget.Workspace);
        try {
          await vscode.commands.executeCommand('workbench.action.files.save');
          await waitFor('the fixed text on disk', () => fs.readFileSync(uri.fsPath, 'utf8') === expected || undefined, 10000)
            .catch(() => assert.equal(fs.readFileSync(uri.fsPath, 'utf8'), expected));
        } finally {
          await editorConfig.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace);
        }
      } else {
        await vscode.commands.executeCommand('govReport.fixAll');
      }
      await waitFor(`the fixed text (${how})`, () => editor.document.getText() === expected || undefined, 10000)
        .catch(() => assert.equal(editor.document.getText(), expected));
      // Only the safe fix (the wording) is applied; the CLI and the editor still report the same findings.
      const left = await diagnosticsWhere(uri, 'the findings after the fix', (d) => !d.some((x) => ruleOf(x) === 'category-nonstandard'));
      assert.deepEqual(left.map(describeDiagnostic).sort(), remaining.map(describeCli).sort());
    }
  });

  for (const language of ['markdown', 'plaintext'] as const) {
    it(`the ${language} snippet for 2021 table 三, filled consistently, is accepted`, async () => {
      const heading = language === 'markdown' ? '## ' : '';
      const doc = await vscode.workspace.openTextDocument({
        language,
        content: `${language === 'markdown' ? '# ' : ''}临江市临江区人民政府2023年政府信息公开工作年度报告\n\n${heading}三、收到和处理政府信息公开申请情况\n\n\n`,
      });
      const editor = await vscode.window.showTextDocument(doc);
      const at = new vscode.Position(doc.lineCount - 2, 0);
      editor.selection = new vscode.Selection(at, at);
      await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: language, name: TABLE3 });
      await waitFor('the snippet', () => doc.getText().includes('（七）总计') || undefined, 10000);
      // The snippet's first tab stop (the first count, default 0) is selected for typing.
      assert.equal(doc.getText(editor.selection), '0');
      await vscode.commands.executeCommand('leaveSnippet');
      await diagnosticsWhere(doc.uri, 'the report to be read', () => true);
      const fill: [string, number, string][] = [
        ['一、本年新收政府信息公开申请数量', 1, '3'], ['一、本年新收政府信息公开申请数量', 2, '1'], ['一、本年新收政府信息公开申请数量', 7, '4'],
        ['二、上年结转政府信息公开申请数量', 1, '1'], ['二、上年结转政府信息公开申请数量', 7, '1'],
        ['（一）予以公开', 1, '2'], ['（一）予以公开', 7, '2'],
        ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 2, '1'], ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 7, '1'],
        ['（七）总计', 1, '2'], ['（七）总计', 2, '1'], ['（七）总计', 7, '3'],
        ['四、结转下年度继续办理', 1, '2'], ['四、结转下年度继续办理', 7, '2'],
      ];
      for (const [label, column, value] of fill) await setCell(editor, label, column, value);
      const tableLines = (d: vscode.TextDocument) => {
        const first = d.getText().split('\n').findIndex((l) => l.includes('自然人'));
        return new vscode.Range(first, 0, d.lineCount, 0);
      };
      const inTable = (d: vscode.Diagnostic[]) => d.filter((x) => tableLines(doc).intersection(x.range));
      // Accepted: nothing reported inside the table. A wrong count is reported (so the check is live).
      await setCell(editor, '（七）总计', 7, '5');
      await diagnosticsWhere(doc.uri, 'the wrong total to be reported', (d) => inTable(d).some((x) => ruleOf(x) === 'table-row-total'));
      await setCell(editor, '（七）总计', 7, '3');
      const final = await diagnosticsWhere(doc.uri, 'no finding in the filled table', (d) => inTable(d).length === 0);
      assert.deepEqual(inTable(final).map(describeDiagnostic), []);
      const gov = await api();
      await waitFor('the status bar to show the 2023 report', () => gov.statusBar().text.includes('2023') || undefined);
      await discard(editor);
    });
  }

  it('the report skeleton snippet, filled in, is accepted as a 2021-format report', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    const editor = await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: SKELETON });
    await waitFor('the skeleton', () => doc.getText().includes('四、政府信息公开行政复议、行政诉讼情况') || undefined, 10000);
    await vscode.commands.executeCommand('leaveSnippet');
    let n = 0;
    const text = doc.getText()
      .replaceAll('某某市某某区人民政府', '临江市临江区人民政府')
      .replaceAll('20XX年X月X日', '2024年1月20日')
      .replaceAll('20XX', '2023')
      .replace(/（在此填写本部分内容）/g, () => `本年度第${++n}项工作：我单位按照《中华人民共和国政府信息公开条例》要求，完成了第${n}部分各项任务。`)
    // What part 六 must say about fees (content-fee), as a real draft would.
    .replace(/(六、[^\n]*\n+)/, '$1本年度未收取信息处理费。\n\n');
    assert.ok(n > 0, 'the skeleton has body placeholders');
    await editor.edit((e) => e.replace(new vscode.Range(0, 0, doc.lineCount, 0), text));
    const info = await waitFor('the status bar to show the kind', async () => {
      const s = (await api()).statusBar();
      return s.visible && s.text.includes('2023') ? s : undefined;
    });
    assert.match(info.text, /2021版/);
    const errorsAndWarnings = (d: vscode.Diagnostic[]) => d.filter((x) => x.severity <= vscode.DiagnosticSeverity.Warning);
    await new Promise((r) => setTimeout(r, 500));
    const final = await diagnosticsWhere(doc.uri, 'no error or warning', (d) => errorsAndWarnings(d).length === 0, 10000)
      .catch(() => ours(doc.uri));
    assert.deepEqual(errorsAndWarnings(final).map((d) => `${describeDiagnostic(d)} ${d.message}`), []);
    await discard(editor);
  });

  it('the status-bar item shows the detected kind and year of the active draft', async () => {
    const gov = await api();
    await open(wsFile('kind/2020-department-tab-clean.txt'));
    const a = await waitFor('the 2019-format status', () => {
      const s = gov.statusBar();
      return s.visible && s.text.includes('2020') ? s : undefined;
    });
    assert.match(a.text, /政务公开年报·2019版 · 2020年度/);
    assert.match(a.tooltip ?? '', /自动识别/);
    await open(wsFile('hover/' + SAMPLE));
    const b = await waitFor('the 2021-format status', () => {
      const s = gov.statusBar();
      return s.visible && s.text.includes('2023') ? s : undefined;
    });
    assert.match(b.text, /政务公开年报·2021版 · 2023年度/);
    await open(wsFile('note/weekly-note.md'));
    await waitFor('the item to say 不是报告 for a non-report', () => {
      const s = gov.statusBar();
      return (s.visible && s.text.includes('不是报告')) || undefined;
    });
  });

  it('a markdown file that is not a report gets no diagnostics', async () => {
    const note = await open(wsFile('note/weekly-note.md'));
    // Open a report after it: the server answers in order, so once the report has its
    // diagnostics the note has been checked too.
    const report = await open(wsFile('hover/' + SAMPLE));
    await diagnosticsWhere(report.document.uri, 'the report\'s diagnostics', (d) => d.length > 0);
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(vscode.languages.getDiagnostics(note.document.uri).map(describeDiagnostic), []);
    // The note really is a markdown file with a table (and an OCR-like "U" cell) in it.
    assert.equal(note.document.languageId, 'markdown');
    assert.match(note.document.getText(), /\| 热线转办 \|/);
  });

  it('turning a rule off in govReport.rules removes its diagnostics, and on again brings them back', async () => {
    const uri = wsFile('settings/' + SAMPLE);
    await open(uri);
    await diagnosticsWhere(uri, 'table-row-total', (d) => d.some((x) => ruleOf(x) === 'table-row-total'));
    const config = vscode.workspace.getConfiguration('govReport', uri);
    try {
      await config.update('rules', { 'table-row-total': 'off' }, vscode.ConfigurationTarget.Workspace);
      const off = await diagnosticsWhere(uri, 'table-row-total to go away', (d) => d.length > 0 && !d.some((x) => ruleOf(x) === 'table-row-total'));
      assert.ok(off.some((x) => ruleOf(x) === 'table-subtotal'), 'other rules still report');
      const settings = JSON.parse(fs.readFileSync(path.join(wsFile('.vscode').fsPath, 'settings.json'), 'utf8'));
      assert.deepEqual(settings['govReport.rules'], { 'table-row-total': 'off' });
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await diagnosticsWhere(uri, 'table-row-total to come back', (d) => d.some((x) => ruleOf(x) === 'table-row-total'));
  });

  it('imports a web page and a Word file as untitled Markdown drafts beside them, with the original\'s findings', async () => {
    for (const name of ['sample-2023-report.html', 'sample-2023-report.docx']) {
      const source = wsFile('import/' + name);
      const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('govReport.importDraft', source);
      assert.ok(editor, name);
      const doc = editor.document;
      assert.equal(doc.uri.scheme, 'untitled');
      assert.equal(path.dirname(doc.uri.path), path.dirname(source.path), 'named beside the source');
      assert.match(path.basename(doc.uri.path), /^sample-2023-report( \(\d+\))?\.md$/);
      assert.equal(doc.languageId, 'markdown');
      assert.match(doc.getText(), /\| 一、本年新收政府信息公开申请数量 \|/);
      // GovReport reads the draft with the original's findings: the same rules and severities on
      // the same lines of the converted text.
      const expected = cliCheck(source.fsPath).diagnostics.map((d) => `${d.rule}/${SEVERITY[d.severity]}/${d.line}`).sort();
      assert.ok(expected.length > 0);
      const got = await diagnosticsWhere(doc.uri, 'the imported draft\'s diagnostics', (d) => d.length === expected.length);
      assert.deepEqual(got.map((d) => `${ruleOf(d)}/${d.severity}/${d.range.start.line + 1}`).sort(), expected);
      await discard(editor);
    }
  });

  it('the language server runs as a child process of the extension host', async () => {
    const uri = wsFile('hover/' + SAMPLE);
    await open(uri);
    await diagnosticsWhere(uri, 'diagnostics', (d) => d.length > 0);
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    assert.equal(fs.realpathSync(ext.extensionPath), fs.realpathSync(ROOT));
    if (process.platform !== 'linux') return;
    const server = path.join(ext.extensionPath, 'dist', 'server.js');
    const children = fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p)).filter((pid) => {
      try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        return ppid === process.pid && fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(server);
      } catch {
        return false;
      }
    });
    assert.equal(children.length, 1, `language server processes under the extension host (pid ${process.pid}): ${children.join(', ')}`);
  });
});
