// Detection on shapes seen in the tenth harvest (issue #12, lB): 法治政府建设 reports without a
// title, 2019-format reports copied from a Traditional-script mirror. Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from './helpers';

// A 街道's 法治政府建设 report under a page's metadata block (pipe cells), no title: the opening
// says 现根据上级有关要求，将……情况报告如下 (the basis between 现 and 将).
const ruleOfLaw = [
  '索 引 号: | abc123/2025-0000001 | 公开目录: | 法治政府建设 |',
  '成文日期: | 2025-02-10 | 发布日期: | 2025-02-10 |',
  '发布机构: | 某区某街道 |',
  '2024年,某街道在区委、区政府的领导下,落实党政主要负责人履行法治建设第一责任人职责,将法治政府建设与经济社会发展同部署。现根据上级有关要求,将2024年度法治政府建设有关情况报告如下。',
  '一、主要举措和成效',
  '(一)扎实开展学习。全年组织开展各类学习15场次。',
].join('\n');

test('an untitled 法治政府建设 report: 现根据……，将……情况报告如下', () => {
  const d = detect(ruleOfLaw);
  assert.equal(d.kind, 'rule-of-law');
  assert.equal(d.year, 2024);
});

test('the same phrase reporting a self-inspection is no report', () => {
  assert.equal(detect(ruleOfLaw.replace('有关情况报告如下', '自查情况报告如下')).kind, null);
});

// A 2019 report of a 委员会, no title, the opening publishing it: 特向社会公布2019年度……年度报告.
const published = [
  '用微信扫描二维码分享至好友和朋友圈',
  '根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,对全年政府信息公开工作情况进行总结,特向社会公布2019年度某县卫生健康委员会政府信息公开工作年度报告。全文包括总体情况,主动公开政府信息情况,收到和处理政府信息公开申请情况,政府信息公开行政复议、行政诉讼情况,存在的主要问题及改进情况。',
  '一、总体情况',
  '2019年,某县卫生健康委员会主动公开政府信息481条。',
].join('\n');

test('an untitled report whose opening says 特向社会公布……年度报告', () => {
  const d = detect(published);
  assert.equal(d.kind, 'gov-info-2019');
  assert.equal(d.year, 2019);
});

test('the same in Traditional script with converter pinyin', () => {
  const trad = published
    .replace('根据', '根據(jù)').replace('公布', '公佈').replace('总体情况', '總體(tǐ)情況')
    .replace('卫生健康委员会', '衛(wèi)生健康委員會');
  assert.equal(detect(trad).kind, 'gov-info-2019');
});

test('a page announcing that a report was published is still none', () => {
  // (A single opening line without a statutory heading below.)
  const news = '本网讯 近日,某县特向社会公布2019年度政府信息公开工作年度报告,欢迎查阅。';
  assert.equal(detect(news).kind, null);
});

// A 司法局's report without a title whose opening names no 法治政府建设 (习近平法治思想 only) and says
// 现将有关情况报告如下, then the statutory measures part.
const untitledMeasures = [
  '2023年,某区司法局在区委、区政府正确领导下,深入贯彻习近平法治思想,全面落实各项工作部署。现将有关情况报告如下:',
  '一、2023年度推进法治政府建设的主要举措和成效',
  '(一)强化组织领导。牵头召开区委依法治区委员会会议2次。',
].join('\n');

test('现将有关情况报告如下, then 一、……推进法治政府建设的主要举措和成效: a 法治政府建设 report', () => {
  const d = detect(untitledMeasures);
  assert.equal(d.kind, 'rule-of-law');
  assert.equal(d.year, 2023);
});

test('the same opening before a plan heading, or without 报告如下 and the part without its year, is none', () => {
  // (Without 报告如下, the first part naming the opening's year — 一、2023年度推进法治政府建设的
  // 主要举措和成效 — still makes it the report: detect-rule-of-law-pages.test.ts.)
  assert.equal(detect(untitledMeasures.replace('现将有关情况报告如下:', '').replace('一、2023年度', '一、')).kind, null);
  assert.equal(detect(untitledMeasures.replace('推进法治政府建设的主要举措和成效', '推进法治政府建设的主要安排')).kind, null);
});

// A ministry's report opening with the year, its first part the party's leadership over the work.
const leadership = [
  '浏览次数:次',
  '2023年,某部党组深入学习贯彻习近平法治思想,统筹推进法治政府建设取得新发展新成效。',
  '一、坚持把党的领导贯穿到法治政府建设全过程各方面',
  '部党组始终坚持和加强党对法治政府建设的领导。',
].join('\n');

test('一、坚持把党的领导贯穿到法治政府建设全过程各方面 after a year opening: a 法治政府建设 report', () => {
  assert.equal(detect(leadership).kind, 'rule-of-law');
  // (A plan opening — 现就……工作安排如下 — is none.)
  assert.equal(detect(leadership.replace('取得新发展新成效。', '取得新成效,现就有关工作安排如下:')).kind, null);
});

// A 2009 report whose title sits in a page's layout table (…年报 | / …年度报告 | ||) above a body
// copied on one line: the cell pipes after the title are no other words.
const piped = [
  '索引号: | /2015-26440 | 公开方式: | 主动公开 |',
  '发布单位: | 某某镇 |',
  '某某镇2009年政府信息公开工作年报 | ||',
  '2009年,某某镇根据《中华人民共和国政府信息公开条例》要求,扎实推进政府信息公开工作,现将我镇2009年政府信息公开工作小结如下: 一、政府信息主动公开情况 全年主动公开信息60条。 二、政府依申请公开政府信息和不予公开信息情况 全年无申请。 三、政府信息公开收费和减免情况 无。',
].join('\n');

test('a title followed by table-cell pipes (…年报 | ||) is the report\'s title', () => {
  const d = detect(piped);
  assert.equal(d.kind, 'gov-info-2008');
  assert.equal(d.year, 2009);
});

// A leader's own account of the duty (现将本人履行推进法治建设第一责任人职责情况报告如下) is a 述法
// statement, not the statutory 法治政府建设 report; a department's report joined with that account is.
const duty = [
  '2022年,本人认真履行推进法治建设第一责任人职责,推进法治政府建设取得明显成效。现将本人履行推进法治建设第一责任人职责情况报告如下:',
  '一、推进法治建设第一责任人职责履行情况',
  '带头学法,全年参加集体学法12次。',
].join('\n');

test('an untitled account of the leader\'s own duty is no 法治政府建设 report', () => {
  assert.equal(detect(duty).kind, null);
  assert.equal(detect(duty.replace('现将本人履行推进法治建设第一责任人职责情况报告如下', '现将履行推进法治建设第一责任人职责情况报告如下')).kind, null);
});

test('a department\'s 法治政府建设 report joined with the duty account is one', () => {
  const joined = duty.replace('本人认真', '我局认真')
    .replace('现将本人履行推进法治建设第一责任人职责情况报告如下', '现将我局2022年法治政府建设暨主要负责人履行推进法治建设第一责任人职责情况报告如下');
  assert.equal(detect(joined).kind, 'rule-of-law');
});
