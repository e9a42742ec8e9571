// year-mismatch on part headings (issue #12, lB): a top-level heading naming an earlier year as
// the year reported on (一、2024年法治政府建设基本情况 in a 2025 report) — kept from last year's
// report. Spans of years, plans, follow-ups and a year guessed from the body are not findings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { yearMismatch } from '../../../server/src/core/rules/year-mismatch';
import { buildRuleOfLaw, lineOf, ruleAlone, where } from './build';

const run = ruleAlone(yearMismatch);
const HEADING = '一、2023年推进法治政府建设的主要举措和成效';
const withHeading = (h: string) => buildRuleOfLaw().replace(HEADING, h);

test('an earlier year in the measures heading of a 2023 report: warning on the year', () => {
  const h = '一、2022年推进法治政府建设的主要举措和成效';
  const text = withHeading(h);
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.deepEqual(where(text, fs[0]), { line: lineOf(text, h), slice: '2022年' });
  assert.equal(fs[0].severity, 'warning');
  assert.equal(fs[0].message, '报告年度为 2023 年，此部分标题却以“2022年”为本年度');
});

test('a heading of the year\'s situation (2022年度法治政府建设基本情况) too', () => {
  assert.equal(run(withHeading('一、2022年度法治政府建设基本情况')).length, 1);
});

test('spans, later years, plans and follow-ups are not findings', () => {
  for (const h of [
    '一、2021—2023年推进法治政府建设的主要举措和成效',
    '一、2021-2023年法治政府建设情况',
    '一、2022年以来推进法治政府建设的主要举措和成效',
    '一、2024年推进法治政府建设的主要安排',
    '一、2022年工作计划落实情况的整改',
    '一、2022年存在问题的整改情况',
  ]) assert.deepEqual(run(withHeading(h)), [], h);
});

test('a second-level heading or a report year not from the title: no finding', () => {
  assert.deepEqual(run(withHeading(HEADING + '\n（一）2022年法治政府建设情况')), []);
  // No year in the title: the year is the body's guess, the heading may be the right one.
  const untitled = withHeading('一、2022年推进法治政府建设的主要举措和成效')
    .replace('示例区司法局2023年法治政府建设年度报告', '示例区司法局法治政府建设年度报告');
  assert.deepEqual(run(untitled), []);
});
