// date-malformed: the statistics period whose end is written without its year and stops short of the year's
// last day (自2023年1月1日起至12月30日止): read in the year of the start.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft, findings } from './build';

const RULE = 'date-malformed';
const GENERAL = '全年新收政府信息公开申请12件';
const withPeriod = (s: string): string => buildDraft().replace(GENERAL, s + GENERAL);

test('a year-less period end short of 12月31日 → info over the period', () => {
  const text = withPeriod('本报告所列数据的统计期限自2023年1月1日起至12月30日止。');
  const fs = findings(text, RULE);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].message, '统计期限“2023年1月1日起至12月30日”没有覆盖报告年度全年（应为2023年1月1日至2023年12月31日）');
  assert.equal(text.slice(fs[0].start, fs[0].end), '2023年1月1日起至12月30日');
});

test('the whole year, with or without the end year, and a year-less date outside a period stay silent', () => {
  for (const s of [
    '本报告所列数据的统计期限自2023年1月1日起至12月31日止。',
    '本报告所列数据的统计期限自2023年1月1日至2023年12月31日止。',
    '2023年1月1日起至12月30日开展专项整治。',
  ]) assert.deepEqual(findings(withPeriod(s), RULE), [], s);
});

test('the opening saying what the report covers (涵盖…至12月21日) is read as its period; a span covered by other work is not', () => {
  const text = withPeriod('本报告由总体情况、其他需要报告的事项等六部分组成，涵盖2023年1月1日至12月21日示例区人民政府信息公开工作情况。');
  const fs = findings(text, RULE);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].message, '统计期限“2023年1月1日至12月21日”没有覆盖报告年度全年（应为2023年1月1日至2023年12月31日）');
  for (const s of [
    '本报告内容涵盖2023年1月1日至12月31日期间的政府信息公开工作情况。',
    '现公布2023年度报告，其主要内容涵盖湖东镇2023年1月1日至2023年12月31日期间的政府信息公开工作情况。',
    '专项检查涵盖2023年1月1日至6月30日期间的执法案卷。',
  ]) assert.deepEqual(findings(withPeriod(s), RULE), [], s);
});

// 广东海事局 2012: 其中所列数据的统计期限自201211日起20121231。 — the end lost 年, 月, 日 (and 至).
test('a period end run together as eight digits (自201211日起20121231) → info on it; a figure after 起 is no date', () => {
  const text = withPeriod('其中所列数据的统计期限自201211日起20121231。');
  const fs = findings(text, RULE).filter((f) => text.slice(f.start, f.end) === '20121231');
  assert.equal(fs.length, 1);
  assert.equal(fs[0].message, '日期“20121231”缺少“年”“月”“日”字，应为“2012年12月31日”？');
  for (const s of ['自2023年1月1日起20231231。', '自2023年1月1日起共受理20231231件。']) {
    const t = withPeriod(s.replace('20231231', '12345678'));
    assert.deepEqual(findings(t, RULE).filter((f) => t.slice(f.start, f.end).includes('12345678')), [], s);
  }
});
