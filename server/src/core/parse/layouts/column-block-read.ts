// Reads a statutory table out of column-block cells (PDF text in reading order, see
// ./column-block.ts). The cells come one per line, values possibly printed away from their
// labels and header words scrambled, so a table is read only when the count of values fits
// the statutory grid without a guess:
// - a flat table (表四): exactly as many lone numbers as the format has columns, with nothing
//   but header words between them; they are the row in the statutory order;
// - a block table (表二): per 第二十条 caption, one value per label for one-column blocks
//   (in reading order), or each label followed by its values for wider blocks;
// - a grid table (表三): every row label followed by exactly its values.
// Anything else returns null: the caller reports the table as unreadable rather than doing
// arithmetic on guessed positions.
import type { BlocksTable, FlatTable, GridTable, TableSpec } from '../../formats/types';
import { labelKey } from '../../text/normalize';
import type { TableRow } from '../interpret-table';
import type { Cell, RawRow, TableBlock } from '../tables';
import { isPageFooter } from '../page-footer';
import { newTableRow } from '../table-row';
import { bestRow, candidatesOf } from '../row-match';

/** A running page header: the report's title printed again at the top of a page. */
const PAGE_HEADER = /(?:年度报告|工作报告|年报)[\s\u3000]*$/;
/** A page number printed beside a running header: 第 3 页, 第 3 页 共 9 页, -3-, a bare 3. */
const HEADER_PAGE_NUMBER = /(?:^|[\s\u3000])(?:第[\s\u3000]*\d{1,4}[\s\u3000]*页(?:[\s\u3000]*[,，/]?[\s\u3000]*共[\s\u3000]*\d{1,4}[\s\u3000]*页)?|[-—–－·]*[\s\u3000]*\d{1,4}[\s\u3000]*[-—–－·]*)(?=$|[\s\u3000])/g;
/** The issuing organ printed as a running header (洪泽区人民政府, 某某县统计局, 某某街道办事处). */
const ORGAN_HEADER = /^[\u3400-\u9fff（）()]{2,30}(?:人民政府|政府办公室|办公室|办公厅|办事处|委员会|管理局|局|厅|委|政府)$/;

/** Is a cell a running page header: the title (with a page number or not), or the organ's name next to a page footer? */
function isPageHeader(text: string, besideFooter: boolean): boolean {
  const t = text.replace(HEADER_PAGE_NUMBER, ' ').trim();
  if (!t || /\d{5,}/.test(t)) return false;
  if (PAGE_HEADER.test(t)) return true;
  return besideFooter && ORGAN_HEADER.test(t.replace(/[\s\u3000]/g, ''));
}

interface Token { cell: Cell; line: number; kind: 'num' | 'text' }

/** Text cells after a cut table's last whole row taken for a label broken off by the cut. */
const MAX_CUT_TOKENS = 2;


function tokens(blocks: TableBlock[]): Token[] {
  const cells: { cell: Cell; line: number; footer: boolean }[] = [];
  for (const b of blocks) for (const r of b.rows) for (const c of r.cells) if (c.text) cells.push({ cell: c, line: r.line, footer: isPageFooter(c.text) });
  const out: Token[] = [];
  cells.forEach(({ cell: c, line, footer }, i) => {
    if (footer) return;
    const besideFooter = !!(cells[i - 1]?.footer || cells[i + 1]?.footer);
    if (isPageHeader(c.text, besideFooter)) return;
    // Amounts with their unit (采购总金额 251000元) and signed changes (本年增/减 +3) are values too.
    const num = c.value.type === 'int' || c.value.type === 'decimal' || c.value.type === 'amount' || c.value.type === 'signed';
    out.push({ cell: c, line, kind: num ? 'num' : 'text' });
  });
  return out;
}

function rowOf(parts: Token[]): RawRow {
  const first = parts[0];
  let start = Infinity;
  let end = -Infinity;
  let endLine = first.line;
  for (const p of parts) {
    start = Math.min(start, p.cell.start);
    end = Math.max(end, p.cell.end);
    endLine = Math.max(endLine, p.line);
  }
  return { line: first.line, endLine, start, end, cells: parts.map((p) => p.cell), width: null };
}

function tableRow(raw: RawRow, kind: TableRow['kind'], rowId: string | null, blockId: string | null, label: Token | null): TableRow {
  return newTableRow(raw, kind, rowId, blockId, label?.cell.text ?? '', label ? label.cell.start : raw.start, label ? label.cell.end : raw.start);
}

/** A label without its leading numbering: （二）部分公开 → 部分公开, 1.属于国家秘密 → 属于国家秘密. */
function bare(s: string): string {
  return labelKey(s.replace(/^[\s\u3000]*[（(]?[一二三四五六七八九十\d]{1,3}[）)]?[\s\u3000]*[、.．]?/, ''));
}

/** Does a cell's text name a label (exactly, or a line-broken start of it of 4+ characters)? */
function names(text: string, label: string): boolean {
  const k = bare(text);
  const l = bare(label);
  if (!k || !l) return false;
  if (k === l || (k.length >= 4 && l.startsWith(k))) return true;
  // The label printed with its statutory note (部分公开（区分处理的，…）), possibly cut at a line end.
  const noted = bare(text.replace(/(.)[（(][^（）()]*[）)]?[\s\u3000]*$/, '$1'));
  return noted.length >= 2 && noted !== k && noted === l;
}

/**
 * Does a cell's text name a label with one character wrong (行政许司 for 行政许可, （一）予以公升)? The
 * other readers' row matching reads such a row too; table-row-unknown still names the statutory label.
 */
function namesOneOff(text: string, label: string): boolean {
  const k = bare(text);
  const l = bare(label);
  if (k.length !== l.length || l.length < 4) return false;
  let diff = 0;
  for (let i = 0; i < k.length && diff < 2; i++) if (k[i] !== l[i]) diff++;
  return diff === 1;
}

/** The one row whose label ends with a cell's text of four characters or more (规范性文件 for 行政规范性文件), or undefined. */
function endOfOne<T extends { label: string }>(rows: readonly T[], text: string): T | undefined {
  const k = bare(text);
  if (k.length < 4) return undefined;
  const hits = rows.filter((r) => bare(r.label).endsWith(k));
  return hits.length === 1 ? hits[0] : undefined;
}

/** Header words: a cell whose every part is a column, group or header label of the table. */
function isHeaderWord(text: string, labels: string[]): boolean {
  const k = labelKey(text);
  if (!k) return true;
  return labels.some((l) => l.includes(k) || k === l);
}

/** A line of the table's printed note (（本列数据的勾稽关系为：…）), broken over lines. */
function inNote(text: string, note: string | undefined): boolean {
  const k = labelKey(text);
  return !!note && k.length >= 4 && labelKey(note).includes(k);
}

function readFlat(spec: FlatTable, toks: Token[]): TableRow[] | null {
  const n = spec.columns.length;
  const nums = toks.filter((t) => t.kind === 'num');
  if (nums.length !== n) return null;
  const a = toks.indexOf(nums[0]);
  const b = toks.indexOf(nums[n - 1]);
  const headers = [...spec.columns, ...spec.groups].flatMap((c) => [labelKey(c.label), ...c.label.split('·').map(labelKey)]);
  // Only header words (a stray 总计) may sit between the values.
  for (let i = a; i <= b; i++) if (toks[i].kind === 'text' && !isHeaderWord(toks[i].cell.text, headers)) return null;
  const row = tableRow(rowOf(nums), 'data', 'data', null, null);
  row.raw.cells = nums.map((t) => t.cell);
  spec.columns.forEach((col, i) => row.values.set(col.id, nums[i].cell));
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

function readBlocks(spec: BlocksTable, toks: Token[], cut = false): TableRow[] | null {
  const out: TableRow[] = [];
  let i = 0;
  // Nothing but header words before the first caption.
  while (i < toks.length && captionIndex(spec, toks[i].cell.text) < 0) {
    if (toks[i].kind === 'num') return null;
    i++;
  }
  if (i === toks.length) return null;
  while (i < toks.length) {
    const block = spec.blocks[captionIndex(spec, toks[i].cell.text)];
    const cap = tableRow(rowOf([toks[i]]), 'caption', null, block.id, toks[i]);
    out.push(cap);
    i++;
    const headers = ['信息内容', ...block.columns.map((c) => c.label)].map(labelKey);
    const items: ({ kind: 'label'; tok: Token; rowId: string } | { kind: 'value'; tok: Token })[] = [];
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
    const n = block.columns.length;
    if (new Set(labels.map((l) => l.rowId)).size !== labels.length) return null;
    // A caption with nothing under it but the same caption again (printed above the table and
    // in it): the one with the rows counts. Otherwise the text stops or the rows are elsewhere.
    if (labels.length === 0 && values.length === 0 && i < toks.length && spec.blocks[captionIndex(spec, toks[i].cell.text)] === block) { out.pop(); continue; }
    // A text cut under a block's caption (its header words, no row yet): the blocks before it stand.
    if (labels.length === 0 && values.length === 0 && cut && i === toks.length && out.some((r) => r.kind === 'data')) { out.pop(); break; }
    if (labels.length === 0 && values.length === 0) return null;
    // A block with no figure at all: every row left blank (no value to place), in any width.
    if (values.length === 0) {
      for (const l of labels) out.push(tableRow(rowOf([l.tok]), 'data', l.rowId, block.id, l.tok));
      continue;
    }
    // Wider blocks: a label followed at once by the next label (规章 / 行政规范性文件 / 5 / 2 / 31)
    // is a row left blank, when every other label is followed by exactly its values.
    const blank = n > 1 && labels.length > 1 ? labels.filter((l) => items[items.indexOf(l) + 1]?.kind === 'label') : [];
    if (values.length !== (labels.length - blank.length) * n || labels.length === blank.length) return null;
    const groups: (Token[] | null)[] = [];
    if (n === 1 || labels.length === 1) {
      labels.forEach((_, k) => groups.push(values.slice(k * n, (k + 1) * n).map((v) => v.tok)));
    } else {
      // Wider blocks: each label directly followed by its n values.
      for (let k = 0; k < labels.length; k++) {
        if (blank.includes(labels[k])) { groups.push(null); continue; }
        const at = items.indexOf(labels[k]);
        const vs = items.slice(at + 1, at + 1 + n);
        if (vs.length !== n || vs.some((v) => v.kind !== 'value')) return null;
        groups.push(vs.map((v) => v.tok));
      }
    }
    labels.forEach((l, k) => {
      const g = groups[k];
      const row = tableRow(rowOf([l.tok, ...(g ?? [])]), 'data', l.rowId, block.id, l.tok);
      if (g) block.columns.forEach((col, c) => row.values.set(col.id, g[c].cell));
      out.push(row);
    });
  }
  return out;
}

function readGrid(spec: GridTable, toks: Token[], cut = false): TableRow[] | null {
  const n = spec.columns.length;
  const headers = spec.columns.flatMap((c) => [c.label, c.group ?? '']).map(labelKey).filter(Boolean);
  const out: TableRow[] = [];
  let cur: { label: Token; id: string; group: boolean; values: Token[] } | null = null;
  const close = (): boolean => {
    if (!cur) return true;
    if (cur.group ? cur.values.length !== 0 : cur.values.length !== n) return false;
    const row = tableRow(rowOf([cur.label, ...cur.values]), cur.group ? 'group' : 'data', cur.id, null, cur.label);
    if (!cur.group) spec.columns.forEach((col, c) => row.values.set(col.id, cur!.values[c].cell));
    out.push(row);
    return true;
  };
  const used = new Set<string>();
  for (const t of toks) {
    if (t.kind === 'num') {
      if (!cur || cur.group) return null; // a value away from its label: not readable here
      cur.values.push(t);
      continue;
    }
    // A column header (总计) is not the row of the same name unless it carries the row's numbering.
    const numbered = bare(t.cell.text) !== labelKey(t.cell.text);
    const header = !numbered && headers.includes(labelKey(t.cell.text));
    const r = header ? undefined : spec.rows.find((x) => !used.has(x.id) && (names(t.cell.text, x.label) || (!!x.match && names(t.cell.text, x.match)) || (!!x.match && labelKey(x.match).length >= 4 && labelKey(t.cell.text).includes(labelKey(x.match)))))
      ?? spec.rows.find((x) => !used.has(x.id) && !x.group && namesOneOff(t.cell.text, x.label));
    if (r) {
      if (!close()) return null;
      used.add(r.id);
      cur = { label: t, id: r.id, group: !!r.group, values: [] };
      continue;
    }
    // Continuation of a label broken over lines, or header words before the first row.
    if (cur && cur.values.length === 0) continue;
    if (!cur) continue;
    // The header row printed again after a page break, between two complete rows.
    if (!cur.group && cur.values.length === n && (isHeaderWord(t.cell.text, headers) || inNote(t.cell.text, spec.note))) continue;
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

/**
 * The rows of a grid table that are certain although the table as a whole cannot be placed (PDF text
 * in reading order whose first rows come row by row and the rest column by column): from the table's
 * first row on, each row's label followed by exactly its values and then the next statutory row's
 * label. The first row's values may stand before any label (its label printed further down among the
 * others): exactly one row of values after nothing but header words, then the second row's label.
 * Reading stops at the first thing that does not fit; the row before it is not taken.
 */
function readGridPrefix(spec: GridTable, toks: Token[]): TableRow[] {
  const n = spec.columns.length;
  const data = spec.rows.filter((r) => !r.group);
  const out: TableRow[] = [];
  const lead: Token[] = [];
  let next = 0;
  let cur: { label: Token; id: string; values: Token[] } | null = null;
  const push = (label: Token | null, id: string, values: Token[]) => {
    const row = tableRow(rowOf(label ? [label, ...values] : values), 'data', id, null, label);
    spec.columns.forEach((col, c) => row.values.set(col.id, values[c].cell));
    out.push(row);
  };
  for (const t of toks) {
    if (t.kind === 'num') {
      (cur ? cur.values : lead).push(t);
      if ((cur ? cur.values : lead).length > n) break;
      continue;
    }
    const want = data[next === 0 && lead.length ? 1 : next];
    if (want && (names(t.cell.text, want.label) || (!!want.match && names(t.cell.text, want.match)))) {
      if (cur) {
        if (cur.values.length !== n) break;
        push(cur.label, cur.id, cur.values);
      } else if (lead.length) {
        if (lead.length !== n || want !== data[1]) break;
        push(null, data[0].id, lead);
      }
      cur = { label: t, id: want.id, values: [] };
      next = data.indexOf(want) + 1;
      continue;
    }
    // A label broken over lines, or header words and the table's note before the first row.
    if ((cur && cur.values.length === 0) || (!cur && lead.length === 0)) continue;
    break;
  }
  return out;
}

/** The rows of a grid table read with certainty when the whole table cannot be (see readGridPrefix). */
export function readColumnBlockPrefix(spec: TableSpec, blocks: TableBlock[]): TableRow[] {
  return spec.kind === 'grid' ? readGridPrefix(spec, tokens(blocks)) : [];
}
