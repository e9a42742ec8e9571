// Table 三 as Word/WPS forms lay it out (issue #12/#15): three label columns, each merged down
// (三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密), then the seven applicant columns, under a
// header of three rows whose first cell is merged over the label columns. Drafts from .docx/.html/.pdf
// put a merged cell's text in its top-left slot and leave the other slots blank; people type the same
// by hand in pipe and tab tables. Rows are named by their innermost numbered label cell, whatever the
// number of label columns, so a well-formed form gives no error and a wrong number gives the same
// finding as in the plain layout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';
import { FORMATS } from '../../../server/src/core/formats/index';
import type { GridTable } from '../../../server/src/core/formats/index';
import { applicationNumbers, buildDraft } from '../rules/build';

type Layout = 'gfm' | 'loose-pipe' | 'tab';
type Kind = 2019 | 2021;
const specOf = (kind: Kind) => FORMATS[kind === 2019 ? 'gov-info-2019' : 'gov-info-2021'].tables.applications as GridTable;
const SPEC = specOf(2021);

/** Label slots of each statutory row in the merged form: [column 1, column 2, column 3]. */
function labelSlots(kind: Kind = 2021): { id: string | null; slots: [string, string, string] }[] {
  const out: { id: string | null; slots: [string, string, string] }[] = [];
  let group = '';
  let firstInResults = true;
  let firstInGroup = false;
  for (const r of specOf(kind).rows) {
    const top = /^[一二三四五六七八九十]、/.test(r.label);
    if (r.group && top) continue; // 三、本年度办理结果: merged down the first column, no row of its own
    if (r.group) { group = r.label; firstInGroup = true; continue; }
    const numbered = /^\d+\./.test(r.label);
    if (top) { out.push({ id: r.id, slots: [r.label, '', ''] }); continue; }
    const one = firstInResults ? '三、本年度办理结果' : '';
    firstInResults = false;
    if (numbered) {
      out.push({ id: r.id, slots: [one, firstInGroup ? group : '', r.label] });
      firstInGroup = false;
    } else {
      group = '';
      out.push({ id: r.id, slots: [one, r.label, ''] });
    }
  }
  return out;
}

function row(cells: string[], layout: Layout): string {
  if (layout === 'tab') return cells.join('\t');
  if (layout === 'loose-pipe') return cells.join(' | ');
  return `| ${cells.join(' | ')} |`;
}

/** Table 三 in the merged three-label-column form; zeros optionally left blank; one cell optionally changed. */
function mergedTable(layout: Layout, opts: { blankZeros?: boolean; change?: { id: string; col: number; value: number }; kind?: Kind } = {}): string {
  const apps = applicationNumbers(opts.kind === 2019 ? 'gov-info-2019' : 'gov-info-2021');
  const header = [
    ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '', '', '申请人情况', '', '', '', '', '', ''],
    ['', '', '', '自然人', '法人或其他组织', '', '', '', '', '总计'],
    ['', '', '', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', ''],
  ];
  const lines = [row(header[0], layout)];
  if (layout === 'gfm') lines.push(`|${' --- |'.repeat(10)}`);
  lines.push(row(header[1], layout), row(header[2], layout));
  for (const { id, slots } of labelSlots(opts.kind)) {
    const vs = [...apps.get(id!)!];
    if (opts.change?.id === id) vs[opts.change.col] = opts.change.value;
    lines.push(row([...slots, ...vs.map((v) => (opts.blankZeros && v === 0 ? '' : String(v)))], layout));
  }
  return lines.join('\n');
}

function withTable(table: string, kind: Kind = 2021): string {
  const base = buildDraft({ layout: 'gfm', kind });
  const out = base.replace(/(## 三、收到和处理政府信息公开申请情况\n)[\s\S]*?\n(?=## 四、)/, () => `## 三、收到和处理政府信息公开申请情况\n\n${table}\n\n`);
  assert.notEqual(out, base);
  return out;
}

function notable(text: string): string[] {
  const r = lint(text);
  assert.deepEqual(r.internalErrors, []);
  return r.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.rule}: ${f.message}`);
}

/** The findings of the plain built draft (one label column, GFM) with the same cell changed. */
function plainWith(change: { id: string; col: number; value: number }): string[] {
  const base = buildDraft({ layout: 'gfm' });
  const apps = applicationNumbers('gov-info-2021');
  const label = SPEC.rows.find((r) => r.id === change.id)!.label;
  const line = base.split('\n').find((l) => l.startsWith(`| ${label} |`))!;
  const vs = [...apps.get(change.id)!];
  vs[change.col] = change.value;
  return notable(base.replace(line, `| ${label} | ${vs.join(' | ')} |`));
}

test('the built form has three label columns and group rows merged down (the test is about that form)', () => {
  const t = mergedTable('gfm');
  assert.match(t, /\| 三、本年度办理结果 \| （一）予以公开 \|  \| /);
  assert.match(t, /\|  \| （三）不予公开 \| 1\.属于国家秘密 \| /);
  assert.match(t, /\|  \|  \| 2\.其他法律行政法规禁止公开 \| /);
});

for (const layout of ['gfm', 'loose-pipe', 'tab'] as Layout[]) {
  for (const kind of [2019, 2021] as Kind[]) {
    for (const blankZeros of [false, true]) {
      const what = `${kind} format, ${layout}${blankZeros ? ', zeros left blank' : ''}`;
      test(`three merged label columns (${what}): a well-formed table 三 gives no error or warning`, () => {
        assert.deepEqual(notable(withTable(mergedTable(layout, { blankZeros, kind }), kind)), []);
      });
    }
  }
  for (const change of [{ id: 'deny-4', col: 6, value: 2 }, { id: 'unable-1', col: 0, value: 3 }, { id: 'open', col: 6, value: 7 }]) {
    test(`three merged label columns (${layout}): ${change.id} column ${change.col} = ${change.value} gives the plain layout's findings`, () => {
      const got = notable(withTable(mergedTable(layout, { change })));
      const want = plainWith(change);
      assert.ok(want.length > 0, 'the change is an error in the plain layout');
      assert.deepEqual(got, want);
    });
  }
}

test('three merged label columns, a row with all values blank: still its own data row, not the group (no row reported missing)', () => {
  const t = withTable(mergedTable('gfm', { blankZeros: true }));
  const r = lint(t);
  assert.equal(r.findings.filter((f) => f.rule === 'table-row-missing').length, 0, r.findings.map((f) => f.message).join('\n'));
});

// ---- table 四 in the form's two-level header, its zeros left blank ----------------------------

function reviewForm(layout: Layout, values: string[]): string {
  const kinds = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const blank = (k: number) => Array<string>(k).fill('');
  const lines = [row(['行政复议', ...blank(4), '行政诉讼', ...blank(9)], layout)];
  if (layout === 'gfm') lines.push(`|${' --- |'.repeat(15)}`);
  lines.push(row([...kinds, '未经复议直接起诉', ...blank(4), '复议后起诉', ...blank(4)], layout));
  lines.push(row([...blank(5), ...kinds, ...kinds], layout));
  lines.push(row(values, layout) + (layout === 'loose-pipe' ? ' |' : ''));
  return lines.join('\n');
}

function withReview(table: string): string {
  const base = buildDraft({ layout: 'gfm' });
  const out = base.replace(/(## 四、政府信息公开行政复议、行政诉讼情况\n)[\s\S]*?\n(?=## 五、)/, () => `## 四、政府信息公开行政复议、行政诉讼情况\n\n${table}\n\n`);
  assert.notEqual(out, base);
  return out;
}

// The built draft's numbers: 复议 1 + 1 = 2, 直接起诉 尚未审结 1 = 1; every other cell 0, left blank here.
const REVIEW_BLANK = ['1', '1', '', '', '2', '', '', '', '1', '1', '', '', '', '', ''];

for (const layout of ['gfm', 'loose-pipe', 'tab'] as Layout[]) {
  test(`table 四 under the two-level merged header (${layout}), zeros left blank: the data row is read, no shape error`, () => {
    const text = withReview(reviewForm(layout, REVIEW_BLANK));
    assert.deepEqual(notable(text), []);
    // The row is read: its blank cells are listed (info), as for any blank cell.
    assert.ok(lint(text).findings.some((f) => f.rule === 'table-cell-invalid' && f.message.includes('行政复议·其他结果')));
  });
  test(`table 四 under the two-level merged header (${layout}), zeros left blank: a wrong 总计 is still found`, () => {
    const vs = [...REVIEW_BLANK];
    vs[9] = '2';
    const got = notable(withReview(reviewForm(layout, vs)));
    assert.equal(got.length, 1, got.join('\n'));
    assert.match(got[0], /^review-total: 行政诉讼（未经复议直接起诉）：总计 2 ≠ /);
  });
}

// ---- table 二 in the form's merged cells: a value cell merged over the blank slots after it ------

test('table 二 (2019 format, GFM as Word/web forms give it): a blank value cell in a row as wide as the table is a blank value, not a short row', () => {
  const base = buildDraft({ layout: 'gfm', kind: 2019 });
  const row = '| 行政事业性收费 | 3 | 0 |  |';
  assert.ok(base.includes(row));
  // 本年增/减 left blank, merged with the unused last slot: the draft shows 3 and two blank slots.
  const text = base.replace(row, '| 行政事业性收费 | 3 |  |  |');
  assert.deepEqual(notable(text), []);
  const r = lint(text);
  assert.ok(r.findings.some((f) => f.rule === 'table-cell-invalid' && f.severity === 'info' && f.message.includes('行政事业性收费')), 'read as a blank cell');
});

test('table 二 (GFM): a row narrower than its table is still a short row', () => {
  const base = buildDraft({ layout: 'gfm', kind: 2019 });
  const text = base.replace('| 行政事业性收费 | 3 | 0 |  |', '| 行政事业性收费 | 3 |');
  assert.ok(lint(text).findings.some((f) => f.rule === 'table-shape'));
});
