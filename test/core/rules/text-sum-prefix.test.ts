// text-sum: a list whose first parts add up to the total exactly, followed by further figures
// (事项清单5054项，其中行政许可701项，……其他权力189项，公共服务395项，镇街清单131项): the list
// ended where the sum was reached, the later figures count other things (hS harvest, issue #12).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintAnalysis } from '../../../server/src/core';
import { textSum } from '../../../server/src/core/rules/text-sum';
import { buildDraft, findings } from './build';

const RULE = 'text-sum';
const ANCHOR = '上年结转1件。';
const run = (text: string) => findings(text, RULE, lintAnalysis(analyze(text), [textSum]));
const withProse = (sentence: string) => buildDraft().replace(ANCHOR, ANCHOR + sentence);

test('three or more parts that make the total, then other figures: silent', () => {
  const s = '发布区级政务服务事项实施清单600项,其中行政许可300项,行政处罚200项,行政强制100项,公共服务95项,镇街政务服务实施清单31项。';
  assert.deepEqual(run(withProse(s)), []);
});

test('still reported: two parts that make the total then more, and parts that never meet the total', () => {
  const two = '全年受理申请10件,其中自然人5件,法人5件,结转下年2件。';
  assert.equal(run(withProse(two)).length, 1);
  const over = '发布事项清单600项,其中行政许可300项,行政处罚250项,行政强制100项,公共服务95项。';
  assert.equal(run(withProse(over)).length, 1);
});

test('parts that make the total, then more of the same list up to its 其他: the list went on, reported (nS/34)', () => {
  const s = '2019年,本街道主动公开政府信息496条,其中工作动态信息420条,重点工作6条,公告公示3条,小额工程采购信息67条,人事信息7条,会议报告4条,财政信息6条,规划计划2条,重大项目5条,其他各类信息8条,微信公众号发布信息333条。';
  const fs = run(withProse(s));
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /= 528条 超过总数 496条/);
  // Without the 其他 the later figures may count other things: silent as before.
  assert.deepEqual(run(withProse(s.replace('其他各类信息8条', '专题信息8条'))), []);
});
