// Detection without a title (issue #12, hJ): an opening led by the 条例 and the year's compiling
// notice, then 现将工作情况报告如下, before 一、总体情况, is the report itself; a notice page
// (现将有关事项通知如下) is not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';

const report = [
  '我要收藏',
  '文章分享',
  '根据《中华人民共和国政府信息公开条例》和《某某区政务公开办公室关于做好2021年政府信息公开工作年度报告发布和报送工作的通知》,2021年我局认真执行政府信息公开各相关规定,现将工作情况报告如下:',
  '一、总体情况',
  '(一)政府信息主动公开情况',
  '2021年，我局通过局网站公开信息854条。',
].join('\n');

test('the report: 2021 format, year from the body', () => {
  const a = analyze(report);
  assert.equal(a.kind, 'gov-info-2021');
  assert.equal(a.doc.year, 2021);
});

test('a notice page about compiling the reports stays no report', () => {
  const notice = [
    '根据《中华人民共和国政府信息公开条例》,为做好2021年政府信息公开工作年度报告编制工作,现将有关事项通知如下:',
    '一、总体要求',
    '各单位要按时报送。',
  ].join('\n');
  assert.equal(analyze(notice).kind, null);
});

test('without 报告如下 and without a second heading: still undecided', () => {
  const a = analyze(report.replace('现将工作情况报告如下', '认真做好各项工作'));
  assert.equal(a.kind, null);
});
