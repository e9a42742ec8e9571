// yoy-change: a signed figure after 增长/下降 (增长-5%, 下降-3件) reads with its sign: 增长-5% is a fall.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { figureValue, lint, summarize } from '../../../server/src/core';
import { ROOT } from '../helpers';
import { buildDraft, lineOf, ruleAlone, where } from './build';
import { yoyChange } from '../../../server/src/core/rules/yoy-change';

const Y2023 = readFileSync(join(ROOT, 'samples', 'sample-2023-report.md'), 'utf8');
// Last year 50 new applications, this year 46: a fall of 8%, 4 fewer.
const prev = summarize(Y2023.replace(/2023年/g, '2022年').replace('2024年1月25日', '2023年1月20日')
  .replace(/\| 一、本年新收政府信息公开申请数量 \|[^\n]*/, '| 一、本年新收政府信息公开申请数量 | 45 | 3 | 0 | 0 | 2 | 0 | 50 |'), '2022.md');
const say = (phrase: string) => Y2023.replace('全年新收政府信息公开申请46件，', `全年新收政府信息公开申请46件，${phrase}，`);
const rules = (text: string) => lint(text, { related: [prev] }).findings.filter((f) => f.rule === 'yoy-change');

test('against last year\'s report: 增长-8% and 增加-4件 are right, 下降-8% and 增长-4% are not', () => {
  assert.equal(figureValue(prev.figures!, 'applications.new.total'), 50);
  for (const p of ['同比增长-8%', '较上年增长－8.0%', '比上年增加-4件', '同比下降8%']) assert.deepEqual(rules(say(p)), [], p);
  const f = rules(say('同比下降-8%'));
  assert.equal(f.length, 1);
  assert.equal(f[0].message, '正文称新收申请 46 件、同比下降 -8%，但 2022 年度报告（2022.md）新收 50 件，实际下降 8.0%');
  assert.equal(rules(say('同比增长-4%')).length, 1);
  assert.equal(rules(say('较上年减少-4件')).length, 1);
});

const run = ruleAlone(yoyChange);
const ANCHOR = '上年结转1件。';
const withProse = (sentence: string) => buildDraft().replace(ANCHOR, ANCHOR + sentence);

test('both years in one sentence: the sign after the verb reverses it', () => {
  for (const s of ['全年办理建议35件，较上年40件增长-12.5%。', '全年办理建议45件，较上年40件下降-5件。', '全年办理建议35件，较上年40件下降12.5%。']) {
    assert.deepEqual(run(withProse(s)), [], s);
  }
  for (const [s, msg] of [
    ['全年办理建议35件，较上年40件增长-10%。', '正文称本年 35件、上年 40件，增长 -10%，但按这两个数字应为下降 12.5%'],
    ['全年办理建议45件，较上年40件下降-4件。', '正文称本年 45件、上年 40件，下降 -4件，但按这两个数字应为增加 5件'],
    ['全年办理建议45件，较上年40件增长-5件。', '正文称本年 45件、上年 40件，增长 -5件，但按这两个数字应为增加 5件'],
  ]) {
    const text = withProse(s);
    const fs = run(text);
    assert.equal(fs.length, 1, s);
    assert.equal(fs[0].message, msg);
    assert.equal(where(text, fs[0]).line, lineOf(text, s));
  }
});
