// artifact-web (pX harvest): a breadcrumb copied one segment a line, each segment after its arrow
// (当前位置:首页 / > 政府信息公开 / > 政府信息公开年报 / > 2022年). Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';
import { lineOf, TOWN_REPORT, web } from './web-findings';

const all = (text: string) => lint(text).findings.filter((x) => x.rule === 'artifact-web');

test('a breadcrumb one segment a line: every segment line is chrome', () => {
  const text = ['当前位置:首页', '> 政府信息公开', '> 某某市政府信息公开平台', '> 政府信息公开年报', '> 2022年', ...TOWN_REPORT].join('\n');
  assert.deepEqual(web(text).map((f) => lineOf(text, f.start)), [1, 2, 3, 4, 5]);
});

test('a line led by > in the report, away from a breadcrumb, is left alone', () => {
  const text = [...TOWN_REPORT, '> 详见附件'].join('\n');
  assert.deepEqual(all(text), []);
});
