// intro-parts: an introduction whose count is below the format's fixed parts, that lists only
// some of them without a count, or that names one part twice (issues #12, #16).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { introParts } from '../../../server/src/core/rules/intro-parts';
import { buildDraft, ruleInRegistry } from './build';

const run = ruleInRegistry(introParts);
const opening = (sentence: string): string => buildDraft().replace('\n\n## 一、', `\n\n${sentence}\n\n## 一、`);

test('四个部分 in a 2021-format report: below the six parts of the format, whatever the list names', () => {
  const sentence = '全文包括总体情况,公开的内容、存在的主要问题改进措施四个部分。';
  // An excerpt cut after part 一: the format's six parts are the measure.
  const cut = [
    '某某乡2020年政府信息公开工作年度报告',
    sentence,
    '一、总体情况',
    '2020年,我乡认真贯彻落实《条例》,全年主动公开政府信息123条。',
  ].join('\n');
  const fs = run(cut);
  assert.equal(fs.length, 1);
  assert.equal(cut.slice(fs[0].start, fs[0].end), '四个部分');
  assert.match(fs[0].message, /^引言称报告共“四个部分”，但年度报告格式规定6个部分/);
  // A whole draft: its six statutory parts are the measure.
  const [f] = run(opening(sentence));
  assert.equal(f.message, '引言称报告共“四个部分”，但正文有6个法定部分');
});

test('a list without a count naming four of the six parts: the two left out are named', () => {
  const text = opening('本年报由总体情况、主动公开政府信息情况、存在的主要问题及改进情况和其他需要报告的事项。现将年度报告向社会公布。');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].message, '引言列出的报告部分只有4个，未列出“收到和处理政府信息公开申请情况”、“政府信息公开行政复议、行政诉讼情况”');
});

test('lists without a count stay silent when complete, open-ended (等) or not about the parts', () => {
  assert.deepEqual(run(opening('本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况和其他需要报告的事项组成。')), []);
  assert.deepEqual(run(opening('本报告包括总体情况、主动公开政府信息情况、存在的主要问题及改进情况等。')), []);
  assert.deepEqual(run(opening('本报告由县政府办公室、县司法局和县数据局共同编制。')), []);
});

test('六个部分 with seven items, two naming the same part: the repeated pair is named', () => {
  const text = opening('全文由总体情况、行政机关主动公开政府信息情况、行政机关收到和处理政府信息公开申请情况、因政府信息公开工作被申请行政复议、'
    + '因政府信息公开工作被申请行政复议和提起行政诉讼情况、政府信息公开工作存在的问题及改进情况、其他需要报告的事项六个部分组成。');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].message, '引言称报告共“六个部分”，但列出了7项：“因政府信息公开工作被申请行政复议”与“因政府信息公开工作被申请行政复议和提起行政诉讼情况”重复');
});

test('one part named in two halves (被申请行政复议、提起行政诉讼情况) is no repeat', () => {
  assert.deepEqual(run(opening('本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开工作被申请行政复议、提起行政诉讼情况、'
    + '存在的主要问题及改进情况、其他需要报告的事项等六个部分。')), []);
});

test('a 2021-format introduction listing a fee part in other words (支出和收费情况) is an outdated list', () => {
  const text = opening('全文由总体情况,主动公开政府信息情况,收到和处理政府信息公开申请情况,复议、诉讼和申诉情况,政府信息公开的支出和收费情况及其他需要报告的事项等六个部分组成。');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /^引言列出的“收费情况”是 2008 年条例下年度报告的部分/);
});

test('a fee part named with the words every title has (政府信息公开支出和收费情况), a bracketed remark among the items: outdated', () => {
  // 兴化市昌荣镇 2025 (real-pages nL/30): the 2008 outline in a 2025 report's opening.
  const text = opening('本报告主要由概述、主动公开政府信息情况、依申请公开政府信息办理情况、政府信息公开支出和收费情况、'
    + '诉讼和申诉的情况(公民、法人和其他组织就政府信息公开提出复议、诉讼和申诉情况)以及政府信息公开工作中需要改进的情况等部分组成。');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /^引言列出的“政府信息公开支出和收费情况”是 2008 年条例下年度报告的部分/);
  assert.equal(text.slice(fs[0].start, fs[0].end), '政府信息公开支出和收费情况');
  // Today's parts in the same words stay silent.
  assert.deepEqual(run(opening('本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、'
    + '存在的主要问题及改进情况、其他需要报告的事项等六部分组成。')), []);
});

test('numbered notes of a download site above the title do not end the introduction', () => {
  const text = opening('全文包括概述,主动公开政府信息情况,依申请公开政府信息情况,政府信息公开的收费及减免情况,政府信息公开工作存在的主要问题和改进措施等五方面情况。')
    .replace(/^/, '温馨提示:\n1. 部分包含数学公式或PPT动画的文件,查看预览时可能会显示错乱或异常。\n2. 本文档由用户上传,版权归属用户。\n\n');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /^引言列出的“政府信息公开的收费及减免情况”是 2008 年条例下年度报告的部分/);
});
