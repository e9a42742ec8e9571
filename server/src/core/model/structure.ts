// Shared by the structure rules (section-order, section-duplicate, heading-nonstandard,
// format-outdated, table-row-missing, table-row-unknown, table-unit): the statutory headings
// that count, the other tabular format and the tables that use its labels, and a row written
// the way the draft writes its table rows.
import type { Analysis } from '../engine/lint';
import { FORMATS } from '../formats/index';
import type { FormatSpec, TableSpec } from '../formats/types';
import type { Section } from '../parse/document';
import type { StatTable, TableRow } from '../parse/interpret-table';
import type { TableLayout } from '../parse/tables';
import { coverage, labelKey } from '../text/normalize';
import { StringMemo } from '../text/string-memo';

// ---- statutory headings ------------------------------------------------------------------

/**
 * Statutory headings by section id, in document order, without the entries of a contents list:
 * web pages often carry a navigation list of the section titles (a run of three or more
 * statutory headings with nothing under them), which repeats the headings without being a
 * second copy of the sections.
 */
export function statutoryHeadings(a: Analysis): ReadonlyMap<string, readonly Section[]> {
  let out = statutoryByAnalysis.get(a);
  if (out === undefined) {
    out = findStatutoryHeadings(a);
    statutoryByAnalysis.set(a, out);
  }
  return out;
}

/** statutoryHeadings per analysis: several rules ask, intro-parts once per count of parts it reads. */
const statutoryByAnalysis = new WeakMap<Analysis, ReadonlyMap<string, readonly Section[]>>();

function findStatutoryHeadings(a: Analysis): Map<string, Section[]> {
  const out = new Map<string, Section[]>();
  if (!a.report) return out;
  const all: { id: string; s: Section }[] = [];
  for (const [id, m] of a.report.sections) for (const s of m.sections) all.push({ id, s });
  all.sort((x, y) => x.s.start - y.s.start);
  // Empty: nothing but whitespace between the heading and the section's end (scanned, not sliced).
  const work = a.doc.work;
  const empty = (s: Section) => {
    for (let k = s.bodyStart; k < s.end; k++) if (!/\s/.test(work[k])) return false;
    return true;
  };
  const total = new Map<string, number>();
  for (const x of all) total.set(x.id, (total.get(x.id) ?? 0) + 1);
  const skip = new Set<Section>();
  for (let i = 0; i < all.length;) {
    let j = i;
    while (j < all.length && empty(all[j].s)) j++;
    // Only a list whose every entry is repeated by a real heading: three parts left empty
    // side by side (tables lost in a PDF copy, seed 000) are sections, not a contents list.
    if (j - i >= 3) {
      const inRun = new Map<string, number>();
      for (let k = i; k < j; k++) inRun.set(all[k].id, (inRun.get(all[k].id) ?? 0) + 1);
      if ([...inRun].every(([id, n]) => total.get(id)! > n)) for (let k = i; k < j; k++) skip.add(all[k].s);
    }
    i = Math.max(j, i + 1);
  }
  for (const { id, s } of all) {
    if (skip.has(s)) continue;
    const list = out.get(id);
    if (list) list.push(s);
    else out.set(id, [s]);
  }
  return out;
}

// ---- the other format --------------------------------------------------------------------

/** The other gov-info format with statutory tables (2019 for a 2021 report and the reverse). */
export function otherFormat(a: Analysis): FormatSpec | null {
  const own = a.format;
  if (!own || own.headingMatch !== 'title') return null;
  return Object.values(FORMATS).find((f) => f.family === own.family && f.id !== own.id
    && f.headingMatch === 'title' && Object.keys(f.tables).length > 0) ?? null;
}

/** Every label a table spec prints: captions, column headers, row labels. */
export function specLabels(spec: TableSpec): string[] {
  if (spec.kind === 'grid') return [...spec.columns.map((c) => c.label), ...spec.rows.map((r) => r.match ?? r.label)];
  if (spec.kind === 'flat') return [...spec.groups.map((g) => g.label), ...spec.columns.map((c) => c.label)];
  return spec.blocks.flatMap((b) => [b.caption, ...b.columns.map((c) => c.label), ...b.rows.map((r) => r.label)]);
}

function bareKeyOf(label: string): string {
  return labelKey(label.replace(/[（(][^（）()]*[）)]\s*$/, '')).replace(/^[一二三四五六七八九十\d]+/, '');
}
const BARE_MEMO_KEY_MAX = 200;
const bareKeys = new StringMemo(bareKeyOf);

/** A label without its numbering and trailing note: （六）其他处理 → 其他处理, 3.其他 → 其他. */
export function bareKey(label: string): string {
  // Remembered per label up to BARE_MEMO_KEY_MAX characters: the rules ask for the same row labels
  // and headings over and over (heading-sequence, table-row-unknown, format-outdated).
  return label.length > BARE_MEMO_KEY_MAX ? bareKeyOf(label) : bareKeys.get(label);
}

export interface Outdated {
  table: StatTable;
  /** The first cell (in text order) that carries a label of the other format. */
  at: { start: number; end: number; label: string };
  /** Rows whose labels belong to the other format (explained by format-outdated). */
  rows: Set<TableRow>;
  /** Only rows under the other format's wording of one of our items: the table is ours otherwise. */
  wordingOnly?: boolean;
  /** Our format's wording of the item at `at`, when that is such a row. */
  ownLabel?: string;
}

const outdatedCache = new WeakMap<Analysis, Map<string, Outdated>>();

/** otherLabels per pair of table specs (format data: the same for every draft). */
const otherLabelsCache = new WeakMap<FormatSpec, Map<TableSpec, Map<TableSpec, { label: string; key: string }[]>>>();

/**
 * The other format's distinguishing labels (its detect.labels) that its table `theirs` prints and
 * that do not merely extend or shorten a label of our table `spec`, with their label keys.
 */
function otherLabels(spec: TableSpec, theirs: TableSpec, other: FormatSpec): { label: string; key: string }[] {
  let bySpec = otherLabelsCache.get(other);
  if (!bySpec) otherLabelsCache.set(other, (bySpec = new Map()));
  let byTheirs = bySpec.get(spec);
  if (!byTheirs) bySpec.set(spec, (byTheirs = new Map()));
  let labels = byTheirs.get(theirs);
  if (labels) return labels;
  const ownKeys = specLabels(spec).map(labelKey);
  const theirKeys = specLabels(theirs).map(labelKey);
  labels = other.detect.labels.map((l) => ({ label: l, key: labelKey(l) }))
    .filter((l) => theirKeys.some((k) => k.includes(l.key)) && !ownKeys.some((k) => l.key.includes(k) || k.includes(l.key)));
  byTheirs.set(theirs, labels);
  return labels;
}

/**
 * Tables of the report that use labels of the other format year. Two signs, both from the
 * format data: a distinguishing label of the other format (its detect.labels, minus those that
 * merely extend a label of our own table, such as 行政规范性文件 ⊃ 规范性文件), or a row with
 * figures that the other format has as a data row where ours has a group with sub-rows (the
 * single 2019 （六）其他处理 row in a 2021 report) while none of our sub-rows is there; and a
 * row under the other format's wording of an item the two word differently (规范性文件 in a 2022
 * table 二, where the 2021 format says 行政规范性文件).
 * 国办公开办函〔2019〕60号 and 〔2021〕30号 formats.
 */
const HAN = /[\u3400-\u9fff]/;
/** Cell values whose text has digits, separators and dashes only (parse/cell-value.ts). */
const NO_HAN_VALUE = new Set(['empty', 'dash', 'int', 'decimal']);

export function outdatedTables(a: Analysis): Map<string, Outdated> {
  const cached = outdatedCache.get(a);
  if (cached) return cached;
  const out = new Map<string, Outdated>();
  outdatedCache.set(a, out);
  const other = otherFormat(a);
  if (!a.format || !a.report || !other) return out;
  for (const [id, t] of a.report.tables) {
    const theirs = other.tables[id];
    if (!theirs) continue;
    const labels = otherLabels(t.spec, theirs, other);
    const hits: { start: number; end: number; label: string; row: TableRow; ownLabel?: string }[] = [];
    // A figure, a dash or a blank cell holds no Han character: it cannot hold a label that has one.
    const hanLabels = labels.every((l) => HAN.test(l.key));
    for (const r of t.rows) {
      for (const c of r.raw.cells) {
        if (hanLabels && NO_HAN_VALUE.has(c.value.type)) continue;
        const k = labelKey(c.text);
        const l = k && labels.find((x) => k.includes(x.key));
        if (l) { hits.push({ start: c.start, end: c.end, label: l.label, row: r }); break; }
      }
    }
    if (t.spec.kind === 'grid' && theirs.kind === 'grid') {
      const ownRows = t.spec.rows;
      // Each row's key once, when first asked (these loops compare rows with every group's label).
      const rowKeys: (string | undefined)[] = [];
      const keyOf = (i: number) => (rowKeys[i] ??= bareKey(t.rows[i].label));
      for (const g of ownRows.filter((x) => x.group)) {
        const their = theirs.rows.find((x) => x.id === g.id && !x.group);
        if (!their) continue;
        const theirKey = bareKey(their.label);
        if (ownRows.some((x) => x.parent === g.id && t.rows.some((r, i) => r.rowId === x.id && keyOf(i) !== theirKey))) continue;
        for (let i = 0; i < t.rows.length; i++) {
          const r = t.rows[i];
          if (keyOf(i) !== theirKey || ![...r.values.values()].some((c) => c.text !== '')) continue;
          hits.push({ start: r.labelStart, end: r.labelEnd, label: their.label, row: r });
        }
      }
    }
    // A row of a blocks table under the older format's wording of the same item (规范性文件 for
    // 行政规范性文件 in a 2022 table 二), when the two formats word it differently.
    const structural = hits.length;
    // Only the older wording is outdated: the newer one (行政规范性文件) in an older report is the fuller term.
    if (t.spec.kind === 'blocks' && theirs.kind === 'blocks' && (other.years[0] ?? 0) < (a.format.years[0] ?? 0)) {
      const theirLabel = new Map(theirs.blocks.flatMap((b) => b.rows.filter((r) => r.id).map((r) => [r.id!, bareKey(r.label)] as const)));
      const renamed = new Set(t.spec.blocks.flatMap((b) => b.rows).filter((r) => r.id && theirLabel.has(r.id) && theirLabel.get(r.id) !== bareKey(r.label))
        .map((r) => theirLabel.get(r.id!)!));
      const ownLabels = new Set(t.spec.blocks.flatMap((b) => b.rows.map((r) => bareKey(r.label))));
      for (const r of t.rows) {
        const k = bareKey(r.label);
        if (!k || !renamed.has(k) || ownLabels.has(k) || ![...r.values.values()].some((c) => c.text !== '')) continue;
        const their = theirs.blocks.flatMap((b) => b.rows).find((x) => bareKey(x.label) === k);
        const mine = t.spec.blocks.flatMap((b) => b.rows).find((x) => x.id === their?.id);
        hits.push({ start: r.labelStart, end: r.labelEnd, label: their?.label ?? r.label, row: r, ownLabel: mine?.label });
      }
    }
    if (!hits.length) continue;
    hits.sort((x, y) => x.start - y.start);
    const rows = new Set(hits.map((h) => h.row));
    // Rows the interpreter could not place that carry one of the other format's row labels.
    const theirRows = theirs.kind === 'grid' ? theirs.rows.map((r) => r.match ?? r.label) : theirs.kind === 'blocks' ? theirs.blocks.flatMap((b) => b.rows.map((r) => r.label)) : [];
    for (const r of t.rows) {
      const k = bareKey(r.label);
      if (!r.rowId && k && theirRows.some((l) => coverage(k, bareKey(l)) >= 0.9)) rows.add(r);
    }
    out.set(id, { table: t, at: { start: hits[0].start, end: hits[0].end, label: hits[0].label }, rows, wordingOnly: structural === 0, ownLabel: hits[0].ownLabel });
  }
  return out;
}

// ---- rows as the draft writes them ----------------------------------------------------------

/** One table line of `cells` in the table's layout (GFM rows as wide as the table's header). */
export function tableLine(t: StatTable, cells: string[], layout: TableLayout = t.layout): string {
  // Callers write rows only into editable layouts; any other falls back to tabs.
  const cs = [...cells];
  if (layout === 'gfm') {
    const width = t.blocks[0]?.rows[0]?.width ?? cs.length;
    while (cs.length < width) cs.push('');
    return '| ' + cs.join(' | ') + ' |';
  }
  if (layout === 'loose-pipe') return cs.join(' | ') + ' |';
  return cs.join('\t');
}

/** A row label that a reader can read: at least two Han characters. */
export function readableLabel(label: string): boolean {
  return (label.match(/[\u3400-\u9fff]/g)?.length ?? 0) >= 2;
}

/** A row with at least one figure (or OCR debris standing for one). */
export function hasFigures(r: TableRow): boolean {
  return [...r.values.values()].some((c) => c.text !== '') || r.unassigned.some((c) => c.text !== '');
}

/**
 * Label continuation: a row whose label completes the previous row's label to that row's
 * statutory label (seed 003: 其他对外管理 / 服务事项 U 0 0, one label split over two lines).
 */
export function isContinuation(t: StatTable, i: number): boolean {
  const r = t.rows[i];
  let p = i - 1;
  while (p >= 0 && t.rows[p].kind === 'header' && !t.rows[p].label) p--;
  const prev = t.rows[p];
  if (!prev || !prev.rowId || !r.label) return false;
  const target = statutoryLabel(t.spec, prev.rowId);
  if (!target) return false;
  const want = bareKey(target);
  const alone = coverage(bareKey(prev.label), want);
  const joined = coverage(bareKey(prev.label + r.label), want);
  return joined >= 0.9 && joined > alone && coverage(bareKey(r.label), want) >= 0.8 * (1 - alone);
}

export function statutoryLabel(spec: TableSpec, rowId: string): string | null {
  if (spec.kind === 'grid') return spec.rows.find((r) => r.id === rowId)?.label ?? null;
  if (spec.kind === 'blocks') for (const b of spec.blocks) { const r = b.rows.find((x) => x.id === rowId); if (r) return r.label; }
  return null;
}

/** Index of the raw block (pasted table) a row comes from. */
export function rawBlockOf(t: StatTable, r: TableRow): number {
  const x = r.raw.start;
  if (!blocksInOrder(t)) return t.blocks.findIndex((b) => x >= b.start && x <= b.end);
  // Blocks in text order and apart: at most one holds x, found by halving (a statutory table of a
  // large draft claims thousands of blocks, and every row of it is looked up).
  const blocks = t.blocks;
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (x < blocks[mid].start) hi = mid - 1;
    else if (x > blocks[mid].end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

const inOrder = new WeakMap<readonly { start: number; end: number }[], boolean>();

/** Whether every block of t ends before the next one starts (then rawBlockOf may halve). */
function blocksInOrder(t: StatTable): boolean {
  let ok = inOrder.get(t.blocks);
  if (ok === undefined) {
    ok = t.blocks.every((b, i) => b.start <= b.end && (i === 0 || t.blocks[i - 1].end < b.start));
    inOrder.set(t.blocks, ok);
  }
  return ok;
}

/**
 * Segments of a table: runs of rows on consecutive lines. A blank line may split a pasted
 * statutory table (seed 003), and it also separates a table of the author's own that a loose
 * paste glued to the statutory one.
 */
function segments(t: StatTable): Map<TableRow, number> {
  const out = new Map<TableRow, number>();
  let seg = 0;
  t.rows.forEach((r, i) => {
    const prev = t.rows[i - 1];
    const block = prev ? rawBlockOf(t, r) : -1;
    // (Rows of a double-spaced paste stand a blank line apart: that line parts nothing.)
    const step = block >= 0 && t.blocks[block].spaced ? 2 : 1;
    if (prev && (r.raw.line > prev.raw.line + step || block !== rawBlockOf(t, prev))) seg++;
    out.set(r, seg);
  });
  return out;
}

/** Rows of segments that carry a statutory row or block caption (the statutory table proper). */
export function statutoryRows(t: StatTable): Set<TableRow> {
  const seg = segments(t);
  const keep = new Set(t.rows.filter((r) => (r.rowId && (r.kind === 'data' || r.kind === 'group')) || r.kind === 'caption').map((r) => seg.get(r)));
  return new Set(t.rows.filter((r) => keep.has(seg.get(r))));
}

/**
 * Unknown rows with figures and a readable label that is not the tail of the row above, in the
 * statutory table proper: a separate table of the author's own in the same section
 * (栏目 | 条数) is no statutory table with a wrong row.
 */
export function unknownRows(a: Analysis, t: StatTable): TableRow[] {
  const outdated = outdatedTables(a).get(t.id);
  const statutory = statutoryRows(t);
  return t.rows.filter((r, i) => !r.rowId && !r.inferred && r.kind !== 'header' && r.kind !== 'caption'
    && statutory.has(r) && hasFigures(r) && readableLabel(r.label) && !isContinuation(t, i) && !outdated?.rows.has(r));
}
