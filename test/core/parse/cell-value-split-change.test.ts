// A 本年增/减 cell written as its increase and decrease apart (0/0, +3/-1, 增3/减1; qE harvest, a 2019-format
// table copied one cell a line ending " |"): figures, so the row keeps its three cells (no table-shape error), but
// not one figure, so the arithmetic leaves it out and table-cell-invalid asks for the net change (info). Texts of
// our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readCellValue } from '../../../server/src/core/parse/cell-value';
import { lint } from '../../../server/src/core';

test('a change in two halves reads as a split value, never as text', () => {
  assert.deepEqual(readCellValue('0/0'), { type: 'split', up: 0, down: 0 });
  assert.deepEqual(readCellValue('+3/-1'), { type: 'split', up: 3, down: 1 });
  assert.deepEqual(readCellValue('增3/减1'), { type: 'split', up: 3, down: 1 });
  assert.deepEqual(readCellValue('２／０'), { type: 'split', up: 2, down: 0 });
  for (const t of ['2020/1/1', '/0', '0/', '3/1件', '1/2/3']) assert.notEqual(readCellValue(t).type, 'split', t);
});

const cells = (...xs: string[]): string[] => xs.map((x) => `${x} |`);
const REPORT = [
  '某某县某某局2020年政府信息公开工作年度报告',
  '一、总体情况',
  '2020年,我局主动公开政府信息30条。',
  '二、主动公开政府信息情况',
  ...cells('第二十条第(一)项'), '||||', ...cells('信息内容', '本年新', '本年新', '对外公开总数量'), '|',
  ...cells('规章', '0', '0', '0'), '|', ...cells('规范性文件', '2', '2', '3'), '|',
  ...cells('第二十条第(五)项'), '||||', ...cells('信息内容', '上一年项目数量', '本年增/减', '处理决定数量'), '|',
  ...cells('行政许可', '12', '0/0', '40'), '|', ...cells('其他对外管理服务事项', '0', '+3/-1', '0'), '|',
  ...cells('第二十条第(六)项'), '||||', ...cells('信息内容', '上一年项目数量', '本年增/减', '处理决定数量'), '|',
  ...cells('行政处罚', '5', '0/0', '9'), '|', ...cells('行政强制', '0', '0/0', '0'), '|',
  '三、收到和处理政府信息公开申请情况',
  '无。',
].join('\n');

test('one cell a line: each 0/0 row keeps its three cells; the rule asks for the net change, as info', () => {
  const fs = lint(REPORT).findings;
  assert.deepEqual(fs.filter((f) => f.rule === 'table-shape').map((f) => f.message), []);
  const split = fs.filter((f) => f.rule === 'table-cell-invalid');
  assert.equal(split.length, 4, split.map((f) => f.message).join('\n'));
  for (const f of split) {
    assert.equal(f.severity, 'info');
    assert.match(f.message, /^“(?:行政许可|其他对外管理服务事项|行政处罚|行政强制)”行“本年增\/减”栏“(?:0\/0|\+3\/-1)”把增加数和减少数分开写了/);
  }
  assert.ok(split.some((f) => /净变化\+2/.test(f.message)));
});
