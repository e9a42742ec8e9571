// content-fee, the prose against table 三: a draft that says no fee notice was issued while
// table 三 counts applications closed because a fee notice was not paid (其他处理 2.) gets an
// info on the statement. Silent when the row is 0 or the prose states notices or only 未收取.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintAnalysis } from '../../../server/src/core';
import { contentFee } from '../../../server/src/core/rules/content-fee';
import { buildDraft, findings, lineOf, where } from './build';

const RULE = 'content-fee';
const run = (text: string) => findings(text, RULE, lintAnalysis(analyze(text), [contentFee]));
const FEE = '本年度未收取信息处理费。';

/** The built draft with its one 重复申请 moved to 逾期未按收费通知要求缴纳费用 (sums unchanged). */
function unpaidDraft(other: string): string {
  const lines = buildDraft().replace(FEE, other).split('\n');
  const a = lines.findIndex((l) => l.startsWith('| 2.重复申请 |'));
  const b = lines.findIndex((l) => l.includes('逾期未按收费通知要求缴纳费用'));
  const cells = (l: string) => l.slice(l.indexOf(' |') + 2);
  const [ca, cb] = [cells(lines[a]), cells(lines[b])];
  lines[a] = lines[a].slice(0, lines[a].length - ca.length) + cb;
  lines[b] = lines[b].slice(0, lines[b].length - cb.length) + ca;
  return lines.join('\n');
}

test('no notice issued, yet one application closed for an unpaid notice → info on the statement', () => {
  for (const [s, slice] of [
    ['本年度未发出收费通知，未收取信息处理费。', '未发出收费通知'],
    ['本年度共发出收费通知0件，收取信息处理费0元。', '发出收费通知0件'],
    ['本机关没有向申请人发出过收费通知。', '没有向申请人发出过收费通知'],
  ]) {
    const text = unpaidDraft(s);
    const fs = run(text);
    assert.equal(fs.length, 1, s);
    assert.deepEqual(where(text, fs[0]), { line: lineOf(text, s), slice }, s);
    assert.equal(fs[0].severity, 'info');
    assert.equal(fs[0].message, '正文称未发出收费通知，但表三“申请人逾期未按收费通知要求缴纳费用”为 1 件，两者不一致');
  }
});

test('silent when the row is 0, or the prose states notices issued or only that no fee was collected', () => {
  assert.deepEqual(run(buildDraft().replace(FEE, '本年度未发出收费通知。')), []);
  for (const s of [FEE, '本年度共发出收费通知2件，收取信息处理费0元。', '本年度发出收费通知10件，收取信息处理费300元。']) {
    assert.deepEqual(run(unpaidDraft(s)), [], s);
  }
});
