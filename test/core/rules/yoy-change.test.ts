// yoy-change: "新收申请 N 件，同比增长 X%" against last year's 本年新收 total.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { figureValue, lint, summarize } from '../../../server/src/core';
import { ROOT } from '../helpers';

const Y2023 = readFileSync(join(ROOT, 'samples', 'sample-2023-report.md'), 'utf8');
const prev = summarize(Y2023.replace(/2023年/g, '2022年').replace('2024年1月25日', '2023年1月20日')
  .replace(/\| 一、本年新收政府信息公开申请数量 \|[^\n]*/, '| 一、本年新收政府信息公开申请数量 | 35 | 3 | 0 | 0 | 2 | 0 | 40 |'), '2022.md');
/** This year's sample (46 new applications) with a year-on-year phrase after the count. */
const say = (phrase: string) => Y2023.replace('全年新收政府信息公开申请46件，', `全年新收政府信息公开申请46件，${phrase}，`);
const rules = (text: string, related = [prev]) => lint(text, { related }).findings.filter((f) => f.rule === 'yoy-change');

test('yoy-change: 40 → 46 is 增长 15% / 增加 6 件 → silent', () => {
  assert.equal(figureValue(prev.figures!, 'applications.new.total'), 40);
  for (const p of ['同比增长15%', '较上年增长15.0%', '比上年增加6件', '同比上升14.9%']) assert.deepEqual(rules(say(p)), [], p);
});

test('yoy-change: a wrong percentage, direction or count → info on the phrase', () => {
  const text = say('同比增长20%');
  const f = rules(text);
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'info');
  assert.equal(text.slice(f[0].start, f[0].end), '新收政府信息公开申请46件，同比增长20%');
  assert.equal(f[0].message, '正文称新收申请 46 件、同比增长 20%，但 2022 年度报告（2022.md）新收 40 件，实际增长 15.0%');
  assert.equal(rules(say('同比下降15%')).length, 1);
  assert.equal(rules(say('较上年减少6件')).length, 1);
});

test('yoy-change: silent with no report of last year, another count, or a phrase of another base', () => {
  assert.deepEqual(rules(say('同比增长20%'), []), []);
  // 45 is not this year's table total: the phrase may be about something else.
  assert.deepEqual(rules(say('同比增长20%').replace('申请46件', '申请45件')), []);
  assert.deepEqual(rules(say('占比增长20%')), []);
});
