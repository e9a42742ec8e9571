// A report copied without its line breaks and without spaces between the lines (as some PDF
// viewers copy): the title runs into the opening sentence, the part headings into their text
// (…情况。二、主动公开政府信息情况2023年，…). Detection reads the statutory part titles of the format
// data inside the long line, the first part near its start, and the report model finds a part glued
// to its text. Short structure-faithful texts written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lint } from '../../../server/src/core';
import { parseDocument } from '../../../server/src/core/parse/document';
import { flatFirstSection, flatStatutoryParts } from '../../../server/src/core/formats/detect-flat';
import { gluedPartTitle } from '../../../server/src/core/parse/glued-part';
import { normalize, labelKey } from '../../../server/src/core/text/normalize';

const FILL = '全年依法做好政府信息公开工作，按照要求及时公开各类信息，不断提升公开质量和实效。'.repeat(4);

test('no line breaks: a title run into the opening sentence (根据《条例》…) is the title', () => {
  const text = `某某镇人民政府2022年政府信息公开工作年度报告根据《中华人民共和国政府信息公开条例》规定，编制本报告。${FILL}一、总体情况2022年，我镇${FILL}`;
  const a = analyze(text);
  assert.equal(a.doc.title?.text, '某某镇人民政府2022年政府信息公开工作年度报告');
  assert.deepEqual([a.kind, a.doc.year], ['gov-info-2021', 2022], a.detection.reason);
  // The same title followed by 本年度报告… too.
  const b = analyze(`某某局2023年政府信息公开工作年度报告本年度报告由总体情况等六部分组成。${FILL}${FILL}`);
  assert.equal(b.doc.title?.text, '某某局2023年政府信息公开工作年度报告');
});

test('no line breaks: untitled, the first part glued to its text near the line start tells the year\'s work', () => {
  const text = `一、总体情况2023年，我乡认真贯彻《中华人民共和国政府信息公开条例》，推进政府信息公开工作。${FILL}（一）主动公开政府信息情况2023年主动公开信息300条。${FILL}`;
  assert.equal(flatFirstSection(parseDocument(text)), '总体情况');
  const a = analyze(text);
  assert.deepEqual([a.kind, a.doc.year], ['gov-info-2021', 2023], a.detection.reason);
  // Without the 条例 or the report, the same opening tells of no disclosure report.
  const other = `一、总体情况2023年，我乡认真做好安全生产工作，各项工作有序推进。${FILL.replace(/政府信息公开/g, '安全生产')}`;
  assert.equal(flatFirstSection(parseDocument(other)), null);
  assert.equal(analyze(other).kind, null);
});

test('no line breaks: an opening in which the report speaks of itself stands for the 条例 the first part does not name', () => {
  const body = '自2024年以来，在市委的正确领导下，某某镇政府信息公开工作始终按照上级要求，着力完善工作制度，全年工作运行有序。';
  const text = `本报告由某某镇人民政府结合有关统计数据编制。本年度报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。一、总体情况${body}${FILL.replace(/政府信息公开/g, '信息公开')}（一）主动公开截至2024年12月31日，我镇本年度主动公开政府信息31条。`;
  assert.equal(flatFirstSection(parseDocument(text)), '总体情况');
  assert.deepEqual([analyze(text).kind, analyze(text).doc.year], ['gov-info-2021', 2024]);
  // An opening of other work is no report's own.
  const other = text.replace('本报告由某某镇人民政府结合有关统计数据编制。本年度报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。', '某某镇召开全镇工作会议，部署全年各项工作任务，要求各单位抓好落实，确保取得实效。');
  assert.equal(flatFirstSection(parseDocument(other)), null);
});

test('no line breaks: runs of hundreds of bars between the metadata fields and the opening do not push the opening out of the head (nT/21)', () => {
  const bars = '|'.repeat(300);
  const text = `索引号:|1162042101391301xj/2024-00001|生成日期:|2024-01-24|发布机构:|某某镇人民政府|${bars}|${bars}|${bars}信息来源:某某镇人民政府发布时间:2024-01-2410:56浏览次数:|${bars}|${bars}|${bars}`
    + `根据《中华人民共和国政府信息公开条例》要求,现发布《某某镇2023年政府信息公开工作年度报告》。本报告由总体情况、主动公开政府信息情况等六部分组成。报告中所列数据统计期限为2023年1月1日到12月31日。一、总体情况${FILL}`;
  const a = analyze(text);
  assert.deepEqual([a.kind, a.doc.year], ['gov-info-2021', 2023], a.detection.reason);
  // (The same head without the bars reads the same.)
  const plain = analyze(text.replace(/\|{20,}/g, '|'));
  assert.deepEqual([plain.kind, plain.doc.year], ['gov-info-2021', 2023], plain.detection.reason);
});

test('no line breaks: statutory part titles glued to the text, in order with text between, are counted', () => {
  const text = `首页>政务公开>年报${FILL}一、总体情况${FILL}二、主动公开政府信息情况${FILL}三、收到和处理政府信息公开申请情况${FILL}`;
  assert.equal(flatStatutoryParts(parseDocument(text)), 3);
  // A sentence listing the parts (no text between them) is no report's parts.
  const list = `本报告包括：一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况。${FILL}${FILL}`;
  assert.equal(flatStatutoryParts(parseDocument(list)), 1);
  // Lines of a draft with line breaks are no flattened page.
  assert.equal(flatStatutoryParts(parseDocument(['一、总体情况', FILL, '二、主动公开政府信息情况', FILL].join('\n'))), 0);
});

test('glued part: found after its numeral, with words before the title or a character off', () => {
  const keys = ['主动公开政府信息情况'].map(labelKey);
  assert.equal(gluedPartTitle(normalize(`责任追究情况。二、行政机关主动公开政府信息情况2020年，${FILL}`), '二', keys), true);
  assert.equal(gluedPartTitle(normalize(`服务信息。二、主动公开政府政府情况第二十条${FILL}`), '二', keys), true);
  // Another numeral, another title, or the numeral inside a word: not the part.
  assert.equal(gluedPartTitle(normalize(`服务信息。三、主动公开政府信息情况${FILL}`), '二', keys), false);
  assert.equal(gluedPartTitle(normalize(`服务信息。二、加强组织领导工作${FILL}`), '二', keys), false);
  assert.equal(gluedPartTitle(normalize(`统一二、主动公开政府信息情况${FILL}`), '二', keys), false);
});

test('no line breaks: a part glued to its text is not reported missing', () => {
  const text = `某某县2020年政府信息公开工作年度报告根据《中华人民共和国政府信息公开条例》编制本报告。一、总体情况${FILL}二、行政机关主动公开政府信息情况${FILL}`;
  const r = lint(text);
  assert.equal(r.kind, 'gov-info-2019');
  const missing = r.findings.filter((d) => d.rule === 'section-missing' && d.severity !== 'info').map((d) => d.message);
  assert.ok(!missing.some((m) => m.includes('二、主动公开')), missing.join('\n'));
  assert.ok(missing.some((m) => m.includes('三、收到和处理')), missing.join('\n'));
});

test('one line: the opening sentence of a line holding several headings still names the year', () => {
  const fill = '我街进一步深入贯彻落实《条例》要求，完善健全信息公开工作机制，全面做好政府信息公开工作，不断加强政府信息公开力度。'.repeat(3);
  const text = `本年报是根据《中华人民共和国政府信息公开条例》要求，由某某镇编制的2020年度政府信息公开年度报告。全文包括：2020年某某镇信息公开主要工作情况、信息主动公开情况、依申请公开情况等。如对本报告有疑问，请联系某某镇党政办。 一、总体情况 ${fill} 二、主动公开政府信息情况 ${fill} 三、收到和处理政府信息公开申请情况 ${fill}`;
  const doc = parseDocument(text);
  assert.ok(doc.headings.length >= 3);
  assert.deepEqual([doc.year, doc.yearSource], [2020, 'body']);
});
