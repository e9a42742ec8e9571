// Detection on pages of the oD harvest (法治政府建设 reports of provinces, cities and counties, and
// look-alikes): texts of our own in their layouts.
// - a title that names the report by what it tells, with its year (某省人民政府2022年度法治政府建设工作情况,
//   某市2025年法治政府建设情况), is the report's title;
// - an untitled report is read from its opening and its first part in more of the ways reports are
//   written: the statutory measures part without 法治 in it (一、主要举措和成效), an opening that names
//   法治政府 inside a list built together (法治某县、法治政府、法治社会一体建设), an opening that reports
//   below without naming the kind over a first part that does, the organisation part
//   (一、加强法治政府建设组织领导), and a copy that starts at its measures part.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';
import { classifyChrome } from '../../server/src/core/model/artifacts-chrome';
import { findings, where } from './rules/build';

const PARTS = [
  '(一)强化组织领导。县政府主要负责人履行推进法治建设第一责任人职责,全年召开常务会议3次研究法治政府建设工作。',
  '(二)依法全面履行政府职能。全年精简审批事项12项。',
];

test('a title naming the report by what it tells, with its year, is the report\'s title (oD/07, 22, 26)', () => {
  for (const title of ['某省人民政府2022年度法治政府建设工作情况', '某省2023年度法治政府建设情况', '某市2025年法治政府建设情况']) {
    const text = [title, '2022年,全省扎实推进法治政府建设,取得明显成效。', '一、深入践行习近平法治思想', ...PARTS].join('\n');
    const a = analyze(text);
    assert.equal(a.kind, 'rule-of-law', title);
    assert.equal(a.doc.title?.norm.endsWith('情况'), true, title);
    assert.equal(a.doc.year, Number(/(\d{4})年/.exec(title)![1]), title);
  }
  // Titles that tell of something else about the work stay none of the report's.
  for (const title of ['某县2023年上半年法治政府建设情况', '某市2022年法治政府建设督察反馈问题整改情况']) {
    const text = [title, '2023年,我县扎实推进法治政府建设。', '一、主要工作', '(一)强化组织领导。'].join('\n');
    assert.equal(analyze(text).kind, null, title);
  }
});

test('an untitled report whose first part is the statutory measures part in its own words (oD/12)', () => {
  const text = ['2021年,某市坚持以习近平法治思想为指导,大力推进政府治理能力现代化建设,法治政府建设取得新成效。',
    '一、主要举措和成效', ...PARTS].join('\n');
  const a = analyze(text);
  assert.equal(a.kind, 'rule-of-law');
  assert.equal(a.doc.year, 2021);
  // A target in the opening (要坚持, 力争) makes it a plan's opening: no report.
  const plan = ['2021年,全市要坚持以习近平法治思想为指导,力争法治政府建设取得新成效。', '一、主要举措和成效', ...PARTS].join('\n');
  assert.equal(analyze(plan).kind, null);
});

test('an opening that names 法治政府 inside a list built together, and reports below (oD/25)', () => {
  const text = ['某市人民政府:', '2025年,某县统筹推进全面依法治县各项工作,法治某县、法治政府、法治社会一体建设取得新进展,为全县发展提供了坚实法治保障。现将工作情况报告如下:',
    '一、工作举措及成效', ...PARTS].join('\n');
  const a = analyze(text);
  assert.equal(a.kind, 'rule-of-law');
  assert.equal(a.doc.year, 2025);
  // 法治 alone (法治某县建设) names no 法治政府建设.
  const other = ['2025年,某县扎实推进法治某县建设,取得新进展。现将工作情况报告如下:', '一、工作举措及成效', '(一)强化组织领导。'].join('\n');
  assert.equal(analyze(other).kind, null);
});

test('an opening that reports below without naming the kind, over a first part that names it (oD/19)', () => {
  const text = ['2024年,全省各级政府依法全面履行政府职能,法治日益成为发展的显著优势。现将有关情况报告如下。',
    '一、坚持以习近平法治思想为引领,健全完善法治政府建设推进机制', ...PARTS].join('\n');
  assert.equal(analyze(text).kind, 'rule-of-law');
  // Without the sentence that reports below, an opening and a part naming the kind are no report.
  const noReport = ['2024年,全省各级政府依法全面履行政府职能。', '一、坚持以习近平法治思想为引领,健全完善法治政府建设推进机制', ...PARTS].join('\n');
  assert.equal(analyze(noReport).kind, null);
});

test('the organisation part after an opening of the year that names the kind (oD/29)', () => {
  const text = ['2023年,省政府深入推进法治政府建设,依法接受省人大及其常委会监督。',
    '一、加强法治政府建设组织领导。一是全面加强党的领导。省政府常务会议定期听取法治政府建设情况汇报。', '二、依法全面履行政府职能。'].join('\n');
  assert.equal(analyze(text).kind, 'rule-of-law');
  // A plan's opening (制定本方案) over the same part is no report.
  const plan = ['2023年,为深入推进法治政府建设,结合本省实际,制定本方案。', '一、加强法治政府建设组织领导。'].join('\n');
  assert.equal(analyze(plan).kind, null);
});

test('a copy that starts at its measures part, told of 法治政府建设 below it (oD/16)', () => {
  const text = ['一、主要举措和成效', ...PARTS, '(三)严格规范公正文明执法。'].join('\n');
  const a = analyze(text);
  assert.equal(a.kind, 'rule-of-law');
  assert.equal(a.doc.year, null);
  assert.equal(a.detection.unsettled?.what, 'year');
  // The same part over other work (a company's, a school's) is no report of the kind.
  const other = ['一、主要举措和成效', '(一)狠抓安全生产。全年开展检查12次。', '(二)提升服务质量。'].join('\n');
  assert.equal(analyze(other).kind, null);
});

test('the same title glued to the page\'s chrome and the text in a copy without breaks or spaces (oD/07, 26)', () => {
  const body = ['2022年,全省扎实推进法治政府建设,取得明显成效。', '一、深入践行习近平法治思想', ...PARTS,
    '二、持续深化法治领域改革', '(一)深化行政执法体制改革。全年整合执法队伍8支。', '三、存在的不足和原因', '基层执法力量仍然薄弱。',
    '四、党政主要负责人履行推进法治建设第一责任人职责情况', '省长带头学法。', '五、2023年工作安排', '持续深化改革。'];
  for (const head of ['某省人民政府2022年度法治政府建设工作情况•2023年03月30日09时24分•来源:司法厅•【字体:', '某市2022年法治政府建设情况日期:2023-02-14 09:29来源:某市人民政府||||']) {
    const text = (head + body.join('')).replace(/\s+/g, '');
    const a = analyze(text);
    assert.equal(a.kind, 'rule-of-law', head);
    assert.equal(a.doc.year, 2022, head);
  }
  // The report words of 现将2022年度法治政府建设情况报告如下 are a sentence's, no glued title.
  const sentence = ('现将2022年度法治政府建设情况报告如下。' + body.slice(1).join('')).replace(/\s+/g, '');
  assert.notEqual(analyze(sentence).doc.title?.norm, '现将2022年度法治政府建设情况');
});

test('a metadata block\'s 内容概述 line (its value the title) is page debris (oD/20)', () => {
  const text = ['索   引   号: 014000319/2023-00286 分          类: 政府文件',
    '标          题: 某省2022年度法治政府建设情况报告', '内 容 概 述: 某省2022年度法治政府建设情况报告', '',
    '某省2022年度法治政府建设情况报告', '2022年,全省扎实推进法治政府建设,取得明显成效。', '一、深入践行习近平法治思想', ...PARTS].join('\n');
  assert.equal(analyze(text).kind, 'rule-of-law');
  assert.deepEqual(findings(text, 'artifact-web').map((f) => where(text, f).line), [0, 1, 2]);
  // A sentence that sums the contents up is no metadata.
  assert.equal(classifyChrome('内容概述:本报告分四个部分。'), null);
});

test('an opening that sums the year up after citing the 纲要\'s 要求, over the 纲要\'s task part (oD/18)', () => {
  const text = ['2020年是《纲要》收官之年。全省各级政府认真贯彻落实《纲要》要求,扎实推进依法行政和法治政府建设,法治政府建设水平取得新的成效。',
    '一、全面履行政府职能,优化治理改革稳步推进', '一是持续开展“放管服”改革。全年取消行政权力事项12项。'].join('\n');
  assert.equal(analyze(text).kind, 'rule-of-law');
  // The text's own target (工作要求, 要坚持) still makes a plan's opening.
  const plan = text.replace('认真贯彻落实《纲要》要求,', '要坚持以习近平法治思想为指导,');
  assert.equal(analyze(plan).kind, null);
});
