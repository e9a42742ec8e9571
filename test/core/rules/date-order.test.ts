// date-order: the signing date (closing lines, or a date line under the title) falls in or
// before the report year. Body dates and a web 发布日期 are not signing dates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';
import { dateOrder } from '../../../server/src/core/rules/date-order';
import { build2008, buildDraft, buildRuleOfLaw, lineOf, ruleInRegistry, SIGNATURE, where } from './build';

const run = ruleInRegistry(dateOrder);
/** The built 2021-format draft (report year 2023) signed on `date` instead of 2024年1月25日. */
const signed = (date: string, text = buildDraft()): string => text.replace('2024年1月25日', date);

test('silent on drafts signed in the next year (gov-info, 2008, rule-of-law)', () => {
  for (const kind of [2019, 2021] as const) for (const flavour of ['md', 'txt'] as const) assert.deepEqual(run(buildDraft({ kind, flavour })), []);
  assert.deepEqual(run(build2008() + '\n示例区人民政府\n2016年3月10日\n'), []);
  assert.deepEqual(run(buildRuleOfLaw() + '\n示例区司法局\n2024年3月1日\n'), []);
  assert.deepEqual(run(signed('2024年1月1日')), []);
});

test('fires on a signing date in the report year; error; range is the date; suggests the next year', () => {
  const text = signed('2023年1月20日');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.deepEqual(where(text, fs[0]), { line: lineOf(text, '2023年1月20日'), slice: '2023年1月20日' });
  assert.equal(fs[0].severity, 'error');
  assert.equal(fs[0].message, '落款日期2023年1月20日早于2023年度结束：年度报告应在报告年度结束后（2024年）成文，是否应为2024年1月20日？');
  assert.equal(fs[0].fix, undefined);
  assert.equal(run(signed('2023年12月31日')).length, 1, 'the last day of the year is still inside it');
});

test('an earlier year fires without the typo guess', () => {
  const [f] = run(signed('2022年12月1日'));
  assert.equal(f.message, '落款日期2022年12月1日早于2023年度结束：年度报告应在报告年度结束后（2024年）成文');
});

test('signing block variants: issuer and date on one line with contact lines after; Chinese numerals; 2019 format', () => {
  const oneLine = buildDraft({ kind: 2019 }).replace(`${SIGNATURE}\n2021年1月25日`, `${SIGNATURE} 2020年1月20日\n\n（联系人：张三；联系电话：12345678）\n\n公开方式：主动公开`);
  const fs = run(oneLine);
  assert.equal(fs.length, 1);
  assert.equal(where(oneLine, fs[0]).slice, '2020年1月20日');
  const cn = signed('二〇二三年十二月二十日');
  assert.equal(where(cn, run(cn)[0]).slice, '二〇二三年十二月二十日');
  assert.deepEqual(run(signed('二〇二四年一月二十日')), []);
});

test('a date line under the title counts when there is no signing block', () => {
  const base = buildDraft().replace(`${SIGNATURE}\n2024年1月25日\n`, '');
  const lines = base.split('\n');
  lines.splice(1, 0, '（2023年12月20日）');
  const text = lines.join('\n');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(where(text, fs[0]).line, 1);
  lines[1] = '（2024年1月20日）';
  assert.deepEqual(run(lines.join('\n')), []);
});

test('precision: body dates, statistics periods and a web 发布日期 are not signing dates', () => {
  const body = buildDraft().replace('上年结转1件。', '上年结转1件。2023年3月1日起施行新的公开指南。');
  assert.deepEqual(run(body), []);
  const period = buildDraft().replace('2024年1月25日', '2024年1月25日\n统计截止日期：2023年12月31日');
  assert.deepEqual(run(period), []);
  const web = '发布日期:2023-12-04 09:27:11 来源:示例区人民政府办公室\n' + buildDraft().replace(`${SIGNATURE}\n2024年1月25日\n`, '');
  assert.deepEqual(run(web), []);
  const ruleOfLaw = '发布日期:2023-12-04 09:27:11\n' + buildRuleOfLaw();
  assert.deepEqual(run(ruleOfLaw), []);
  // A bare web stamp under the title or at the end is no signing date (those are written 年月日).
  const stamp = buildRuleOfLaw().replace('年度报告\n', '年度报告\n2023-12-04\n') + '\n示例区司法局\n2023-12-04\n';
  assert.deepEqual(run(stamp), []);
});

test('precision: a half-year report titled like an annual one is signed inside its year', () => {
  const text = signed('2023年7月10日', buildDraft().replace('2023年政府信息公开工作年度报告', '2023年上半年政府信息公开工作报告'));
  assert.equal(analyze(text).doc.year, 2023);
  assert.deepEqual(run(text), []);
});

test('signed on the day its own statistics period ends, inside the year: no guess at a slip of the year (oV/16)', () => {
  const text = signed('2023年12月14日').replace('全年新收', '本报告所列数据的统计期限自2023年1月1日起至2023年12月14日止。全年新收');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /统计期限也只到2023年12月14日，报告没有覆盖全年/);
  assert.doesNotMatch(fs[0].message, /是否应为/);
});
