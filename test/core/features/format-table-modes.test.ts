// core/features/format-table.ts: govReport.formatTables (align | compact | off) and the rule that a
// header cell much wider than its column's data is not what the column is padded to.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineMap, normalizeSettings, TextEdit } from '../../../server/src/core';
import type { FormatTablesMode } from '../../../server/src/core';
import { formatTables } from '../../../server/src/core/features/format-table';
import { displayWidth } from '../../../server/src/core/features/display-width';
import { findTables } from '../../../server/src/core/parse/layouts';
import { corpus, SAMPLE } from './corpus';

function apply(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

const SEP = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const skeleton = (text: string) => text.split(/\r\n|\n|\r/).map((l) => (SEP.test(l) ? l.replace(/\s/g, '').replace(/-+/g, '-') : l.replace(/\s/g, '')));
const cells = (text: string) => findTables(new LineMap(text)).map((t) => t.rows.map((r) => r.cells.map((c) => c.text)));

function format(text: string, mode: FormatTablesMode): string {
  const once = apply(text, formatTables(text, undefined, mode));
  assert.deepEqual(skeleton(once), skeleton(text), `${mode}: only whitespace (and separator dashes) changed`);
  assert.deepEqual(cells(once), cells(text), `${mode}: the parser reads the same cells`);
  assert.deepEqual(formatTables(once, undefined, mode), [], `${mode}: idempotent`);
  return once;
}

const LONG = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
const TABLE = [
  `| ${LONG} | 自然人 | 总计 |`,
  '|---|---|---|',
  '| 一、本年新收政府信息公开申请数量 | 40 | 46 |',
  '| （一）予以公开 | 25 | 28 |',
  '',
].join('\n');

test('align: a header cell much wider than its column\'s data stays unpadded; the data rows line up among themselves', () => {
  const out = format(TABLE, 'align').split('\n');
  assert.equal(out[0], `| ${LONG} | 自然人 | 总计 |`);
  // Data rows are padded to the widest data cell (32 columns), not to the 66-column header.
  assert.equal(out[2], '| 一、本年新收政府信息公开申请数量 | 40     | 46   |');
  // Wide characters a cell lacks are made up with ideographic spaces, narrow ones with spaces.
  assert.equal(out[3], `| （一）予以公开${'\u3000'.repeat(9)} | 25     | 28   |`);
  assert.equal(out[1], `| ${'-'.repeat(32)} | ${'-'.repeat(6)} | ${'-'.repeat(4)} |`);
  for (const l of out.slice(1, 4)) assert.ok(displayWidth(l) < 60, l);
  // A header only a little wider than the data still sets the column's width.
  const near = format('| 较长的表头文字 | 数 |\n|---|---|\n| 行名称较长 | 1 |\n', 'align').split('\n');
  assert.equal(near[2], '| 行名称较长     | 1   |');
  // A wide header over short data: more than twice as wide, but not over 12 columns, is padded to.
  const small = format('| 表头十二列 | b |\n|---|---|\n| 一 | 1 |\n', 'align').split('\n');
  assert.equal(small[2], '| 一         | 1   |');
});

test('align: a loose table without a separator row treats its first row as the header', () => {
  const out = format([`${LONG} | 自然人 | 总计`, '一、本年新收 | 40 | 46', '（一）予以公开 | 25 | 28', ''].join('\n'), 'align').split('\n');
  assert.equal(out[0], `${LONG} | 自然人 | 总计`);
  assert.equal(out[1], '一、本年新收\u3000 | 40     | 46');
  assert.equal(out[2], '（一）予以公开 | 25     | 28');
});

test('align: data rows line up in any font: every data cell of a column has as many wide and as many narrow characters', () => {
  const text = [
    '| 项目 | 数量 | 说明 |',
    '|---|---|---|',
    '| 1.属于国家秘密 | 0 | 无 |',
    '| 2.其他法律行政法规禁止公开 | 12 | 见附件A |',
    '| （三）不予公开 |  | |',
    '| 行政事业性收费 | 356.4 | 单位：万元 |',
    '',
  ].join('\n');
  const out = format(text, 'align').split('\n').slice(2, 6);
  const classes = (cell: string) => {
    let wide = 0;
    let narrow = 0;
    for (const ch of cell) {
      if (displayWidth(ch) === 2) wide++;
      else narrow++;
    }
    return `${wide}/${narrow}`;
  };
  const cols = out.map((l) => l.split('|').slice(1, -1).map(classes));
  for (const row of cols) assert.deepEqual(row, cols[0], out.join('\n'));
});

test('compact: one space around each cell, no padding; separator rows of three dashes keep their colons', () => {
  const text = '|  甲   |乙|   丙 |\n|:-----|-----:|:----:|\n| 一行 |   1 | 22 |\n';
  const out = format(text, 'compact');
  assert.equal(out, '| 甲 | 乙 | 丙 |\n| :--- | ---: | :---: |\n| 一行 | 1 | 22 |\n');
  assert.equal(format(format(TABLE, 'align'), 'compact'), format(TABLE, 'compact'));
});

test('off: no edits at all', () => {
  assert.deepEqual(formatTables(TABLE, undefined, 'off'), []);
  assert.deepEqual(formatTables(SAMPLE, undefined, 'off'), []);
});

test('every mode on every corpus text: whitespace only, same cells, idempotent', () => {
  for (const { name, text } of corpus()) {
    for (const mode of ['align', 'compact'] as const) {
      try {
        format(text, mode);
      } catch (e) {
        throw new Error(`${name} (${mode}): ${(e as Error).message}`);
      }
    }
  }
});

test('the sample\'s table 三: its long header cell is narrower than the longest row label, so it is still padded to it', () => {
  const out = format(SAMPLE, 'align');
  const lm = new LineMap(out);
  const header = lm.lineText(lm.positionAt(out.indexOf('| （本列数据')).line);
  const row = lm.lineText(lm.positionAt(out.indexOf('| （一）予以公开')).line);
  const col = (l: string, needle: string) => displayWidth(l.slice(0, l.indexOf(needle)));
  assert.equal(col(header, '| 自然人'), col(row, '| 25'));
});

test('settings: govReport.formatTables and govReport.inlayHints are validated', () => {
  assert.equal(normalizeSettings({}).formatTables, undefined);
  assert.equal(normalizeSettings({ formatTables: 'compact' }).formatTables, 'compact');
  assert.equal(normalizeSettings({ 'govReport.formatTables': 'off' }).formatTables, 'off');
  assert.equal(normalizeSettings({ govReport: { inlayHints: 'all' } }).inlayHints, 'all');
  const problems: { path: string; message: string }[] = [];
  const s = normalizeSettings({ formatTables: 'pretty', inlayHints: true }, problems);
  assert.equal(s.formatTables, undefined);
  assert.equal(s.inlayHints, undefined);
  assert.deepEqual(problems.map((p) => p.path), ['formatTables', 'inlayHints']);
});
