// Detection on pages of the nN harvest (the newest reports, ministries and provinces, look-alikes):
// texts of our own in their layouts.
// - the header's links to the site's accounts one a line (移动端应用 / 政务微信 / 政务微博 / 智能问答 /
//   登录个人中心) above the opening do not use up the lines where the opening is sought;
// - a department's rule-of-law report without its title opens with the year's results and is built of
//   the 纲要's task areas (一、依法全面履行政府职能); citing the 纲要 as 中共中央、国务院印发的《…》 is no
//   notice of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';

test('account links above an untitled report\'s opening are no part of it', () => {
  const body = [
    '为全面反映政府信息公开工作情况,根据《中华人民共和国政府信息公开条例》和有关要求编制,全文包括总体情况,主动公开政府信息情况,收到和处理政府信息公开申请情况组成。本报告中所列数据的统计期限自2025年1月1日起至2025年12月31日。',
    '一、总体情况',
    '(一)政府信息主动公开情况',
    '2025年,市政府办公室主动公开政府信息4623条。',
  ];
  const a = analyze(['移动端应用', '政务微信', '政务微博', '智能问答', '登录个人中心', ...body].join('\n'));
  assert.equal(a.kind, 'gov-info-2021');
  assert.equal(a.doc.year, 2025);
  // Lines of other words above the opening still make it no report's. (A side menu of a disclosure site's
  // columns — 机构职能 / 政策文件 / 规划计划 / 统计信息 / 人事信息 — is page chrome: the opening below it is read.)
  assert.equal(analyze(['春耕备耕', '项目建设', '招商引资', '乡村振兴', '民生实事', ...body].join('\n')).kind, null);
  assert.equal(analyze(['机构职能', '政策文件', '规划计划', '统计信息', '人事信息', ...body].join('\n')).kind, 'gov-info-2021');
});

test('an untitled department report on the year\'s 法治政府建设 built of the 纲要\'s task areas', () => {
  const text = [
    '2017年,原某某部深入学习宣传贯彻党的十九大精神,深入落实中共中央、国务院印发的《法治政府建设实施纲要(2015—2020年)》,扎实推进',
    '本领域法治政府建设工作,取得较好进展。',
    '一、依法全面履行政府职能',
    '(一)深入推进投资项目报建审批改革。修订发布分类管理名录。',
    '(二)加快推进建立部门权力责任清单。',
  ].join('\n');
  const a = analyze(text);
  assert.equal(a.kind, 'rule-of-law');
  assert.equal(a.doc.year, 2017);
  // A plan that issues itself (现印发给你们) is none, whatever its parts.
  assert.equal(analyze(text.replace('扎实推进', '现印发给你们,请认真贯彻落实')).kind, null);
  // Without the year's results (a target: 取得新成效) the parts alone do not make a report.
  assert.equal(analyze(text.replace('取得较好进展', '力争取得新成效')).kind, null);
});

test('copies without spaces: account links glued before the opening, 发布来源 glued after the title', () => {
  const nospace = (t: string) => t.replace(/[\s\u3000]+/g, '');
  const links = nospace(['移动端应用', '政务微信', '政务微博', '智能问答', '登录个人中心',
    '为全面反映政府信息公开工作情况,根据《中华人民共和国政府信息公开条例》和有关要求编制,全文包括总体情况,主动公开政府信息情况组成。本报告中所列数据的统计期限自2025年1月1日起至2025年12月31日。',
    '一、总体情况', '(一)政府信息主动公开情况', '2025年,市政府办公室坚持以人民为中心的政务公开理念,在深入推进主动公开、聚焦重点领域公开、多元化解读政策等方面取得一定成效。',
    '(二)政府信息依申请公开情况', '2025年市政府本级、政府办办理政府信息公开申请61件,办结54件,结转下一年办理7件。进一步规范政府信息公开接收、登记、办理、审核、答复、送达、归档工作。',
    '(三)政府信息管理情况', '2025年度主动公开政府信息4623条,全年发布政策解读文件10篇,开展意见征集27期,政策咨询在线调查4期。',
    '(四)政府信息公开平台建设情况', '推进政府网站主阵地集约化建设,不断优化政府网站适老化和无障碍功能。'].join('\n'));
  const a = analyze(links);
  assert.equal(a.kind, 'gov-info-2021');
  assert.equal(a.doc.year, 2025);
  const header = nospace(['某某委2024年政府信息公开工作年度报告', '发布来源:某某委员会网站 发布时间:2025-01-24 16:55:49',
    '根据《中华人民共和国政府信息公开条例》(国务院令第711号)第五十条规定,编制本年度报告。本报告中所列数据的统计期限自2024年1月1日起至12月31日止。',
    '一、总体情况', '2024年,某某委坚持以习近平新时代中国特色社会主义思想为指导,认真落实党中央、国务院关于政府信息公开工作的决策部署,推动政府信息公开工作取得新进展。',
    '(一)主动公开工作情况。', '加强主动公开政府信息的规范管理,依法、及时、准确发布政府信息。全年共发布标准80项,已全部在委网站主动公开。',
    '(二)依申请公开工作情况。', '2024年,共收到政府信息公开申请1046件。其中,通过网站提交申请表的862件,通过信函提交申请的171件,当面提交13件。'].join('\n'));
  const b = analyze(header);
  assert.equal(b.kind, 'gov-info-2021');
  assert.equal(b.doc.title?.norm, '某某委2024年政府信息公开工作年度报告');
});

test('an untitled report whose 一、总体情况 is built of the format\'s sub-parts (主动公开, 依申请公开, 政府信息管理, 平台建设)', () => {
  const text = [
    '2024年,在区政府政务信息公开工作主管部门的引领下,某某街道办事处及时且规范地公开我街道政务信息,现将本年度工作情况报告如下:',
    '一、总体情况',
    '(一)主动公开。2024年,街道组建了政务信息公开工作领导小组,持续提升政务工作的透明度。',
    '(二)依申请公开。本年度共收到和处理依申请公开0件,无因政府信息公开工作被申请行政复议或提起行政诉讼的情况。',
    '(三)政府信息管理。政府官方网站作为信息发布的主阵地。',
    '(四)政府信息公开平台建设。2024年,街道建立了政务微信公众号。',
  ].join('\n');
  const a = analyze(text);
  assert.equal(a.kind, 'gov-info-2021');
  assert.equal(a.doc.year, 2024);
  // Two such sub-parts are not enough without the 条例 or the report's name.
  assert.equal(analyze(text.replace('(三)政府信息管理', '(三)队伍建设').replace('(四)政府信息公开平台建设', '(四)作风建设')).kind, null);
});
