// Detection on pages of the pX harvest (政府信息公开工作年度报告 of the issuers and years the sets held least):
// texts of our own in their layouts.
// - an untitled opening that publishes the report by name, the year before the issuer (特向社会公布2011年某省某厅
//   政府信息公开工作年度报告), over a statistics period copied from the year before (数据统计期限为2010年1月1日至
//   2010年12月31日) when the body's sentences state the named year and never the period's;
// - an untitled report of a public institution whose year is only in a sentence with the institution as its subject
//   (。2021年医院在…网上发布信息总计22条): the year, and with it the 2021 format;
// - a title that reads as about a report (…年度报告编制和发布工作情况报告) over the report's own opening, the organ
//   named after the year (下面将2013年市某某局政府信息公开工作情况汇报如下), and its parts: the report;
// - a covering letter's title (…关于报送2020年政府信息公开工作年度报告的函) over the letter and the report's parts,
//   the report's own title missing: the report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';
import { ownWorkBelow } from '../../server/src/core/formats/detect-own-work';

test('an opening naming the report with its year outweighs a statistics period kept from last year', () => {
  const text = [
    '根据《中华人民共和国政府信息公开条例》要求,特向社会公布2011年某某省某某厅政府信息公开工作年度报告。全文包括概述、政府信息主动公开情况、政府信息依申请公开情况等内容,数据统计期限为2010年1月1日至2010年12月31日。',
    '一、概述',
    '2011年,省某某厅按照省委、省政府的工作部署,全面落实《政府信息公开条例》。',
    '二、政府信息主动公开情况',
    '2011年,省某某厅门户网站主动公开信息1万余条。',
  ].join('\n');
  const a = analyze(text);
  assert.equal(a.doc.year, 2011);
});

test('the statistics period still decides when the body does not state the named year', () => {
  const text = [
    '根据《中华人民共和国政府信息公开条例》要求,特向社会公布2011年某某省某某厅政府信息公开工作年度报告。数据统计期限为2010年1月1日至2010年12月31日。',
    '一、概述',
    '省某某厅按照省委、省政府的工作部署,全面落实《政府信息公开条例》。',
  ].join('\n');
  assert.equal(analyze(text).doc.year, 2010);
});

test('an untitled hospital report: the year from a sentence with the hospital as its subject', () => {
  const text = [
    '一、总体情况',
    '(一)主动公开情况',
    '一年来,在市政务公开领导小组和市卫健委的正确领导下,我院认真贯彻落实《中华人民共和国政府信息公开条例》,积极做好政务公开工作,取得了显著成效。2021年医院在某某市人民政府信息公开网上及时完善内容、规范发布信息总计22条。',
    '(二)依申请公开情况',
    '至今,医院尚未收到市民或法人依申请公开信息要求。',
    '(三)政府信息管理方面',
    '按照《中华人民共和国政府信息公开条例》要求,做到应公开的主动、及时、准确公开。',
    '(四)平台建设情况',
    '积极拓展信息公开渠道,在门诊大厅设置电子滚动屏。',
  ].join('\n');
  const a = analyze(text);
  assert.equal(a.doc.year, 2021);
  assert.equal(a.kind, 'gov-info-2021');
});

const aboutTitleBody = [
  '某某市某某局2013年度关于开展政府信息公开工作年度报告编制和发布工作情况报告',
  '',
  '某某市政府办公室:',
  '',
  '市某某局认真贯彻落实阳光政府四项制度,制定了保密审查制度和审查机制,明确了机构和责任人。下面将2013年市某某局政府信息公开工作情况汇报如下:',
  '',
  '一、概述',
  '',
  '根据《中华人民共和国政府信息公开条例》规定,我局制定了信息公开指南和目录。',
  '',
  '二、主动公开政府信息情况',
  '',
  '2013年,我局主动公开政府信息120条。',
];

test('a title about compiling the report over the report’s own opening and parts: the report', () => {
  const a = analyze(aboutTitleBody.join('\n'));
  assert.equal(a.kind, 'gov-info-2008');
  assert.equal(a.doc.year, 2013);
});

test('the same title over a notice’s opening, or over the opening without a part, stays about the report', () => {
  const notice = aboutTitleBody.map((l) => l.replace('下面将2013年市某某局政府信息公开工作情况汇报如下', '现就做好2013年政府信息公开工作年度报告编制工作通知如下'));
  assert.equal(analyze(notice.join('\n')).kind, null);
  const noPart = aboutTitleBody.slice(0, 5).concat(['', '我局将进一步做好信息公开工作。']);
  assert.equal(analyze(noPart.join('\n')).kind, null);
});

test('an opening naming the organ after the year (将2013年市某某局政府信息公开工作情况汇报如下) sums up its own work', () => {
  assert.equal(ownWorkBelow(analyze(aboutTitleBody.slice(2).join('\n')).doc), true);
  // (Not a sentence on another piece of work: 将2013年市某某局政务信息工作情况汇报如下.)
  const other = aboutTitleBody.slice(2).map((l) => l.replace('政府信息公开工作情况汇报如下', '政务信息工作情况汇报如下'));
  assert.equal(ownWorkBelow(analyze(other.join('\n')).doc), false);
});

const letter = [
  '某某省某某厅关于报送2020年政府信息公开工作年度报告的函',
  '省政府办公厅:',
  '根据国务院办公厅关于2020年政务公开工作的部署要求,我厅编制了《某某省某某厅2020年政府信息公开工作年度报告》,现报送贵厅。',
  '某某省某某厅',
  '2021年1月11日',
  '(此件主动公开)',
];
const parts = [
  '一、总体情况',
  '2020年,省某某厅认真贯彻落实《中华人民共和国政府信息公开条例》,健全政务公开机制。',
  '二、主动公开政府信息情况',
  '全年主动公开政府信息320条。',
];

test('a covering letter sending the report, the report’s parts below it without their title: the report', () => {
  const a = analyze([...letter, ...parts].join('\n'));
  assert.equal(a.kind, 'gov-info-2019');
  assert.equal(a.doc.year, 2020);
  // (The letter alone, or over one part, is about the report.)
  assert.equal(analyze(letter.join('\n')).kind, null);
  assert.equal(analyze([...letter, ...parts.slice(0, 2)].join('\n')).kind, null);
});
