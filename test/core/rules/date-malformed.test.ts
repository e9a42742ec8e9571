// date-malformed: dates with 年/月 or digits lost, impossible months and days, and a
// statistics period outside the report year. Table cells and well-formed dates are silent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateMalformed } from '../../../server/src/core/rules/date-malformed';
import { applyOne, build2008, buildDraft, buildRuleOfLaw, ruleInRegistry, where } from './build';

const run = ruleInRegistry(dateMalformed);
/** The built 2021-format draft (report year 2023) with an opening sentence after the title. */
const opening = (sentence: string): string => buildDraft().replace('\n\n## 一、', `\n\n${sentence}\n\n## 一、`);

test('silent on built drafts, well-formed periods and dates like 12月31日', () => {
  for (const kind of [2019, 2021] as const) for (const flavour of ['md', 'txt'] as const) assert.deepEqual(run(buildDraft({ kind, flavour })), []);
  assert.deepEqual(run(build2008()), []);
  assert.deepEqual(run(buildRuleOfLaw()), []);
  assert.deepEqual(run(opening('本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。')), []);
  assert.deepEqual(run(opening('本报告所列数据统计期限自 2023 年 1 月 1 日至 2023 年 12 月 31 日。2024年2月29日前完成整改。')), []);
  assert.deepEqual(run(opening('咨询电话12345，2023年共接听20231件。')), []);
  // A figure at a line end and a date on the next line are not one date.
  assert.deepEqual(run(opening('全年办件量2023\n1月1日起施行新办法。')), []);
});

test('20201月1日 / 202012月31日: 年 lost, the meaning is given and an unsafe fix restores it', () => {
  const text = opening('本报告所列数据的统计期限自20231月1日起至202312月31日止。');
  const fs = run(text);
  assert.equal(fs.length, 2);
  assert.equal(where(text, fs[0]).slice, '20231月1日');
  assert.equal(fs[0].message, '日期“20231月1日”缺少“年”字，应为“2023年1月1日”？');
  assert.equal(fs[0].severity, 'info');
  assert.equal(fs[0].fix?.safe, false);
  assert.ok(applyOne(text, fs[0]).includes('自2023年1月1日起至202312月31日止'));
  assert.equal(fs[1].message, '日期“202312月31日”缺少“年”字，应为“2023年12月31日”？');
});

test('201211日 / 2017210日: 年 and 月 lost; a unique reading is suggested, an ambiguous one is not', () => {
  const fs = run(opening('该制度于2017210日印发，于201211日起施行，2020111日修订。'));
  assert.deepEqual(fs.map((f) => f.message), [
    '日期“2017210日”缺少“年”“月”字，应为“2017年2月10日”？',
    '日期“201211日”缺少“年”“月”字，应为“2012年1月1日”？',
    '日期“2020111日”缺少“年”“月”字，无法确定具体日期',
  ]);
  assert.equal(fs[2].fix, undefined);
});

test('impossible months and days; 2月29日 only in a leap year', () => {
  const fs = run(opening('2023年13月召开会议，2月30日完成培训，2023年2月29日印发方案，4月31日上线。'));
  assert.deepEqual(fs.map((f) => f.message), [
    '日期“2023年13月”的月份不存在',
    '日期“2月30日”不存在（2月没有30日）',
    '日期“2023年2月29日”不存在（2月没有29日）',
    '日期“4月31日”不存在（4月没有31日）',
  ]);
  assert.deepEqual(run(opening('2024年2月29日召开会议，2月29日完成培训。')), []);
});

test('a statistics period outside the report year is reported once; table cells are not read', () => {
  const text = opening('本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(where(text, fs[0]).slice, '2022年1月1日起至2022年12月31日');
  assert.equal(fs[0].message, '统计期限“2022年1月1日起至2022年12月31日”不是报告年度（2023年）');
  assert.equal(fs[0].fix, undefined);
  // Wrapped over two lines (a PDF copy) it is still read.
  assert.equal(run(opening('本报告所列数据统计期限自 2022 年 1 月 1 日\n至 2022 年 12 月 31 日。')).length, 1);
  const table = buildDraft().replace('| 本年制发件数 |', '| 本年制发件数 2月30日 |');
  assert.deepEqual(run(table), []);
});
