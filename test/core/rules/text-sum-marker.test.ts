// text-sum: 其中包括 (其中包含, 其中有) opens one list, not a list nested in another (oY 01: a 经开区
// report, 主动公开政府信息977条…。其中包括政府文件11条，…，其他信息145条: nine parts adding up to 694).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textSum } from '../../../server/src/core/rules/text-sum';
import { buildDraft, lineOf, ruleAlone, where } from './build';

const ANCHOR = '上年结转1件。';
const run = ruleAlone(textSum);
const withProse = (sentence: string) => buildDraft().replace(ANCHOR, ANCHOR + sentence);

const SHORT = '全年主动公开政府信息977条，超额完成全年目标任务40%。其中包括政府文件11条，工作动态信息270条，人事信息28条，财政信息58条，其他信息145条。';

test('其中包括 with a 其他 part that falls short of the total: reported on the total', () => {
  const text = withProse(SHORT);
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.deepEqual(where(text, fs[0]), { line: lineOf(text, SHORT), slice: '977条' });
  assert.equal(fs[0].message, '“其中包括”所列分项之和 11 + 270 + 28 + 58 + 145 = 512条，与总数 977条 不符（所列项目含“其他”，已涵盖全部）');
});

test('其中包含 and 其中有 read the same; parts that add up stay silent', () => {
  assert.equal(run(withProse(SHORT.replace('其中包括', '其中包含'))).length, 1);
  assert.equal(run(withProse(SHORT.replace('其中包括', '其中有'))).length, 1);
  assert.deepEqual(run(withProse(SHORT.replace('其他信息145条', '其他信息610条'))), []);
});

test('a 包括 inside the list after 其中 is still a nested breakdown: no finding', () => {
  assert.deepEqual(run(withProse('全年主动公开政府信息977条，其中政府文件11条，工作动态信息包括图片新闻270条，其他信息145条。')), []);
});

// The same sentence hard-wrapped at a narrow column (a PDF's text): the total's sentence starts a line
// above the 其中 and ends on its line; the paragraph goes on there, so 其中 still refers back to it.
test('其中 opening a sentence after a total carried over a wrapped line break', () => {
  const para = [
    '二是目标完成情况。2021年,主动公开政府信息977条,超额完成',
    '全年目标任务40%。其中包括政府文件11条,工作动态信息270条',
    ',人事信息28条,财政信息58条,行政权力信息34条,安全生产信',
    '息38条,公共服务和资源配置信息43条,重大项目信息67条,其他',
    '信息145条。',
  ].join('\n');
  const text = withProse('\n' + para + '\n');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.deepEqual(where(text, fs[0]), { line: lineOf(text, para.split('\n')[0]), slice: '977条' });
  // Two paragraphs, not one wrapped: the earlier line ends its sentence and 其中 opens a new paragraph.
  assert.deepEqual(run(withProse('\n主动公开政府信息977条。\n其中包括政府文件11条，工作动态信息270条，其他信息145条。\n')), []);
});
