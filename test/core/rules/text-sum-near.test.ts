// text-sum: a long open list (no 其他) that falls a unit or two short of its total is noted as
// info (issue #16, lA: a 卫健委 page, 主动公开政府信息数465条 … 其中 eight categories adding up to 464).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textSum } from '../../../server/src/core/rules/text-sum';
import { buildDraft, lineOf, ruleAlone, where } from './build';

const ANCHOR = '上年结转1件。';
const run = ruleAlone(textSum);
const withProse = (sentence: string) => buildDraft().replace(ANCHOR, ANCHOR + sentence);

const NEAR = '全年主动公开政府信息数465条，内容涉及机构职能、政策文件等。其中信息公开年度报告1条、规划计划1条、领导信息1条、机构职能1条、政策文件8条、医疗卫生内容34条、部门预决算56条、工作动态362条。';

test('eight parts one short of the total: info on the total', () => {
  const text = withProse(NEAR);
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].severity, 'info');
  assert.deepEqual(where(text, fs[0]), { line: lineOf(text, NEAR), slice: '465条' });
  assert.equal(fs[0].message, '“其中”所列 8 项之和 1 + 1 + 1 + 1 + 8 + 34 + 56 + 362 = 464条，比总数 465条 少 1条；如所列已是全部，请核对各项数字');
  assert.ok(fs[0].messageEn);
});

test('two short is still noted; the exact sum is silent', () => {
  assert.equal(run(withProse(NEAR.replace('工作动态362条', '工作动态361条'))).length, 1);
  assert.deepEqual(run(withProse(NEAR.replace('工作动态362条', '工作动态363条'))), []);
});

test('partial lists stay silent: few parts, a wide gap, a small total, a list cut by a new statement', () => {
  for (const sentence of [
    // Three parts only.
    '全年主动公开信息100条，其中政策文件50条，工作动态30条，通知公告19条。',
    // Three short.
    NEAR.replace('工作动态362条', '工作动态359条'),
    // A far partial list.
    '主动公开各类政府信息100条，其中政策文件及解读类信息26条，公示公告10条，人事信息5条，财政信息3条。',
    // A small total.
    '主动公开信息12条，其中政策文件2条，工作动态5条，通知公告2条，人事信息2条。',
    // A new statement cuts the list (通过…).
    '全年主动公开信息465条，其中政策文件8条，医疗卫生34条，部门预决算56条，工作动态366条，通过微信公众号发布信息132条。',
    // A rounded total.
    '全年主动公开信息465余条，其中政策文件8条，医疗卫生34条，部门预决算56条，工作动态366条。',
  ]) assert.deepEqual(run(withProse(sentence)), [], sentence);
});
