// A web copy of pipe rows that broke each row after its label cell (harvest oK/17, 赫章县交通运输局 2021):
// 规章 | / 0 | 0 | 0 |, and the header after its first cell (信息内容 | / 本年处理决定数量 | ||). The label and the
// figures under it are one row; the column name alone is the header, not a row with blank cells. Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';
import { analyze } from '../../../server/src/core/engine/lint';
import { findDelimitedTables } from '../../../server/src/core/parse/tables';
import { LineMap } from '../../../server/src/core/text/line-map';

const TABLE = [
  '第二十条第(一)项 | |||', '信息内容 |', '本年制发件数 |', '本年废止件数 |', '现行有效件数 |',
  '规章 |', '0 | 0 | 0 |', '行政规范性文件 |', '2 | 1 | 9 |',
  '第二十条第(五)项 | |||', '信息内容 |', '本年处理决定数量 | ||', '行政许可 |', '114 | ||',
  '第二十条第(六)项 | |||', '信息内容 |', '本年处理决定数量 | ||', '行政处罚 |', '430 | ||', '行政强制 |', '12 | ||',
  '第二十条第(八)项 | |||', '信息内容 |', '本年收费金额(单位:万元) | ||', '行政事业性收费 |', '0 |',
];
const REPORT = ['某某县某局', '2021年政府信息公开工作年度报告', '一、总体情况', '2021年,我局主动公开政府信息69条。', '二、主动公开政府信息情况', ...TABLE, '三、收到和处理政府信息公开申请情况', '本年度未收到政府信息公开申请。'].join('\n');

test('a label row right above a row of figures only is one row; a caption above figures is not joined', () => {
  const lines = new LineMap(TABLE.join('\n'));
  const [block] = findDelimitedTables(lines);
  const rows = block.rows.map((r) => r.cells.filter((c) => c.text).map((c) => c.text).join('/'));
  assert.ok(rows.includes('规章/0/0/0'), rows.join(' ; '));
  assert.ok(rows.includes('行政规范性文件/2/1/9'));
  assert.ok(rows.includes('行政许可/114'));
  const caption = new LineMap(['第二十条第(五)项 |', '3 | 4 |', '规章 | 1 | 2 |', '行政许可 | 5 |'].join('\n'));
  assert.ok(findDelimitedTables(caption)[0].rows.some((r) => r.cells[0].text === '3'));
});

test('the table reads its rows: no missing rows, and the column name alone is no row with blank cells', () => {
  const a = analyze(REPORT);
  const t = a.report!.tables.get('active')!;
  const by = (id: string) => [...(t.rows.find((r) => r.rowId === id)?.values.values() ?? [])].map((c) => c.text);
  assert.deepEqual(by('normative'), ['2', '1', '9']);
  assert.deepEqual(by('licensing'), ['114']);
  assert.deepEqual(by('enforcement'), ['12']);
  const fs = lint(REPORT).findings.filter((f) => /^table-/.test(f.rule));
  assert.deepEqual(fs.map((f) => `${f.rule}: ${f.message}`), []);
});
