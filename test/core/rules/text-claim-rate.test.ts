// text-claim: 办结率100% in a sentence about this year's applications, while table 三 carries
// applications over to next year (the built draft carries 1). 按期/按时办结率 may be 100% with
// applications still open, and 办结率 of other matters (留言, 热线, 事项) says nothing of table 三.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textClaim } from '../../../server/src/core/rules/text-claim';
import { buildDraft, lineOf, ruleAlone, setCell, where } from './build';

const ANCHOR = '上年结转1件。';
const run = ruleAlone(textClaim);
const withProse = (sentence: string, base = buildDraft()) => base.replace(ANCHOR, ANCHOR + sentence);

test('办结率100% about the applications, with one carried over: info at the rate', () => {
  for (const [sentence, slice] of [
    ['全年共收到政府信息公开申请12件，已全部答复，办结率100%。', '办结率100%'],
    ['共收到政府信息公开申请12件，叠加上年结转申请1件，全年累计办理申请13件，办结率达100%。', '办结率达100%'],
  ]) {
    const text = withProse(sentence);
    const fs = run(text);
    assert.equal(fs.length, 1, sentence);
    assert.deepEqual(where(text, fs[0]), { line: lineOf(text, sentence), slice });
    assert.equal(fs[0].severity, 'info');
    assert.match(fs[0].message, /办结率 100%，但表三“四、结转下年度继续办理”为 1 件/);
  }
});

test('silent: nothing carried over, a qualified rate, other matters, a rate below 100%, another year', () => {
  let none = buildDraft();
  none = setCell(none, '四、结转下年度继续办理', 0, '0').text;
  none = setCell(none, '四、结转下年度继续办理', 6, '0').text;
  assert.deepEqual(run(withProse('全年共收到政府信息公开申请12件，办结率100%。', none)), []);
  for (const sentence of [
    '全年共收到政府信息公开申请12件，按期办结率100%。',
    '全年共受理网民留言45条，已办结45条，办结率100%。',
    '全年共受理政务服务事项申请1200件，办结率100%。',
    '全年共收到政府信息公开申请12件，办结率91.7%。',
    '2022年收到政府信息公开申请10件，办结率100%。',
    '全年共收到政府信息公开申请12件，结转下年度1件，办结率100%。',
    '办结率100%。',
  ]) {
    assert.deepEqual(run(withProse(sentence)), [], sentence);
  }
});
