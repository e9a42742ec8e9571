// A report copied without any line break or space (every separator lost): the page's channel
// names, its metadata fields without colons, a salutation and the report's opening sentence run
// together with the title and the part headings (parse/flat-head.ts, parse/flat-view.ts). The
// copy reads as the same report as its lines: kind, year and title. Texts written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';

/** The text with every line break and space removed. */
const noSpace = (lines: string[]) => lines.join('\n').replace(/[\s\u3000]+/g, '');

function read(text: string) {
  const a = analyze(text);
  return { title: a.doc.title?.text ?? null, kind: a.kind, year: a.doc.year, reason: a.detection.reason, view: a.doc.view };
}

/** A gov-info report's parts after its opening. */
const PARTS = [
  '(一)主动公开。全年通过政府门户网站主动公开政府信息一百二十条,及时发布政策文件和工作动态,公开质量稳步提升。',
  '(二)依申请公开。全年收到政府信息公开申请三件,均在法定期限内答复,未发生行政复议和行政诉讼。',
  '二、主动公开政府信息情况',
  '全年主动公开各类政府信息,内容涵盖政策文件、财政预决算、重点项目等方面,群众知晓率进一步提高。'.repeat(4),
  '三、收到和处理政府信息公开申请情况',
  '本年度共收到政府信息公开申请三件,均已按期办结。'.repeat(2),
];

/** Both layouts read the same: kind, year and (when given) the title. */
function same(lines: string[], kind: string, year: number, title?: string) {
  for (const text of [lines.join('\n'), noSpace(lines)]) {
    const r = read(text);
    assert.deepEqual([r.kind, r.year], [kind, year], `${r.reason} | ${text.slice(0, 60)}`);
    if (title !== undefined) assert.equal(r.title, title, r.reason);
  }
}

test('no spaces: a site\'s channel names glued before the issuer are no part of the title', () => {
  const lines = ['政府信息', '公开指南', '政府信息', '公开制度', '某某县自然资源局2023年政府信息公开工作年度报告', '发布时间: 2024-01-19 14:40 浏览次数:',
    '根据《中华人民共和国政府信息公开条例》规定,结合我局实际,现报告如下:', '一、总体情况', '2023年,我局认真落实政府信息公开工作要求,不断推动政府信息公开工作规范化、标准化。', ...PARTS];
  same(lines, 'gov-info-2021', 2023, '某某县自然资源局2023年政府信息公开工作年度报告');
  // A channel and a news column before a rule-of-law summary after a breadcrumb.
  const rol = ['当前位置:首页->新闻动态->公示公告', '某某镇人民政府2024年度法治政府建设工作总结', '信息来源:某某镇人民政府 发布日期:2025-03-14',
    '2024年,在市委、市政府的坚强领导下,某某镇人民政府深入推进法治政府建设,取得了明显成效。', '一、主要举措和成效',
    '(一)加强组织领导。镇党委、镇政府把法治政府建设摆在全局工作的重要位置,定期研究部署。'.repeat(6), '二、存在的不足', '执法队伍力量不足。', '三、下一步工作安排', '继续加强学习培训。'];
  assert.deepEqual([read(noSpace(rol)).title, read(noSpace(rol)).kind, read(noSpace(rol)).year], ['某某镇人民政府2024年度法治政府建设工作总结', 'rule-of-law', 2024]);
});

test('no spaces: metadata fields without colons glued before the title are cut at their names', () => {
  const lines = ['当前位置:首页>政务公开>乡镇街道>某某镇>政府信息公开年报', '索引号 113310240/2024-104757', '公开方式 主动公开', '成文日期 2024-01-16',
    '发布机构 某某镇', '组配分类 政府信息公开年报', '2023年某某镇政府信息公开工作年度报告', '发布日期:2024-01-16 访问次数:', '一、总体情况',
    '2023年,我镇认真贯彻落实《中华人民共和国政府信息公开条例》,扎实推进政府信息公开工作。', ...PARTS];
  const r = read(noSpace(lines));
  assert.equal(r.title, '2023年某某镇政府信息公开工作年度报告', r.reason);
  assert.deepEqual([r.kind, r.year], ['gov-info-2021', 2023], r.reason);
  // The fields are lines of their own in the view.
  const pieces = Array.from({ length: r.view!.lines.lineCount }, (_, l) => r.view!.lines.lineText(l));
  for (const f of ['索引号113310240/2024-104757', '公开方式主动公开', '成文日期2024-01-16', '发布机构某某镇', '组配分类政府信息公开年报']) assert.ok(pieces.includes(f), f);
});

test('no spaces: the opening sentence glued to a metadata block in cells (…|有效性|根据《条例》…现公布……年度报告) names the report', () => {
  const lines = ['索引号|014416330/2018-04736|分类|政府信息公开年报', '发布机构|市政府办|发文日期|2018-02-28|文号|有效性|',
    '根据《中华人民共和国政府信息公开条例》规定,现公布某某市人民政府2017年政府信息公开工作年度报告。全文包括概述、主动公开政府信息情况等部分。',
    '一、主要工作概述', '2017年,市政府认真贯彻落实政府信息公开各项要求,深化政策文件解读,主动回应社会关切,公开工作取得积极成效。'.repeat(3),
    '二、主动公开政府信息情况', '全年主动公开政府信息三千余条,及时回应社会关切,政策解读质量不断提高。'.repeat(6)];
  same(lines, 'gov-info-2008', 2017, '某某市人民政府2017年政府信息公开工作年度报告');
});

test('no spaces: a title in Traditional script glued to its opening (……年度政府信息公開報告本報告根據…) is the title', () => {
  const lines = ['某某鎮2010年度政府信息公開報告', '本報告根據《中華人民共和國政府信息公開條例》及相關檔案精神的要求進行編制。內容包括概述、主動公開情況、依申請公開情況等。',
    '一、概述', '2010年,我鎮認真貫徹落實政府信息公開條例,加強組織領導,完善工作制度,政府信息公開工作有序推進。'.repeat(3),
    '二、主動公開政府信息情況', '全年主動公開政府信息二百餘條,及時回應社會關切,政策解讀質量不斷提高。'.repeat(6)];
  same(lines, 'gov-info-2008', 2010, '某某鎮2010年度政府信息公開報告');
});

test('no spaces: an untitled rule-of-law report after a metadata list and a salutation, its parts glued after a colon', () => {
  const lines = ['- 索 引 号: ab123-1800-2025-00003', '- 备注/文号: 某委〔2025〕5号', '- 发布机构: 某某镇人民政府', '- 公文生成日期: 2025-02-07',
    '中共某某县委员会,某某县人民政府:',
    '2024年,某某镇法治政府建设工作在县委、县政府的有力指导下,围绕年度法治政府建设工作要点,切实加强行政执法监督检查,为法治建设提供有力保障。现将某某镇2024年法治建设工作情况总结如下:',
    '一、2024年度推进法治政府建设的主要举措和成效', '(一)坚持学习,提升思想素质。全镇认真学习习近平法治思想,把法治政府建设摆在重要位置。'.repeat(6),
    '二、存在的不足和原因', '执法人员专业能力有待提高。', '三、2025年度推进法治政府建设的主要安排', '继续加强学习培训。'];
  same(lines, 'rule-of-law', 2024);
});

test('no spaces: a part heading glued after 如下: and before its list item 1. is read, its title ending there', () => {
  const lines = ['2021年,某某街道在县委、县政府的正确领导下,深入推进法治政府建设,坚持依法行政,提升了依法管理水平。现将我街道2021年度法治政府建设情况报告如下:',
    '一、2021年法治政府建设主要举措和成效', '1.强化法治队伍建设。围绕经济社会发展各项工作,组织开展法律法规专题学习。'.repeat(3),
    '2.依法行政全面覆盖。坚持以法治思维推进各项工作,严格规范公正文明执法。'.repeat(6), '二、存在的不足和原因', '法治宣传的针对性还不够强。', '三、2022年工作安排', '继续加强执法队伍建设。'];
  same(lines, 'rule-of-law', 2021);
  const parts = read(noSpace(lines)).view!.headings.filter((h) => h.level === 1);
  assert.equal(parts[0].title, '2021年法治政府建设主要举措和成效');
});

test('no spaces: a part title glued to its text (一、总体情况本报告是根据… / 一、总体情况2021年,…) ends where the text starts', () => {
  const lines = ['一、总体情况', '本报告是根据《中华人民共和国政府信息公开条例》要求,主要从总体情况、主动公开政府信息情况等六个方面汇报我镇2023年政府信息公开工作。',
    '二、主动公开政府信息情况', '该部分以表格形式报告。全年主动公开各类政府信息,内容涵盖政策文件、财政预决算等方面。'.repeat(3),
    '三、收到和处理政府信息公开申请情况', '本年度共收到政府信息公开申请三件,均已按期办结,未发生行政复议和行政诉讼。'.repeat(6)];
  same(lines, 'gov-info-2021', 2023);
  const first = read(noSpace(lines)).view!.headings[0];
  assert.equal(first.title, '总体情况');
  // An untitled report whose first part follows its opening paragraph.
  const untitled = ['2021年,我县认真贯彻落实新修订的《中华人民共和国政府信息公开条例》,政府信息公开工作取得了良好效果。报告主要包括:总体情况、主动公开政府信息情况等。本报告中使用数据统计期限为2021年1月1日至12月31日。',
    '一、总体情况', '2021年,在县委、县政府的坚强领导下,我县进一步加强政府信息公开工作,政府信息公开质量不断提高。',
    '(一)提高主动公开实效情况', '全年主动公开政府信息三千余条。'.repeat(3), '(二)政府信息管理情况', '严格落实保密审查制度,规范信息发布流程,确保公开信息准确。'.repeat(6)];
  same(untitled, 'gov-info-2021', 2021);
  assert.equal(read(noSpace(untitled)).view!.headings[0].title, '总体情况');
});

test('no spaces: a document site\'s notices before the title leave the report\'s own opening to tell', () => {
  const lines = ['温馨提示:', '1. 部分包含数学公式的文件,查看预览时可能会显示错乱,文件下载后无此问题,请放心下载。', '2. 本文档由用户上传,版权归属用户,本站负责整理代发布。',
    '网站客服:3074922707', '2023', '医院', '政府', '信息', '公开', '工作', '年度报告', '医院政府信息公开工作年度报告',
    '本年度报告根据中华人民共和国政府信息公开条例要求,由某某县中医院编制完成。全文包括概述,主动公开政府信息情况等。本年度报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。',
    '(一)注重组织领导,落实公开责任。为加强对政府信息公开工作的领导,医院成立了信息公开工作领导小组。'.repeat(6)];
  same(lines, 'gov-info-2021', 2023);
});

test('no spaces: no heading inside a sentence of prose, no cut inside the body', () => {
  // ……工作，一是……二是……三是……: points of a sentence, not parts.
  const prose = ['某某局2023年政府信息公开工作年度报告', '一、总体情况',
    '2023年,我局扎实推进政府信息公开工作,一是加强组织领导,二是完善制度建设,三是强化平台管理,公开质量稳步提升。'.repeat(4), ...PARTS];
  const r = read(noSpace(prose));
  assert.deepEqual([r.kind, r.year], ['gov-info-2021', 2023], r.reason);
  const titles = r.view!.headings.map((h) => h.title);
  assert.ok(!titles.some((t) => /^是/.test(t) || t.includes('一是')), titles.join(' | '));
  // A year with its comma inside the body (……工作。2023年,我局……) is no line of its own: only after a
  // title, a colon, a cell bar or figures.
  const lines = r.view!.lines;
  const body = Array.from({ length: lines.lineCount }, (_, l) => lines.lineText(l)).find((t) => t.includes('一是加强组织领导'));
  assert.ok(body && body.includes('提升。2023年,我局'), body);
});

test('no spaces: a title printed twice, or after a site\'s columns, is read once, from its issuer', () => {
  const body = ['一、总体情况', '2021年,我乡认真贯彻落实《中华人民共和国政府信息公开条例》,扎实推进政府信息公开工作,公开质量稳步提升。', ...PARTS];
  const opening = '依据《中华人民共和国政府信息公开条例》规定,现将我乡2021年政府信息公开工作情况报告如下。';
  // The page's heading without the issuer under the title with it.
  const twice = ['某某乡2021年政府信息公开工作年度报告', '2021年政府信息公开工作年度报告', opening, ...body];
  same(twice, 'gov-info-2021', 2021, '某某乡2021年政府信息公开工作年度报告');
  // The same title twice, both with the issuer.
  const again = ['某某乡2021年政府信息公开工作年度报告', '某某乡2021年政府信息公开工作年度报告', opening, ...body];
  same(again, 'gov-info-2021', 2021, '某某乡2021年政府信息公开工作年度报告');
  // The site's columns (……专题专栏) glued before the issuer.
  const columns = ['首页 走进某区 新闻中心 政府信息公开 互动交流 专题专栏', '某某街道办事处2021年度法治政府建设工作报告', '一、主要工作情况',
    '(一)加强组织领导,严格履行推进法治建设第一责任人职责。2021年,街道把法治政府建设摆在重要位置,取得了明显成效。'.repeat(4),
    '二、存在的不足', '执法队伍力量不足。', '三、下一步工作安排', '继续加强学习培训。'];
  const r = read(noSpace(columns));
  assert.deepEqual([r.title, r.kind, r.year], ['某某街道办事处2021年度法治政府建设工作报告', 'rule-of-law', 2021], r.reason);
});
