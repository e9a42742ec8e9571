// A page in Traditional script (a site's 繁體 version, a converter's output) is read as the same page in
// Simplified script: the parse's readers (tables, headings, title, year, figures) and the model's
// pattern readers (page chrome, dates) match against `doc.read`, the text in Simplified script with the
// same offsets, while the model's texts (cells, headings, title), quotes and fixes keep the draft's own
// characters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lint } from '../../../server/src/core';
import { publicationDate } from '../../../server/src/core/model/report-dates';
import { asRead, asWritten } from '../../../server/src/core/parse/as-written';
import { readingOf } from '../../../server/src/core/parse/cell-at';
import { ReadText } from '../../../server/src/core/parse/read-text';
import { buildDraft } from '../rules/build';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC = require('opencc-js/cn2t') as { Converter(o: { from: string; to: string }): (s: string) => string };
const tw = OpenCC.Converter({ from: 'cn', to: 'tw' });

test('doc.read is the work text in Simplified script, same length; a Simplified draft keeps its own string', () => {
  const simp = buildDraft();
  const a = analyze(simp);
  assert.equal(a.doc.read.whole(), a.doc.work);
  assert.ok(a.doc.read.same);
  const trad = tw(simp);
  assert.notEqual(trad, simp);
  const b = analyze(trad);
  assert.equal(b.doc.read.length, b.doc.work.length);
  assert.equal(b.doc.work, trad);
  assert.ok(b.doc.read.whole().includes('收到和处理政府信息公开申请情况'));
});

test('a browser copy in Traditional script: the part heading after a table ends it, as in Simplified', () => {
  // Cells one a line with the tab between two cells on a line of its own (a web table copied).
  const cells = (row: string[]) => row.join('\n\n\t\n\n');
  const simp = [
    '某某区人民政府办公室2023年政府信息公开工作年度报告', '', '一、总体情况', '', '2023年，我办认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息1200条。', '',
    '二、主动公开政府信息情况', '',
    cells(['信息内容', '采购项目数量', '采购总金额']), '',
    cells(['政府集中采购', '6', '251000元']), '',
    '三、收到和处理政府信息公开申请情况', '',
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '', '\t', '', '申请人情况', '',
  ].join('\n');
  const trad = tw(simp);
  const s = analyze(simp).doc;
  const t = analyze(trad).doc;
  const shape = (d: typeof s) => ({
    tables: d.tables.map((x) => [x.layout, x.startLine, x.endLine]),
    headings: d.headings.map((h) => [h.line, h.title.length]),
    title: d.title && [d.title.start, d.title.end], year: d.year,
  });
  assert.deepEqual(shape(t), shape(s));
  assert.ok(t.headings.some((h) => h.norm.startsWith('收到和处理')), 'the part heading is read');
  // Cells, headings and the title keep the draft's characters: a cell's text is the text at its offsets.
  for (const r of t.tables.flatMap((x) => x.rows)) for (const c of r.cells) assert.equal(trad.slice(c.start, c.end), c.text);
  assert.ok(t.headings.some((h) => h.title === '收到和處理政府信息公開申請情況'));
  // The title's range is the draft's: its text there is the Traditional title.
  assert.equal(trad.slice(t.title!.start, t.title!.end), '某某區人民政府辦公室2023年政府信息公開工作年度報告');
});

test('a site menu in Traditional script above the title is page chrome, not the title (信息公開年報)', () => {
  const menu = ['logo', ' ', '信息公开指南 信息公开年报', '信息公开月报 依申请公开', '  信息公开目录', '', '  组织机构      政府文件', '', '  计划规划      财政管理', ''];
  const body = ['首页 >> 市政府信息公开 >> 信息公开目录 >> 乡镇信息公开目录 >> 张楼', '某某市张楼乡2023年政府信息公开工作年度报告', '', '一、总体情况',
    '2023年，某某市张楼乡严格按照《中华人民共和国政府信息公开条例》的要求，扎实推进政府信息公开工作。', '', '二、主动公开政府信息情况', ''];
  const simp = [...menu, ...body].join('\n');
  const a = analyze(simp);
  const b = analyze(tw(simp));
  assert.deepEqual([b.kind, b.doc.year, b.doc.title?.line], [a.kind, a.doc.year, a.doc.title?.line], b.detection.reason);
  assert.equal(b.kind, 'gov-info-2021');
});

test('web chrome in Traditional script is reported as in Simplified, quoted as written; its publication date is read', () => {
  const simp = buildDraft().replace(/^(.*\n)/, '$1发布时间:2022-02-03 发布机构:某某镇 字体:[ 大 中 小]\n体裁分类:公告公示 主题分类:综合政务 文号: 索引号:000708762/2022-996\n');
  const trad = tw(simp);
  const web = (text: string) => lint(text).findings.filter((f) => f.rule === 'artifact-web');
  const s = web(simp);
  const t = web(trad);
  assert.equal(s.length, 2);
  assert.deepEqual(t.map((f) => [f.start, f.end, f.severity]), s.map((f) => [f.start, f.end, f.severity]));
  assert.match(t[0].message, /發佈時間:2022-02-03/);
  const d = publicationDate(analyze(trad));
  assert.deepEqual(d && [d.year, d.month, d.day], [2022, 2, 3]);
});

test('asWritten takes a read text back from the draft, whitespace the reading left out skipped; asRead goes the other way', () => {
  const written = '某某區2023年\n政府信息公開工作年度報告';
  const read = '某某区2023年\n政府信息公开工作年度报告';
  assert.equal(asWritten('某某区2023年政府信息公开工作年度报告', 0, read, written), '某某區2023年政府信息公開工作年度報告');
  assert.equal(asWritten('政府信息公开', 9, read, written), '政府信息公開');
  // Not found there character for character: left as it is.
  assert.equal(asWritten('某某县', 0, read, written), '某某县');
  assert.equal(asRead({ work: written, read: ReadText.of(written, read, 1) }, '政府信息公開', 9), '政府信息公开');
  assert.equal(asRead({ work: read, read: ReadText.of(read, read) }, '政府信息公开', 9), '政府信息公开');
  // Over two lines, and a text not found there (left as it is).
  assert.equal(asRead({ work: written, read: ReadText.of(written, read, 1) }, '某某區2023年政府信息公開工作年度報告', 0), '某某区2023年政府信息公开工作年度报告');
  assert.equal(asRead({ work: written, read: ReadText.of(written, read, 1) }, '某某縣', 0), '某某縣');
});

test('the cells of a Traditional page keep one reading per written text: labels that recur share it (as readCell shares Simplified ones)', () => {
  const trad = tw(buildDraft());
  const a = analyze(trad + '\n\n' + trad);
  const cells = a.doc.tables.flatMap((t) => t.rows.flatMap((r) => r.cells)).filter((c) => c.text && c.text !== a.doc.read.slice(c.start, c.end));
  assert.ok(cells.length >= 20, `${cells.length} cells in Traditional characters`);
  for (const c of cells) assert.equal(trad.includes(c.text), true);
  const texts = new Set(cells.map((c) => c.text));
  assert.ok(texts.size < cells.length, 'some written texts recur');
  assert.equal(new Set(cells.map((c) => readingOf(c))).size, texts.size);
});
