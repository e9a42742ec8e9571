// Detection and page debris on pages of the nW harvest (法治政府建设 reports of departments, towns and
// development zones, and look-alikes): texts of our own in their layouts.
// - a policy site's page title: the document number, then the report's title in book-title marks
//   (某卫〔2024〕3号《某省卫生健康委关于2023年度法治政府建设情况的报告》), is the report's title, not a
//   page about the report;
// - a page header naming the column (栏目:政策文件 发布时间:2023-01-12) and a toolbar with a print link
//   (【字体: 【打印文本】) are page debris.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';
import { classifyChrome } from '../../server/src/core/model/artifacts-chrome';
import { findings, where } from './rules/build';

const LETTER_BODY = [
  '某省卫生健康委关于2023年度法治政府建设情况的报告',
  '某卫〔2024〕3号',
  '省委、省政府:',
  '根据《法治政府建设与责任落实督察工作规定》及有关部署要求,现呈送我委2023年度法治政府建设情况报告。',
  '某省卫生健康委',
  '2024年3月8日',
  '某省卫生健康委2023年度法治政府建设情况报告',
  '在省委省政府的坚强领导下,省卫生健康委压紧压实法治政府建设责任,各项工作取得积极成效。',
  '一、2023年度法治政府建设主要情况',
  '(一)加强法治政府建设组织领导。',
];

test('a document number before the report\'s title in book-title marks is the report\'s title (nW/10)', () => {
  const text = ['某卫〔2024〕3号《某省卫生健康委关于2023年度法治政府建设情况的报告》', ...LETTER_BODY].join('\n');
  const a = analyze(text);
  assert.equal(a.kind, 'rule-of-law');
  assert.equal(a.doc.year, 2023);
  // A page that quotes the report after other words is still about it.
  const about = ['关于某卫〔2024〕3号《某省卫生健康委关于2023年度法治政府建设情况的报告》的解读', '一、起草背景', '为落实要求,起草本报告。'].join('\n');
  assert.equal(analyze(about).kind, null);
  // The marks around a title that is no report (a plan) make no report of it.
  const plan = ['某政发〔2024〕3号《某市法治政府建设实施方案》', '为深入推进依法行政,结合本市实际,制定本方案。', '一、总体要求', '二、主要任务'].join('\n');
  assert.equal(analyze(plan).kind, null);
});

const BODY = ['某某市市场监管局2022年法治政府建设年度报告',
  '2022年,市市场监管局坚持以习近平法治思想为指导,切实推动市场监管法治建设取得新成效。',
  '一、2022年法治政府建设工作情况', '(一)履行法治第一责任人职责,推进法治政府建设'];

test('a page header naming the column is page metadata; a sentence about a column is not (nW/03)', () => {
  assert.equal(classifyChrome('栏目:政策文件 发布时间:2023-01-12')?.zh, '网页发布信息');
  assert.equal(classifyChrome('所属栏目:法治政府建设')?.zh, '网页发布信息');
  const text = [BODY[0], '栏目:政策文件 发布时间:2023-01-12', ...BODY].join('\n');
  assert.deepEqual(findings(text, 'artifact-web').map((f) => where(text, f).line), [1]);
  assert.equal(classifyChrome('栏目:开设“法治政府建设”专栏,全年发布信息52条。'), null);
});

test('a toolbar\'s print link (【打印文本】) beside the font-size switch is page debris (nW/06)', () => {
  assert.equal(classifyChrome('【字体: 【打印文本】')?.tier, 'strong');
  assert.equal(classifyChrome('【打印全文】 【关闭窗口】')?.tier, 'strong');
  const text = [BODY[0], '日期:2026-03-17 11:12 来源:某某区教育局', '【字体: 【打印文本】', ...BODY.slice(1)].join('\n');
  assert.deepEqual(findings(text, 'artifact-web').map((f) => where(text, f).line), [1, 2]);
  assert.equal(classifyChrome('打印文本材料共计120份。'), null);
});

// nW/29: an untitled ministry report on a news mirror. Its opening sums the year up and ends in 取得新进展
// (words a target uses too), its first part is the 2021—2025 纲要's first task (深入学习宣传贯彻习近平法治思想).
const MINISTRY = [
  '2021年,某某部坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,将法治建设同步谋划、同步部署、同步推进,切实贯彻落实《法治政府建设实施纲要(2021—2025年)》,推动本系统法治建设取得新进展。',
  '一、深入学习宣传贯彻习近平法治思想',
  '部党组高度重视学习宣传贯彻习近平法治思想。一是深入学习领会。二是深入阐释宣传。三是深入贯彻落实。',
  '二、法律规范体系建设取得新突破',
  '(一)推动重要领域立法。推动完成条例修订。',
];

test('an untitled report summing the year up (…取得新进展) above the 纲要\'s first task is the report (nW/29)', () => {
  const a = analyze(MINISTRY.join('\n'));
  assert.equal(a.kind, 'rule-of-law');
  assert.equal(a.doc.year, 2021);
  // The same words as a target (要推动……取得新进展): a plan's opening, no report.
  const plan = [MINISTRY[0].replace('推动本系统', '要推动本系统'), ...MINISTRY.slice(1)].join('\n');
  assert.equal(analyze(plan).kind, null);
  // The summary above a first part that is no task of the 纲要 says nothing of the kind either.
  const other = [MINISTRY[0], '一、深化机构改革', ...MINISTRY.slice(2)].join('\n');
  assert.equal(analyze(other).kind, null);
});

test('a metadata row with 所属主题 (文 号: | 所属主题: | 其他政府信息 |) is page metadata like 主题分类 (nW/05)', () => {
  const text = ['索引号: | 015048170/2022-00033 | 发布机构: | 某某州教育局 |', '生效日期: | 2022-02-18 | 废止日期: | |', '文 号: | 所属主题: | 其他政府信息 |',
    ...BODY].join('\n');
  assert.deepEqual(findings(text, 'artifact-web').map((f) => where(text, f).line), [0, 1, 2]);
  // A sentence naming a subject is report text.
  const prose = [...BODY, '本报告所属主题为政务公开。'].join('\n');
  assert.deepEqual(findings(prose, 'artifact-web'), []);
});
