// The report year from a title that a notice's serial number opens (oR harvest: a ministry's page
// titled 中华人民共和国应急管理部(2024年第1号):应急管理部2023年政府信息公开工作报告): the number's 2024年第1号
// is no year of the report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';

const page = (title: string) => [
  title,
  '',
  '一、总体情况',
  '本年度我部坚持依法公开,主动公开政府信息1200条。',
].join('\n');

test('a notice number before the report name does not give the year', () => {
  assert.equal(analyze(page('某某部(2024年第1号):某某部2023年政府信息公开工作年度报告')).doc.year, 2023);
  assert.equal(analyze(page('某某部公告2024年第3号 某某部2023年政府信息公开工作年度报告')).doc.year, 2023);
  // A title with its year first keeps it.
  assert.equal(analyze(page('某某部2023年政府信息公开工作年度报告')).doc.year, 2023);
});
