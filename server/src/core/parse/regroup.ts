// Rows of a statutory table rebuilt from cells in reading order (web copies with one cell per
// line: parse/layouts/cell-lines.ts). A row starts at a cell that is a statutory row label, a
// block caption or the table's header, and takes the value cells that follow, up to the
// number of columns the format gives that row. Raw rows without cells (the pipe separators of
// the copy) are row boundaries. Blank cells beyond the column count are gap debris and
// dropped, unless a figure follows them in the row (then they are the row's, kept with it);
// extra numbers stay in their row (the shape rules report them).
import type { BlocksTable, TableSpec } from '../formats/types';
import { labelKey, lcs } from '../text/normalize';
import type { Cell, RawRow } from './tables';

export type Kind = 'caption' | 'header' | 'label' | 'text';

/** The row being built: its cells, first and last raw rows, value count and column count. */
interface Building { cells: Cell[]; first: RawRow; last: RawRow; kind: Kind; values: number; n: number; pipeBlanks?: boolean; blanks?: Cell[] }

/** A label without its numbering and trailing note: （二）部分公开（区分处理的…） → 部分公开. */
function core(label: string): string {
  return labelKey(label.trim().replace(/^[（(]?[一二三四五六七八九十\d]+[）)]?[、.．]?/, '').replace(/[（(][^（）()]*[）)]$/, ''));
}

interface Label { cores: string[]; block: BlocksTable['blocks'][number] | null }

function matchesLabel(key: string, l: Label): boolean {
  for (const c of l.cores) {
    if (!c) continue;
    if (key === c) return true;
    // A statutory label given by its distinctive part (逾期不补正) inside the full wording.
    if (c.length >= 4 && key.includes(c) && c.length * 2 >= key.length) return true;
    if (key.length >= 4 && c.length >= 4 && lcs(key, c) >= 0.85 * Math.max(key.length, c.length)) return true;
    // Or the whole label with a group label's piece (up to three characters) printed into it, as a
    // narrow group column flattened with the row labels leaves it (1.信访举 予处理 报投诉类 … 申请).
    if (c.length >= 6 && key.length > c.length && key.length <= c.length + 3 && lcs(key, c) === c.length) return true;
  }
  return false;
}

/** Most characters a label written with one or two wrong may differ by: Dice similarity at least this. */
const NEAR = 0.7;

/** A cell that is a statutory row label (of the current block, when known) written with a character or two wrong. */
function misspelt(key: string, labels: Label[], block: BlocksTable['blocks'][number] | null): boolean {
  const hanKey = key.replace(/[^\u3400-\u9fff]/g, '');
  if (hanKey.length < 2) return false;
  return labels.some((l) => (!block || !l.block || l.block === block) && l.cores.some((c) => c.length >= 2 && (2 * lcs(key, c)) / (key.length + c.length) >= NEAR));
}

/** A row label's numbering: 一、 （一） 1. */
const ROW_NUMBER = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、])/;

/** Most pieces a label's rest printed after its figures is taken in (逾期未按 / 收费通知 / 要求缴纳 / 费用、 / …). */
const MAX_TAIL = 8;

/**
 * Whether `c`, alone or with the text cells after it (`after`: the next cell in reading order), completes
 * the label of the row being built (its text cells) to a statutory label it did not match before.
 */
function labelTail(row: Building, c: Cell, labels: Label[], after: Map<Cell, Cell>): boolean {
  const text = row.cells.slice(0, row.cells.length - row.values).filter((x) => x.value.type === 'text').map((x) => x.text).join('');
  if (!text) return false;
  const before = core(text) || labelKey(text);
  if (labels.some((l) => l.cores.includes(before))) return false;
  let tail = '';
  for (let x: Cell | undefined = c, k = 0; x && k < MAX_TAIL && x.value.type === 'text' && (k === 0 || !ROW_NUMBER.test(x.text)); x = after.get(x), k++) {
    tail += x.text;
    const joined = core(text + tail) || labelKey(text + tail);
    if (labels.some((l) => matchesLabel(joined, l))) return true;
  }
  return false;
}

/** Per rebuilt row: the value cells it took and the number of columns the format gives it. */
export interface RowFit { values: number; n: number; kind: Kind }

export function regroupRows(spec: TableSpec, rows: RawRow[], fits?: RowFit[]): RawRow[] {
  const labels: Label[] = [];
  const headers = new Set<string>(['信息内容', '申请人情况']);
  let blocks: BlocksTable['blocks'] = [];
  if (spec.kind === 'grid') {
    for (const r of spec.rows) labels.push({ cores: [core(r.label), r.match ? labelKey(r.match) : ''], block: null });
    for (const c of spec.columns) headers.add(labelKey(c.label));
    headers.add('法人或其他组织');
  } else if (spec.kind === 'blocks') {
    blocks = spec.blocks;
    for (const b of blocks) {
      for (const r of b.rows) labels.push({ cores: [core(r.label)], block: b });
      for (const c of b.columns) headers.add(labelKey(c.label));
    }
  } else {
    for (const g of spec.groups) for (const part of g.label.split('·')) headers.add(labelKey(part));
    for (const c of spec.columns) headers.add(labelKey(c.label));
  }
  const headerList = [...headers].filter((h) => h.length >= 4);
  const captionKeys = blocks.map((b) => labelKey(b.caption));
  let block: BlocksTable['blocks'][number] | null = null;
  const columns = () => (spec.kind === 'blocks' ? (block ?? blocks[0]).columns.length : spec.columns.length);

  const out: RawRow[] = [];
  let cur: Building | null = null;
  const flush = () => {
    if (cur) {
      const { cells, first, last } = cur;
      // Every value cell is in place (blank cells included): the row is positional.
      const width = cur.values === cur.n && cells.length > cur.values ? cells.length : null;
      out.push({ line: first.line, endLine: last.endLine, start: cells[0].start, end: cells[cells.length - 1].end, cells, width, ...(cur.pipeBlanks ? { fullWidth: true } : {}) });
      fits?.push({ values: cur.values, n: cur.n, kind: cur.kind });
    }
    cur = null;
  };
  const start = (c: Cell, raw: RawRow, kind: Kind, values = 0): Building => {
    flush();
    return (cur = { cells: [c], first: raw, last: raw, kind, values, n: columns() });
  };

  // The cell after each cell in reading order (row boundaries skipped): a label is followed by its values.
  const after = new Map<Cell, Cell>();
  let before: Cell | null = null;
  for (const raw of rows) for (const c of raw.cells) { if (before) after.set(before, c); before = c; }

  for (const raw of rows) {
    if (!raw.cells.length) {
      // A statutory row label with no value yet, then a line of as many pipes as it has columns
      // (`规章 |` / `|||`): the copy's blank cells of that row, not a row boundary only.
      const now = cur as Building | null;
      if (raw.pipes && now && now.kind === 'label' && now.values === 0 && raw.pipes.count === now.n) {
        for (let i = 0; i < now.n; i++) now.cells.push({ text: '', start: raw.pipes.at, end: raw.pipes.at, value: { type: 'empty' } });
        now.values = now.n;
        now.last = raw;
        now.pipeBlanks = true;
      }
      flush();
      continue;
    }
    for (const c of raw.cells) {
      // (`cur` is reassigned by start and flush: read it afresh for each cell.)
      const now = cur as Building | null;
      if (c.value.type !== 'text') {
        // Values without a label of their own (table 四 under its headers) are a row of their own.
        if (!now || (now.kind === 'header' && now.values === 0)) { start(c, raw, 'text', 1); continue; }
        if (now.values < now.n) { now.cells.push(c); now.last = raw; now.values++; continue; }
        // Blank cells beyond the count are debris unless a figure follows them in the row: then they were the row's
        // (merged label slots before its figures: 一、本年新收… / / / 26 / / / / / / 26), kept for the row to place.
        if (c.value.type === 'empty') { (now.blanks ??= []).push(c); continue; }
        if (now.blanks) { now.cells.push(...now.blanks); now.values += now.blanks.length; now.blanks = undefined; }
        now.cells.push(c);
        now.last = raw;
        now.values++;
        continue;
      }
      const key = labelKey(c.text);
      const own = core(c.text);
      const capIdx = key.startsWith('第二十条')
        ? captionKeys.findIndex((k) => key.startsWith(k) || key.includes(k.slice(-2)))
        : -1;
      let kind: Kind;
      if (capIdx >= 0) {
        kind = 'caption';
        block = blocks[capIdx];
      } else if (headers.has(key) && now && (now.kind === 'header' || now.kind === 'caption') && now.values === 0) {
        kind = 'header';
      } else {
        const own2 = own || key;
        const inBlock = labels.filter((l) => !block || l.block === block || !l.block);
        const hit = inBlock.find((l) => matchesLabel(own2, l)) ?? labels.find((l) => matchesLabel(own2, l));
        if (hit) {
          kind = 'label';
          if (hit.block) block = hit.block;
        } else if (headers.has(key) || headerList.some((h) => key.includes(h)) || key.includes('勾稽关系')) {
          kind = 'header';
        } else {
          kind = 'text';
        }
      }
      // A row label misspelt (行政许司 for 行政许可) right under the header, followed by its values:
      // a row of its own (an unknown label), not one more header word.
      if (kind === 'text' && now && now.kind === 'header' && now.values === 0 && spec.kind !== 'flat' && misspelt(own || key, labels, block)) {
        const next = after.get(c);
        if (next && next.value.type !== 'text') { start(c, raw, 'text'); continue; }
      }
      if (!now || kind === 'caption' || kind === 'label') { start(c, raw, kind); continue; }
      // The rest of a label printed after its figures (PDF text of a narrow label column on one line:
      // 行政规范 62 33 440 性文件, 2.其他法 律行政法 0 … 规禁止公 开): taken into that row's label when
      // the label so completed is a statutory one and was not before.
      if (kind === 'text' && now.values > 0 && (now.kind === 'text' || now.kind === 'label') && !ROW_NUMBER.test(c.text) && labelTail(now, c, labels, after)) {
        now.cells.splice(now.cells.length - now.values, 0, c);
        now.kind = 'label';
        continue;
      }
      // A numbered row label after pieces of text that took no figures (a group label's pieces in its
      // narrow column: （三）不 1.属于国 4 …) starts a row of its own.
      if (kind === 'text' && now.kind === 'text' && now.values === 0 && ROW_NUMBER.test(c.text)) { start(c, raw, kind); continue; }
      // Header cells continue a header; text continues a label split over cells. Either
      // after values (or after a caption) begins a new row.
      if (now.values > 0 || now.kind === 'caption' || (kind === 'header' && now.kind !== 'header')) { start(c, raw, kind); continue; }
      now.cells.push(c);
      now.last = raw;
    }
  }
  flush();
  if (fits) valuesBeforeLabel(out, fits);
  return out;
}

/**
 * PDF text in reading order prints a one-column block's figure before its row label, after the
 * header (本年收费金额（单位：万元） 7730.28 行政事业性收费 三、…): a row of values alone right after a
 * header, holding as many values as the block has columns, then a statutory label with none of its
 * own that ends the block (the next caption or label, or the end): the values are that label's.
 */
function valuesBeforeLabel(rows: RawRow[], fits: RowFit[]): void {
  for (let i = rows.length - 2; i >= 1; i--) {
    const vals = fits[i], label = fits[i + 1], head = fits[i - 1];
    if (head.kind !== 'header' || vals.kind !== 'text' || label.kind !== 'label' || label.values !== 0 || vals.values !== vals.n || label.n !== vals.n) continue;
    if (rows[i].cells.some((c) => c.value.type === 'text' || c.value.type === 'empty') || rows[i + 1].cells.length !== 1) continue;
    const next = fits[i + 2];
    if (next && next.kind !== 'caption' && next.kind !== 'label') continue;
    const v = rows[i], l = rows[i + 1];
    rows.splice(i, 2, { line: v.line, endLine: l.endLine, start: v.start, end: l.end, cells: [...l.cells, ...v.cells], width: null });
    fits.splice(i, 2, { values: vals.values, n: vals.n, kind: 'label' });
  }
}
