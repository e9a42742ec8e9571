// heading-sequence inside one part: （三） followed by （五）, or （二） twice. Parts with a table
// or table row labels, run-in headings and a list started again at （一） are silent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintAnalysis } from '../../../server/src/core';
import { headingSequence } from '../../../server/src/core/rules/heading-sequence';
import { buildDraft, findings, lineOf, PROBLEMS, where } from './build';

const RULE = 'heading-sequence';
const run = (text: string) => findings(text, RULE, lintAnalysis(analyze(text), [headingSequence]));
const withSubs = (subs: string[], flavour: 'md' | 'txt' = 'txt') =>
  buildDraft({ flavour }).replace(PROBLEMS, subs.map((s) => `${s}\n本项工作有序推进。`).join('\n'));

test('silent on sub-headings in sequence, a list started again, run-in items', () => {
  assert.deepEqual(run(withSubs(['（一）加强组织领导', '（二）完善工作机制', '（三）强化监督检查'])), []);
  assert.deepEqual(run(withSubs(['（一）存在的问题', '（二）改进措施', '（一）下一步计划', '（二）保障措施'])), []);
  const runIn = buildDraft({ flavour: 'txt' }).replace(PROBLEMS, '（一）加强领导。本项工作有序推进。\n（二）强化监督。本项工作有序推进。');
  assert.deepEqual(run(runIn), []);
  // Run-in headings are numbered like the others: a skip among them is reported (heading-sequence-sub-hs).
  assert.equal(run(runIn.replace('（二）强化监督', '（三）强化监督')).length, 1);
});

test('a skipped sub-heading numeral → info on the heading', () => {
  const text = withSubs(['（一）加强组织领导', '（二）完善工作机制', '（三）强化监督检查', '（五）抓好宣传培训']);
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.deepEqual(where(text, fs[0]), { line: lineOf(text, '（五）抓好宣传培训'), slice: '（五）抓好宣传培训' });
  assert.equal(fs[0].severity, 'info');
  assert.equal(fs[0].message, '二级标题“（五）抓好宣传培训”跳号：同一部分的前一个二级标题为“（三）强化监督检查”，缺少“（四）”');
  // ASCII brackets as the search excerpts give them, in a markdown draft.
  const ascii = withSubs(['(一)加强组织领导', '(二)完善工作机制', '(四)强化监督检查'], 'md');
  assert.equal(run(ascii).length, 1);
});

test('a repeated sub-heading numeral → info', () => {
  const text = withSubs(['（一）加强组织领导', '（二）完善工作机制', '（二）强化监督检查']);
  const [f] = run(text);
  assert.equal(where(text, f).slice, '（二）强化监督检查');
  assert.equal(f.message, '二级标题“（二）强化监督检查”与同一部分的前一个二级标题“（二）完善工作机制”序号重复');
});

test('table row labels as lines in a part are no outline', () => {
  const text = buildDraft({ flavour: 'txt' }).replace(PROBLEMS, '（一）予以公开\n（三）不予公开\n（五）不予处理');
  assert.deepEqual(run(text), []);
});

test('the missing numeral written with one bracket (三）…, (三…) → info on that numeral, not a skip', () => {
  for (const [line, written] of [['三)政府信息管理情况', '三)'], ['（三政府信息管理情况', '（三']]) {
    const text = withSubs(['(一)主动公开情况', '(二)依申请公开情况', line, '(四)平台建设情况']);
    const fs = run(text);
    assert.equal(fs.length, 1, line);
    assert.deepEqual(where(text, fs[0]), { line: lineOf(text, line), slice: written });
    assert.equal(fs[0].message, `二级标题序号“${written}”括号不全，应为“（三）”`);
  }
});

test('the missing numeral opens a line whose title runs into its text without a stop: nothing is skipped (nH harvest)', () => {
  const subs = '（一）加强组织领导。本项工作有序推进。\n（二）制定工作要点，做好统筹规划。本项工作有序推进。\n'
    + '（三）完善公开平台，推动政民互动按照统一部署，发挥网站作为信息公开主要平台的作用，加强平台建设，规范信息公开发布与保密审核程序，开设局长信箱、在线调查、投诉举报、公众留言等网上互动栏目，细化办理流程，为公众打造畅通的网上互动平台。\n'
    + '（四）规范依申请公开工作。本项工作有序推进。';
  const text = buildDraft({ flavour: 'txt' }).replace(PROBLEMS, subs);
  assert.deepEqual(run(text), []);
  // Without that line the skip is reported.
  assert.equal(run(text.replace(/\n（三）[^\n]*/, '')).length, 1);
});
