// A title split over two or three lines, as PDF text centred on a narrow page gives it, is read whole:
// the kind and the year stay those of the title on one line. Texts of our own, in the shapes
// scripts/layout-variants.mjs --modes titlesplit made of mY/11, oI/08, nW/27 and nY/36.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';
import { continuesMetaName, continuesTitle } from '../../../server/src/core/parse/title-lines';

const ROL_BODY = ['2025年，某某乡始终坚持以习近平法治思想为根本遵循，全面推进法治政府建设，现将有关情况报告如下。',
  '一、强化组织保障，夯实法治建设根基', '（一）健全领导机制', '成立法治政府建设工作领导小组，定期召开专题会议4次。',
  '二、存在的不足和原因', '法治宣传形式较为单一。', '三、下一步工作安排', '持续深化法治政府建设。'];

test('the issuer, then a title broken inside 法治政府建设: three lines, one title', () => {
  const a = analyze(['某某乡人民政府', '关于法治政府', '建设的情况报告', ...ROL_BODY].join('\n'));
  assert.equal(a.doc.title?.text.replace(/\s+/g, ''), '某某乡人民政府关于法治政府建设的情况报告');
  assert.equal(a.detection.kind, 'rule-of-law');
});

test('a title over three lines, the last opening with 的: read whole, its year from the title', () => {
  const a = analyze(['某卫〔2015〕3号', '某某区卫生局关于2014年度政府信息', '公开工作', '的年度报告', '区政府办公室：',
    '根据《中华人民共和国政府信息公开条例》的要求，特编制本报告。', '一、概述', '2014年，我局认真贯彻落实《条例》。',
    '二、主动公开政府信息情况', '全年主动公开政府信息56条。', '三、依申请公开政府信息情况', '全年未收到申请。'].join('\n'));
  assert.equal(a.doc.title?.text.replace(/\s+/g, ''), '某某区卫生局关于2014年度政府信息公开工作的年度报告');
  assert.equal(a.doc.year, 2014);
  assert.equal(a.detection.kind, 'gov-info-2008');
});

test('a first line ending in 关于 is no title by itself: the line below is the rest', () => {
  const a = analyze(['【工作总结】某某市公安局关于', '2022年法治政府建设情况的报告', ...ROL_BODY.map((l) => l.replace('2025', '2022'))].join('\n'));
  assert.equal(a.doc.title?.text.replace(/\s+/g, ''), '【工作总结】某某市公安局关于2022年法治政府建设情况的报告');
  assert.equal(a.detection.kind, 'rule-of-law');
  assert.equal(a.doc.year, 2022);
});

test('the year without 年 before a statutory name broken after 政府信息', () => {
  const a = analyze(['某某省生态环境厅', '', '2022政府信息', '公开工作年度报告', '',
    '本报告依据《中华人民共和国政府信息公开条例》编制。', '一、总体情况', '本年度，我厅主动公开政府信息120条。',
    '二、主动公开政府信息情况', '（略）', '三、收到和处理政府信息公开申请情况', '（略）'].join('\n'));
  assert.equal(a.doc.year, 2022);
  assert.equal(a.detection.kind, 'gov-info-2021');
});

test('continuesTitle: a break inside the report words needs the year or the whole name', () => {
  assert.equal(continuesTitle('关于法治政府', '建设的情况报告'), true);
  assert.equal(continuesTitle('公开工作', '的年度报告'), true);
  assert.equal(continuesTitle('2022政府信息', '公开工作年度报告'), true);
  assert.equal(continuesTitle('推进法治政府', '建设'), false);
  assert.equal(continuesTitle('政务服务', '的通知'), false);
});

test('a title about a report, split before the report name, stays about it (no report read)', () => {
  const about = analyze(['某某省政府党组召开会议审议', '2019年度法治政府建设情况报告', '',
    '3月20日，省政府党组召开会议，审议《2019年度法治政府建设情况报告》。会议强调，要深入学习贯彻习近平法治思想。'].join('\n'));
  assert.equal(about.detection.kind, null);
  const reading = analyze(['文字解读：某某市某某区教育和体育局', '2023年政府信息公开工作年度报告', '',
    '一、总体情况', '2023年，区教体局主动公开政府信息120条。', '二、主动公开政府信息情况', '（略）'].join('\n'));
  assert.equal(reading.detection.kind, null);
  // (A page's byline above the report's own title is no verb of a title: 本专题内容由司法局发布.)
  const byline = analyze(['法治政府建设', '本专题内容由司法局发布', '某某市人民政府关于2025年度法治政府建设情况的报告', '来源:司法局 发布日期:2026-01-22', '',
    '2025年，某某市深入学习贯彻习近平法治思想，全面推进法治政府建设，现将有关情况报告如下。', '一、加强法治政府建设组织领导', '（一）健全领导机制。'].join('\n'));
  assert.equal(byline.detection.kind, 'rule-of-law');
});

test("a site's clock above a channel name is no first part of a title (今天是:… / 工作报告)", () => {
  const a = analyze(['今天是:2019年10月31日 星期三 农历十月初七', '工作报告', '', '您所在的位置:政务公开 > 工作报告', '',
    '2020年某某区法治政府建设情况报告', '', '2020年，某某区坚持以习近平法治思想为指导，深入推进法治政府建设。',
    '一、2020年推进法治政府建设的主要举措和成效', '（一）加强法治政府建设组织领导。'].join('\n'));
  assert.equal(a.detection.kind, 'rule-of-law');
  assert.equal(a.doc.year, 2020);
});

test('a 名称/标题 value wrapped onto the next line is the title whole, not the rest without its issuer', () => {
  const body = ['索引号: 000014349/2022-05364 发布日期: 2026-01-19', '', '一、总体情况', '2025年，某某实验区主动公开政府信息120条。',
    '二、主动公开政府信息情况', '（略）', '三、收到和处理政府信息公开申请情况', '（略）'];
  for (const [value, rest] of [['某某综合实验区', '2025年度政府信息公开工作年度报告'], ['某某综合实验区2025年度政府信息公开工作年度', '报告']]) {
    const a = analyze([`标题: ${value}`, rest, ...body].join('\n'));
    assert.equal(a.doc.title?.text, '某某综合实验区2025年度政府信息公开工作年度报告');
    assert.equal(a.doc.title?.source, 'metadata');
    assert.equal(a.doc.year, 2025);
  }
  assert.equal(continuesMetaName('某某局', '2021年政府信息公开工作年度报告'), true);
  // (A whole value, a value whose next line is another field or a heading, or words of no report: not wrapped.)
  assert.equal(continuesMetaName('某某局2021年政府信息公开工作年度报告', '某某局2021年政府信息公开工作年度报告'), false);
  assert.equal(continuesMetaName('某某局', '发布日期:2022-01-19'), false);
  assert.equal(continuesMetaName('某某局', '一、总体情况'), false);
  assert.equal(continuesMetaName('某某局关于', '2021年度工作要点'), false);
});

test('a report under its cover notice, its title wrapped before 报告: the report is read, its title whole', () => {
  const text = ['某某市人民政府办公室关于公布', '某某市2009年度政府信息公开工作年度报告的通知', '（某政办发〔2010〕3号）', '各县（区）人民政府，市政府各单位：',
    '按照《中华人民共和国政府信息公开条例》要求，我办编制了《某某市2009年度政府信息公开工作年度报告》，现予公布。', '二〇一〇年一月十九日',
    '某某市2009年度政府信息公开工作年度', '报告', '根据《中华人民共和国政府信息公开条例》要求，特编制本年度报告。', '一、本年度政府信息公开工作的基本情况',
    '2009年，我市政府信息公开工作稳步推进。', '二、主动公开政府信息的情况', '全年主动公开政府信息1200条。', '三、依申请公开政府信息和不予公开政府信息的情况', '全年受理申请12件。'].join('\n');
  const a = analyze(text);
  assert.equal(a.doc.title?.text, '某某市2009年度政府信息公开工作年度报告');
  assert.equal(a.detection.kind, 'gov-info-2008');
  assert.equal(a.doc.year, 2009);
});

test('a title whose last characters stand on a line of their own is read whole (…建设情况的 / 报告)', () => {
  const a = analyze(['【工作总结】某某市公安局关于2022年法治政府建设情况的', '报告', ...ROL_BODY.map((l) => l.replace('2025', '2022'))].join('\n'));
  assert.equal(a.doc.title?.text, '【工作总结】某某市公安局关于2022年法治政府建设情况的报告');
  assert.equal(a.detection.kind, 'rule-of-law');
  assert.equal(a.doc.year, 2022);
});

// Shapes layout-variants titletail made of oP/26 (a flip-book's page header before the title), oJ/57 (a hacked
// page's label before it) and nG/01 (a site's column names wrapped: no title).
test("a flip-book page header's title with its last characters on a line of their own is read whole", () => {
  const a = analyze(['Page 2 - 某某省交通运输厅2019年度政府信息公开工作年度', '报告', '一、总体情况', '2019年，我厅坚持公开为常态。'].join('\n'));
  assert.equal(a.doc.title?.text, 'Page 2 - 某某省交通运输厅2019年度政府信息公开工作年度报告');
  assert.equal(a.detection.kind, 'gov-info-2019');
  assert.equal(a.doc.year, 2019);
});

test('a title after a label, its last characters on a line of their own, is read whole', () => {
  const a = analyze(['某某网址大全:第三中学2022年政府信息公开工作年度', '报告', '一、总体情况', '2022年，我校坚持公开为常态。', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况'].join('\n'));
  assert.equal(a.doc.title?.text, '某某网址大全:第三中学2022年政府信息公开工作年度报告');
  assert.equal(a.detection.kind, 'gov-info-2021');
  assert.equal(a.doc.year, 2022);
});

test("a site's column names wrapped over lines (信息公开指南 信息公开 / 年报) are no title", () => {
  const a = analyze(['logo', '信息公开指南 信息公开', '年报', '信息公开月报 依申请公开', '', '某某乡2023年政府信息公开工作年度报告', '一、总体情况', '2023年，我乡坚持公开为常态。'].join('\n'));
  assert.equal(a.doc.title?.text, '某某乡2023年政府信息公开工作年度报告');
  assert.equal(a.detection.kind, 'gov-info-2021');
});
