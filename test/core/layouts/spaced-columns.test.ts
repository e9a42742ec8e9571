// Blank cells of PDF text with layout: a blank cell prints nothing, so the values of a short row
// are placed by their horizontal position under the full rows (code points or display width).
// Real excerpts: test/fixtures/real/ (c04, c05: see the README there).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineMap, lint } from '../../../server/src/core';
import { findSpacedTables } from '../../../server/src/core/parse/layouts/spaced';
import type { RawRow } from '../../../server/src/core/parse/tables';
import { FORMATS } from '../../../server/src/core/formats/index';
import { renderSpaced } from '../../gen/layout-spaced';
import { Rng } from '../../gen/rng';

const REAL = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'real');
const real = (name: string) => readFileSync(join(REAL, name), 'utf8');

/** Replaces the `k`-th whole-number token (0-based) of the line containing `marker` by spaces. */
function blank(text: string, marker: string, k: number): string {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.includes(marker));
  assert.ok(i >= 0, marker);
  let n = -1;
  lines[i] = lines[i].replace(/(?<=\s)\d+(?=\s|$)/g, (m) => (++n === k ? ' '.repeat(m.length) : m));
  return lines.join('\n');
}

function rowWith(text: string, marker: string): RawRow {
  for (const b of findSpacedTables(new LineMap(text), () => true)) {
    for (const r of b.rows) if (r.cells.some((c) => c.text.includes(marker))) return r;
  }
  throw new Error(marker);
}

const values = (r: RawRow) => r.cells.filter((c) => c.value.type !== 'text').map((c) => c.text);
const serious = (text: string) => lint(text).findings.filter((f) => f.severity === 'error' || f.severity === 'warning');

test('real c05: blank cells inside rows of table 三 becomes a blank cell in its column', () => {
  let text = real('c05-hongze-2024-pdflayout.txt');
  text = blank(text, '属于行政查询事项', 3);
  text = blank(text, '重复申请', 5);
  text = blank(text, '重复申请', 1);
  const a = rowWith(text, '属于行政查询事项');
  assert.deepEqual(values(a), ['0', '0', '0', '', '0', '0', '0']);
  for (const c of a.cells) assert.equal(text.slice(c.start, c.end), c.text);
  const b = rowWith(text, '重复申请');
  assert.deepEqual(values(b), ['0', '', '0', '0', '0', '', '0']);
  const found = serious(text);
  assert.ok(!found.some((f) => f.rule === 'table-shape'), found.map((f) => f.rule).join());
  const before = serious(real('c05-hongze-2024-pdflayout.txt')).map((f) => f.rule).sort();
  assert.deepEqual(found.map((f) => f.rule).sort(), before);
  const infos = lint(text).findings.filter((f) => f.rule === 'table-cell-invalid');
  assert.equal(infos.length, 2, infos.map((f) => f.message).join('\n'));
});

test('real c04: a blank first cell of a row with a split label above its values', () => {
  let text = real('c04-hongze-2023-pdflayout.txt');
  // The values line of （二）部分公开 (label over two lines): '4 0 0 0 0 0 4' → first cell blank.
  const lines = text.split('\n');
  const i = lines.findIndex((l) => /^\s+4\s+0\s+0\s+0\s+0\s+0\s+4\s*$/.test(l));
  assert.ok(i > 0);
  lines[i] = lines[i].replace(/4(?=\s+0)/, ' ');
  text = lines.join('\n');
  const r = rowWith(text, '部分公开');
  assert.deepEqual(values(r), ['', '0', '0', '0', '0', '0', '4']);
  assert.ok(!serious(text).some((f) => f.rule === 'table-shape'));
});

const CJK = (label: string, vals: (string | null)[], dw: boolean) => {
  // Pads the label to 40 display columns (dw) or 40 code points, then 6-wide right-aligned cells.
  const w = dw ? [...label].reduce((s, ch) => s + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0) : label.length;
  return label + ' '.repeat(40 - w) + vals.map((v) => (v ?? '').padStart(6)).join('');
};

for (const dw of [false, true]) {
  test(`synthetic (${dw ? 'display width' : 'code points'}): short rows take blank cells in the columns they miss`, () => {
    const text = [
      CJK('一、本年新收政府信息公开申请数量', ['5', '0', '0', '0', '0', '0', '5'], dw),
      CJK('二、上年结转政府信息公开申请数量', ['0', '0', null, '0', '0', '0', '0'], dw),
      CJK('（一）予以公开', ['3', '0', '0', '0', '0', '0', '3'], dw),
      CJK('（二）部分公开', ['2', null, null, '0', '0', '0', '2'], dw),
      CJK('（三）不予公开', [null, '0', '0', '0', '0', '0', '0'], dw),
      CJK('（四）无法提供', ['0', '0', '0', '0', '0', '0', null], dw),
    ].join('\n');
    const blocks = findSpacedTables(new LineMap(text), () => true);
    assert.equal(blocks.length, 1);
    const vs = blocks[0].rows.map(values);
    assert.deepEqual(vs[1], ['0', '0', '', '0', '0', '0', '0']);
    assert.deepEqual(vs[3], ['2', '', '', '0', '0', '0', '2']);
    assert.deepEqual(vs[4], ['', '0', '0', '0', '0', '0', '0']);
    // A blank last cell looks like values moved one column left: left as read.
    assert.deepEqual(vs[5], ['0', '0', '0', '0', '0', '0']);
    for (const r of blocks[0].rows) for (const c of r.cells) assert.equal(text.slice(c.start, c.end), c.text);
  });
}

test('precision: a value between two columns, or rows that never line up, are left as read', () => {
  const rows = [
    '一、本年新收申请数量                5     0     0     0     0     0     5',
    '二、上年结转申请数量                0     0        0  0     0     0',
    '（一）予以公开                      3     0     0     0     0     0     3',
  ];
  const r = findSpacedTables(new LineMap(rows.join('\n')), () => true)[0].rows[1];
  assert.deepEqual(values(r), ['0', '0', '0', '0', '0', '0']);
  const ragged = [
    '行政许可      550',
    '一、甲项   1   2   3   4',
    '二、乙项       1   2',
    '三、丙项 1 2 3 4',
  ];
  const b = findSpacedTables(new LineMap(ragged.join('\n')), () => true);
  for (const blk of b) for (const row of blk.rows) assert.ok(!row.cells.some((c) => c.text === ''), JSON.stringify(row.cells.map((c) => c.text)));
});

test('precision: an odd cell standing in the first column keeps the row as read', () => {
  const rows = [
    '一、本年新收申请数量                5     0     0     0     0     0     5',
    '二、上年结转申请数量              2件     0     0     0     0     0     2',
    '（一）予以公开                      3     0     0     0     0     0     3',
  ];
  const r = findSpacedTables(new LineMap(rows.join('\n')), () => true)[0].rows[1];
  assert.ok(!r.cells.some((c) => c.text === ''));
});

test('generator: blank cells in a rendered spaced table 三 (every format with one) take their columns', () => {
  let checked = 0;
  for (const format of Object.values(FORMATS)) {
    const spec = format.tables.applications;
    if (!spec || spec.kind !== 'grid') continue;
    for (let seed = 1; seed <= 5; seed++) {
      const rng = new Rng(seed);
      const sp = renderSpaced(spec, (row, col) => String((row.length * 7 + col.length * 3 + seed) % 10), rng);
      const lines = [...sp.lines];
      const n = spec.columns.length;
      // Blank one interior cell (never the last) on every third row, keeping the positions of the others.
      const blanked = new Map<number, number>();
      [...sp.rows.values()].forEach((line, i) => {
        if (i % 3) return;
        const k = 1 + ((i + seed) % (n - 2));
        let m = -1;
        lines[line] = lines[line].replace(/(?<=\s)\d+(?=\s|$)/g, (v) => (++m === k ? ' '.repeat(v.length) : v));
        blanked.set(line, k);
      });
      const text = lines.join('\n');
      const blocks = findSpacedTables(new LineMap(text), () => true);
      for (const [line, k] of blanked) {
        const row = blocks.flatMap((b) => b.rows).find((r) => r.endLine === line)!;
        assert.ok(row, `${format.id} seed ${seed} line ${line}`);
        const vs = row.cells.slice(row.cells.length - n);
        assert.equal(vs[k].text, '', `${format.id} seed ${seed}: ${lines[line]}`);
        assert.equal(vs.filter((c) => c.text === '').length, 1);
        checked++;
      }
    }
  }
  assert.ok(checked > 10, String(checked));
});

/** Replaces every whole `0` token by spaces on the lines from the one containing `from` to the one containing `to`. */
function blankZeros(text: string, from: string, to: string): string {
  const lines = text.split('\n');
  const a = lines.findIndex((l) => l.includes(from));
  const b = lines.findIndex((l, i) => i > a && l.includes(to));
  assert.ok(a >= 0 && b > a, `${from}..${to}`);
  for (let i = a; i <= b; i++) lines[i] = lines[i].replace(/(?<=\s)0(?=\s|$)/g, ' ');
  return lines.join('\n');
}

test('real c05 with every zero of table 三 left blank: one table-unreadable finding, no shape errors, no arithmetic', () => {
  const text = blankZeros(real('c05-hongze-2024-pdflayout.txt'), '本年新收政府信息公开申请数量', '结转下年度继续办理');
  const findings = lint(text).findings;
  const lines = new LineMap(text);
  const first = text.split('\n').findIndex((l) => l.includes('本年新收政府信息公开申请数量'));
  const last = text.split('\n').findIndex((l) => l.includes('结转下年度继续办理'));
  const inTable = findings.filter((f) => { const l = lines.lineAt(f.start); return l >= first - 1 && l <= last; });
  const unreadable = inTable.filter((f) => f.rule === 'table-unreadable');
  assert.equal(unreadable.length, 1, JSON.stringify(inTable.map((f) => [f.rule, f.message])));
  assert.match(unreadable[0].message, /空白单元格/);
  assert.deepEqual(inTable.filter((f) => f.rule === 'table-shape' || f.rule.startsWith('table-balance') || f.rule === 'table-row-total'), []);
  // The original (zeros printed) reads table 三 with no such finding.
  assert.ok(!lint(real('c05-hongze-2024-pdflayout.txt')).findings.some((f) => f.rule === 'table-unreadable' && /空白单元格/.test(f.message)));
});

test('precision: one short row among full rows of PDF layout text is still a shape error, not an unreadable table', () => {
  const text = real('c05-hongze-2024-pdflayout.txt').split('\n').map((l) => (l.includes('属于行政查询事项') ? l.replace(/\s+0\s*$/, '') : l)).join('\n');
  const f = lint(text).findings;
  assert.ok(!f.some((x) => x.rule === 'table-unreadable' && /空白单元格/.test(x.message)));
  assert.ok(f.some((x) => x.rule === 'table-shape' && x.message.includes('属于行政查询事项')), JSON.stringify(f.map((x) => x.rule)));
});
