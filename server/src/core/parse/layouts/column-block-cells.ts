// The cells of column-block tables (PDF text in reading order, ./column-block.ts) as tokens, and
// how a token is told apart: a value or text, a running page header or footer left out, a row label
// named (exactly, by its start, with one character wrong, or by its end), header words, the table's
// note, a label's pieces broken over lines, a label with its first value on its line. Shared by the
// whole-table reader (./column-block-read.ts) and the readers of certain rows (column-block-partial.ts,
// column-block-narrow.ts, column-block-spread.ts).
import type { GridTable } from '../../formats/types';
import { labelKey } from '../../text/normalize';
import type { TableRow } from '../interpret-table';
import type { Cell, RawRow, TableBlock } from '../tables';
import { isPageFooter } from '../page-footer';
import { newTableRow } from '../table-row';
import { readCellValue } from '../cell-value';

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

export interface Token { cell: Cell; line: number; kind: 'num' | 'text' }


export function tokens(blocks: TableBlock[]): Token[] {
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

export function rowOf(parts: Token[]): RawRow {
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

export function tableRow(raw: RawRow, kind: TableRow['kind'], rowId: string | null, blockId: string | null, label: Token | null): TableRow {
  return newTableRow(raw, kind, rowId, blockId, label?.cell.text ?? '', label ? label.cell.start : raw.start, label ? label.cell.end : raw.start);
}

/** A label without its leading numbering: （二）部分公开 → 部分公开, 1.属于国家秘密 → 属于国家秘密. */
export function bare(s: string): string {
  return labelKey(s.replace(/^[\s\u3000]*[（(]?[一二三四五六七八九十\d]{1,3}[）)]?[\s\u3000]*[、.．]?/, ''));
}

/** Does a cell's text name a label (exactly, or a line-broken start of it of 4+ characters)? */
export function names(text: string, label: string): boolean {
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
export function namesOneOff(text: string, label: string): boolean {
  const k = bare(text);
  const l = bare(label);
  if (k.length !== l.length || l.length < 4) return false;
  let diff = 0;
  for (let i = 0; i < k.length && diff < 2; i++) if (k[i] !== l[i]) diff++;
  return diff === 1;
}

/** The one row whose label ends with a cell's text of four characters or more (规范性文件 for 行政规范性文件), or undefined. */
export function endOfOne<T extends { label: string }>(rows: readonly T[], text: string): T | undefined {
  const k = bare(text);
  if (k.length < 4) return undefined;
  const hits = rows.filter((r) => bare(r.label).endsWith(k));
  return hits.length === 1 ? hits[0] : undefined;
}

/** Header words: a cell whose every part is a column, group or header label of the table. */
export function isHeaderWord(text: string, labels: string[]): boolean {
  const k = labelKey(text);
  if (!k) return true;
  return labels.some((l) => l.includes(k) || k === l);
}

/** Header words one space apart in one cell (a header line printed as one cell: 结果 结果 其他 尚未 总计), each a header word. */
export function isHeaderLine(text: string, labels: string[]): boolean {
  return text.trim().split(/[\s\u3000]+/).every((part) => isHeaderWord(part, labels));
}

/** A line of the table's printed note (（本列数据的勾稽关系为：…）), broken over lines. */
export function inNote(text: string, note: string | undefined): boolean {
  const k = labelKey(text);
  return !!note && k.length >= 4 && labelKey(note).includes(k);
}

/**
 * Does a text cell carry on the label of the row before it, printed after that row's values (a label
 * broken over lines whose last piece a PDF converter puts after the figures)? The pieces read so far
 * are kept in cur.tail; the joined label must still be the start of the row's statutory label.
 */
export function continuesLabel(spec: GridTable, cur: { label: Token; id: string; tail: string }, t: Token): boolean {
  const row = spec.rows.find((x) => x.id === cur.id);
  const piece = labelKey(t.cell.text);
  if (!row || !piece) return false;
  const joined = bare(cur.label.cell.text + cur.tail + t.cell.text);
  if (joined.length <= bare(cur.label.cell.text + cur.tail).length || !bare(row.label).startsWith(joined)) return false;
  cur.tail += t.cell.text;
  return true;
}

/** A row label with its first value on the same line (5.要求行政机关确认或重 新出具 0, 行政事业性收费 18651.06, or in 万元 to the fen: 4166.241619): the label, then the value. */
const LABEL_THEN_VALUE = /^(.*[\u3400-\u9fff）)”])[\s\u3000]+(\d{1,7}(?:\.\d{1,6})?)$/;

export function splitLabelValue(t: Token): Token[] {
  const m = t.kind === 'text' ? LABEL_THEN_VALUE.exec(t.cell.text) : null;
  if (!m) return [t];
  const c = t.cell;
  return [
    { ...t, cell: { text: m[1], start: c.start, end: c.start + m[1].length, value: readCellValue(m[1]) } },
    { kind: 'num', line: t.line, cell: { text: m[2], start: c.end - m[2].length, end: c.end, value: readCellValue(m[2]) } },
  ];
}
