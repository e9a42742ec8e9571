// One cell a line ending “ |”, rows parted by lines of pipes, every value cell left blank (a lone “|”): a
// 表三 with no figure at all is still a table (its labels, its blank cells in place), read as such: its
// blank rows are reported unfilled and a misspelt row label is named; it was not found at all (no number
// in the run). Short runs of pipe-terminated lines without such rows stay no table. Text of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lint } from '../../../server/src/core';

const HEAD = ['某某街道2023年政府信息公开工作年度报告', '一、总体情况', '2023年，我街道依法做好政府信息公开工作，本年度未收到政府信息公开申请。',
  '二、主动公开政府信息情况', '本年度主动公开信息120条。', '三、收到和处理政府信息公开申请情况'];
const row = (label: string) => [`${label} |`, ...Array(7).fill('|'), '||||||||'];
const T3 = (labels: string[]) => ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） |', '自然人 |', '商业企业 |', '科研机构 |', '社会公益组织 |', '法律服务机构 |', '其他 |', '总计 |', '||||||||',
  ...labels.flatMap(row)];
const LABELS = ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '三、本年度办理结果 |\n|||\n(一)予以公开', '(二)部分公开(区分处理的,只计这一情形,不计其他情形)'];

test('表三 one cell a line with every cell blank (lone pipes): read, its rows in place, no figure', () => {
  const text = [...HEAD, ...T3(LABELS)].join('\n');
  const t = analyze(text).report!.tables.get('applications');
  assert.equal(t?.layout, 'cell-lines');
  const rows = t!.rows.filter((r) => r.kind === 'data' && r.rowId);
  assert.deepEqual(rows.map((r) => r.rowId), ['new', 'carried', 'open', 'partial']);
  assert.ok(rows.every((r) => [...r.values.values()].every((c) => c.text === '')));
  // A row label one character wrong among them is named.
  const typo = [...HEAD, ...T3(LABELS.map((l) => l.replace('予以公开', '予以公升')))].join('\n');
  const unknown = lint(typo).findings.filter((f) => f.rule === 'table-row-unknown');
  assert.equal(unknown.length, 1);
  assert.match(unknown[0].message, /予以公开/);
});

test('a run of pipe-terminated lines with one label and blank cells, or no blank cells, is no table', () => {
  const one = [...HEAD, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） |', '自然人 |', '总计 |', '||||||||', ...row('一、本年新收政府信息公开申请数量')].join('\n');
  assert.equal(analyze(one).report!.tables.get('applications'), undefined);
  const menu = [...HEAD, '首页 |', '政务公开 |', '||', '办事服务 |', '互动交流 |', '||'].join('\n');
  assert.equal(analyze(menu).report!.tables.size, 0);
});
