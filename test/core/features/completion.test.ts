// Completion: headings, row labels, disposition names and table snippets, with exact
// replace ranges; every label is read from the format data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';
import { completeAt, CompletionItem } from '../../../server/src/core/features/completion';
import { renderTable } from '../../../server/src/core/features/table-skeleton';
import { FORMATS } from '../../../server/src/core/formats/index';
import type { GridTable, BlocksTable } from '../../../server/src/core/formats/types';
import type { EditableLayout } from '../../../server/src/core/parse/tables';
import { readSeed } from '../helpers';

const CARET = '‸';
const F21 = FORMATS['gov-info-2021'];
const F19 = FORMATS['gov-info-2019'];

/** Text with one ‸ marking the cursor → completion items (range invariants checked). */
function complete(src: string): { text: string; offset: number; items: CompletionItem[] } {
  const offset = src.indexOf(CARET);
  assert.ok(offset >= 0, 'no caret');
  const text = src.slice(0, offset) + src.slice(offset + CARET.length);
  const items = completeAt(analyze(text), offset);
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  for (const it of items) {
    assert.ok(it.replaceStart >= lineStart && it.replaceStart <= offset, `${it.label}: range starts on the cursor line, before it`);
    assert.ok(it.replaceEnd >= offset && it.replaceEnd <= lineEnd, `${it.label}: range ends on the cursor line, after it`);
    assert.ok(it.insertText.length > 0);
  }
  return { text, offset, items };
}

const typed = (r: { text: string }, it: CompletionItem) => r.text.slice(it.replaceStart, it.replaceEnd);
const labels = (items: CompletionItem[], kind: CompletionItem['kind']) => items.filter((i) => i.kind === kind).map((i) => i.label);

/** The first `rows` lines of a statutory table rendered from the format data (values filled with 0/1). */
function tableLines(spec: GridTable | BlocksTable, layout: EditableLayout, rows: number): string {
  const all = renderTable(spec, layout, (rowId, colId) => (colId === 'total' || rowId === 'open' ? '1' : '0')).split('\n');
  return all.slice(0, rows).join('\n');
}

const APPS21 = F21.tables.applications as GridTable;
const APPS19 = F19.tables.applications as GridTable;

// ---------------------------------------------------------------- headings

test('headings: missing statutory headings in order, in the draft\'s ## style, at an empty line', () => {
  const r = complete(`# 某局2021年政府信息公开工作年度报告

## 一、总体情况

2021年，我局认真贯彻落实条例。

${CARET}

## 三、收到和处理政府信息公开申请情况

正文。
`);
  const hs = r.items.filter((i) => i.kind === 'heading');
  assert.deepEqual(hs.map((i) => i.label), [
    '二、主动公开政府信息情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项',
  ]);
  assert.equal(hs[0].insertText, '## 二、主动公开政府信息情况');
  for (const h of hs) assert.equal(typed(r, h), '');
  assert.deepEqual([...hs].sort((x, y) => (x.sortText < y.sortText ? -1 : 1)), hs, 'sortText keeps statutory order');
});

test('headings: the range covers exactly the typed #s and partial numeral', () => {
  const r = complete(`# 某局2021年政府信息公开工作年度报告

## 一、总体情况

正文。

## 四${CARET}
`);
  const h = r.items.find((i) => i.label === '四、政府信息公开行政复议、行政诉讼情况')!;
  assert.ok(h);
  assert.equal(typed(r, h), '## 四');
  assert.equal(h.insertText, '## 四、政府信息公开行政复议、行政诉讼情况');
  assert.ok(h.filterText.startsWith('## 四'));
});

test('headings: plain-text drafts get plain headings; a typed numeral is replaced, the indentation kept', () => {
  const r = complete(`某县2021年政府信息公开工作年度报告
一、总体情况
2021年，我县认真贯彻落实条例。
二、主动公开政府信息情况
正文。
　　三、收${CARET}
`);
  const h = r.items.find((i) => i.kind === 'heading' && i.label.startsWith('三、'))!;
  assert.equal(h.insertText, '三、收到和处理政府信息公开申请情况');
  assert.equal(typed(r, h), '三、收', 'the full-width indentation is not replaced');
  assert.ok(h.filterText.startsWith('三、收'));
  assert.ok(!r.items.some((i) => i.label === '二、主动公开政府信息情况'), 'present headings are not offered');
});

test('headings: not in the middle of a line, not in a text that is no report', () => {
  const mid = complete(`某县2021年政府信息公开工作年度报告
一、总体情况
三${CARET}年来
`);
  assert.deepEqual(labels(mid.items, 'heading'), []);
  const none = complete(`会议纪要

${CARET}

予以公开的事项另行通知。
`);
  assert.deepEqual(none.items, []);
});

test('headings: a draft without a report title but with one statutory heading gets headings only', () => {
  const r = complete(`一、总体情况

本年度我局依法予以${CARET}

`);
  assert.equal(analyze(r.text).kind, null);
  assert.ok(r.items.length === 0 || r.items.every((i) => i.kind === 'heading'));
  const blank = complete(`一、总体情况

正文。

${CARET}
`);
  assert.deepEqual(labels(blank.items, 'heading').slice(0, 2), ['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况']);
  assert.deepEqual(labels(blank.items, 'snippet'), []);
});

test('headings: a rule-of-law report is offered its missing content items, numbered after the chapter before', () => {
  const r = complete(`某市2020年法治政府建设年度报告
一、主要举措和成效
正文。
二、存在的不足和原因
正文。
${CARET}
`);
  const hs = labels(r.items, 'heading');
  const items = FORMATS['rule-of-law'].sections.map((s) => s.title);
  assert.ok(hs.length > 0);
  for (const h of hs) assert.ok(h.startsWith('三、') && items.includes(h.slice(2)), h);
  assert.ok(!hs.some((h) => h.includes('存在的不足和原因')));
});

// ---------------------------------------------------------------- row labels

const MD_HEAD = `# 某局2021年政府信息公开工作年度报告

## 一、总体情况

正文。

## 三、收到和处理政府信息公开申请情况

`;

test('row labels: GFM table 三, typed part of a label in the first cell', () => {
  // header, separator, 一, 二, 三、本年度办理结果, （一）予以公开
  const r = complete(MD_HEAD + tableLines(APPS21, 'gfm', 6) + `\n| 部分${CARET}\n`);
  const rows = r.items.filter((i) => i.kind === 'row-label');
  assert.equal(rows[0].label, APPS21.rows.find((x) => x.id === 'partial')!.label);
  assert.equal(typed(r, rows[0]), '部分');
  assert.equal(rows[0].insertText, rows[0].label);
  assert.ok(rows[0].filterText.startsWith('部分'));
  assert.ok(!r.items.some((i) => i.kind === 'disposition'), 'no prose completion inside a table');
});

test('row labels: an empty first cell offers the row after the previous one first, present labels last', () => {
  const r = complete(MD_HEAD + tableLines(APPS21, 'gfm', 6) + `\n| ${CARET}\n`);
  const rows = r.items.filter((i) => i.kind === 'row-label');
  assert.equal(rows.length, APPS21.rows.length, 'every statutory row label');
  assert.equal(rows[0].label, APPS21.rows.find((x) => x.id === 'partial')!.label);
  assert.equal(rows[1].label, '（三）不予公开');
  assert.equal(rows[2].label, '1.属于国家秘密');
  const open = rows.findIndex((i) => i.label === '（一）予以公开');
  assert.ok(open >= rows.length - 5, 'present rows come last');
  assert.match(rows[open].detail!, /已有/);
  assert.equal(typed(r, rows[0]), '');
});

test('row labels: tab table, merged group cell before the label cell, and right below the table', () => {
  const head = `某县2021年政府信息公开工作年度报告
一、总体情况
正文。
三、收到和处理政府信息公开申请情况
`;
  // header, 一, 二, 三、本年度办理结果, （一）, （二）, （三）不予公开, 1.属于国家秘密
  const table = tableLines(APPS21, 'tab', 8);
  const below = complete(head + table + `\n${CARET}\n四、政府信息公开行政复议、行政诉讼情况\n`);
  const rows = below.items.filter((i) => i.kind === 'row-label');
  assert.equal(rows[0].label, '2.其他法律行政法规禁止公开');
  assert.equal(rows[0].insertText, '2.其他法律行政法规禁止公开');

  const typedSub = complete(head + table + `\n\t1.属${CARET}\n`);
  const sub = typedSub.items.filter((i) => i.kind === 'row-label');
  assert.deepEqual(sub.map((i) => typed(typedSub, i)), sub.map(() => '1.属'));
  assert.ok(sub.some((i) => i.label === '1.属于国家秘密'));
  assert.ok(sub.every((i) => /1/.test(i.label) && /属/.test(i.label)));

  const merged = complete(head + table + `\n（四）无法提供\t本机关${CARET}\t0\n`);
  const m = merged.items.filter((i) => i.kind === 'row-label');
  assert.equal(m[0]?.label, '1.本机关不掌握相关政府信息');
  assert.equal(typed(merged, m[0]), '本机关');

  const inValues = complete(head + table + `\n（四）无法提供\t1.本机关不掌握相关政府信息\t0${CARET}\n`);
  assert.deepEqual(labels(inValues.items, 'row-label'), [], 'no labels in a value cell');
});

test('row labels: loose pipe table of seed 001 (2019), the label of a replaced row comes first', () => {
  const seed = readSeed('001');
  const src = seed.replace('行政强制 | 0 | 0 | 0 |', `行政${CARET}`);
  const r = complete(src);
  const rows = r.items.filter((i) => i.kind === 'row-label');
  assert.equal(rows[0].label, '行政强制');
  assert.equal(typed(r, rows[0]), '行政');
  assert.ok(rows.every((i) => i.label.includes('行政')));
});

test('row labels: right below a GFM table a new row is inserted with its pipes', () => {
  const table = tableLines(APPS21, 'gfm', 6);
  const r = complete(MD_HEAD + table + `\n${CARET}`);
  const first = r.items.find((i) => i.kind === 'row-label')!;
  assert.equal(first.insertText, `| ${first.label} |` + '  |'.repeat(APPS21.columns.length));
});

test('row labels come from the format data: 2019 vs 2021 tables 二 and 三', () => {
  const draft = (year: number, f: typeof F21) => `# 某局${year}年政府信息公开工作年度报告

## 二、主动公开政府信息情况

${tableLines(f.tables.active as BlocksTable, 'tab', 4)}
${CARET}

## 三、收到和处理政府信息公开申请情况

${tableLines(f.tables.applications as GridTable, 'tab', 4)}
`;
  const d19 = labels(complete(draft(2020, F19)).items, 'row-label');
  const d21 = labels(complete(draft(2021, F21)).items, 'row-label');
  assert.ok(d19.includes('其他对外管理服务事项') && d19.includes('政府集中采购') && d19.includes('第二十条第（九）项'));
  assert.ok(!d21.includes('其他对外管理服务事项') && !d21.includes('政府集中采购'));
  assert.ok(d21.includes('行政规范性文件') && !d19.includes('行政规范性文件'));
  for (const l of d19) assert.ok((F19.tables.active as BlocksTable).blocks.some((b) => b.caption === l || b.rows.some((x) => x.label === l)), l);

  const apps = (year: number, f: typeof F21) => `# 某局${year}年政府信息公开工作年度报告

## 三、收到和处理政府信息公开申请情况

${tableLines(f.tables.applications as GridTable, 'tab', 4)}
${CARET}
`;
  const a19 = labels(complete(apps(2020, F19)).items, 'row-label');
  const a21 = labels(complete(apps(2021, F21)).items, 'row-label');
  const sub21 = APPS21.rows.filter((x) => x.parent === 'otherproc').map((x) => x.label);
  assert.equal(sub21.length, 3);
  for (const l of sub21) assert.ok(a21.includes(l) && !a19.includes(l), l);
  assert.equal(a19.length, APPS19.rows.length);
  // The rows after the last one present come first, in statutory order; the present ones last.
  const after = APPS19.rows.slice(3).map((x) => x.label);
  assert.deepEqual(a19.slice(0, after.length), after);
});

// ---------------------------------------------------------------- dispositions

const PROSE_HEAD = `某县2021年政府信息公开工作年度报告
一、总体情况
`;

test('dispositions: partial names in prose, range exactly the typed part', () => {
  const r = complete(PROSE_HEAD + `本年度共收到申请10件，其中依法不予${CARET}\n`);
  const ds = r.items.filter((i) => i.kind === 'disposition');
  assert.deepEqual(ds.map((i) => i.label), ['不予公开', '不予处理']);
  for (const d of ds) assert.equal(typed(r, d), '不予');
  assert.equal(ds[0].insertText, '不予公开');

  const own = complete(PROSE_HEAD + `其中本机关${CARET}\n`);
  const o = own.items.filter((i) => i.kind === 'disposition');
  assert.deepEqual(o.map((i) => i.label), ['本机关不掌握相关政府信息']);
  assert.equal(typed(own, o[0]), '本机关');
  assert.match(o[0].documentation!, /依据/);

  const yu = complete(PROSE_HEAD + `予以${CARET}`);
  assert.deepEqual(labels(yu.items, 'disposition'), ['予以公开']);
  assert.equal(typed(yu, yu.items.find((i) => i.kind === 'disposition')!), '予以');
});

test('dispositions: sub-row names in statutory order, the 2021 （六） sub-rows only in 2021', () => {
  const sub = complete(PROSE_HEAD + `其中属于${CARET}`);
  const expected = APPS21.rows.filter((x) => x.parent === 'deny' && x.label.slice(2).startsWith('属于')).map((x) => x.label.slice(2));
  assert.deepEqual(labels(sub.items, 'disposition'), expected);

  const r21 = complete(PROSE_HEAD + `申请人${CARET}`);
  const r19 = complete(PROSE_HEAD.replace('2021', '2020') + `申请人${CARET}`);
  assert.equal(labels(r21.items, 'disposition').length, 2);
  assert.ok(labels(r21.items, 'disposition').every((l) => APPS21.rows.some((x) => x.label.endsWith(l))));
  assert.deepEqual(labels(r19.items, 'disposition'), []);
});

test('dispositions: nothing for a finished name, a single character, a 2008 report or a totals row', () => {
  assert.deepEqual(labels(complete(PROSE_HEAD + `予以公开${CARET}`).items, 'disposition'), []);
  assert.deepEqual(labels(complete(PROSE_HEAD + `予${CARET}`).items, 'disposition'), []);
  assert.deepEqual(labels(complete(PROSE_HEAD + `总${CARET}`).items, 'disposition'), []);
  assert.deepEqual(complete(`某县2011年政府信息公开工作年度报告\n一、概述\n不予${CARET}\n`).items.filter((i) => i.kind !== 'heading'), []);
  assert.deepEqual(complete(PROSE_HEAD + `<!-- 不予${CARET} -->\n`).items, [], 'not inside a comment');
});

// ---------------------------------------------------------------- table snippets

test('snippets: at an empty line in section 三, its table first, in GFM for a markdown draft', () => {
  const r = complete(MD_HEAD + `${CARET}\n\n## 四、政府信息公开行政复议、行政诉讼情况\n`);
  const sn = r.items.filter((i) => i.kind === 'snippet');
  assert.equal(sn[0].label, '统计表：三、收到和处理政府信息公开申请情况');
  assert.equal(sn[0].insertText, renderTable(APPS21, 'gfm'));
  assert.deepEqual(sn.map((i) => i.label).sort(), ['统计表：三、收到和处理政府信息公开申请情况', '统计表：二、主动公开政府信息情况', '统计表：四、政府信息公开行政复议、行政诉讼情况'].sort());
  assert.equal(sn[0].replaceStart, r.offset);
  assert.equal(sn[0].replaceEnd, r.offset);
});

test('snippets: tab layout in plain text, blank lines added around the table next to prose', () => {
  const r = complete(`某县2021年政府信息公开工作年度报告
一、总体情况
正文。
二、主动公开政府信息情况
正文。
${CARET}
三、收到和处理政府信息公开申请情况
`);
  const sn = r.items.find((i) => i.kind === 'snippet')!;
  assert.equal(sn.label, '统计表：二、主动公开政府信息情况');
  assert.equal(sn.insertText, '\n' + renderTable(F21.tables.active, 'tab') + '\n');
});

test('snippets: the draft\'s own loose pipe layout (seed 001); tables already present elsewhere are not offered', () => {
  const seed = readSeed('001');
  const src = seed.replace('三、收到和处理政府信息公开申请情况\n', `三、收到和处理政府信息公开申请情况\n${CARET}\n`);
  const r = complete(src);
  const sn = r.items.filter((i) => i.kind === 'snippet');
  assert.deepEqual(sn.map((i) => i.label), ['统计表：三、收到和处理政府信息公开申请情况']);
  assert.ok(sn[0].insertText.includes(renderTable(F19.tables.applications, 'loose-pipe')));
  const inProse = complete(seed.replace('五、存在的主要问题及改进情况\n', `五、存在的主要问题及改进情况\n${CARET}\n`));
  assert.deepEqual(labels(inProse.items, 'snippet'), [], 'every table is present');
});
