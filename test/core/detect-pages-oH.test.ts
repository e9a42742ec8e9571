// Detection on shapes seen in the oH harvest (ministries' bureaus and vertically managed offices).
// Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from './helpers';
import { analyze } from '../../server/src/core';
import { normalize } from '../../server/src/core/text/normalize';

test('a ministry site\'s big5 gateway writes 政府資訊公開 (Taiwan wording): read as 政府信息公开', () => {
  const t = ['根據《中華人民共和國政府資訊公開條例》規定,特向社會公佈某某海事局2016年政府資訊公開工作年度報告。全文包括概述,主動公開資訊情況,依申請公開資訊及收費情況,因資訊公開申請復議、訴訟和申訴的情況,主要問題和改進措施等五個部分。其中所列數據的統計期限自2016年1月1日至2016年12月31日。',
    '一、 概述', '2016年,某某海事局認真落實《中華人民共和國政府資訊公開條例》。'].join('\n');
  const d = detect(t);
  assert.equal(d.kind, 'gov-info-2008');
  assert.equal(d.year, 2016);
  assert.equal(normalize('政府資訊公開'), normalize('政府信息公开'));
  // A Simplified draft's 资讯 (新闻资讯) is that word, never 信息.
  assert.equal(normalize('新闻资讯'), '新闻资讯');
});

test('a PDF text that lost the break after the title: the opening run on after 年度报告 is no part of the title', () => {
  const t = ['某某市统计局', '2013/3/1', '某某市政府信息公开工作年度报告本报告是根据《中华人民共和国政府信息公开条例》(以',
    '下简称《条例》)要求,由某某市统计局编制的 2012 年度政府信息公开工', '作年度报告。全文包括概述,主动公开政府信息的情况,依申请公开政',
    '府信息的情况,因政府信息公开申请行政复议、提起行政诉讼的情况。', '本报告中所列数据的统计期限自 2012 年 1 月 1 日起,至', '2012年12月31日止。',
    '一、概述', '2012 年,统计局政府信息公开工作运行正常。'].join('\n');
  const a = analyze(t);
  assert.equal(a.doc.title?.text, '某某市政府信息公开工作年度报告');
  const d = detect(t);
  assert.equal(d.kind, 'gov-info-2008');
  assert.equal(d.year, 2012);
});

test('the same opening broken at a narrow page width (PDF text) keeps its kind: the readers read 資訊 as 信息 too', () => {
  const t = ['根據《中華人民共和國政府資訊公開條例》和交通運輸部有關要求,按照《某某', '海事局政府資訊公開工作程式》規定,特向社會公佈某某海事局2016年政府資訊',
    '公開工作年度報告。全文包括概述,主動公開資訊情況,依申請公開資訊及收費情況', ',因資訊公開申請復議、訴訟和申訴的情況,主要問題和改進措施等五個部分。其',
    '中所列數據的統計期限自2016年1月1日至2016年12月31日。', '一、 概述', '2016年,某某海事局認真落實《中華人民共和國政府資訊公開條例》。'].join('\n');
  const a = analyze(t);
  assert.equal(a.doc.read.slice(0, 19), '根据《中华人民共和国政府信息公开条例》');
  assert.equal(detect(t).kind, 'gov-info-2008');
});
