// intro-parts: the introduction's stated number of parts against the parts it lists and the
// statutory parts of the draft.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { introParts } from '../../../server/src/core/rules/intro-parts';
import { buildDraft, ruleInRegistry, where } from './build';

const run = ruleInRegistry(introParts);
const opening = (sentence: string): string => buildDraft().replace('\n\n## 一、', `\n\n${sentence}\n\n## 一、`);
const SIX = '总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项';

test('silent when the count, the list and the draft agree, and on counts that are not about the report', () => {
  assert.deepEqual(run(buildDraft()), []);
  assert.deepEqual(run(opening(`本报告由${SIX}等六部分组成。`)), []);
  assert.deepEqual(run(opening('本报告共分六个部分。')), []);
  assert.deepEqual(run(opening('全年培训分三个部分进行。')), []);
  // A list the rule cannot read item by item decides nothing.
  assert.deepEqual(run(opening('本报告包括工作概况和有关数据等六部分。')), []);
});

test('the lead says 六部分 but lists five: the part left out is named', () => {
  const text = opening('本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、存在问题及改进情况、其他需要报告的事项等六部分组成。');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(where(text, fs[0]).slice, '六部分');
  assert.equal(fs[0].severity, 'info');
  assert.equal(fs[0].message, '引言称报告共“六部分”，但列出的是5个部分（未列出“政府信息公开行政复议、行政诉讼情况”）');
});

test('a count smaller than the statutory parts present', () => {
  const text = opening('本报告共分五个部分。');
  const [f] = run(text);
  assert.equal(where(text, f).slice, '五个部分');
  assert.equal(f.message, '引言称报告共“五个部分”，但正文有6个法定部分');
});

test('六部分 with five items, two of them in words of their own (总结概述, 存在的主要问题和改进措施): reported', () => {
  const text = opening('本报告由总结概述、主动公开政府信息情况、收到和处理政府信息公开申报情况、政府信息公开行政复议及行政诉讼情况、存在的主要问题和改进措施六部分内容组成。');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(where(text, fs[0]).slice, '六部分');
  assert.match(fs[0].message, /列出的是5个部分/);
  // 总体情况 with words before it (政府信息公开工作总体情况) is one such item as well.
  assert.equal(run(opening('全文由政府信息公开工作总体情况、主动公开政府信息的情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、政府信息公开工作中存在的问题及改进措施等六部分组成。')).length, 1);
  // Two parts left joined in one item (…改进情况以及其他需要报告的事项) are no item short.
  assert.deepEqual(run(opening('本报告由总体工作情况、主动公开政府信息情况、收到和处理政府信息公开申请的情况、政府信息公开行政复议、提起行政诉讼的情况、政府信息公开工作存在的主要问题及整改情况以及其他报告事项六部分组成。')), []);
  // Six such items under 六部分 agree.
  assert.deepEqual(run(opening('本报告由总结概述、主动公开政府信息情况、收到和处理政府信息公开申报情况、政府信息公开行政复议及行政诉讼情况、存在的主要问题和改进措施、其他需要报告的事项六部分内容组成。')), []);
});
