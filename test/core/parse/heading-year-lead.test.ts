// A statutory heading led by the year and the subject (issue #12, hF: 一、2019年政府信息公开工作的
// 总体情况): it is the 总体情况 part, not a missing one. Also 年度 without the year's number (pR/16: 一、年度信息公开
// 总体情况 under a title that names the year).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lint } from '../../../server/src/core';

const text = (first: string) => [
  '某某乡人民政府2019年政府信息公开工作年度报告',
  '本报告所列数据的统计期限自2019年1月1日起至2019年12月31日止。',
  first,
  '2019年,我乡认真贯彻落实《条例》。',
  '二、主动公开政府信息情况',
  '略。',
].join('\n');

for (const first of ['一、2019年政府信息公开工作的总体情况', '一、2019年度政务公开工作总体情况', '一、政府信息公开工作总体情况',
  '一、年度信息公开总体情况', '一、本年度政府信息公开总体情况']) {
  test(`“${first}” is the 总体情况 part`, () => {
    const a = analyze(text(first));
    assert.equal(a.report?.sections.get('general')?.sections.length, 1);
    const missing = lint(text(first)).findings.filter((f) => f.rule === 'section-missing' && f.message.includes('总体情况'));
    assert.deepEqual(missing, []);
  });
}

test('a year-led heading of another subject is no 总体情况', () => {
  const a = analyze(text('一、2019年工作亮点'));
  assert.equal(a.report?.sections.get('general')?.sections.length ?? 0, 0);
});
