// intro-parts under the 2008 format, whose 主动公开 part has no fixed title: a listed intro
// must not crash the rule (robustness counterexample: real/p03 forced to gov-info-2008).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';
import { build2008, buildDraft } from './build';

test('an introduction listing the parts, read with the 2008 format: no internal error', () => {
  const intro = '本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、存在问题及改进情况、其他需要报告的事项等六部分组成。';
  const text = buildDraft().replace('\n\n## 一、', `\n\n${intro}\n\n## 一、`);
  assert.ok(text.includes(intro));
  const r = lint(text, { settings: { format: 'gov-info-2008' } });
  assert.deepEqual(r.internalErrors, []);
});

// A report under the 2008 regulation has no fixed parts: its own count is held against the parts it
// lists (each a part's title) and against its numbered parts 一、… in sequence.
const RULE = 'intro-parts';
const with2008Intro = (intro: string, extra = '') => build2008(extra).replace('\n\n一、', `\n\n${intro}\n\n一、`);
const found = (text: string) => lint(text).findings.filter((f) => f.rule === RULE).map((f) => [text.slice(f.start, f.end), f.message]);

test('2008: a count below the numbered parts of the body, or below the titles it lists', () => {
  // Five statutory parts and a sixth of the unit's own (六、下一步工作打算).
  const sixth = '\n\n六、下一步工作打算\n\n继续做好政府信息公开工作。';
  const fewer = with2008Intro('本报告由主动公开政府信息的情况等五部分组成。', sixth);
  assert.deepEqual(found(fewer), [['五部分', '引言称报告共“五部分”，但正文有6个部分（一、至六、）']]);
  assert.deepEqual(found(with2008Intro('本报告由主动公开政府信息的情况等六部分组成。', sixth)), []);
  const listed = with2008Intro('本报告由概述、主动公开政府信息的情况、依申请公开政府信息办理情况、收费情况、复议诉讼情况、存在的主要问题及改进情况、附表等六部分组成。');
  assert.deepEqual(found(listed), [['六部分', '引言称报告共“六部分”，但列出的是7个部分']]);
});

test('2008: silent when the count fits, or a listed title is split at its 、 (依申请公开、不予公开…情况)', () => {
  assert.deepEqual(found(with2008Intro('本报告由主动公开政府信息的情况等五部分组成。')), []);
  assert.deepEqual(found(with2008Intro('本报告由概述、依申请公开、不予公开及咨询政府信息情况、收费及减免情况、复议诉讼情况、存在的问题等五部分组成。')), []);
  // More parts listed than counted, one of them no title (a fragment): silent.
  assert.deepEqual(found(with2008Intro('本报告由概述、主动公开、依申请公开、不予公开、收费及减免、行政复议、存在问题等五部分组成。')).filter(([, m]) => m.includes('列出')), []);
});

test('2008: the statute’s six items, the last two joined by 以及, are six parts', () => {
  // 主动公开政府信息的情况 is the first part (not 依申请公开…, whose title shares most of its words), and
  // …改进情况以及其他需要报告的事项 is two parts though the pair reads much like the first alone.
  const intro = '它由主动公开政府信息的情况,依申请公开政府信息和不予公开政府信息的情况,政府信息公开的收费及减免情况,'
    + '因政府信息公开申请行政复议、提起行政诉讼的情况,政府信息公开工作存在的主要问题及改进情况以及其他需要报告的事项六部分组成。';
  assert.deepEqual(found(with2008Intro(`根据《条例》,我局编制了本年度报告。${intro}`)), []);
  // Five of them counted as six is still told.
  const five = '它由主动公开政府信息的情况,依申请公开政府信息和不予公开政府信息的情况,政府信息公开的收费及减免情况,'
    + '政府信息公开工作存在的主要问题及改进情况以及其他需要报告的事项六部分组成。';
  assert.deepEqual(found(with2008Intro(`根据《条例》,我局编制了本年度报告。${five}`)).map(([, m]) => m), ['引言称报告共“六部分”，但列出的是5个部分（未列出“因政府信息公开申请行政复议、提起行政诉讼的情况”）']);
});
