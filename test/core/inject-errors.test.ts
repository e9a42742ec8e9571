// Error injection on committed real pages (scripts/inject-errors.mjs): each variant holds ONE realistic
// error (a part of a 表三/表四 sum +7 or two digits swapped, a prose count that repeats a table figure, a
// 表三 row label with one character wrong, a 表三 row deleted), and must be reported by its rule on the
// table's (or the sentence's) lines. A ratchet on a few pages of every real layout and on two pages cut
// inside 表三 (the whole run over all real pages is `node scripts/inject-errors.mjs`): it fails when a
// variant is no longer caught, or when the pages give fewer variants (a table, row or sentence the reader
// no longer reads).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './helpers';

interface Row { page: string; type: string; table: string; layout: string; what: string; verdict: 'caught' | 'elsewhere' | 'missed'; fresh: string[] }
interface Harness { run(pages: { key: string; text: string }[], types?: string[], relayout?: string | null): { read: number; rows: Row[] }; TYPES: string[] }

const PAGES = [
  'real/c08-shuyang-fgj-2023-web.txt', // tab (browser copy, blank cells), 表三 complete, 表四, prose
  'real/c04-hongze-2023-pdflayout.txt', // pdftotext -layout (spaced), 表三 complete, 表四, prose
  'real/c03-hongze-2023-pdfcopy.txt', // PDF reading order (column-block): 表四
  'real-pages/mA/14.txt', // pipe rows with a merged group cell (loose-pipe)
  'real-pages/mC/31.txt', // one cell a line (cell-lines)
];

function tally(rows: Row[]): Record<string, string> {
  const out: Record<string, [number, number]> = {};
  for (const r of rows) {
    const k = `${r.type} ${r.table}`;
    const e = (out[k] ??= [0, 0]);
    e[1]++;
    if (r.verdict === 'caught') e[0]++;
  }
  return Object.fromEntries(Object.entries(out).sort().map(([k, [c, n]]) => [k, `${c}/${n}`]));
}

const misses = (rows: Row[]) => rows.filter((r) => r.verdict !== 'caught').map((r) => `${r.verdict} ${r.page} ${r.type} [${r.layout}] ${r.what} → ${r.fresh.join(',')}`);

test('one wrong figure, prose count, row label or deleted row is caught in each real layout (ratchet)', async () => {
  const h = (await import(pathToFileURL(join(ROOT, 'scripts', 'inject-errors.mjs')).href)) as Harness;
  const pages = PAGES.map((p) => ({ key: p, text: readFileSync(join(ROOT, 'test', 'fixtures', p), 'utf8') }));
  const { read, rows } = h.run(pages);
  assert.equal(read, PAGES.length, 'every page has a statutory table read');
  // Every variant caught (a 表二 label one character wrong too: the column-block reader reads it as its row, the
  // one-cell-a-line regrouping as a row of its own under the header).
  assert.deepEqual(misses(rows), []);
  // Caught / variants per error type and table: the floor at this commit.
  assert.deepEqual(tally(rows), {
    'delete applications': '1/1',
    'label active': '5/5',
    'label applications': '5/5',
    'prose applications': '3/3',
    'sum applications': '13/13',
    'sum review': '5/5',
    'swap applications': '6/6',
  });
  assert.deepEqual([...new Set(rows.map((r) => r.layout))].sort(), ['cell-lines+regroup', 'column-block', 'loose-pipe', 'spaced', 'tab']);
});

test('the same errors in the two complete tables laid out again as web copies: Markdown, one cell a line, lone pipes for zeros', async () => {
  const h = (await import(pathToFileURL(join(ROOT, 'scripts', 'inject-errors.mjs')).href)) as Harness;
  const pages = PAGES.slice(0, 2).map((p) => ({ key: p, text: readFileSync(join(ROOT, 'test', 'fixtures', p), 'utf8') }));
  const rows = ['gfm', 'dense', 'pipeBlank'].flatMap((mode) => h.run(pages, h.TYPES, mode).rows);
  assert.deepEqual(misses(rows), []);
  assert.deepEqual(tally(rows), {
    'delete applications': '3/3',
    'label active': '6/6',
    'label applications': '6/6',
    'prose applications': '6/6',
    'sum applications': '17/17',
    'sum review': '9/9',
    'swap applications': '9/9',
  });
});

test('pages cut inside 表三, laid out again one cell a line (no blank lines, blank-line separated, zeros as lone pipes): the rows before the cut are read and every error caught', async () => {
  const h = (await import(pathToFileURL(join(ROOT, 'scripts', 'inject-errors.mjs')).href)) as Harness;
  // Cut after 上年结转 (a label broken off after it), and after 5.属于三类内部事务信息 (its next label broken off).
  const pages = ['real-pages/mV/05.txt', 'real-pages/mB/02.txt'].map((p) => ({ key: p, text: readFileSync(join(ROOT, 'test', 'fixtures', p), 'utf8') }));
  const rows = ['dense', 'paras', 'pipeBlank'].flatMap((mode) => h.run(pages, h.TYPES, mode).rows);
  assert.deepEqual(misses(rows), []);
  assert.deepEqual(tally(rows), { 'label active': '6/6', 'label applications': '3/3', 'sum applications': '9/9' });
  // mB/02's 表三 is all zeros: as lone pipes, a table with no figure, read for its labels.
  assert.ok(rows.some((r) => r.page === 'real-pages/mB/02.txt' && r.layout === 'pipeBlank(cell-lines+regroup)' && r.table === 'applications'));
  assert.ok(rows.some((r) => r.layout === 'dense(column-block)' && r.table === 'applications'), 'read in reading order');
});
