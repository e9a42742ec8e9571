// Untitled 法治政府建设 reports (layout-variants --modes notitle): the page's chrome above the opening (搜索 /
// 日期: / 分享:, a breadcrumb > 政务公开 > 法治政府建设, 欢迎登录某某网站) no longer takes the opening's place as
// the text's first line; and an opening with the year and 法治政府建设 and no target's words, before a part
// naming 法治政府建设 or the measures part (一、主要措施和成效), is the year's report without results told.
// A part of the work done (一、工作开展情况) still needs them (detect-pages-nR). Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';

const OPENING = '2022年，某某县坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，扎实推进法治政府建设，取得明显成效。';
const PART = ['一、2022年法治政府建设情况', '（一）强化组织领导。县政府常务会议专题研究法治政府建设工作4次。'];

test('web chrome above an untitled rule-of-law report’s opening', () => {
  for (const chrome of [['搜索', '您当前的位置:首页>政务公开>法治政府建设年度报告', '日期:2023-02-20', '字号:', '分享:'],
    ['首页', '> 政务公开 > 政务专题 > 法治政府建设', '发布日期:2023-04-01 信息来源:县司法局 浏览次数:'],
    ['欢迎登录某某县司法局官方网站', '当前位置:首页 > 工作动态']]) {
    const a = analyze([...chrome, OPENING, ...PART].join('\n'));
    assert.equal(a.kind, 'rule-of-law', chrome[0]);
    assert.equal(a.doc.year, 2022);
  }
  // A page's own short topics above the text still count as its first lines.
  assert.equal(analyze(['春耕备耕', '项目建设', '招商引资', '乡村振兴', '民生实事', '平安建设', OPENING, ...PART].join('\n')).kind, null);
});

test('an opening naming 法治政府建设 with no target and no results, then the measures part or a 法治政府建设 part', () => {
  const opening = '2020年，在镇党委的坚强领导下，我镇坚持以习近平新时代中国特色社会主义思想为指导，坚持依法治镇、依法行政共同推进，以法治政府建设推动乡镇治理能力现代化。';
  for (const part of ['一、主要措施和成效', '一、健全法治政府建设制度保障']) {
    const a = analyze([opening, part, '（一）坚持党对法治政府建设的全面领导。镇党委召开专题会议3次。'].join('\n'));
    assert.equal(a.kind, 'rule-of-law', part);
    assert.equal(a.doc.year, 2020);
  }
  // A target's words (力争, 确保) make it a plan's opening: no report.
  assert.equal(analyze([opening.replace('推动乡镇治理能力现代化', '推动，力争全面建成法治政府'), '一、主要措施和成效', '（一）坚持党的领导。'].join('\n')).kind, null);
});

test('the issuer’s name, then the statutory leaders’ part naming 法治政府建设 as the first line', () => {
  const a = analyze(['某某市市场监督管理局', '一、2023年度党政主要负责人履行推进法治建设第一责任人职责情况，加强法治政府建设的有关情况',
    '（一）健全工作机制。将法治建设纳入全局重大事项落实机制。', '（二）严格执法监督。组织全系统开展案卷评查。'].join('\n'));
  assert.equal(a.kind, 'rule-of-law');
  // A leader's own 述法 part (no 法治政府建设) is not read so.
  assert.equal(analyze(['某某市市场监督管理局', '一、履行推进法治建设第一责任人职责情况', '（一）带头学法。本人认真学习习近平法治思想。'].join('\n')).kind, null);
});
