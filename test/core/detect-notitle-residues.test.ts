// Reports read without their title line (layout-variants --modes notitle), the openings a careful reader takes for
// the report's own: 现公开某局2010年信息公开报告,该报告由概述……组成 (公开 for 公布, a year's 信息公开报告 without 年度),
// ……并形成某乡2020年政府信息公开年度报告 (形成 for 编制), and a wiki's infobox caption taken for the title
// (…年度报告基本信息), which names the report, not a page about it. And the reverse: the same words that publish
// no report of the year stay no report. Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';

const detect = (lines: string[]) => { const a = analyze(lines.join('\n')); return { kind: a.kind, year: a.doc.year }; };

const OVERVIEW_2008 = ['一、概述', '(一)组织机构建设情况', '为加强组织领导,我局成立政府信息公开领导小组,由局主要领导任组长。'];

test('现公开……2010年信息公开报告,该报告由……组成: the report, without its title (pH/31)', () => {
  const open = '根据《中华人民共和国政府信息公开条例》有关规定,现公开某市供电局2010年信息公开报告,该报告由概述、政府信息主动公开情况、政府信息依申请公开情况、存在的主要问题及改进措施四方面内容组成。统计数据时限截止为2010年12月31日。';
  assert.deepEqual(detect(['  • 发布时间: 2011-01-23 19:47', '  • 浏览次数:', '', open, ...OVERVIEW_2008]), { kind: 'gov-info-2008', year: 2010 });
  // 现公开 that publishes no report of a year, or the notice about the reports: none.
  assert.equal(detect([open.replace('现公开某市供电局2010年信息公开报告,该报告由', '现公开征求意见,内容由'), ...OVERVIEW_2008]).kind, null);
  assert.equal(detect([open.replace('信息公开报告,', '信息公开报告的通知,'), ...OVERVIEW_2008]).kind, null);
});

test('……并形成某乡2020年政府信息公开年度报告: the report, without its title (pM/23)', () => {
  const open = '根据新修订的《中华人民共和国政府信息公开条例》文件要求,我乡结合工作实际,强化工作部署,并形成某乡2020年政府信息公开年度报告。';
  const body = ['一、总体情况', '(一)组织领导和制度建设情况', '1.健全工作机构。成立了政务公开领导小组,指定专门人员管理此项工作。'];
  assert.deepEqual(detect(['首页 > 政务公开 > 政府信息公开年报', '发布时间:2021-01-28 10:04 信息来源:某乡政府', open, ...body]), { kind: 'gov-info-2019', year: 2020 });
  assert.equal(detect([open.replace('并形成', '并学习'), ...body]).kind, null);
});

test('a wiki\'s caption 某市2009年度政府信息公开工作年度报告基本信息 names the report (pM/36)', () => {
  const lines = ['首页 > 百科 > 建设工程百科', '',
    '根据《中华人民共和国政府信息公开条例》第31条规定,现向社会公布2009年度某市政府信息公开工作年度报告。本报告中所列数据的统计期限自2009年1月1日起至2009年12月31日止。', '',
    '某市2009年度政府信息公开工作年度报告基本信息', '', '某市2009年度政府信息公开工作年度报告简介', '', '一、概 述', '',
    '2009年,我市政务公开工作在市委、政府的正确领导下,全面有序地推进全市政府信息公开工作深入开展。', '', '(一)政府信息公开工作组织推进情况'];
  assert.deepEqual(detect(lines), { kind: 'gov-info-2008', year: 2009 });
  // (A caption of something else about the report stays about it.)
  assert.equal(detect(lines.map((l) => l.replace('年度报告基本信息', '年度报告解读'))).kind, null);
});

test('a notice publishing the report with the report in full below it: the report (mB/34 without the report\'s title)', () => {
  const notice = ['某市人民政府办公室关于公布', '某市2009年度政府信息公开工作年度报告的通知', '(某政办发〔2010〕3号)', '各县(区)人民政府,市政府各单位:',
    '按照《', '中华人民共和国政府信息公开条例》要求,我办编制了《某市2009年度政府信息公开工作年度报告》,现予公布。', '二〇一〇年一月十九日'];
  const report = ['根据《', '中华人民共和国政府信息公开条例》(以下简称', '《条例》)要求,特编制本年度报告。报告主要包括以下内容:本年度政府信息公开工作的基本情况;主动公开政府信息的情况。',
    '一、本年度政府信息公开工作的基本情况', '2009年是《条例》正式实施的第二年,也是我市政府信息公开工作创新之年。', '(一)健全工作机构,调整充实机构人员'];
  const d = analyze([...notice, ...report].join('\n'));
  assert.deepEqual({ kind: d.kind, year: d.doc.year }, { kind: 'gov-info-2008', year: 2009 });
  assert.match(d.detection.reason, /公布报告的通知，其下为报告全文/);
  // The notice alone, or a notice asking for the reports above a report's opening, stays about the report.
  assert.equal(detect(notice).kind, null);
  assert.equal(detect([...notice.map((l) => l.replace('关于公布', '关于做好')), ...report]).kind, null);
});

test('2021年是……100周年,是“十四五”的开局之年,区司法局……: the opening gives the year (pM/14 without its title)', () => {
  const text = ['当前位置: 首页 > 信息公开 > 法治政府建设年度报告', '',
    '  2021年是中国共产党成立100周年,是“十四五”的开局之年,区司法局在区委区政府的坚强领导下,深入学习贯彻习近平法治思想,深入开展法治政府建设,顺利完成年度各项工作任务。', '',
    '  一、切实履行法治建设第一责任人职责', '', '  (一)深入学习宣传贯彻习近平法治思想。局党组坚持以习近平法治思想为引领,全面加强学习宣传贯彻。'];
  assert.deepEqual(detect(text), { kind: 'rule-of-law', year: 2021 });
  assert.deepEqual(detect(text.map((l) => l.replace(',是“十四五”', ',也是“十四五”'))), { kind: 'rule-of-law', year: 2021 });
  // (A meeting's news of the year ahead, ……之年,全区司法行政系统要……, gives no year.)
  assert.equal(detect(['会议强调,2024年是中华人民共和国成立75周年,是全区实施“百千万工程”的关键之年,全区司法行政系统要统筹高质量发展和高水平安全。']).year, null);
});

test('本報告採用資料的起始時間為2022年1月1日至2022年12月31日 (資料 for 数据, Taiwan phrasing) gives the period\'s year (nY/05 cn→twp)', () => {
  const open = '本年度報告是根據《中華人民共和國政府資訊公開條例》(以下簡稱《條例》)規定,結合本鎮實際,編制本年度報告。本報告採用資料的起始時間為2022年1月1日至2022年12月31日。';
  const body = ['一、總體情況', '(一)把握重點,鞏固政府資訊公開成果。根據《條例》要求,編制及更新《政府資訊公開目錄》。'];
  assert.deepEqual(detect([open, ...body]), { kind: 'gov-info-2021', year: 2022 });
  // (The same in Simplified script, 资料 as a mainland draft may write it.)
  assert.equal(detect(['本报告采用资料的起始时间为2022年1月1日至2022年12月31日。', ...body]).year, 2022);
});
