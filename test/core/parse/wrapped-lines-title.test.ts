// PDF text breaks every paragraph at the page width: a short line in the middle of a paragraph
// (…公开目录1条,公开年报2条,财政预决算2条… / …法治政府建设情况报告等应公开事项。全年…) reads
// like a line of its own. Such a line is never the title: it stands below part 一, or carries a
// comma, a full stop inside, a web address, or starts as a sentence about the report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';

function wrap(paragraph: string, width = 32): string[] {
  const out: string[] = [];
  for (let i = 0; i < paragraph.length; i += width) out.push(paragraph.slice(i, i + width));
  return out;
}

test('wrapped PDF text: a paragraph line naming 年报 below part 一 is not the title; kind and year stay', () => {
  const text = [
    '根据《中华人民共和国政府信息公开条例》规定，现公布某某乡2024年政府信息公开工作年度报告。本报告所列数据统计期限为2024年1月1日至12月31日。',
    '一、总体情况',
    '（一）主动公开。',
    ...wrap('2024年，某某乡主动公开信息共51条。其中公开政府信息29条，包括机构职能13条，其他文件2条，规划计划1条，人事信息1条，公开目录1条，公开年报2条，财政预决算2条，法治政府3条，重大行政决策3条。'),
    '（二）依申请公开。',
    '2024年未收到政府信息公开申请。',
    '二、主动公开政府信息情况',
  ].join('\n');
  const a = analyze(text);
  assert.equal(a.doc.title?.text, '某某乡2024年政府信息公开工作年度报告');
  assert.deepEqual([a.kind, a.doc.year], ['gov-info-2021', 2024], a.detection.reason);
});

test('wrapped PDF text: an intro broken into lines gives no title from its middle', () => {
  const text = [
    ...wrap('本年度报告由某某市人民政府外事办公室根据《中华人民共和国政府信息公开条例》编制。所列数据的统计期限为2023年1月1日至2023年12月31日。主动公开了单位基本信息、2022年法治政府建设情况报告等应公开事项。本报告电子版可在某某市人民政府网、政府信息公开年报栏目(http://www.example.gov.cn)下载。'),
    '一、总体情况',
    '2023年，我办深入推进政府信息公开工作。',
    '二、主动公开政府信息情况',
  ].join('\n');
  const a = analyze(text);
  assert.equal(a.doc.title, null);
  assert.equal(a.kind, 'gov-info-2021', a.detection.reason);
});

test('wrapped PDF text: part 一 read up to its character budget, the opening sentence across its lines', () => {
  // Untitled, cut after part 一: its first lines are short, the 条例 named only in the eighth.
  const partOne = [
    '一、总体情况',
    ...wrap('2023年，市司法局坚持以习近平新时代中国特色社会主义思想为指导，深入学习宣传贯彻党的二十大精神，坚持以人民为中心的发展思想，认真落实上级关于政务公开工作的安排部署，立足司法行政实际，持续提升政务公开的标准化水平。我局认真落实《中华人民共和国政府信息公开条例》要求，做好政府信息主动公开工作。', 24),
  ];
  assert.equal(analyze(partOne.join('\n')).kind, 'gov-info-2021');
  // The opening sentence led by its basis, broken over lines, then part 一.
  const opening = [
    ...wrap('根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》要求，编制本报告。本报告由总体情况、主动公开政府信息情况等六部分组成。', 30),
    '一、总体情况',
    '2024年，我县依法做好政府信息公开工作。',
  ];
  assert.equal(analyze(opening.join('\n')).kind, 'gov-info-2021');
});

// mX: the opening broken every 32 characters so that a line of its middle names the report words
// (根据《…条例》(以下简称《条例》)和《国 / 务院办公厅…关于政府信息公开工作年度报告有): the line
// continues the one above it, of the same width and not ended by a stop; nor is 本年报由… a title.
test('wrapped opening: a full-width line after a full-width prose line is no title', () => {
  const body = [
    '一、总体情况',
    '2023年，本局主动公开政府信息7条。',
    '二、主动公开政府信息情况',
    '略。',
  ];
  const opening = '根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》要求，特向社会公布2023年度本局政府信息公开工作年度报告。';
  const a = analyze(['', ...wrap(opening), ...body].join('\n'));
  assert.ok(!a.doc.title || !a.doc.title.norm.startsWith('务院'), a.doc.title?.norm);
  assert.deepEqual([a.kind, a.doc.year], ['gov-info-2021', 2023], a.detection.reason);
  const b = analyze(['根据《条例》有关要求，现向社会公布某某镇人民政府2025年政府信息公开工作年度报告。', '本年报由总体情况、主动公开政府信息情况、收到和处理政府信息公开申', '请情况等六部分组成。', ...body].join('\n'));
  assert.ok(!b.doc.title || !b.doc.title.norm.startsWith('本年报'), b.doc.title?.norm);
  assert.deepEqual([b.kind, b.doc.year], ['gov-info-2021', 2025], b.detection.reason);
});

test('a title below a short issuer line, or below a line of another width, is still the title', () => {
  const a = analyze(['某某市某某局', '2023年政府信息公开工作年度报告', '一、总体情况', '略。', '二、主动公开政府信息情况', '略。'].join('\n'));
  assert.equal(a.doc.title?.norm, '某某市某某局2023年政府信息公开工作年度报告');
});
