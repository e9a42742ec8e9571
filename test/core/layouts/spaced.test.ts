// The reader of PDF text with layout (pdftotext -layout, PDF viewer copies): cells separated by
// runs of spaces, split labels, group labels between sub-rows, header debris, page footers.
// Real excerpts: test/fixtures/real/ (c04, c05: see the README there).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineMap, lint } from '../../../server/src/core';
import { findSpacedTables } from '../../../server/src/core/parse/layouts/spaced';
import { findTables } from '../../../server/src/core/parse/layouts';
import type { TableBlock } from '../../../server/src/core/parse/tables';

const REAL = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'real');
const real = (name: string) => readFileSync(join(REAL, name), 'utf8');

function read(text: string, free: (line: number) => boolean = () => true): TableBlock[] {
  return findSpacedTables(new LineMap(text), free);
}

/** Rows as [first line (1-based), last line, cell texts]. */
function rows(b: TableBlock): [number, number, string[]][] {
  return b.rows.map((r) => [r.line + 1, r.endLine + 1, r.cells.map((c) => c.text)]);
}

function assertExactCells(text: string, blocks: TableBlock[]): void {
  for (const b of blocks) {
    assert.equal(b.layout, 'spaced');
    for (const r of b.rows) {
      for (const c of r.cells) assert.equal(text.slice(c.start, c.end), c.text, `cell at ${c.start}`);
      assert.ok(r.line >= b.startLine && r.endLine <= b.endLine);
    }
  }
}

test('real c04: tables 二, 三 and 四 are read, each cell at its exact offsets', () => {
  const text = real('c04-hongze-2023-pdflayout.txt');
  const blocks = read(text);
  assertExactCells(text, blocks);
  assert.deepEqual(blocks.map((b) => [b.startLine + 1, b.endLine + 1]), [[49, 81], [98, 135], [152, 152]]);
  const three = rows(blocks[1]);
  const Z7 = ['0', '0', '0', '0', '0', '0', '0'];
  // A label over two lines with the values on a third.
  assert.deepEqual(three.find((r) => r[0] === 101), [101, 103, ['（二）部分公开（区分处理的，只计这一情 形，不', '计其他情形）', '4', '0', '0', '0', '0', '0', '4']]);
  assert.deepEqual(three.find((r) => r[0] === 130), [130, 132, ['5.要求行政机关确认或重 新出具', '已获取信息', ...Z7]]);
  // A label with a single space inside.
  assert.deepEqual(three.find((r) => r[0] === 129), [129, 129, ['4.无正当理由大量反复 申请', ...Z7]]);
  // Group labels between their sub-rows stay alone.
  assert.deepEqual(three.find((r) => r[0] === 113), [113, 113, ['（三）不予公开']]);
  assert.deepEqual(three.find((r) => r[0] === 119), [119, 119, ['（四）无法提供']]);
  assert.deepEqual(three.find((r) => r[0] === 128), [128, 128, ['（五）不予处理']]);
  // The page footer (-3-) is no row; the rows after it are.
  assert.ok(!three.some((r) => r[0] === 122));
  assert.deepEqual(three.find((r) => r[0] === 124), [124, 124, ['3.补正后申请内容仍不明确', ...Z7]]);
  // Spaced-out vertical header text: one label, no values, glued to nothing.
  assert.deepEqual(three.find((r) => r[0] === 105)?.[2].join(''), '三、本年度办理结果');
  assert.deepEqual(three.find((r) => r[0] === 104), [104, 104, ['1.属于国家秘密', '1', '0', '0', '0', '0', '0', '1']]);
  // The column header block above the first row is not read as rows.
  assert.equal(three[0][0], 98);
  assert.deepEqual(rows(blocks[2]), [[152, 152, ['10', '1', '0', '0', '0', '0', '0', '0', '0', '0', '5', '0', '0', '0', '0']]]);
});

test('real c05: a group label on the line of its first sub-row is a row of its own', () => {
  const text = real('c05-hongze-2024-pdflayout.txt');
  const blocks = read(text);
  assertExactCells(text, blocks);
  const three = rows(blocks[1]);
  assert.deepEqual(three.filter((r) => r[0] === 117), [
    [117, 117, ['（四）无法提供']],
    [117, 117, ['1.本机关不掌握相关政府信息', '31', '0', '0', '0', '0', '0', '31']],
  ]);
  assert.deepEqual(rows(blocks[2])[0][2].length, 15);
});

test('real c04/c05: prose paragraphs, footers and headings are never claimed', () => {
  for (const name of ['c04-hongze-2023-pdflayout.txt', 'c05-hongze-2024-pdflayout.txt']) {
    const text = real(name);
    const lines = new Set(read(text).flatMap((b) => b.rows.flatMap((r) => Array.from({ length: r.endLine - r.line + 1 }, (_, k) => r.line + k))));
    const all = text.split('\n');
    all.forEach((l, i) => {
      if (/[。，]/.test(l) || /^\s*[一二三四五六七八九十]、/.test(l) && !/\d/.test(l) || /^\s*-\d+-\s*$/.test(l)) {
        if (/（本列数据|区分处理的/.test(l)) return;
        assert.ok(!lines.has(i), `${name}:${i + 1} claimed: ${l}`);
      }
    });
  }
});

test('real c04/c05: the statutory tables are read and checked (review totals, 2019 row, misspelt label, no false alarm)', () => {
  const c04 = real('c04-hongze-2023-pdflayout.txt');
  const r4 = lint(c04);
  const at = (text: string, f: { start: number }) => new LineMap(text).lineAt(f.start) + 1;
  const serious4 = r4.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.rule}@${at(c04, f)}`);
  assert.deepEqual(serious4.sort(), ['format-outdated@133', 'review-total@152', 'review-total@152', 'table-row-unknown@110'].sort());
  const c05 = real('c05-hongze-2024-pdflayout.txt');
  const r5 = lint(c05);
  const serious5 = r5.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.rule}@${at(c05, f)}`);
  assert.ok(serious5.includes('format-outdated@131'), serious5.join());
  assert.ok(serious5.includes('table-row-unknown@109'), serious5.join());
  for (const rule of ['table-balance', 'table-subtotal', 'table-row-total', 'review-total', 'table-shape', 'table-row-missing']) {
    assert.ok(!serious5.some((s) => s.startsWith(`${rule}@`)), `${rule}: ${serious5.join()}`);
  }
});

test('synthetic: values with single spaces, a split label, a footer inside, a heading ends the table', () => {
  const text = [
    '三、收到和处理政府信息公开申请情况',
    '                         自然人   商业 科研   总计',
    '                                  企业 机构',
    '一、本年新收政府信息公开申请数量   3 0 0 0 0 0 3',
    '二、上年结转政府信息公开申请数量   1 0 0 0 0 0 1',
    '     5.要求行政机关确认或重',
    '       新出具已获取信息',
    '                                   0 0 0 0 0 0 0',
    '',
    '                    — 4 —',
    '',
    '     （七）总计                   4 0 0 0 0 0 4',
    '四、政府信息公开行政复议、行政诉讼情况',
    '   行政复议          行政诉讼',
    '10 1 0 0 0 | 0 0 0 0 0 | 5 0 0 0 0',
    '',
  ].join('\n');
  const blocks = read(text);
  assertExactCells(text, blocks);
  assert.deepEqual(blocks.map((b) => [b.startLine + 1, b.endLine + 1]), [[4, 12], [15, 15]]);
  assert.deepEqual(rows(blocks[0]).map((r) => [r[0], r[1], r[2][0], r[2].length]), [
    [4, 4, '一、本年新收政府信息公开申请数量', 8],
    [5, 5, '二、上年结转政府信息公开申请数量', 8],
    [6, 8, '5.要求行政机关确认或重', 9],
    [12, 12, '（七）总计', 8],
  ]);
  assert.deepEqual(rows(blocks[1])[0][2], ['10', '1', '0', '0', '0', '0', '0', '0', '0', '0', '5', '0', '0', '0', '0']);
  // The footer is skipped, never a value.
  assert.ok(!blocks[0].rows.some((r) => r.cells.some((c) => c.text === '4' && r.line === 9)));
});

test('synthetic: a section heading right above a line of numbers stays a heading', () => {
  const text = ['四、政府信息公开行政复议、行政诉讼情况', '10 1 0 0 0 0 0 0 0 0 5 0 0 0 0', ''].join('\n');
  assert.deepEqual(read(text).map((b) => rows(b)), [[[2, 2, ['10', '1', '0', '0', '0', '0', '0', '0', '0', '0', '5', '0', '0', '0', '0']]]]);
});

test('synthetic: a note split over three lines (commas inside the parentheses) is one label', () => {
  const text = [
    '（一）予以公开                           3     0     0     0     0     0     3',
    '     （二）部分公开（区分处理的，',
    '       只计这一情形，',
    '       不计其他情形）',
    '                                       1     0     0     0     0     0     1',
    '',
  ].join('\n');
  const blocks = read(text);
  assertExactCells(text, blocks);
  assert.deepEqual(rows(blocks[0])[1], [2, 5, ['（二）部分公开（区分处理的，', '只计这一情形，', '不计其他情形）', '1', '0', '0', '0', '0', '0', '1']]);
});

test('synthetic: vertical header text, one character a line, neither ends the table nor glues onto labels', () => {
  const text = [
    '一、本年新收政府信息公开申请数量   3 0 0 0 0 0 3',
    '二、上年结转政府信息公开申请数量   1 0 0 0 0 0 1',
    '三',
    '、',
    '本',
    '     （一）予以公开              2 0 0 0 0 0 2',
    '     （二）部分公开              2 0 0 0 0 0 2',
    '',
  ].join('\n');
  const blocks = read(text);
  assert.equal(blocks.length, 1);
  assert.deepEqual(rows(blocks[0]).map((r) => r[2][0]), ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '（一）予以公开', '（二）部分公开']);
});

test('synthetic: page footers in every common style are skipped', () => {
  for (const footer of ['-1-', '-3-', '— 4 —', '第 3 页', '- 3 -', '第3页 共5页', '3/5']) {
    const text = ['规章               0          0       0', '', `        ${footer}`, '', '行政规范性文件          0          5       5', ''].join('\n');
    const blocks = read(text);
    assert.equal(blocks.length, 1, footer);
    assert.deepEqual(rows(blocks[0]).map((r) => r[2]), [['规章', '0', '0', '0'], ['行政规范性文件', '0', '5', '5']], footer);
  }
});

test('precision: prose that ends in numbers stays prose', () => {
  const prose = [
    '   （一）主动公开情况。主要通过政府门户网站主动公开政府',
    '文件、项目审批、通知公告等各类政府信息。2023 年，我区在政',
    '府网站平台主动公开政府信息 1136 条。',
    '府网站平台主动发布各类政府信息 2428 条，公开政府常务会议 7',
    '期，解读信息发布 7 条。',
    '全年收取政府信息公开信息处理费 0 元。',
    '     全年共召开新闻发布会 7',
    '     全年共受理申请 12',
    '号 ， 邮 编 ： 223100 ， 电 话 ： 0517-87222589',
    '   2023 年 1 月 1 日',
    '   2024 年 12 月 31 日',
    '',
  ].join('\n');
  assert.deepEqual(read(prose), []);
  // Indented paragraph lines without punctuation and a lone number each are no table either.
  const indented = ['        本机关在年内共计办理', '        各类事项  12', '        以上数据来源于', '        统计台账  2023', ''].join('\n');
  assert.deepEqual(read(indented), []);
});

test('precision: a single row of one value is no table; lines an earlier reader took are never claimed', () => {
  assert.deepEqual(read('行政许可                      550\n'), []);
  const text = ['规章               0          0       0', '行政规范性文件          0          5       5', ''].join('\n');
  assert.equal(read(text).length, 1);
  assert.deepEqual(read(text, (l) => l !== 0), []);
  // A pipe table is the delimited reader's: findTables reads it once, as a pipe table.
  const pipes = ['| 信息内容 | 本年制发件数 |', '| --- | --- |', '| 规章 | 0 |', '| 行政规范性文件 | 5 |', ''].join('\n');
  assert.deepEqual(findTables(new LineMap(pipes)).map((b) => b.layout), ['gfm']);
});

test('robustness: long, odd and huge inputs stay fast and never throw', () => {
  const odd = ['', '   ', '|', '— —', '0', '1 2 3 4 5 6', 'x'.repeat(5000), '（', '）', '１２　３４', '\u3000\u30000 0 0'].join('\n');
  read(odd);
  const big = Array.from({ length: 20000 }, (_, i) => (i % 3 === 0 ? `第${i}行标签   ${i} 0 0 0` : i % 3 === 1 ? '' : '   -1-')).join('\n');
  const blocks = read(big);
  assert.ok(blocks.length >= 1);
});

test('pdftotext -raw: a short label and one number one space apart are a row below other rows of the table', () => {
  const text = [
    '第二十条第（一）项',
    '信息内容 本年制发件数 本年废止件数 现行有效件数',
    '规章 0 0 0',
    '行政规范性文件 3 0 8',
    '第二十条第（五）项',
    '信息内容 本年处理决定数量',
    '行政许可 9487',
    '- 3 -',
    '第二十条第（六）项',
    '信息内容 本年处理决定数量',
    '行政处罚 2776',
    '行政强制 84',
    '三、收到和处理政府信息公开申请情况',
    '全年共召开新闻发布会 7',
    '',
  ].join('\n');
  const blocks = read(text);
  assert.equal(blocks.length, 1);
  assertExactCells(text, blocks);
  const byLabel = new Map(blocks[0].rows.map((r) => [r.cells[0].text, r.cells.slice(1).map((c) => c.text)]));
  assert.deepEqual(byLabel.get('行政许可'), ['9487']);
  assert.deepEqual(byLabel.get('行政处罚'), ['2776']);
  assert.deepEqual(byLabel.get('行政强制'), ['84']);
  assert.equal(blocks[0].endLine, 11, 'the heading ends the table; the prose line after it is no row');
  // Alone (no row of several values above them) such lines stay prose.
  assert.deepEqual(read(['行政许可 9487', '行政处罚 2776', '全年共召开会议 7', ''].join('\n')), []);
  // And the whole 表二 is read and checked with no finding on a consistent draft's rows.
  const r = lint(`2024年政府信息公开工作年度报告\n二、主动公开政府信息情况\n${text}`);
  const missing = r.findings.filter((f) => f.rule === 'table-row-missing').map((f) => f.message);
  assert.ok(missing.length > 0 && missing.every((m) => !/大多缺失|行政许可|行政处罚|行政强制/.test(m)), missing.join('\n'));
});
