// text-damaged: a year whose 年 a conversion turned into a dash (web copies of 2008-regulation
// reports: “2015-,我局未接到…”, “2015-在政府信息公开目录…”); dates and ranges are not damage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft, findings, slicesOf } from './build';

const RULE = 'text-damaged';
const GENERAL = '全年新收政府信息公开申请12件，上年结转1件。';
const withGeneral = (s: string): string => buildDraft().replace(GENERAL, s);
const slices = slicesOf(RULE);

test('a year followed by a dash and a comma or a Han character is damaged; info; one per line', () => {
  const text = withGeneral('2015-,我局未接到要求公开政府信息的申请件,全-共主动公开信息130条。');
  const fs = findings(text, RULE);
  assert.deepEqual(slices(text), ['2015-']);
  assert.equal(fs[0].severity, 'info');
  assert.match(fs[0].message, /“年”字被替换成了“-”/);
  assert.deepEqual(slices(withGeneral('2015-在政府信息公开目录全面公开了财政预算。')), ['2015-']);
});

test('dates, ranges and identifiers are not damage', () => {
  for (const s of [
    '统计期限自2015-1-1起至2015-12-31止。',
    '2016-2020年规划已公开。',
    '依据GB/T 9704-2012排版。',
    '索引号为11330100-2024-00012的文件。',
    '时间:2017-01-12 10:01发布。',
  ]) assert.deepEqual(slices(withGeneral(s)), [], s);
});
