// heading-sequence, mixed numbering: one level numbered in two styles, as （一）（二） then 3.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintAnalysis } from '../../../server/src/core';
import { headingSequence } from '../../../server/src/core/rules/heading-sequence';
import { buildDraft, findings, lineOf, PROBLEMS, where } from './build';

const RULE = 'heading-sequence';
const run = (text: string) => findings(text, RULE, lintAnalysis(analyze(text), [headingSequence]));
const withSubs = (subs: string[], flavour: 'md' | 'txt' = 'txt') =>
  buildDraft({ flavour }).replace(PROBLEMS, subs.map((s) => `${s}\n本项工作有序推进。`).join('\n'));

test('（一）（二） then 3. → info on the 3. heading', () => {
  const text = withSubs(['（一）加强组织领导', '（二）完善工作机制', '3.强化监督检查', '4.抓好宣传培训']);
  const fs = run(text);
  assert.equal(fs.length, 1, JSON.stringify(fs));
  assert.deepEqual(where(text, fs[0]), { line: lineOf(text, '3.强化监督检查'), slice: '3.强化监督检查' });
  assert.equal(fs[0].severity, 'info');
  assert.equal(fs[0].message, '标题“3.强化监督检查”接在“（二）完善工作机制”之后，序号却换了一种写法（同一级应为“（三）”）：同一级标题应使用同一种序号');
  assert.match(fs[0].messageEn ?? '', /another style/);
});

test('1. 2. then (3), and the markdown flavour → info', () => {
  const text = withSubs(['（一）总体要求', '1.加强组织领导', '2.完善工作机制', '(3)强化监督检查']);
  const fs = run(text);
  assert.equal(fs.length, 1, JSON.stringify(fs));
  assert.equal(where(text, fs[0]).slice, '(3)强化监督检查');
  assert.equal(run(withSubs(['（一）加强组织领导', '（二）完善工作机制', '3.强化监督检查'], 'md')).length, 1);
});

test('silent: children in the other style, a skipped numeral, a single first heading, the numeral in the text', () => {
  // 1. 2. are （一）'s children: 3. after （二） may be its child too.
  assert.deepEqual(run(withSubs(['（一）加强组织领导', '1.健全机构', '2.明确分工', '（二）完善工作机制', '3.强化监督检查'])), []);
  // （一） 1. 2. （三）: a skipped （二）, reported as such and not as mixed numbering.
  const skipped = run(withSubs(['（一）加强组织领导', '1.健全机构', '2.明确分工', '（三）强化监督检查']));
  assert.ok(skipped.every((f) => !/换了一种写法/.test(f.message)), JSON.stringify(skipped));
  // 一、 then （二）: more likely a missing （一） (first-sub-heading check) than mixed numbering.
  assert.ok(run(buildDraft({ flavour: 'txt' }).replace(PROBLEMS, '（二）完善工作机制\n本项工作有序推进。')).every((f) => !/换了一种写法/.test(f.message)));
  // The 2. marker written in the text before: a list run into a paragraph.
  assert.deepEqual(run(withSubs(['（一）加强组织领导', '（二）完善工作机制，其中2.为补充', '3.强化监督检查'])), []);
  assert.deepEqual(run(withSubs(['（一）加强组织领导', '（二）完善工作机制', '（三）强化监督检查'])), []);
  assert.deepEqual(run(buildDraft()), []);
});
