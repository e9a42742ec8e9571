// A loose pipe table copied from a web page where a row with no value written puts each blank
// cell on a line of its own (规章 | / | / | / |): the bare pipes are the row's blank cells, so
// the row reads as blank values (table-cell-invalid says so) instead of a row without values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lint } from '../../../server/src/core';

const TABLE = [
  '某某镇人民政府2019年政府信息公开工作年度报告',
  '一、总体情况',
  '2019年,我镇认真贯彻落实《中华人民共和国政府信息公开条例》。',
  '二、主动公开政府信息情况',
  '第二十条第(一)项 | |||',
  '信息内容 | 本年新 制作数量 | 本年新 公开数量 | 对外公开总数量 |',
  '规章 |',
  '|',
  '|',
  '|',
  '规范性文件 | 2 | 0 | 8 |',
  '第二十条第(五)项 | |||',
  '信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |',
  '行政许可 | 7 | -1 | 0 |',
  '其他对外管理服务事项 | 0 | 0 | 0 |',
].join('\n');

test('bare pipe lines after a label-only row are its blank cells', () => {
  const a = analyze(TABLE);
  const t = a.report?.tables.get('active');
  assert.ok(t, 'table 二 is read');
  const rules = t.rows.find((r) => r.rowId === 'rules');
  assert.ok(rules);
  assert.equal(rules.values.size, 3);
  assert.ok([...rules.values.values()].every((c) => c.text === ''));
  const normative = t.rows.find((r) => r.rowId === 'normative');
  assert.deepEqual([...normative!.values.values()].map((c) => c.text), ['2', '0', '8']);
  const blank = lint(TABLE).findings.filter((f) => f.rule === 'table-cell-invalid');
  assert.equal(blank.length, 1);
  assert.match(blank[0].message, /“规章”行/);
});

test('written rows are unchanged, and a bare pipe after a value row is no blank cell of it', () => {
  const filled = TABLE.replace('规章 |\n|\n|\n|', '规章 | 0 | 0 | 0 |');
  assert.deepEqual(lint(filled).findings.filter((f) => f.rule === 'table-cell-invalid'), []);
  const afterValues = TABLE.replace('规章 |\n|\n|\n|', '规章 | 0 | 0 | 0 |\n|');
  const t = analyze(afterValues).report?.tables.get('active');
  const rules = t!.rows.find((r) => r.rowId === 'rules');
  assert.deepEqual([...rules!.values.values()].map((c) => c.text), ['0', '0', '0']);
});
