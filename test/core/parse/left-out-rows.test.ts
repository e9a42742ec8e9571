// `pdftotext` (reading order) of a table printed with a narrow label column: the first 第二十条 block
// comes one cell a line with a figure displaced past the next caption (行政规范 62 / 33 / 性文件 /
// 第二十条第（五）项 / … / 440), the other blocks row by row. The reading-order block is left out of
// the table; its statutory rows (规章) are then unread, not missing: the table is read in part.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/engine/lint';
import { lintText } from '../helpers';

const FIRST = ['第二十条第（一）项', '', '信息内容 本年制发件数 本年废止件数 现行有效件数', '规章', '', '0', '', '0', '', '0', '',
  '行政规范 12', '33', '性文件'];
const REST = ['第二十条第（五）项', '信息内容 本年处理决定数量', '', '440', '', '行政许可 4529', '第二十条第（六）项', '信息内容 本年处理决定数量',
  '行政处罚 1100', '行政强制 65', '第二十条第（八）项', '信息内容 本年收费金额（单位：万元）', '', '行政事业 18651.06', '性收费'];
const page = (table: string[]) => ['某区人民政府2024年政府信息公开工作年度报告', '一、总体情况', '2024年，我区持续深化政务公开。',
  '二、主动公开政府信息情况', ...table, '三、收到和处理政府信息公开申请情况', '略。'].join('\n');

test('a 第二十条 block left out in reading order: its rows are unread, not missing', () => {
  const text = page([...FIRST, ...REST]);
  const t = analyze(text).report!.tables.get('active')!;
  assert.equal(t.partial, true);
  const f = lintText(text).findings;
  assert.deepEqual(f.filter((x) => x.rule === 'table-row-missing').map((x) => x.message), []);
  assert.match(f.find((x) => x.rule === 'table-unreadable')!.message, /表二.*行政许可/);
});

test('without that block the rows are missing as before', () => {
  const text = page(REST.slice(0, 1).concat(REST.slice(4)));
  assert.notEqual(analyze(text).report!.tables.get('active')!.partial, true);
  assert.ok(lintText(text).findings.some((x) => x.rule === 'table-row-missing' && /规章/.test(x.message)));
});
