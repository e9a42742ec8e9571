// Reads a statutory table out of column-block cells (PDF text in reading order, see
// ./column-block.ts). The cells come one per line, values possibly printed away from their
// labels and header words scrambled, so a table is read only when the count of values fits
// the statutory grid without a guess:
// - a flat table (表四): exactly as many lone numbers as the format has columns, with nothing
//   but header words between them, those between two values naming the second's column; they are
//   the row in the statutory order;
// - a block table (表二): per 第二十条 caption, one value per label for one-column blocks
//   (in reading order), or each label followed by its values for wider blocks;
// - a grid table (表三): every row label followed by exactly its values (a converter's debris between
//   rows skipped: a label's last piece after its values, pieces of a vertical group label, a numbering
//   alone; a row label in other words read as the other layouts read it; the 2019 single （六） row).
// Anything else returns null: the caller reports the table as unreadable rather than doing
// arithmetic on guessed positions.
import type { BlocksTable, FlatTable, GridTable, TableSpec } from '../../formats/types';
import { labelKey } from '../../text/normalize';
import type { TableRow } from '../interpret-table';
import type { TableBlock } from '../tables';
import { valuesToWrite } from '../table-row';
import { bestRow, candidatesOf, type Candidate } from '../row-match';
import { bare, continuesLabel, endOfOne, inNote, isHeaderLine, isHeaderWord, names, namesOneOff, rowOf, splitLabelValue, tableRow, tokens, type Token } from './column-block-cells';

/** Text cells after a cut table's last whole row taken for a label broken off by the cut. */
const MAX_CUT_TOKENS = 2;

/**
 * Header words between the last value of one column group and the first of the next that are the
 * header band of the groups still to come, in their order (未经复议直接起诉 … 复议后起诉 … 结果维持 …: a ruled
 * 表四 printed to PDF, its two lawsuit groups' headers between 行政复议's values and theirs). Column k opens
 * its group, and every later group is named after it, in order.
 */
function groupBand(spec: FlatTable, k: number, words: string): boolean {
  const g = spec.columns[k].group;
  if (!g || spec.columns[k - 1].group === g) return false;
  const later = spec.groups.slice(spec.groups.findIndex((x) => x.id === g));
  const at = later.map((x) => words.indexOf(labelKey(x.label.split('·').pop()!)));
  return at.every((i, j) => i >= 0 && (j === 0 || i > at[j - 1]));
}

/** Every column group's last column (总计) is the sum of its other columns. */
function groupsAddUp(spec: FlatTable, nums: Token[]): boolean {
  return spec.groups.every((g) => {
    const cols = spec.columns.map((c, i) => (c.group === g.id ? i : -1)).filter((i) => i >= 0);
    const v = cols.map((i) => Number(nums[i].cell.text.replace(/,/g, '')));
    return v.length < 2 || v.slice(0, -1).reduce((s, x) => s + x, 0) === v[v.length - 1];
  });
}

function readFlat(spec: FlatTable, toks: Token[]): TableRow[] | null {
  const n = spec.columns.length;
  const nums = toks.filter((t) => t.kind === 'num');
  if (nums.length !== n) return null;
  const at = nums.map((t) => toks.indexOf(t));
  const headers = [...spec.columns, ...spec.groups].flatMap((c) => [labelKey(c.label), ...c.label.split('·').map(labelKey)]);
  let banded = false;
  // Only header words may sit between the values, and words between two values name the column of the
  // second (a stray 总计 before the last total; a column printed with its header: 结果纠正 / 1). Header
  // words of other columns there (结果 / 其他 / 复议后起诉 between 37 and 12, where 总计 comes next) mean the
  // values come in the order of the PDF's text blocks, not the statutory one: no reading of them is certain.
  for (let k = 1; k < n; k++) {
    const between = toks.slice(at[k - 1] + 1, at[k]);
    const words = labelKey(between.map((t) => t.cell.text).join(''));
    if (between.every((t) => isHeaderWord(t.cell.text, headers)) && (!between.length || words.includes(labelKey(spec.columns[k].label)))) continue;
    if (!between.every((t) => isHeaderLine(t.cell.text, headers)) || !groupBand(spec, k, words)) return null;
    banded = true;
  }
  // Values read past a header band stand only when each group's 总计 is the sum of its parts: the
  // order they came in is then the statutory one (a scrambled 行政复议 group fails its own sum).
  if (banded && !groupsAddUp(spec, nums)) return null;
  const row = tableRow(rowOf(nums), 'data', 'data', null, null);
  row.raw.cells = nums.map((t) => t.cell);
  const values = valuesToWrite(row);
  spec.columns.forEach((col, i) => values.set(col.id, nums[i].cell));
  return [row];
}

function captionIndex(spec: BlocksTable, text: string): number {
  const first = labelKey(text);
  if (!first.startsWith('第二十条')) return -1;
  return spec.blocks.findIndex((b) => {
    const k = labelKey(b.caption);
    return first.startsWith(k) || (first.includes(k.slice(-3)) && first.length <= k.length + 2);
  });
}

function readBlocks(spec: BlocksTable, allToks: Token[], cut = false): TableRow[] | null {
  // A label with its first figure on its line (行政规范性文件 62 / 33 / 440, 行政事业性收费 18651.06).
  const toks = allToks.flatMap(splitLabelValue);
  const out: TableRow[] = [];
  let i = 0;
  // Nothing but header words before the first caption.
  while (i < toks.length && captionIndex(spec, toks[i].cell.text) < 0) {
    if (toks[i].kind === 'num') return null;
    i++;
  }
  if (i === toks.length) return null;
  const parsed: { block: BlocksTable['blocks'][number]; cap: TableRow; items: BlockItem[] }[] = [];
  while (i < toks.length) {
    const block = spec.blocks[captionIndex(spec, toks[i].cell.text)];
    const cap = tableRow(rowOf([toks[i]]), 'caption', null, block.id, toks[i]);
    out.push(cap);
    i++;
    const headers = ['信息内容', ...block.columns.map((c) => c.label)].map(labelKey);
    const items: BlockItem[] = [];
    for (; i < toks.length && captionIndex(spec, toks[i].cell.text) < 0; i++) {
      const t = toks[i];
      if (t.kind === 'num') { items.push({ kind: 'value', tok: t }); continue; }
      const r = block.rows.find((x) => names(t.cell.text, x.label)) ?? endOfOne(block.rows, t.cell.text) ?? block.rows.find((x) => namesOneOff(t.cell.text, x.label));
      if (r) { items.push({ kind: 'label', tok: t, rowId: r.id }); continue; }
      if (isHeaderWord(t.cell.text, headers)) continue;
      // The header row on one line (本年制发件数 本年废止件数 现行有效件数): every word a header.
      if (/[\s\u3000]/.test(t.cell.text.trim()) && t.cell.text.trim().split(/[\s\u3000]+/).every((w) => isHeaderWord(w, headers))) continue;
      // A row label in other words, as the other layouts' row matching reads it (規範性檔案, a converter's
      // 文件→檔案, for 规范性文件): still a label of this block, each value still counted against it.
      const near = bestRow(t.cell.text, candidatesOf(block, (bl) => bl.rows.map((x) => ({ id: x.id, core: labelKey(x.label), group: false, numeral: null }))), true);
      if (near) { items.push({ kind: 'label', tok: t, rowId: near.id }); continue; }
      return null; // a word this block does not print: the text is not this table
    }
    const labels = items.filter((x) => x.kind === 'label') as { kind: 'label'; tok: Token; rowId: string }[];
    const values = items.filter((x) => x.kind === 'value');
    if (new Set(labels.map((l) => l.rowId)).size !== labels.length) return null;
    // A caption with nothing under it but the same caption again (printed above the table and
    // in it): the one with the rows counts. Otherwise the text stops or the rows are elsewhere.
    if (labels.length === 0 && values.length === 0 && i < toks.length && spec.blocks[captionIndex(spec, toks[i].cell.text)] === block) { out.pop(); continue; }
    // A text cut under a block's caption (its header words, no row yet): the blocks before it stand.
    if (labels.length === 0 && values.length === 0 && cut && i === toks.length && parsed.some((p) => p.items.some((x) => x.kind === 'label'))) { out.pop(); break; }
    if (labels.length === 0 && values.length === 0) return null;
    parsed.push({ block, cap, items });
  }
  let late = false;
  for (const { block, cap, items } of parsed) {
    const labels = items.filter((x) => x.kind === 'label') as { kind: 'label'; tok: Token; rowId: string }[];
    const values = items.filter((x) => x.kind === 'value');
    const n = block.columns.length;
    // A block with no figure at all: every row left blank (no value to place), in any width.
    if (values.length === 0) {
      out.splice(out.indexOf(cap) + 1, 0, ...labels.map((l) => dataRow(block, l, null)));
      continue;
    }
    // Wider blocks: a label followed at once by the next label (规章 / 行政规范性文件 / 5 / 2 / 31)
    // is a row left blank, when every other label is followed by exactly its values.
    const blank = n > 1 && labels.length > 1 ? labels.filter((l) => items[items.indexOf(l) + 1]?.kind === 'label') : [];
    if (values.length !== (labels.length - blank.length) * n || labels.length === blank.length) { late = true; break; }
    const groups: (Token[] | null)[] = [];
    if (n === 1 || labels.length === 1) {
      labels.forEach((_, k) => groups.push(values.slice(k * n, (k + 1) * n).map((v) => v.tok)));
    } else {
      // Wider blocks: each label directly followed by its n values.
      for (let k = 0; k < labels.length; k++) {
        if (blank.includes(labels[k])) { groups.push(null); continue; }
        const at = items.indexOf(labels[k]);
        const vs = items.slice(at + 1, at + 1 + n);
        if (vs.length !== n || vs.some((v) => v.kind !== 'value')) { late = true; break; }
        groups.push(vs.map((v) => v.tok));
      }
    }
    if (late) break;
    const at = out.indexOf(cap) + 1;
    out.splice(at, 0, ...labels.map((l, k) => dataRow(block, l, groups[k])));
  }
  return late ? readInOrder(parsed) : out;
}

type BlockItem = { kind: 'label'; tok: Token; rowId: string } | { kind: 'value'; tok: Token };

function dataRow(block: BlocksTable['blocks'][number], l: { tok: Token; rowId: string }, g: Token[] | null): TableRow {
  const row = tableRow(rowOf([l.tok, ...(g ?? [])]), 'data', l.rowId, block.id, l.tok);
  if (g) block.columns.forEach((col, c) => valuesToWrite(row).set(col.id, g[c].cell));
  return row;
}

/**
 * 表二 whose figures come in the statutory order but a row's last figures are printed after the next
 * row's label, even past the next caption (行政规范性文件 62 / 33 / 第二十条第（五）项 / … / 行政许可 / 440 / 4529:
 * a PDF's reading order). Read only when every row is filled (exactly as many figures as the rows'
 * columns, no row left blank), a block short of figures is followed by one holding exactly its own and the
 * missing ones, and each figure, dealt out in order, comes after its own row's label and before the label
 * of the row after next (printed at most one label late); null otherwise.
 */
function readInOrder(parsed: { block: BlocksTable['blocks'][number]; cap: TableRow; items: BlockItem[] }[]): TableRow[] | null {
  const all = parsed.flatMap((p) => p.items.map((it) => ({ it, block: p.block })));
  const labels = all.filter((x) => x.it.kind === 'label');
  const values = all.filter((x) => x.it.kind === 'value');
  if (!labels.length || values.length !== labels.reduce((s, l) => s + l.block.columns.length, 0)) return null;
  // (Every block with all its rows: a row missing could have left its figures to the next.)
  if (parsed.some((p) => p.items.filter((x) => x.kind === 'label').length !== p.block.rows.length)) return null;
  // Figures owed to a block are paid first by the next one, which is then complete itself (a block's figures
  // late by one block at most; never carried on through a block of its own right count).
  let owed = 0;
  for (const p of parsed) {
    const have = p.items.filter((x) => x.kind === 'value').length;
    const need = p.block.rows.length * p.block.columns.length;
    if (owed && have !== owed + need) return null;
    if (have - owed > need) return null;
    owed = owed ? 0 : need - have;
  }
  const pos = (x: (typeof all)[number]) => all.indexOf(x);
  const out: TableRow[] = [];
  let v = 0;
  for (let k = 0; k < labels.length; k++) {
    const l = labels[k];
    const g = values.slice(v, v + l.block.columns.length);
    v += g.length;
    const next2 = labels[k + 2] ? pos(labels[k + 2]) : Infinity;
    if (g.some((x) => pos(x) < pos(l) || pos(x) > next2)) return null;
    const cap = parsed.find((p) => p.block === l.block)!.cap;
    if (!out.includes(cap)) out.push(cap);
    out.push(dataRow(l.block, l.it as { tok: Token; rowId: string }, g.map((x) => x.it.tok)));
  }
  return out;
}

/** A cell that is a short piece of one of the table's group labels, punctuation, or a row's numbering alone (2.). */
function groupPiece(spec: GridTable, text: string): boolean {
  const k = labelKey(text);
  if (!k || /^\d{1,2}$/.test(k)) return true;
  return [...k].length <= 3 && spec.rows.some((x) => x.group && labelKey(x.label).includes(k));
}

export function gridCandidates(spec: GridTable) {
  return candidatesOf(spec, (g) => g.rows.map((x) => ({ id: x.id, core: labelKey(x.match ?? x.label), group: !!x.group, numeral: null })));
}

function readGrid(spec: GridTable, allToks: Token[], cut = false): TableRow[] | null {
  const toks = allToks.flatMap(splitLabelValue);
  const n = spec.columns.length;
  const headers = spec.columns.flatMap((c) => [c.label, c.group ?? '']).map(labelKey).filter(Boolean);
  const out: TableRow[] = [];
  let cur: { label: Token; id: string; group: boolean; values: Token[]; tail: string } | null = null;
  const close = (): boolean => {
    if (!cur) return true;
    // A group label with a row of values: the older format's single row (the 2019 （六）其他处理 in a 2021
    // table), read as the other layouts read it, an unknown row under the group's id.
    const single = cur.group && cur.values.length === n;
    if (cur.group ? cur.values.length !== 0 && !single : cur.values.length !== n) return false;
    const row = tableRow(rowOf([cur.label, ...cur.values]), single ? 'unknown' : cur.group ? 'group' : 'data', cur.id, null, cur.label);
    if (!cur.group || single) spec.columns.forEach((col, c) => valuesToWrite(row).set(col.id, cur!.values[c].cell));
    out.push(row);
    return true;
  };
  const used = new Set<string>();
  for (const t of toks) {
    if (t.kind === 'num') {
      // (A group label takes values only when none of its sub-rows is read: the older format's single row.)
      if (!cur || (cur.group && spec.rows.some((x) => x.parent === cur!.id && used.has(x.id)))) return null; // a value away from its label: not readable here
      cur.values.push(t);
      continue;
    }
    // A column header (总计) is not the row of the same name unless it carries the row's numbering.
    const numbered = bare(t.cell.text) !== labelKey(t.cell.text);
    const header = !numbered && headers.includes(labelKey(t.cell.text));
    const r = header ? undefined : spec.rows.find((x) => !used.has(x.id) && (names(t.cell.text, x.label) || (!!x.match && names(t.cell.text, x.match)) || (!!x.match && labelKey(x.match).length >= 4 && labelKey(t.cell.text).includes(labelKey(x.match)))))
      ?? spec.rows.find((x) => !used.has(x.id) && !x.group && namesOneOff(t.cell.text, x.label));
    if (r) {
      // A sub-row after its group was read as one row of values: the values were not that group's.
      if (r.parent && out.some((x) => x.kind === 'unknown' && x.rowId === r.parent)) return null;
      if (!close()) return null;
      used.add(r.id);
      cur = { label: t, id: r.id, group: !!r.group, values: [], tail: '' };
      continue;
    }
    // Continuation of a label broken over lines, or header words before the first row.
    if (cur && cur.values.length === 0) {
      if (!cur.group) continuesLabel(spec, cur, t); // (kept, so that a last piece after the values still joins)
      continue;
    }
    if (!cur) continue;
    // The end of the row's label printed after its values (（二）部分公开（区分处理的，只计这一情 / 9 0 … / 计其他情形）),
    // or after its first value, when the label's first line carried it (…不计其他情 29 / 形） / 0 / …).
    if (!cur.group && continuesLabel(spec, cur, t)) continue;
    // Pieces of a group label printed down a narrow column of its own (三 / 、 / 本 / 年 …, （三）不 / 予公开)
    // and a row's numbering printed apart from its label (2. / 本 / 其他法律…): no row of their own.
    if (!cur.group && cur.values.length === n && groupPiece(spec, t.cell.text)) continue;
    // A row label in other words (其他法律行政止公开 for 其他法律行政法规禁止公开), as the other layouts' row
    // matching reads it: the row it names when that row is not read yet (table-row-unknown names the label).
    const near: Candidate | null = !cur.group && cur.values.length === n && labelKey(t.cell.text).length >= 6 ? bestRow(t.cell.text, gridCandidates(spec), true) : null;
    if (near && !near.group && !used.has(near.id)) {
      if (!close()) return null;
      used.add(near.id);
      cur = { label: t, id: near.id, group: false, values: [], tail: '' };
      continue;
    }
    // The header row printed again after a page break, between two complete rows.
    // (Pieces of two columns' headers side by side print as one line: 其 计, 其他's 其 beside 总计's 计.)
    if (!cur.group && cur.values.length === n && (isHeaderLine(t.cell.text, headers) || inNote(t.cell.text, spec.note))) continue;
    // A text cut inside the table: a label broken off after the last whole row ends the rows.
    if (cut && !cur.group && cur.values.length === n && toks.indexOf(t) >= toks.length - MAX_CUT_TOKENS && toks.slice(toks.indexOf(t)).every((x) => x.kind === 'text')) break;
    return null;
  }
  // A text cut inside a row (its label, or some of its values, then the end): the rows before it stand.
  if (cut && cur && !cur.group && cur.values.length < n) cur = null;
  if (!close()) return null;
  const data = out.filter((r) => r.kind === 'data');
  // Most statutory rows read, or the text is not this table as a whole; in a text cut inside the
  // table, the rows before the cut in their statutory order.
  const dataRows = spec.rows.filter((r) => !r.group).length;
  if (data.length * 2 >= dataRows) return out;
  const order = data.map((r) => spec.rows.findIndex((x) => x.id === r.rowId));
  return cut && data.length > 0 && order.every((k, i) => i === 0 || k > order[i - 1]) ? out : null;
}

/** The rows of a statutory table read from column-block cells, or null when they cannot be read unambiguously. */
export function readColumnBlockTable(spec: TableSpec, blocks: TableBlock[]): TableRow[] | null {
  const toks = tokens(blocks);
  if (spec.kind === 'flat') return readFlat(spec, toks);
  const cut = !!blocks[blocks.length - 1].cut;
  if (spec.kind === 'blocks') return readBlocks(spec, toks, cut);
  return readGrid(spec, toks, cut);
}
