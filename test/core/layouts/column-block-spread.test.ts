// PDF text in reading order (pdftotext's default mode) of a 表三 printed by a browser without rules:
// each row's figures stay after its label but are cut where the column groups part, one blank line
// between the pieces (（一）予以公开 / 60 / 0 0 0 / 0 / 0 60: set pA/04, from nQ/04 at A4, 16 px). The
// spaced reader takes the lines of several numbers for rows short of figures (unreadable, blank
// cells); read as cells in reading order (layouts/column-block-spread.ts), a row whose figures are cut
// as most rows' are and keep the row's sum is read, any other row is left unread (partial table),
// never misplaced. The text is our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/engine/lint';
import { FORMATS } from '../../../server/src/core/formats';
import type { GridTable } from '../../../server/src/core/formats/types';
import { lintText } from '../helpers';

const HEAD = '某区人民政府2024年政府信息公开工作年度报告\n一、总体情况\n2024年，区政府办受理政府信息公开申请95件。\n二、主动公开政府信息情况\n主动公开信息1200条。\n';
const TOP = ['三、收到和处理政府信息公开申请情况', '申请人情况', '法人或其他组织', '（本列数据的勾稽关系为：第一项加第二项之和，等于第', '社会', '三项加第四项之和）', '自然 商 科', '人 业 研 公益', '企 机', '业 构 组织', '', '法律', '服务', ''];
const TAIL = '四、政府信息公开行政复议、行政诉讼情况\n本年度未发生行政复议、行政诉讼。\n五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n本年度未收取信息处理费。\n';
const SPEC = FORMATS['gov-info-2021'].tables.applications as GridTable;

/** A row's figures cut as the column groups part: 自然人 / 商业 科研 公益 / 法律服务 / 其他 总计. */
const cut = (v: string[]) => [v[0], '', v.slice(1, 4).join(' '), '', v[4], '', v.slice(5).join(' ')];

/** `labels`: a row's label lines in place of its label (a label broken in its cell, its first figure on its first line). */
function table3(rows: Record<string, string[]>, labels: Record<string, string[]> = {}): string {
  const body = [...TOP];
  for (const r of SPEC.rows) {
    if (r.id === 'open') body.push('三、本', '年度办', '理结果', '');
    if (r.group) { if (r.id !== 'results') body.push(r.label, ''); continue; }
    body.push(...(labels[r.id] ?? [r.label, '']), ...(rows[r.id] ?? cut(['0', '0', '0', '0', '0', '0', '0'])), '');
  }
  return `${HEAD}${body.join('\n')}\n${TAIL}`;
}

const errors = (text: string) => lintText(text).findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.rule} ${f.message}`);

test('表三 in reading order with each row\'s figures over lines of a few numbers: the rows cut alike are read in their columns', () => {
  const text = table3({
    // The first row's figures cut otherwise (the header's debris beside them): not read.
    new: ['0', '', '94 1 0 0', '', '0 95'],
    open: cut(['60', '0', '0', '0', '0', '0', '60']),
    partial: cut(['20', '1', '0', '0', '0', '0', '21']),
    'unable-1': cut(['14', '0', '0', '0', '0', '0', '14']),
    total: cut(['94', '1', '0', '0', '0', '0', '95']),
    // The label broken in its cell, its first figure on its first line, the rest of the label below it.
    'deny-2': ['', '0 0 0', '', '0', '', '0 0'],
    'otherproc-1': ['0 0 0', '', '0', '', '0 0'],
  }, {
    'deny-2': ['2.其他法律行政法规 0', '禁止公开'],
    // Broken over three lines, the first figure after the second.
    'otherproc-1': ['1.申请人无正当理由逾期不补', '正、行政机关', '0', '不再处理其政府信息公开申请', ''],
  });
  const t = analyze(text).report!.tables.get('applications')!;
  assert.ok(t, 'table 三 read');
  assert.equal(t.partial, true);
  const ids = t.rows.map((r) => r.rowId);
  assert.ok(!ids.includes('new'), 'the row cut otherwise stays unread');
  // (二 ends at 三、本, a piece of the group label; 四、结转 at the end of the table.)
  for (const id of ['carried', 'open', 'partial', 'unable-1', 'deny-1', 'deny-2', 'otherproc-1', 'total', 'next']) assert.ok(ids.includes(id), id);
  const partial = t.rows.find((r) => r.rowId === 'partial')!;
  assert.deepEqual(SPEC.columns.map((c) => partial.values.get(c.id)!.text), ['20', '1', '0', '0', '0', '0', '21']);
  assert.deepEqual(errors(text), []);
});

test('表三 with figures over lines: a row whose figures break its sum is left unread, no false table-row-total', () => {
  const v95 = cut(['95', '0', '0', '0', '0', '0', '95']);
  const text = table3({ new: v95, open: cut(['60', '0', '0', '0', '0', '0', '61']), partial: cut(['35', '0', '0', '0', '0', '0', '35']), total: v95 });
  const t = analyze(text).report!.tables.get('applications')!;
  assert.ok(!t.rows.some((r) => r.rowId === 'open'));
  assert.deepEqual(errors(text), []);
});
