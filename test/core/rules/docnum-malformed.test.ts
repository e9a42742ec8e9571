// docnum-malformed: a document number whose year bracket lost one half (国办公开办函〔202130号,
// 闽政办2018〕43号). Info, on the number; the unsafe fix inserts the missing bracket.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintAnalysis } from '../../../server/src/core';
import { docnumMalformed } from '../../../server/src/core/rules/docnum-malformed';
import { applyOne, build2008, buildDraft, buildRuleOfLaw, findings, LAYOUTS, lineOf, where } from './build';

const RULE = 'docnum-malformed';
const run = (text: string) => findings(text, RULE, lintAnalysis(analyze(text), [docnumMalformed]));
const ANCHOR = '上年结转1件。';
const withProse = (sentence: string) => buildDraft().replace(ANCHOR, ANCHOR + sentence);

test('silent on consistent drafts', () => {
  for (const kind of [2019, 2021] as const) {
    for (const layout of LAYOUTS) assert.deepEqual(run(buildDraft({ kind, layout })), []);
  }
  assert.deepEqual(run(build2008()), []);
  assert.deepEqual(run(buildRuleOfLaw()), []);
});

test('closing bracket lost: year and serial run together', () => {
  const sentence = '按照《关于印发中华人民共和国政府信息公开工作年度报告格式的通知》(国办公开办函〔202130号)要求编制。';
  const text = withProse(sentence);
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.deepEqual(where(text, fs[0]), { line: lineOf(text, sentence), slice: '〔202130号' });
  assert.equal(fs[0].severity, 'info');
  assert.equal(fs[0].message, '文号“〔202130号”缺少“〕”，应为“〔2021〕30号”？');
  assert.ok(applyOne(text, fs[0]).includes('国办公开办函〔2021〕30号'));
  // A one-digit serial (中办发〔20168号) reads the same way.
  assert.equal(run(withProse('根据《意见》(中办发〔20168号)要求。'))[0].message, '文号“〔20168号”缺少“〕”，应为“〔2016〕8号”？');
});

test('opening bracket lost: the agency abbreviation glued to the year', () => {
  const sentence = '按照《某省政府办公厅关于进一步做好政府信息公开工作的通知》(闽政办2018〕43号)要求。';
  const text = withProse(sentence);
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(where(text, fs[0]).slice, '2018〕43号');
  assert.ok(applyOne(text, fs[0]).includes('闽政办〔2018〕43号'));
});

test('well-formed numbers and other figures are silent', () => {
  for (const s of [
    '(国办公开办函〔2021〕30号)', '(国办公开办函[2021]30号)', '(国办公开办函【2021】30号)',
    '(国办公开办函〔2021〕 30号)', '全年受理202130号以后的申请。', '共收到〔2021〕第3号复议决定。', '编号:〔202130号〕',
  ]) assert.deepEqual(run(withProse(`按照${s}要求。`)), [], s);
});
