// A part heading whose numeral a web page turned into a list bullet (• 总体情况): the part is there,
// as for a heading that lost its numeral; a bullet before words that are no part title finds nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';

const page = (heading: string) => [
  '某某盟示例局2020年政府信息公开工作年度报告',
  '本报告中所列数据的统计期限为2020年1月1日至2020年12月31日。',
  '',
  `  ${heading}`,
  '  • 2020年,我局深入贯彻落实《中华人民共和国政府信息公开条例》,稳步推进政府信息公开工作。',
  '',
  '  (一)主动公开政府信息情况',
  '  2020年度,我局网站共发布信息1535条。',
].join('\n');

const missing = (t: string) => lint(t).findings.filter((f) => f.rule === 'section-missing').map((f) => f.message);

test('• 总体情况 is part 一 under a list bullet', () => {
  const m = missing(page('• 总体情况'));
  assert.ok(!m.some((x) => x.includes('第一部分')), m.join('\n'));
  assert.ok(m.some((x) => x.includes('第二部分')));
});

test('a bullet before other words is no part 一', () => {
  const m = missing(page('• 工作开展情况综述'));
  assert.ok(m.some((x) => x.includes('第一部分')), m.join('\n'));
});
