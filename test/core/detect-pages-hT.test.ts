// Reports the detector missed on real pages (issue #12, hT): a document-sharing site's notices
// above the text (温馨提示 / numbered notices about VIP, downloads and rights / 客服 / 查看更多)
// and Word field codes (PAGE \* MERGEFORMAT) used up the lines where the title and the opening
// are sought; a title set one word per line; a summary report whose year is that of the units'
// reports it was compiled from; an untitled 法治政府建设 report whose first part is the party's
// leadership over it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';

const notices = [
  '温馨提示:',
  '1. 部分包含公式的文件,查看预览时可能会显示错乱,文件下载后无此问题,请放心下载。',
  '2. 本文档由用户上传,版权归属用户,某某网负责整理代发布。如有争议请联系客服。',
  '3. 下载前请仔细阅读文档内容,付费完成后未能成功下载的用户请联系客服处理。',
  '网站客服:1234567890',
];

test('a title set one word per line below a document site notice block', () => {
  const a = analyze([...notices, '2023', '某院', '政府', '信息', '公开', '工作', '年度报告', '某院政府信息公开工作年度报告',
    '本年度报告根据中华人民共和国政府信息公开条例要求,由某院编制完成。本年度报告中所列数据的统计期限自2023年1月1日起至12月31日止。',
    '一、总体情况', '2023年,我院高度重视政府信息公开工作。'].join('\n'));
  assert.equal(a.doc.title?.norm, '2023某院政府信息公开工作年度报告');
  assert.equal(a.kind, 'gov-info-2021');
  assert.equal(a.doc.year, 2023);
});

test('short lines that do not end in the report words are no title and still count', () => {
  const a = analyze(['甲乙丙', '丁戊己', '庚辛壬', '癸子丑', '寅卯辰', '巳午未', '2022年某某区政府信息公开工作年度报告', '一、总体情况', '某某区严格贯彻落实《条例》。', '二、主动公开政府信息情况', '略。'].join('\n'));
  assert.equal(a.doc.title, null);
});

test('numbered VIP notices and Word field codes before a compiled 2008-regulation report', () => {
  const vip = [
    '- 1、某某文档网站文档一经付费(服务费),不意味着购买了该文档的版权,仅供个人学习、研究之用,侵权必究。',
    '- 2、本站所有内容均由合作方或网友上传,本站不对文档的完整性做任何保证!如您付费,本站不退款。',
    '- 3、如文档侵犯著作权,请点击“版权申诉”。',
    '- 4、该文档为VIP文档,如果想要下载,成为VIP会员后,下载免费。',
    '- 5、成为VIP后,下载本文档将扣除1次下载权益。',
    '- 6、成为VIP后,您将拥有八大权益,权益包括:VIP文档下载权益、阅读免打扰。',
    '- 7、VIP文档为合作方或网友上传,每下载1次,网站将给予文档贡献者补贴。',
    '查看更多',
    'PAGE \\* MERGEFORMAT-',
    'PAGE \\* MERGEFORMAT- 1 -',
    'PAGE \\* MERGEFORMAT1',
    'PAGE \\* MERGEFORMAT12',
  ];
  const a = analyze([...vip,
    '本年度报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,由某某省人民政府办公厅综合各市、省直各部门2016年度政府信息公开工作年度报告编制而成。全文包括概述、主动公开政府信息情况'].join('\n'));
  assert.equal(a.kind, 'gov-info-2008');
  assert.equal(a.doc.year, 2016);
});

test('the notices alone are no report', () => {
  const a = analyze([...notices, '某某公司产品说明书', '一、产品简介', '本产品适用于家庭使用。'].join('\n'));
  assert.equal(a.kind, null);
});

test('an untitled 法治政府建设 report whose first part is the party\'s leadership over it', () => {
  const a = analyze(['2021年,某部坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,扎实推动法治政府建设高质量发展。', '',
    '一、加强党对法治政府建设的领导,确保法治政府建设正确方向', '', '某部党组坚持和加强党对法治政府建设的领导。'].join('\n'));
  assert.equal(a.kind, 'rule-of-law');
  assert.equal(a.doc.year, 2021);
});

test('a plan with the same first part is no report', () => {
  const a = analyze(['为深入推进法治政府建设,结合实际,制定本方案。', '', '一、加强党对法治政府建设的领导', '', '各单位要落实责任。'].join('\n'));
  assert.equal(a.kind, null);
});
