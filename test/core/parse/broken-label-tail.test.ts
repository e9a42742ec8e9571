// Tab copies whose sub-row label of 表三 wrapped with the figures beside its first line
// (3.危及“三安全\t0\t… / 一稳定”): the lone last piece joins the row above only when the two make a
// statutory label and neither alone is one (parse/broken-label.ts joinLabelTails; the tab reader
// keeps the piece inside the table: parse/tables.ts). Own text, the structure of such a copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';
import { analyze } from '../../../server/src/core/engine/lint';
import { joinLabelTails } from '../../../server/src/core/parse/broken-label';
import { readCellValue } from '../../../server/src/core/parse/cell-value';
import type { RawRow } from '../../../server/src/core/parse/tables';

const Z = ['0', '0', '0', '0', '0', '0', '0'];
const r = (label: string, vals = Z) => [label, ...vals].join('\t');
const HEAD = ['某某县统计局2023年政府信息公开工作年度报告', '', '一、总体情况', '', '2023年，我局认真贯彻《条例》，做好政府信息公开工作。', '',
  '三、收到和处理政府信息公开申请情况', '', '申请人情况\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计'];
const TAIL = ['', '四、政府信息公开行政复议、行政诉讼情况', '', '本年度未发生。'];

function table(broken: Record<string, [string, string]>): string {
  const rows = ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '三、本年度办理结果\t\t\t\t\t\t\t', '（一）予以公开',
    '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '（三）不予公开\t\t\t\t\t\t\t', '1.属于国家秘密', '2.其他法律行政法规禁止公开',
    '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项',
    '（四）无法提供\t\t\t\t\t\t\t', '1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确', '（五）不予处理\t\t\t\t\t\t\t',
    '1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息',
    '（六）其他处理\t\t\t\t\t\t\t', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    '3.其他', '（七）总计', '四、结转下年度继续办理'];
  const out: string[] = [];
  for (const l of rows) {
    if (l.includes('\t')) { out.push(l); continue; }
    const b = broken[l];
    if (b) out.push(r(b[0]), b[1]);
    else out.push(r(l));
  }
  return [...HEAD, ...out, ...TAIL].join('\n');
}

const rowIds = (text: string) => analyze(text).report!.tables.get('applications')!.rows.filter((x) => x.kind === 'data').map((x) => x.rowId);

test('a sub-row label whose last piece follows its figures is one row: table 三 reads whole, no error or warning', () => {
  const clean = table({});
  const text = table({ '3.危及“三安全一稳定”': ['3.危及“三安全', '一稳定”'], '1.本机关不掌握相关政府信息': ['1.本机关不掌握相关', '政府信息'],
    '4.无正当理由大量反复申请': ['4.无正当理由大量', '反复申请'] });
  assert.deepEqual(rowIds(text), rowIds(clean));
  assert.equal(rowIds(text).length, 25);
  const bad = lint(text).findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
  assert.deepEqual(bad.filter((f) => f.rule !== 'section-missing').map((f) => f.message), []);
});

const cell = (text: string, at: number) => ({ text, start: at, end: at + text.length, value: readCellValue(text) });
const raw = (line: number, texts: string[]): RawRow => ({ line, endLine: line, start: line * 100, end: line * 100 + 50, cells: texts.map((t, i) => cell(t, line * 100 + i * 10)), width: null });

test('the piece joins only when the join is a label and neither piece alone is one', () => {
  const labels = new Set(['3危及三安全一稳定', '2重复申请', '重复申请']);
  const joined = joinLabelTails([raw(0, ['3.危及“三安全', '0', '1']), raw(1, ['一稳定”'])], labels);
  assert.equal(joined.length, 1);
  assert.deepEqual(joined[0].cells.map((c) => c.text), ['3.危及“三安全', '一稳定”', '0', '1']);
  // Not a label when joined, a piece that is a label alone, a line not right below, a row without figures: left as they are.
  assert.equal(joinLabelTails([raw(0, ['3.危及“三安全', '0']), raw(1, ['备注说明'])], labels).length, 2);
  assert.equal(joinLabelTails([raw(0, ['2.', '0']), raw(1, ['重复申请'])], labels).length, 2);
  assert.equal(joinLabelTails([raw(0, ['3.危及“三安全', '0']), raw(2, ['一稳定”'])], labels).length, 2);
  assert.equal(joinLabelTails([raw(0, ['3.危及“三安全']), raw(1, ['一稳定”'])], labels).length, 2);
});
