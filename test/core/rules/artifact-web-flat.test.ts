// artifact-web on a report pasted on one line (oO/11, oO/18 as one line): the page header's fields and
// toolbar words among the pieces of the line's head are chrome; the report's own words in the same
// places (a title, an opening naming 时间) are not, and nothing after the first sentence end is looked at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintAnalysis, RULES } from '../../../server/src/core';
import { artifactWeb } from '../../../server/src/core/rules/artifact-web';
import { buildDraft, findings } from './build';

const RULE = 'artifact-web';
const lintWith = (text: string) => lintAnalysis(analyze(text), [...RULES.filter((r) => r.id !== RULE), artifactWeb]);
const slices = (text: string) => findings(text, RULE, lintWith(text)).map((f) => text.slice(f.start, f.end));
const oneLine = (head: string) => (head + '\n' + buildDraft()).replace(/\n+/g, ' ');

test('a one-line page: the header\'s toolbar, date and source, and breadcrumb are reported, each piece once', () => {
  const text = oneLine('某某县卫生健康局2023年政府信息公开工作年度报告\n【 字体:\n打印\n时间:2024-01-31 15:52 来源:某某县卫生健康局\n');
  assert.deepEqual(slices(text), ['【 字体:\n打印'.replace('\n', ' '), '时间:2024-01-31 15:52', '来源:某某县卫生健康局']);
  const path = oneLine('您当前的位置:首页 » 政务公开 » 详情\n某某县2023年政府信息公开工作年度报告\n发布时间: 2024-01-13   浏览量:\n');
  assert.deepEqual(slices(path), ['您当前的位置:首页', '发布时间: 2024-01-13']);
});

test('a one-line page without page debris: nothing', () => {
  assert.deepEqual(slices(oneLine('')), []);
});
