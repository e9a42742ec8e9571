// text-sum (nG harvest): a part's own breakdown in brackets (法定主动公开35条（其中政策文件6条、…）) is
// a remark on that part, not the end of the outer list; and when the parts before a semicolon
// already exceed the total, the message lists those parts (…127条；微信公众号422条 is another channel).
// Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintAnalysis } from '../../../server/src/core';
import { textSum } from '../../../server/src/core/rules/text-sum';
import { buildDraft, findings } from './build';

const ANCHOR = '上年结转1件。';
const run = (text: string) => findings(text, 'text-sum', lintAnalysis(analyze(text), [textSum]));
const withProse = (sentence: string) => buildDraft().replace(ANCHOR, ANCHOR + sentence);

test('parts around a bracketed breakdown exceed the total: reported with the outer parts', () => {
  const s = '全年通过政府门户主动公开信息213条,其中,工作动态184条;法定主动公开35条(其中政策文件6条、教育6条、社会救助23条);政府信息公开年度报告1条;政府信息公开指南1条。';
  const fs = run(withProse(s));
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /184 \+ 35 \+ 1 \+ 1 = 221条 超过总数 213条/);
});

test('the same list adding up stays silent, and so does a bracket that adds up', () => {
  const s = '全年通过政府门户主动公开信息221条,其中,工作动态184条;法定主动公开35条(其中政策文件6条、教育6条、社会救助23条);政府信息公开年度报告1条;政府信息公开指南1条。';
  assert.deepEqual(run(withProse(s)), []);
});

test('a bracketed breakdown above its part is reported on its own', () => {
  const s = '全年通过政府门户主动公开信息221条,其中,工作动态184条;法定主动公开35条(其中政策文件16条、教育16条、社会救助23条);政府信息公开年度报告1条;政府信息公开指南1条。';
  const fs = run(withProse(s));
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /16 \+ 16 \+ 23 = 55条 超过总数 35条/);
});

test('parts before a semicolon exceed the total: the message lists them only', () => {
  const s = '全年主动公开各类信息199条,其中概况类信息更新2条,政务动态信息更新72条,公开目录信息更新127条;微信公众号422条。';
  const fs = run(withProse(s));
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /“其中”所列分项之和 2 \+ 72 \+ 127 = 201条 超过总数 199条/);
});
