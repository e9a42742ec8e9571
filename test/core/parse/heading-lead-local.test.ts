// A part heading led by 本年度 and the subject, or by the subject without 政府 (issue #12, kF:
// 一、本年度政府信息公开工作的基本情况 / 一、信息公开工作总体情况): the 总体情况 part, not a missing one.
// A table-三 label led by 本年 (一、本年新收政府信息公开申请数量) stays no part heading.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';

const text = (first: string) => [
  '某某县农业农村局2019年政府信息公开工作年度报告',
  '本报告所列数据的统计期限自2019年1月1日起至2019年12月31日止。',
  first,
  '2019年,我局认真贯彻落实《条例》。',
  '二、主动公开政府信息情况',
  '略。',
  '三、收到和处理政府信息公开申请情况',
  '一、本年新收政府信息公开申请数量',
  '三、本年度办理结果',
].join('\n');

for (const first of ['一、本年度政府信息公开工作的基本情况', '一、信息公开工作总体情况', '一、信息公开工作概述']) {
  test(`“${first}” is the 总体情况 part`, () => {
    const a = analyze(text(first));
    assert.equal(a.report?.sections.get('general')?.sections.length, 1);
  });
}

test('table-三 labels led by 本年 are not a second 收到和处理 part', () => {
  const a = analyze(text('一、总体情况'));
  assert.equal(a.report?.sections.get('applications')?.sections.length, 1);
});
