// artifact-web: a site's search box left above a copied report (选择特殊符号 / 选择搜索类型 /
// 请输入搜索, 全文检索, 站内搜索), each a whole line; sentences about searching stay. A page header opened by 日期: is page metadata.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintAnalysis } from '../../../server/src/core';
import { artifactWeb } from '../../../server/src/core/rules/artifact-web';
import { buildDraft, findings, where } from './build';

const RULE = 'artifact-web';
const found = (text: string) => findings(text, RULE, lintAnalysis(analyze(text), [artifactWeb]));

function withLines(lines: string[]): string {
  const d = buildDraft();
  const nl = d.indexOf('\n');
  return d.slice(0, nl + 1) + lines.map((l) => l + '\n').join('') + d.slice(nl + 1);
}

test('search-box lines under the title: one finding per line, the whole line', () => {
  const lines = ['选择特殊符号', '选择搜索类型', '请输入搜索', '全文检索', '站内搜索', '请输入关键字'];
  const text = withLines(lines);
  const fs = found(text);
  assert.deepEqual(fs.map((f) => where(text, f).slice), lines);
  assert.match(fs[0].message, /^网页残留（网站搜索框）：“选择特殊符号”不属于报告内容/);
});

test('report sentences about search and retrieval are silent', () => {
  assert.deepEqual(found(withLines(['请输入搜索关键字后，可在门户网站查询历年报告。', '全文检索功能已于年内上线运行。'])), []);
});

test('a page header opened by 日期: (日期:2023-01-11 来源:某某市人民政府 访问量:) is page metadata', () => {
  const line = '日期:2023-01-11 来源:某某市人民政府 访问量:';
  const text = withLines([line]);
  const fs = found(text);
  assert.deepEqual(fs.map((f) => where(text, f).slice), [line]);
  assert.equal(fs[0].severity, 'warning');
  // A date in a sentence is report text.
  assert.deepEqual(found(withLines(['日期:2023年1月11日，我局召开政务公开工作会议。'])), []);
});
