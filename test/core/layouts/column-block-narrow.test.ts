// PDF text in reading order (pdftotext's default mode) of an office document's 表三 (a Word table
// printed through LibreOffice, set oB/03 and the docx variants of scripts/pdf-variants.mjs): the label
// column is so narrow that every row label wraps two or three characters a line, the cell's text at
// its top: the numbered first piece (after the group label's first piece: （三） 1.属于) with the row's
// first figure, the label's further pieces among the group label's pieces (不予公 国家 / 开), then the
// row's other figures one a line. Such a row is read when its pieces spell its whole statutory label
// and exactly its 7 figures, keeping the row's sum, stand before the next numbered piece
// (layouts/column-block-narrow.ts); any other row stays unread (partial table), never misplaced.
// The text is our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/engine/lint';
import { FORMATS } from '../../../server/src/core/formats';
import type { GridTable } from '../../../server/src/core/formats/types';
import { lintText } from '../helpers';

const HEAD = '某区人民政府2024年政府信息公开工作年度报告\n一、总体情况\n2024年，区政府办受理政府信息公开申请6件。\n二、主动公开政府信息情况\n主动公开信息1200条。\n';
const TOP = ['三、收到和处理政府信息公开申请情况', '（本列数据的勾稽关系', '为：第一项加第二项之', '和，等于第三项加第四', '项之和）', '', '申请人情况', '自然人 法人或其他组织', '', '总计', '',
  '商业', '', '科研', '', '社会', '', '法律', '', '企业', '', '机构', '', '公益', '', '服务', '', '组织', '', '机构', '', '其他', ''];
const TAIL = '四、政府信息公开行政复议、行政诉讼情况\n本年度未发生行政复议、行政诉讼。\n五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n本年度未收取信息处理费。\n';
const SPEC = FORMATS['gov-info-2021'].tables.applications as GridTable;
const Z = ['0', '0', '0', '0', '0', '0', '0'];
const VALUES: Record<string, string[]> = {
  new: ['5', '1', '0', '0', '0', '0', '6'], open: ['3', '0', '0', '0', '0', '0', '3'], partial: ['1', '0', '0', '0', '0', '0', '1'],
  'deny-5': ['1', '0', '0', '0', '0', '0', '1'], 'unable-1': ['0', '1', '0', '0', '0', '0', '1'], total: ['5', '1', '0', '0', '0', '0', '6'],
};

/** A label cut `width` characters a line after its numbering (1.属于 / 国家 / 秘密). */
function chunks(label: string, width: number): string[] {
  const m = /^([（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\d+\.)(.*)$/.exec(label)!;
  const rest = [...m[2]];
  const out = [m[1] + rest.splice(0, width).join('')];
  while (rest.length) out.push(rest.splice(0, width).join(''));
  return out;
}

function table3(): string {
  const body = [...TOP];
  let group: string[] = [];
  for (const r of SPEC.rows) {
    if (r.group) {
      // A group label's pieces: its numbering before the first row's label, the rest beside its pieces.
      group = r.id === 'results' ? ['三、', '本', '年度', '办', '理结', '果'] : [/^（.）/.exec(r.label)![0], ...chunks(r.label, 3).map((c) => c.replace(/^（.）/, ''))].filter(Boolean);
      if (r.id === 'results') { body.push(group.shift()!, group.shift()!, ''); }
      continue;
    }
    const v = VALUES[r.id] ?? Z;
    const lines = r.id === 'partial' ? ['（二）部分公', '开（区分处理', '的，只计这一', '情形，不计其', '他情形）'] : chunks(r.label, r.parent === 'results' || !r.parent ? 6 : 2);
    if (r.id === 'otherproc-1') {
      // (六)'s rows: the first row's other figures after the second row's, all in one run: left unread.
      body.push(`${group.shift()} ${lines[0]} ${v[0]}`, ...lines.slice(1), '');
      continue;
    }
    if (r.id === 'otherproc-2') {
      body.push(`${lines[0]} ${v[0]}`, ...lines.slice(1), '', ...Z.slice(1).flatMap((x) => [x, '']), ...v.slice(1).flatMap((x) => [x, '']));
      continue;
    }
    const first = group.length && /^[（(]/.test(group[0]) ? `${group.shift()} ${lines[0]} ${v[0]}` : `${lines[0]} ${v[0]}`;
    const rest = lines.slice(1).map((l, i) => (i === 0 && group.length ? `${group.shift()} ${l}` : l));
    body.push(first, ...rest, ...group.splice(0, 1), '', ...v.slice(1).flatMap((x) => [x, '']));
  }
  return `${HEAD}${body.join('\n')}\n${TAIL}`;
}

test('表三 of an office PDF in reading order, its labels wrapped two characters a line: the rows spelled whole with their 7 figures are read', () => {
  const text = table3();
  assert.match(text, /（三） 1\.属于 0\n不予公 国家\n/);
  const t = analyze(text).report!.tables.get('applications');
  assert.ok(t, 'table read');
  assert.equal(t.partial, true);
  const vals = (id: string) => [...(t.rows.find((r) => r.rowId === id)?.values.values() ?? [])].map((c) => c.text).join(' ');
  for (const id of ['new', 'carried', 'open', 'partial', 'deny-1', 'deny-3', 'deny-5', 'unable-1', 'noproc-5', 'otherproc-3']) {
    assert.equal(vals(id), (VALUES[id] ?? Z).join(' '), id);
  }
  // (六)'s first rows: their figures run together, no row certain.
  assert.equal(vals('otherproc-1'), '');
  assert.equal(vals('otherproc-2'), '');
  const errors = lintText(text).findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.rule} ${f.message}`);
  assert.deepEqual(errors, []);
});

test('a row whose pieces spell another label, or whose figures are short by one, stays unread', () => {
  const text = table3().replace('2.其他 0\n法律\n', '2.其他 0\n法规\n').replace(/(3\.危及 0\n(?:.*\n)*?)0\n\n(4\.保护)/, '$1$2');
  assert.notEqual(text, table3());
  const t = analyze(text).report!.tables.get('applications')!;
  const vals = (id: string) => [...(t.rows.find((r) => r.rowId === id)?.values.values() ?? [])].map((c) => c.text).join(' ');
  assert.equal(vals('deny-2'), '');
  assert.equal(vals('deny-3'), '');
  assert.equal(vals('deny-4'), Z.join(' '));
});

test('四、结转下年度继续办 wrapped in its narrow cell (理 below it, then its 7 figures) is the table\'s last row, not a heading ending the table', () => {
  const text = table3().replace(/四、结转下年度继 0\n续办理\n/, '四、结转下年度继续办\n理\n\n0\n');
  assert.match(text, /\n四、结转下年度继续办\n理\n\n0\n\n0\n/);
  const t = analyze(text).report!.tables.get('applications')!;
  const vals = (id: string) => [...(t.rows.find((r) => r.rowId === id)?.values.values() ?? [])].map((c) => c.text).join(' ');
  assert.equal(vals('next'), Z.join(' '));
  assert.equal(vals('otherproc-3'), Z.join(' '));
  const errors = lintText(text).findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.rule} ${f.message}`);
  assert.deepEqual(errors, []);
});

// （六）'s long labels wrap over many lines while their figures take one: the figure cells of a few rows come
// out together. Values: （六）1. 1 0 0 0 0 0 1, 2. and 3. zeros, （七）总计 5 1 0 0 0 0 6 (deny-5 moved to （六）1.).
const SIX = { 'otherproc-1': ['1', '0', '0', '0', '0', '0', '1'], 'otherproc-2': Z, 'otherproc-3': Z, total: VALUES.total };
const label = (id: string) => SPEC.rows.find((r) => r.id === id)!.label;
const spread = (vals: string[]) => vals.flatMap((x) => [x, '']);
function withSix(block: string[]): string {
  const text = table3().replace(/(5\.属于 )1(\n三类\n内部\n事务\n信息\n\n(?:0\n\n){5})1\n/, '$10$20\n')
    .replace(/（六） 1\.申请[\s\S]*?(?=四、结转下年度继)/, `${block.join('\n')}\n`);
  assert.match(text, /5\.属于 0\n三类/);
  return text;
}
const sixRead = (text: string) => {
  const t = analyze(text).report!.tables.get('applications')!;
  const vals = (id: string) => [...(t.rows.find((r) => r.rowId === id)?.values.values() ?? [])].map((c) => c.text).join(' ');
  return Object.fromEntries(Object.keys(SIX).map((id) => [id, vals(id)]));
};
const want = Object.fromEntries(Object.entries(SIX).map(([id, v]) => [id, v.join(' ')]));

test('（六）\'s rows with each first figure on its label\'s line and the other figures of all four rows after the first row\'s: read', () => {
  const c1 = chunks(label('otherproc-1'), 2);
  const block = [`（六） ${c1[0]} 1`, `其他处 ${c1[1]}`, '理', ...c1.slice(2, 9), '',
    ...Object.values(SIX).flatMap((v) => spread(v.slice(1))), ...c1.slice(9),
    `${chunks(label('otherproc-2'), 2)[0]} 0`, ...chunks(label('otherproc-2'), 2).slice(1), '3.其他 0', '（七）总计 5', ''];
  const text = withSix(block);
  assert.deepEqual(sixRead(text), want);
  const errors = lintText(text).findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.rule} ${f.message}`);
  assert.deepEqual(errors, []);
});

test('（六）\'s rows whose figures come a row late, whole rows at a time (14 after 1., none after 2. and 3., 14 after （七）总计): read', () => {
  const block = [`（六） ${chunks(label('otherproc-1'), 2)[0]}`, '其他处', ...chunks(label('otherproc-1'), 2).slice(1), '理', '',
    ...spread(SIX['otherproc-1']), ...spread(SIX['otherproc-2']), ...chunks(label('otherproc-2'), 2), '3.其他', '（七）总计', '',
    ...spread(SIX['otherproc-3']), ...spread(SIX.total)];
  const text = withSix(block);
  assert.deepEqual(sixRead(text), want);
  const errors = lintText(text).findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.rule} ${f.message}`);
  assert.deepEqual(errors, []);
});

test('a run of rows whose figures, dealt out either way, break a row\'s sum stays unread', () => {
  const c1 = chunks(label('otherproc-1'), 2);
  // The rests of 1. and （七）总计 swapped: 1 + 1 0 0 0 0 6 is no row.
  const rests = [SIX.total, SIX['otherproc-2'], SIX['otherproc-3'], SIX['otherproc-1']].flatMap((v) => spread(v.slice(1)));
  const text = withSix([`（六） ${c1[0]} 1`, `其他处 ${c1[1]}`, '理', ...c1.slice(2), '', ...rests,
    `${chunks(label('otherproc-2'), 2)[0]} 0`, ...chunks(label('otherproc-2'), 2).slice(1), '3.其他 0', '（七）总计 5', '']);
  assert.deepEqual(sixRead(text), { 'otherproc-1': '', 'otherproc-2': '', 'otherproc-3': '', total: '' });
});
