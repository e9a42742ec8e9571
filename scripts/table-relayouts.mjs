// Developer aid: how the statutory tables of real pages read when the same cells are pasted in
// another web layout. For every table a page's reading found, its rows (statutory headers, the
// page's own row labels, the values read) are written back in place in each mode below, and the
// variant is read again; printed per mode: tables read with the same values as the original, pages
// whose kind or year changed, and error/warning findings that are new (table-cell-invalid and
// table-empty aside: blank cells are meant to raise them).
//   tab        browser copy: cells joined by tabs, every slot kept
//   tabBlank   the same with zeros left blank (empty tab slots)
//   tabSpan    rowspan group labels on the first row of their group (三、本年度办理结果⇥（一）予以公开⇥…)
//   paras      each non-empty cell a paragraph of its own (blank-line separated)
//   dense      each cell on a line of its own, no blank lines
//   pipe       each cell a line ending in " |", rows separated by a line of pipes
//   pipeBlank  the same with zeros as a lone "|"
//   gfm        a Markdown table
// Pages cut inside a table (excerpts) show as differences too. Usage, after `npm run build`:
//   node scripts/table-relayouts.mjs DIR... [--verbose]   (DUMP=set/NN.txt MODE=tab DUMP_TO=file writes one variant)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, basename, resolve } from 'node:path';
const core = await import(new URL('../out/server/src/core/index.js', import.meta.url));
const { analyze, lint } = core;
// Imported (scripts/inject-errors.mjs lays the real tables out again with `relayout`): no run of its own.
const isMain = import.meta.url === `file://${process.argv[1]}`;
const dirs = isMain ? process.argv.slice(2).filter((a) => !a.startsWith('--')) : [];
const verbose = process.argv.includes('--verbose');
const pages = [];
for (const d of dirs) for (const n of readdirSync(d).sort()) { const p = join(d, n); if ((n.endsWith('.txt') || n.endsWith('.md')) && statSync(p).isFile()) pages.push({ key: `${basename(resolve(d))}/${n}`, text: readFileSync(p, 'utf8') }); }
const num = (c) => (!c ? undefined : c.text === '' ? 0 : typeof c.value.value === 'number' ? c.value.value : c.text);
function valuesOf(a) {
  const out = new Map();
  for (const [id, t] of a.report?.tables ?? []) {
    if (t.unreadable) { out.set(id, 'UNREADABLE'); continue; }
    const m = {};
    for (const r of t.rows) if (r.rowId) for (const [col, c] of r.values) m[`${r.rowId}.${col}`] = num(c);
    out.set(id, JSON.stringify(Object.keys(m).sort().map((k) => [k, m[k]])));
  }
  return out;
}
const EW = (res) => { const m = new Map(); for (const f of res.findings) if (f.severity === 'error' || f.severity === 'warning') m.set(f.rule, (m.get(f.rule) ?? 0) + 1); return m; };
export const MODES = {
  tab: (cells) => [cells.join('\t')],
  tabBlank: (cells) => [cells.map((c, i) => (i > 0 && /^0$/.test(c) ? '' : c)).join('\t')],
  paras: (cells) => cells.filter((c) => c !== '').flatMap((c) => [c, '']),
  dense: (cells, i) => cells.map((c) => c),
  tabSpan: (cells) => [cells.join('\t')],
  pipeBlank: (cells) => [...cells.map((c, i) => (c === '' || (i > 0 && c === '0') ? '|' : `${c} |`)), '|'.repeat(cells.length === 1 ? 3 : cells.length)],
  pipe: (cells) => [...cells.map((c) => (c === '' ? '|' : `${c} |`)), '|'.repeat(cells.length)],
  gfm: (cells, i, w) => { const cs = [...cells]; while (cs.length < w) cs.push(''); const l = `| ${cs.join(' | ')} |`; return i === 0 ? [l, `|${' --- |'.repeat(w)}`] : [l]; },
};
function renderRows(t, span = false) {
  const spec = t.spec;
  const val = (r, cols) => cols.map((c) => r.values.get(c.id)?.text ?? '');
  const data = (cols, keep) => t.rows.filter((r) => r.kind === 'data' && keep(r)).map((r) => [r.label.replace(/\s+/g, ''), ...val(r, cols)]);
  if (spec.kind === 'grid') {
    const out = [[spec.note ?? '项目', ...spec.columns.map((c) => c.label)]];
    for (const r of t.rows) {
      if (r.kind === 'data' || (r.kind === 'unknown' && r.values.size)) {
        // A merged group cell copied into the row (三、本年度办理结果 | （一）予以公开 | …): the group label goes on a
        // line of its own before the row, as a group row, not glued to the row's label.
        const cells = r.raw.cells.filter((c) => c.text.trim() && c.start >= r.labelStart && c.end <= r.labelEnd);
        const bare = (x) => x.replace(/[\s()（）、.．]/g, '');
        const groups = cells.length > 1 ? cells.slice(0, -1).filter((c) => spec.rows.some((g) => g.group && bare(g.label) === bare(c.text))) : [];
        for (const g of groups) out.push([g.text.replace(/\s+/g, '')]);
        const label = groups.length ? r.label.slice(groups[groups.length - 1].end - r.labelStart) : r.label;
        out.push([label.replace(/\s+/g, '') || r.label.replace(/\s+/g, ''), ...val(r, spec.columns)]);
      }
      else if (r.kind === 'group') out.push([r.label.replace(/\s+/g, '')]);
    }
    if (!span) return out;
    // Rowspan group labels as a browser copies them: on the first row of their group, before its label.
    const merged = []; let pending = [];
    for (const cells of out) { if (cells.length === 1) pending.push(cells[0]); else { merged.push([...pending, ...cells]); pending = []; } }
    return merged;
  }
  if (spec.kind === 'flat') {
    const groupRow = spec.columns.map((c, i) => (i === 0 || spec.columns[i - 1].group !== c.group ? spec.groups.find((g) => g.id === c.group)?.label ?? '' : ''));
    return [groupRow, spec.columns.map((c) => c.label), ...t.rows.filter((r) => r.kind === 'data').map((r) => val(r, spec.columns))];
  }
  return spec.blocks.flatMap((b) => [[b.caption], ['信息内容', ...b.columns.map((c) => c.label)], ...data(b.columns, (r) => r.blockId === b.id)]);
}
/** The text with every read table of `a` (its whole lines) replaced by its rows rendered in `mode`:
 *  statutory headers, the page's own labels, the values read. */
export function relayout(text, a, mode) {
  const tables = [...a.report.tables.values()].filter((t) => !t.unreadable && t.rows.some((r) => r.values.size));
  for (const t of [...tables].sort((x, y) => y.start - x.start)) {
    const rows = renderRows(t, mode === 'tabSpan');
    const w = Math.max(...rows.map((r) => r.length));
    const lines = rows.flatMap((cells, i) => MODES[mode](cells, i, w));
    const s = text.lastIndexOf('\n', t.start - 1) + 1;
    let e = text.indexOf('\n', t.end - 1); if (e < 0) e = text.length;
    text = text.slice(0, s) + lines.join('\n') + text.slice(e);
  }
  return text;
}
const ignore = new Set(['table-cell-invalid', 'table-empty']);
const tally = {};
for (const mode of Object.keys(MODES)) tally[mode] = { tables: 0, same: 0, differ: [], fresh: new Map(), kind: [] };
for (const p of pages) {
  let a;
  try { a = analyze(p.text); } catch (e) { console.log('CRASH', p.key); continue; }
  if (!a.kind || !a.report) continue;
  const base = valuesOf(a);
  const baseEW = EW(lint(p.text));
  const tables = [...a.report.tables.values()].filter((t) => !t.unreadable && t.rows.some((r) => r.values.size));
  if (!tables.length) continue;
  for (const mode of Object.keys(MODES)) {
    // Replace every read table (its whole lines) by its rows rendered in the mode: statutory headers, real labels.
    const text = relayout(p.text, a, mode);
    if (process.env.DUMP && p.key === process.env.DUMP && mode === process.env.MODE) (await import('node:fs')).writeFileSync(process.env.DUMP_TO ?? 'relayout-dump.txt', text);
    let v; try { v = analyze(text); } catch (e) { tally[mode].differ.push(`${p.key}: CRASH ${e.message}`); continue; }
    const T = tally[mode];
    if (v.kind !== a.kind || v.doc.year !== a.doc.year) T.kind.push(`${p.key}: ${a.kind}/${a.doc.year} -> ${v.kind}/${v.doc.year}`);
    const got = valuesOf(v);
    for (const [id, val] of base) {
      if (val === 'UNREADABLE') continue;
      T.tables++;
      const g = got.get(id);
      const norm = (s) => (s ? s.replace(/,""\]/g, ',0]') : s);
      if (norm(g) === norm(val)) T.same++; else {
        let detail = '';
        if (g && g !== 'UNREADABLE') { const A = new Map(JSON.parse(val)); const B = new Map(JSON.parse(g)); const d = []; for (const k of new Set([...A.keys(), ...B.keys()])) if (String(A.get(k) ?? '∅').replace(/^$/, '0') !== String(B.get(k) ?? '∅').replace(/^$/, '0')) d.push(`${k}:${A.get(k) ?? '∅'}→${B.get(k) ?? '∅'}`); detail = ' ' + d.slice(0, 6).join(' ') + (d.length > 6 ? ` …(${d.length})` : ''); }
        T.differ.push(`${p.key} ${id}${g === 'UNREADABLE' ? ' unreadable' : g ? '' : ' missing'}${detail}`);
      }
    }
    const ew = EW(lint(text));
    for (const [r, k] of ew) { if (ignore.has(r)) continue; const x = k - (baseEW.get(r) ?? 0); if (x > 0) { T.fresh.set(r, (T.fresh.get(r) ?? 0) + x); if (verbose) console.log(`  ${mode} ${p.key} +${x} ${r}`); } }
  }
}
for (const [mode, T] of Object.entries(isMain ? tally : {})) {
  console.log(`${mode}: tables same ${T.same}/${T.tables}; kind/year differ ${T.kind.length}; new E/W ${[...T.fresh].map(([r, k]) => `${r} ${k}`).join(', ') || 0}`);
  for (const d of T.differ.slice(0, 30)) console.log('   ' + d);
  for (const d of T.kind) console.log('   kind ' + d);
}
