// PDF text in reading order (pdftotext's default mode) of a 表三 printed in a narrow table: a cell of a
// row can come after the row's total (3.其他 / 1 / 0 0 0 0 / 2 / 1 for 1 1 0 0 0 0 2: set pA's source
// nQ/04 at A5, 12 px), still exactly seven figures between two labels. The partial reader
// (column-block-partial.ts) takes such a row as certain only when its figures keep the sums within the
// row (总计 = the applicant columns) when no row from the table's top (一, 二) is certain too; otherwise
// the row is not read, never read misplaced (a false table-row-total). The text is our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/engine/lint';
import { FORMATS } from '../../../server/src/core/formats';
import type { GridTable } from '../../../server/src/core/formats/types';
import { lintText } from '../helpers';

const HEAD = '某区人民政府2024年政府信息公开工作年度报告\n一、总体情况\n2024年，区政府办受理政府信息公开申请95件。\n二、主动公开政府信息情况\n主动公开信息1200条。\n';
const TOP = ['三、收到和处理政府信息公开申请情况', '申请人情况', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '法人或其他组织', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
const TAIL = '四、政府信息公开行政复议、行政诉讼情况\n本年度未发生行政复议、行政诉讼。\n五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n本年度未收取信息处理费。\n';
const SPEC = FORMATS['gov-info-2021'].tables.applications as GridTable;
const seven = (v: string) => [v, '0', '0', '0', '0', '0', v];

function table3(other3: string[]): string {
  // The rows above （六）3. column by column (labels in a run, figures in a run), then 3.其他 and （七）总计 row by row.
  const above = SPEC.rows.filter((r) => !['otherproc-3', 'total', 'next'].includes(r.id));
  const body = [...TOP, ...above.map((r) => r.label), ...above.filter((r) => !r.group).flatMap((r) => seven(r.id === 'new' ? '95' : '0')),
    '3.其他', ...other3, '（七）总计', ...seven('95'), '四、结转下年度继续办理', ...seven('0')];
  return `${HEAD}${body.join('\n')}\n${TAIL}`;
}

test('partial 表三 read only further down: a row whose business figure is printed after its total is not read, no false table-row-total', () => {
  // 3.其他 is 1 1 0 0 0 0 2; the business 1 printed last.
  const text = table3(['1', '0', '0', '0', '0', '2', '1']);
  const a = analyze(text).report!;
  assert.equal(a.tables.get('applications'), undefined);
  assert.ok(a.unreadable?.some((t) => t.id === 'applications'));
  const r = lintText(text);
  assert.deepEqual(r.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.rule} ${f.message}`), []);
});

test('partial 表三 read only further down: the same row printed in column order is read', () => {
  const text = table3(['1', '1', '0', '0', '0', '0', '2']);
  const t = analyze(text).report!.tables.get('applications')!;
  assert.equal(t.partial, true);
  // (四、结转下年度继续办理 and its seven figures, the table's last cells, are certain too: column-block-narrow.ts.)
  assert.deepEqual(t.rows.map((r) => r.rowId), ['otherproc-3', 'total', 'next']);
  assert.equal(t.rows[0].values.get('business')!.text, '1');
});
