// date-malformed: a year whose 年 was lost or moved around 以来 (qD/39: 2023以来年党组理论中心组学法7次, for 2023年以来) and
// before the subject of a plan it dates (qD/33: 《霍山县市场监管局2021依法行政重点工作安排》).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateMalformed } from '../../../server/src/core/rules/date-malformed';
import { ruleAlone } from './build';

const doc = (line: string) => [
  '某某市教育局2023年度法治政府建设情况报告',
  '一、2023年度推进法治政府建设的主要举措和成效',
  line,
].join('\n');
const run = ruleAlone(dateMalformed);

test('2023以来年: the 年 typed after 以来 is reported with the phrase put right (2023年以来)', () => {
  const text = doc('二是落实学法制度。2023以来年党组理论中心组学法7次。');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), '2023以来年');
  assert.equal(fs[0].fix?.edits[0].newText, '2023年以来');
  assert.equal(fs[0].fix?.safe, false);
});

test('2019以来年均增长 and 2019以来我局: the lost 年 alone (the 年 of 年均 is the next word\'s)', () => {
  for (const [line, at] of [['2019以来年均增长5%。', '2019'], ['2019以来我局共办理案件12件。', '2019']] as const) {
    const text = doc(line);
    const fs = run(text);
    assert.equal(fs.length, 1, line);
    assert.equal(text.slice(fs[0].start, fs[0].end), at);
    assert.equal(fs[0].fix?.edits[0].newText, '2019年');
  }
});

test('《…2021依法行政重点工作安排》 and 2022法治政府建设工作要点: the year lost its 年 before the plan\'s subject', () => {
  const text = doc('及时制定《某某县市场监管局2021依法行政重点工作安排》和《2022法治政府建设工作要点》。');
  const fs = run(text);
  assert.deepEqual(fs.map((f) => text.slice(f.start, f.end)), ['2021', '2022']);
});

test('sound dates are silent: 2023年以来, 2019年以来年均, 〔2021〕依法行政, 自2021年以来', () => {
  assert.deepEqual(run(doc('2023年以来，党组学法7次；2019年以来年均增长5%；据某政发〔2021〕依法行政文件；自2021年以来。')), []);
});
