// A cell read off one line keeps its shared reading and its start (cell-at.ts): it must read as the
// four-field cell it replaces, in every layout that makes it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cellAt } from '../../../server/src/core/parse/cell-at';
import { readCellValue } from '../../../server/src/core/parse/cell-value';
import { findTables } from '../../../server/src/core/parse/layouts';
import { LineMap } from '../../../server/src/core/text/line-map';

test('cellAt reads as { text, start, end: start + text.length, value }', () => {
  for (const [t, at] of [['12', 5], ['', 9], ['1,322', 0], ['6566.23万元', 3], ['U', 1], ['（一）予以公开', 40], ['x'.repeat(60), 7]] as const) {
    const c = cellAt(t, at);
    assert.deepEqual({ text: c.text, start: c.start, end: c.end, value: c.value }, { text: t, start: at, end: at + t.length, value: readCellValue(t) });
  }
});

test('a table\'s cells keep their exact ranges in the draft', () => {
  const text = '| 项目 | 本年 | 上年 |\n| --- | --- | --- |\n|  规章 |  12  | 1,322 |\n| 规范性文件 | 0 |  |\n\n正文。\n\n行政许可\t3\t\t4\n行政处罚\t5\t6\t7\n行政强制\t0\t0\t0\n';
  const lines = new LineMap(text);
  const cells = findTables(lines).flatMap((b) => b.rows.flatMap((r) => r.cells));
  assert.ok(cells.length >= 20, String(cells.length));
  for (const c of cells) assert.equal(text.slice(c.start, c.end), c.text);
  assert.deepEqual(cells.map((c) => c.text).filter(Boolean).slice(0, 6), ['项目', '本年', '上年', '规章', '12', '1,322']);
  assert.ok(cells.some((c) => c.text === '' && c.start === c.end), 'a blank cell stands at its position');
  assert.ok(cells.some((c) => c.text === '行政处罚'));
});
