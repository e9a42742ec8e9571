// PDF text broken at the page width (parse/wrap-view.ts): the opening's phrases straddle the
// breaks (现将\n某县2022年法治政府建设…报告如下, 现公开某某局2\n024年…年度报告), so the readers of
// the first lines read the paragraphs as lines; a web page's own lines get no view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';
import { parseDocument } from '../../../server/src/core/parse/document';

/** Break a paragraph every `width` characters, as a PDF page of that width prints it. */
function wrap(paragraph: string, width = 30): string[] {
  const chars = [...paragraph];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += width) out.push(chars.slice(i, i + width).join(''));
  return out;
}

const ROL_BODY = [
  '一、主要成效',
  ...wrap('2022年，县人民政府坚持以习近平新时代中国特色社会主义思想为指导，深入学习宣传贯彻习近平法治思想，认真落实法治政府建设实施纲要和省市各项部署，不断完善工作机制、规范行政行为、深化改革创新，扎实推进法治政府建设，取得了新成效。'),
  '（一）加强组织领导',
  ...wrap('县人民政府常务会议专题研究法治政府建设工作四次，制定年度工作要点，把法治政府建设纳入全县高质量发展综合绩效考核，压紧压实各级各部门工作责任。'),
  '二、存在的不足',
  ...wrap('一些部门运用法治思维和法治方式解决问题的能力还不强，行政执法规范化水平有待进一步提高，基层法治队伍力量仍然薄弱，需要持续加强。'),
];

test('an untitled 法治政府建设 report whose 现将……报告如下 is broken over two lines', () => {
  const opening = wrap('根据《法治政府建设与责任落实督察工作规定》有关要求，现将县人民政府2022年法治政府建设工作情况报告如下。');
  // (The break falls inside the phrase: 现将 on one line, the rest on the next.)
  assert.ok(opening.length >= 2 && !opening.some((l) => /现将.*报告如下/.test(l)), opening.join('|'));
  const a = analyze([...opening, ...ROL_BODY].join('\n'));
  assert.deepEqual([a.kind, a.doc.year], ['rule-of-law', 2022], a.detection.reason);
});

test('a gov-info report without a title whose year is split by the break (2 / 024年)', () => {
  const para = '2024年，区人民政府办公室坚持以习近平新时代中国特色社会主义思想为指导，依法依规地推动政府信息公开工作。根据《中华人民共和国政府信息公开条例》规定，现公开区人民政府办公室2024年政府信息公开工作年度报告。本年度报告中所列数据的统计期限为全年。';
  // The page width that breaks the title's year after its first digit (…办公室2 / 024年…).
  const width = Array.from({ length: 21 }, (_, k) => 20 + k).find((w) => wrap(para, w).some((l, i, all) => l.endsWith('2') && all[i + 1]?.startsWith('024年政府')));
  assert.ok(width, 'a width that splits the year');
  const lines = wrap(para, width);
  const text = [
    ...lines,
    '一、总体情况',
    ...wrap('（一）主动公开情况。区人民政府办公室认真履行政务公开工作职责，及时更新区政府领导信息，依法依规公开有关政府工作动态，全年主动公开信息一百二十条，其中规范性文件六件。', width),
    '二、主动公开政府信息情况',
    '三、收到和处理政府信息公开申请情况',
  ].join('\n');
  const a = analyze(text);
  assert.deepEqual([a.kind, a.doc.year], ['gov-info-2021', 2024], a.detection.reason);
  // The title told by the opening sentence sits on the text's own lines.
  const t = a.doc.title;
  assert.ok(t && t.start < t.end && t.end <= text.length);
  assert.equal(a.doc.lines.lineAt(t.start), t.line);
});

test('the view joins a paragraph\'s lines and nothing else', () => {
  const para = wrap('根据《中华人民共和国政府信息公开条例》规定，现将本局二〇二三年政府信息公开工作情况报告如下，所列数据的统计期限为本年一月一日至十二月三十一日，如有疑问请与本局办公室联系。');
  const text = [
    '某某局',
    '2023年政府信息公开工作年度报告',
    ...para,
    '一、总体情况',
    ...wrap('2023年，某某局坚持以人民为中心的发展思想，认真贯彻落实《条例》，全面推进政务公开工作，公开质量持续提升，主动公开信息数量稳步增加，群众满意度不断提高。'),
    'P. 8',
    ...wrap('（一）主动公开情况。全年主动公开政府信息二百余条，其中规范性文件三件，均在门户网站政府信息公开专栏发布，方便群众查阅，公开渠道进一步拓宽。'),
  ].join('\n');
  const d = parseDocument(text);
  assert.ok(d.view, 'a view of the broken paragraphs');
  const v = d.view!.lines;
  const texts = Array.from({ length: v.lineCount }, (_, l) => v.lineText(l));
  // The title's two short lines stay lines of their own; the opening paragraph is one line.
  assert.equal(texts[0], '某某局');
  assert.equal(texts[1], '2023年政府信息公开工作年度报告');
  assert.equal(texts[2], para.join('\n'));
  // A heading standing alone is a line of its own, and a page number ends the paragraph above it.
  assert.ok(texts.includes('一、总体情况'));
  assert.ok(texts.includes('P. 8'));
  // Every view line is a span of the text itself.
  for (let l = 0; l < v.lineCount; l++) assert.equal(text.slice(v.lineStarts[l], v.lineEnd(l)), texts[l]);
  assert.equal(d.title?.text, '某某局2023年政府信息公开工作年度报告');
  assert.equal(d.year, 2023);
});

test('a web page\'s lines (paragraphs of their own lengths) get no view', () => {
  const text = [
    '某某局2023年政府信息公开工作年度报告',
    '根据《中华人民共和国政府信息公开条例》规定，现将本局2023年政府信息公开工作情况报告如下。',
    '一、总体情况',
    '2023年，某某局坚持以人民为中心，全面推进政务公开工作。',
    '全年主动公开政府信息二百余条，其中规范性文件三件，均在门户网站政府信息公开专栏发布，方便群众查阅',
    '公开渠道进一步拓宽，群众满意度不断提高',
    '二、主动公开政府信息情况',
    '三、收到和处理政府信息公开申请情况，本年新收申请五件，均已按期答复，无行政复议和行政诉讼案件',
  ].join('\n');
  assert.equal(parseDocument(text).view, undefined);
});

test('a page\'s metadata table whose rows the width broke in two does not push the opening out of the first lines', () => {
  const page = [
    '某某县人民政府',
    '| 标题: | 某某县行政审批服务局2025年政府信息公开工作年度报告 | ||',
    '|---|---|---|---|',
    '| 索引号: | 11370000MB28522908/2026-5564564 | 文号: | 无文号 |',
    '| 发文日期: | 2026-01-20 | 发布机构: | 某某县行政审批服务局 |',
    '本报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和《中华人民共和国政府信息公开工作年度报告格式》相关要求编制。报告全文分总体情况、主动公开政府信息情况等六个部分。',
    '报告中所列数据统计期限自2025年1月1日始,至2025年12月31日止。报告电子版可在某某县人民政府门户网站查阅和下载。',
    '一、总体情况',
    '2025年,某某县行政审批服务局严格执行《中华人民共和国政府信息公开条例》,通过健全制度、规范内容、拓展渠道,有序推动政府信息公开工作。',
    '(一)主动公开',
    '推进法定信息主动公开,严格依照法规落实公开要求,依托县政府门户网站公开专栏,及时、准确发布行政许可、执法结果等信息。',
  ];
  const text = page.flatMap((l) => wrap(l, 32)).join('\n');
  // (Each metadata row is broken in two.)
  assert.ok(text.split('\n').filter((l) => /^\||\|$/.test(l)).length >= 6, text);
  const a = analyze(text);
  assert.deepEqual([a.kind, a.doc.year], ['gov-info-2021', 2025], a.detection.reason);
});

test('a metadata row broken at the width (| 标题 | …政府信息公 / 开工作年度报告 | ||) is one line of the view, its tail no title', () => {
  const page = [
    '标 题 | 某某某某某某自治区人民政府办公厅2021年政府信息公开工作年度报告 | ||',
    '索引号 | 000014349/2022-00036 | 文 号 | |',
    '发布机构 | 发布日期 | 2022-01-12 17:24:09 |',
    '某某某某某某自治区人民政府办公厅2021年政府信息公开工作年度报告',
    '根据《中华人民共和国政府信息公开条例》规定,编制本报告,本报告各类数据统计时限从2021年1月1日至2021年12月31日止。',
    '一、总体情况',
    '2021年,某某自治区人民政府办公厅在自治区党委、政府的正确领导下,认真贯彻落实党中央、国务院推进政务公开的决策部署,紧紧围绕中心工作,突出重点,扎实推进政府信息公开工作。',
    '(一)围绕重点任务,制定公开要点。紧扣开好局起好步,聚焦优化营商环境、疫情防控、惠民惠农政策落实等重点任务,及时发布权威信息。',
  ];
  const text = page.flatMap((l) => wrap(l, 32)).join('\n');
  assert.ok(text.includes('政府信息公\n开工作年度报告 | ||'), text);
  const a = analyze(text);
  assert.doesNotMatch(a.doc.title?.text ?? '', /^开工作/);
  assert.deepEqual([a.kind, a.doc.year], ['gov-info-2021', 2021], a.detection.reason);
});
