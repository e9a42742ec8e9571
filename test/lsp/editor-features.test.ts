// Editor features over real JSON-RPC (in-process): hover, outline, folding and inlay hints on the
// sample 2023 draft, whose row （一）予以公开 has 自然人 25 where 24 would balance (so its 总计 28
// is one short of 25 + 3 + 1 = 29); the quick-fix for that row; silence on a non-report; and the
// server's diagnostics on seed 001 against what the built CLI prints.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CodeActionKind, Diagnostic, DiagnosticSeverity, DocumentSymbol, FoldingRangeKind, InlayHint, MarkupContent, Position } from 'vscode-languageserver/node';
import { LineMap } from '../../server/src/core';
import { ROOT, SEEDS, TestClient, applyLspEdits, editsFor, isCodeAction } from './harness';
import { runCli } from '../cli/helpers';

const SAMPLE = readFileSync(path.join(ROOT, 'samples', 'sample-2023-report.md'), 'utf8');
const lines = new LineMap(SAMPLE);
const SIX = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];

/** Position of the k-th occurrence of needle, `delta` characters in. */
function pos(needle: string, delta = 0, text = SAMPLE): Position {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `no ${needle}`);
  return new LineMap(text).positionAt(i + delta);
}

const OPEN_ROW = pos('| （一）予以公开 |').line;
const TOTAL_ROW = pos('| （七）总计 |').line;
const FULL = { start: { line: 0, character: 0 }, end: { line: lines.lineCount, character: 0 } };
const NOTE = ['# 第12周工作周记', '', '同意公开的材料已归档。', '', '| 事项 | 数量 |', '|---|---|', '| 会议 | 3 |', '| 合计 | 3 |', '', '## 下周', '', '继续。', ''].join('\n');

describe('editor features over JSON-RPC', () => {
  let client: TestClient;
  const uri = 'file:///samples/sample-2023-report.md';
  let diagnostics: Diagnostic[];

  before(async () => {
    client = TestClient.create();
    // These tests read every computed total (govReport.inlayHints: all); the default shows only mismatches.
    client.configuration = () => ({ format: 'auto', rules: {}, run: 'onType', inlayHints: 'all' });
    const caps = (await client.initialize()).capabilities;
    assert.ok(caps.hoverProvider);
    assert.ok(caps.documentSymbolProvider, 'documentSymbolProvider advertised');
    assert.ok(caps.foldingRangeProvider, 'foldingRangeProvider advertised');
    assert.deepEqual(caps.inlayHintProvider, { resolveProvider: false });
    diagnostics = (await client.open(uri, 'markdown', SAMPLE)).diagnostics;
  });
  after(() => client.dispose());

  const rowTotal = () => diagnostics.find((d) => d.code === 'table-row-total' && d.range.start.line === OPEN_ROW)!;

  it('publishes one finding on the wrong cell (25: both failing sums of that row and column pass through it), with the rule page', () => {
    const d = rowTotal();
    assert.ok(d, `table-row-total on line ${OPEN_ROW}; got ${diagnostics.map((x) => `${x.range.start.line}:${x.code}`).join(', ')}`);
    assert.equal(d.severity, DiagnosticSeverity.Error);
    assert.deepEqual(d.range, { start: pos('| 25 |', 2), end: pos('| 25 |', 4) });
    assert.ok(!diagnostics.some((x) => x.code === 'table-subtotal'), 'the column\'s （七）总计 is explained by the same cell: no second finding');
    assert.match(d.codeDescription!.href, /^[a-z]+:.*docs\/rules\/table-row-total\.md$/);
  });

  it('hovers a number of that row with its table, row, column and constraints', async () => {
    const at = pos('| 25 |', 2);
    const h = (await client.hover(uri, at))!;
    assert.ok(h, 'hover on 25');
    const md = h.contents as MarkupContent;
    assert.equal(md.kind, 'markdown');
    // The cell's own explanation comes after the rule of the diagnostic on it.
    const cell = md.value.split('\n\n---\n\n').at(-1) ?? '';
    assert.ok(cell.startsWith('**表三 “（一）予以公开” 行 · “自然人” 列**'), md.value);
    assert.ok(md.value.includes('此格应为 24'), md.value);
    assert.ok(md.value.includes('- 行总计：**25** + 3 + 0 + 0 + 1 + 0 = 29（表中 28 ✗，错在此格：应为 24，改后成立）'), md.value);
    assert.ok(md.value.includes('- 本列（七）总计：**25** +'), md.value);
    assert.deepEqual(h.range, { start: at, end: pos('| 25 |', 4) });
  });

  it('joins the cell hover with the rule hover of the diagnostic under the cursor, the rule and its link first', async () => {
    const d = rowTotal();
    const h = (await client.hover(uri, d.range.start))!;
    const parts = (h.contents as MarkupContent).value.split('\n\n---\n\n');
    assert.equal(parts.length, 2, (h.contents as MarkupContent).value);
    // VS Code clips a long hover at the bottom: the rule page is linked on the hover's first line.
    const first = parts[0].split('\n')[0];
    assert.ok(first.includes('`table-row-total`') && first.includes(`[查看规则说明](${d.codeDescription!.href})`), first);
    assert.ok(parts[1].startsWith('**表三 “（一）予以公开” 行 · “自然人” 列**'));
    assert.deepEqual(h.range, d.range);
  });

  it('hovers a statutory heading and a disposition term', async () => {
    const heading = (await client.hover(uri, pos('## 三、', 5)))!;
    assert.ok((heading.contents as MarkupContent).value.startsWith('**三、收到和处理政府信息公开申请情况** · 法定第三部分'));
    const term = (await client.hover(uri, pos('同意公开', 1)))!;
    const value = (term.contents as MarkupContent).value;
    // The category-nonstandard diagnostic on the same words joins in, before the term's own hover.
    const [rule, own] = value.split('\n\n---\n\n');
    assert.ok(rule.split('\n')[0].includes('`category-nonstandard`'), value);
    assert.ok(own.startsWith('**同意公开** 不是规范的办理结果名称，应写作“予以公开”。'), value);
  });

  it('offers the quick-fix that sets the wrong cell, after which every sum holds', async () => {
    const d = rowTotal();
    const actions = (await client.codeActions({ textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })).filter(isCodeAction);
    const fix = actions.find((a) => a.kind === CodeActionKind.QuickFix && a.isPreferred);
    assert.ok(fix, `preferred quick fix; got ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(fix.title, '改为 24');
    const { version, edits } = editsFor(fix.edit, uri);
    assert.equal(version, 1);
    assert.deepEqual(edits, [{ range: d.range, newText: '24' }]);
    const fixed = applyLspEdits(SAMPLE, edits);
    assert.equal(new LineMap(fixed).lineText(OPEN_ROW), '| （一）予以公开 | 24 | 3 | 0 | 0 | 1 | 0 | 28 |');

    const fixedUri = 'file:///samples/sample-fixed.md';
    const after = (await client.open(fixedUri, 'markdown', fixed)).diagnostics;
    assert.ok(!after.some((x) => ['table-row-total', 'table-subtotal', 'table-balance'].includes(String(x.code))), after.map((x) => x.code).join(', '));
    const hints = (await client.inlayHints(fixedUri, FULL))!;
    const total = pos('| 28 |', 4);
    const h = hints.find((x) => x.position.line === OPEN_ROW && x.position.character === total.character)!;
    assert.equal(h.label, '=28');
    await client.close(fixedUri);
  });

  it('lists the six statutory sections in order, each table inside its section', async () => {
    const syms = (await client.documentSymbols(uri)) as DocumentSymbol[];
    assert.equal(syms.length, 1);
    const [title] = syms;
    assert.ok('selectionRange' in title, 'hierarchical DocumentSymbol');
    assert.equal(title.name, '示例市示例区人民政府办公室2023年政府信息公开工作年度报告');
    const sections = title.children!;
    assert.deepEqual(sections.map((s) => s.name), SIX);
    assert.deepEqual(sections.map((s) => s.children!.filter((c) => c.name.startsWith('表：')).map((c) => c.name)), [
      [], ['表：主动公开政府信息情况'], ['表：收到和处理政府信息公开申请情况'], ['表：政府信息公开行政复议、行政诉讼情况'], [], [],
    ]);
    const s3 = sections[2];
    assert.deepEqual(s3.selectionRange, { start: pos('收到和处理政府信息公开申请情况'), end: pos('收到和处理政府信息公开申请情况', 15) });
    assert.deepEqual(s3.range.start, { line: pos('## 三、').line, character: 0 });
    assert.equal(s3.range.end.line, pos('| 四、结转下年度继续办理 |').line);
    const t3 = s3.children![0];
    assert.equal(t3.range.start.line, pos('| （本列数据').line);
  });

  it('shows inlay hints on the table: row totals and the （七）总计 row, the expected value where wrong', async () => {
    const hints = (await client.inlayHints(uri, FULL))!;
    const on = (line: number) => hints.filter((h) => h.position.line === line);
    const wrongCell = on(OPEN_ROW).find((h) => h.label === '≠ 应为 24');
    assert.ok(wrongCell, `≠ 应为 24 on line ${OPEN_ROW}; got ${on(OPEN_ROW).map((h) => h.label).join(', ')}`);
    assert.deepEqual(wrongCell.position, rowTotal().range.end);
    assert.equal(wrongCell.paddingLeft, true);
    assert.equal(String(wrongCell.tooltip), '行总计：28 ≠ 29，此格改为 24 后成立\n本列（七）总计：40 ≠ 41，此格改为 24 后成立');
    // The totals the wrong cell spoiled read as right once it is corrected.
    assert.deepEqual(on(OPEN_ROW).map((h) => h.label), ['≠ 应为 24', '=28']);
    assert.deepEqual(on(TOTAL_ROW).map((h) => h.label), ['=40', '=4', '=0', '=0', '=1', '=0', '=45']);
    // Every data row of table 三 has its row-total hint.
    const rowTotals = hints.filter((h) => h !== wrongCell && /^行总计/.test(String(h.tooltip)));
    assert.equal(rowTotals.length, 25);
    // A window gets only its own lines.
    const window = (await client.inlayHints(uri, { start: { line: TOTAL_ROW, character: 0 }, end: { line: TOTAL_ROW + 1, character: 0 } }))!;
    assert.deepEqual(window, on(TOTAL_ROW));
    const endOfLine = (await client.inlayHints(uri, { start: { line: TOTAL_ROW, character: 0 }, end: { line: TOTAL_ROW, character: lines.lineText(TOTAL_ROW).length - 2 } }))!;
    assert.deepEqual(endOfLine, on(TOTAL_ROW), 'a hint at the end of the range is in it');
  });

  it('folds sections and tables', async () => {
    const ranges = (await client.foldingRanges(uri))!;
    const has = (startLine: number, endLine: number) => ranges.some((r) => r.startLine === startLine && r.endLine === endLine && r.kind === FoldingRangeKind.Region);
    const s3 = pos('## 三、').line;
    const end3 = pos('| 四、结转下年度继续办理 |').line;
    assert.ok(has(s3, end3), 'section 三');
    assert.ok(has(pos('| （本列数据').line, end3), 'table 三');
    assert.ok(has(pos('## 五、').line, pos('## 六、').line - 2), 'section 五 without its trailing blank line');
    assert.equal(ranges.length, 10);
  });

  it('asks the client to refresh inlay hints when the configuration changes', async () => {
    const before = client.inlayHintRefreshes;
    const next = client.nextDiagnostics(uri);
    await client.changeConfiguration(null);
    await next;
    assert.ok(client.inlayHintRefreshes > before);
  });

  it('stays silent on a Markdown note that is not a report: no hover, outline, folding or hints', async () => {
    const noteUri = 'file:///notes/week.md';
    assert.deepEqual((await client.open(noteUri, 'markdown', NOTE)).diagnostics, []);
    assert.equal(await client.hover(noteUri, pos('同意公开', 1, NOTE)), null);
    assert.equal(await client.hover(noteUri, pos('| 3 |', 2, NOTE)), null);
    assert.equal(await client.documentSymbols(noteUri), null);
    assert.equal(await client.foldingRanges(noteUri), null);
    assert.equal(await client.inlayHints(noteUri, FULL), null);
    // Other languages and closed documents: nothing either.
    const jsonUri = 'file:///samples/report.json';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: jsonUri, languageId: 'json', version: 1, text: SAMPLE } });
    assert.equal(await client.documentSymbols(jsonUri), null);
    assert.equal(await client.inlayHints(jsonUri, FULL), null);
    assert.equal(await client.foldingRanges('file:///not/open.md'), null);
  });

  it('answers malformed requests with null instead of failing', async () => {
    assert.equal(await client.request('textDocument/documentSymbol', { textDocument: {} }), null);
    assert.equal(await client.request('textDocument/inlayHint', { textDocument: { uri }, range: null }), null);
    assert.equal(await client.request('textDocument/foldingRange', {}), null);
    const hints = (await client.inlayHints(uri, FULL)) as InlayHint[];
    assert.ok(hints.length > 0, 'the server still answers');
  });
});

describe('seed 001 as plain text: the server and the CLI agree', () => {
  const CLI = path.join(ROOT, 'dist', 'cli.js');
  const skip = existsSync(CLI) ? false : 'dist/cli.js is not built (run node esbuild.mjs)';

  it('publishes, line for line, what `govreport check --format json` prints', { skip }, async () => {
    const rel = path.join('test', 'fixtures', 'seeds', '001_e1d25a63a80be9ed.txt');
    const run = runCli(['check', '--format', 'json', rel]);
    const printed = JSON.parse(run.stdout) as { files: { diagnostics: { rule: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number }[] }[] };
    const expected = printed.files[0].diagnostics;
    assert.ok(expected.length > 0, 'the CLI finds something in seed 001');

    const client = TestClient.create();
    try {
      await client.initialize();
      const text = readFileSync(path.join(SEEDS, '001_e1d25a63a80be9ed.txt'), 'utf8');
      const published = await client.open('file:///seeds/001-cli.txt', 'plaintext', text);
      const severity = ['', 'error', 'warning', 'info', 'hint'];
      const got = published.diagnostics.map((d) => ({
        rule: d.code, severity: severity[d.severity!], message: d.message,
        line: d.range.start.line + 1, column: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1,
      }));
      assert.deepEqual(got, expected);
    } finally {
      client.dispose();
    }
  });
});
