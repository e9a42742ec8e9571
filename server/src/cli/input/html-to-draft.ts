// A web page (or mammoth's HTML of a Word file) turned into a draft the core reads like a
// pasted text: the article's blocks as lines (headings as Markdown headings), every data
// <table> as a GFM pipe table whose grid has rowspan/colspan expanded (the value in the
// top-left slot, the covered slots blank, as the printed form places them), entities decoded.
// Scripts, styles, navigation, page header and footer, and comments are dropped; other web
// debris (breadcrumbs, "来源：… 发布时间：…" blocks) stays as text lines, so the core's
// artifact-web rule reports it as it does for a copied page.
//
// Pure string → { text, map }: `map` gives, for each draft line, where it came from in the
// source (paragraph N, or table N row r, and the cell start columns), so the CLI can say where a
// finding is in the original. Linear: tags are found with indexOf, the open-element stack is
// capped, nothing recurses over the input.
import { BLOCK, decodeEntities, Element, Node, parseHtml } from './html-parse';

export { decodeEntities } from './html-parse';

/** Where a draft position came from in the source document (1-based numbers; `page`: a PDF's page). */
export type SourceRef = ({ paragraph: number } | { table: number; row?: number; column?: number }) & { page?: number };

/** One draft line's origin. `cells`: the 0-based column in the line where each grid cell starts. */
export type LineSource =
  | { paragraph: number; page?: number }
  | { table: number; row?: number; cells?: number[]; page?: number }
  | null;

export interface Draft {
  text: string;
  /** One entry per line of `text`. */
  map: LineSource[];
}

/** Where the 0-based (line, column) of a draft lies in the source, or undefined. */
export function sourceAt(map: readonly LineSource[], line: number, column: number): SourceRef | undefined {
  const src = map[line];
  if (!src) return undefined;
  const page = src.page !== undefined ? { page: src.page } : {};
  if ('paragraph' in src) return { ...page, paragraph: src.paragraph };
  if (src.row === undefined || !src.cells) return { ...page, table: src.table };
  let c = 0;
  while (c + 1 < src.cells.length && src.cells[c + 1] <= column) c++;
  return { ...page, table: src.table, row: src.row, column: c + 1 };
}

/** `段落 12`, `表3 第5行 第2列`: the source position as shown beside a finding. */
export function describeSource(ref: SourceRef): string {
  const page = ref.page !== undefined ? `第${ref.page}页 ` : '';
  if ('paragraph' in ref) return `${page}段落 ${ref.paragraph}`;
  if (ref.row === undefined) return `${page}表${ref.table}`;
  return `${page}表${ref.table} 第${ref.row}行 第${ref.column}列`;
}

/** rowspan/colspan and grid columns taken at most (larger values are markup errors). */
const MAX_SPAN = 50;
const MAX_COLS = 200;
/** A table cell longer than this holds an article, not a value: the table is page layout. */
const MAX_DATA_CELL = 600;

/** One row of a source table as a pipe-table line, and the column where each cell starts. */
export function pipeRow(row: readonly string[]): { line: string; cells: number[] } {
  const cells: number[] = [];
  let line = '|';
  for (const cell of row) {
    cells.push(line.length);
    line += ' ' + cell.replace(/\|/g, '｜') + ' |';
  }
  return { line, cells };
}

function spanOf(attrs: string, name: string): number {
  const m = new RegExp(`\\b${name}\\s*=\\s*["']?\\s*(\\d{1,4})`, 'i').exec(attrs.length > 500 ? attrs.slice(0, 500) : attrs);
  const v = m ? Number(m[1]) : 1;
  return v >= 1 && v <= MAX_SPAN ? v : 1;
}

const WS = /[\s\u00a0]+/g;
/** A source line break between two Chinese characters: the page's markup wrapped, not a space in the text. */
const CJK_WRAP = /([\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef])[ \t]*\r?\n\s*(?=[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef])/g;

/** Markup text to one line of text: entities decoded, whitespace collapsed, trimmed. */
function collapse(raw: string): string {
  return decodeEntities(raw).replace(CJK_WRAP, '$1').replace(WS, ' ').trim();
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * Inline text of a subtree on one line, entities decoded. A block break (a cell's second
 * paragraph, a <br>) becomes a space, except between two Chinese characters: a label Word wrapped
 * into two paragraphs of one cell ("本年新收政府信息" / "公开申请数量") is one label.
 */
function inlineText(node: Node): string {
  const pieces: string[] = [];
  let run: string[] = [];
  const todo: Node[] = [node];
  const cut = () => {
    const t = collapse(run.join(''));
    run = [];
    if (t !== '') pieces.push(t);
  };
  while (todo.length) {
    const x = todo.pop() as Node;
    if (typeof x === 'string') run.push(x);
    else {
      if (x.name === 'br' || BLOCK.has(x.name)) cut();
      for (let k = x.children.length - 1; k >= 0; k--) todo.push(x.children[k]);
    }
  }
  cut();
  let out = pieces[0] ?? '';
  for (let k = 1; k < pieces.length; k++) {
    const joinTight = CJK.test(out[out.length - 1]) && CJK.test(pieces[k][0]);
    out += (joinTight ? '' : ' ') + pieces[k];
  }
  return out;
}

/** The rows of a table (through thead/tbody/tfoot), each a list of its cells. */
function rowsOf(table: Element): Element[][] {
  const rows: Element[][] = [];
  const visit = (el: Element) => {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      if (c.name === 'tr') rows.push(c.children.filter((x): x is Element => typeof x !== 'string' && (x.name === 'td' || x.name === 'th')));
      else if (c.name === 'thead' || c.name === 'tbody' || c.name === 'tfoot') visit(c);
    }
  };
  visit(table);
  return rows;
}

function containsTable(el: Element): boolean {
  const todo: Node[] = [...el.children];
  while (todo.length) {
    const x = todo.pop() as Node;
    if (typeof x === 'string') continue;
    if (x.name === 'table') return true;
    for (const c of x.children) todo.push(c);
  }
  return false;
}

/** A table of values: no nested table, no cell holding an article. Others are page layout. */
function dataGrid(table: Element): string[][] | null {
  if (containsTable(table)) return null;
  const rows = rowsOf(table);
  if (rows.length === 0) return null;
  const grid: string[][] = [];
  const carry: number[] = [];
  for (const cells of rows) {
    const row: string[] = [];
    let col = 0;
    for (const cell of cells) {
      while (col < MAX_COLS && (carry[col] ?? 0) > 0) {
        row.push('');
        carry[col]--;
        col++;
      }
      if (col >= MAX_COLS) break;
      const text = inlineText(cell);
      if (text.length > MAX_DATA_CELL) return null;
      const colspan = spanOf(cell.attrs, 'colspan');
      const rowspan = spanOf(cell.attrs, 'rowspan');
      for (let k = 0; k < colspan && col < MAX_COLS; k++, col++) {
        row.push(k === 0 ? text : '');
        carry[col] = rowspan - 1;
      }
    }
    // Slots still covered by a rowspan from above, at the end of the row.
    for (let c = col; c < carry.length; c++) {
      if ((carry[c] ?? 0) > 0) {
        while (row.length < c) row.push('');
        row.push('');
        carry[c]--;
      }
    }
    grid.push(row);
  }
  // A loop, not Math.max(...rows): a table of 200,000 rows would overflow the call stack.
  let width = 0;
  for (const r of grid) width = Math.max(width, r.length);
  if (width < 2) return null;
  for (const r of grid) while (r.length < width) r.push('');
  return grid;
}

/** Converts HTML to a draft and its line map. */
export function htmlToDraft(html: string): Draft {
  const root = parseHtml(html);
  const lines: string[] = [];
  const map: LineSource[] = [];
  let paragraph = 0;
  let table = 0;
  let cur: string[] = [];
  let heading = 0;
  const flush = () => {
    if (cur.length === 0) return;
    const text = collapse(cur.join(''));
    cur = [];
    if (text === '') return;
    lines.push(heading > 0 ? '#'.repeat(heading) + ' ' + text : text);
    map.push({ paragraph: ++paragraph });
  };
  const blank = () => {
    if (lines.length > 0 && lines[lines.length - 1] !== '') {
      lines.push('');
      map.push(null);
    }
  };
  // Iterative walk: enter/exit events, so deep markup cannot overflow the call stack.
  type Step = { node: Node } | { exit: Element };
  const todo: Step[] = root.children.slice().reverse().map((node) => ({ node }));
  while (todo.length) {
    const step = todo.pop() as Step;
    if ('exit' in step) {
      const el = step.exit;
      if (BLOCK.has(el.name)) flush();
      if (/^h[1-6]$/.test(el.name)) heading = 0;
      continue;
    }
    const node = step.node;
    if (typeof node === 'string') {
      cur.push(node);
      continue;
    }
    if (node.name === 'br') {
      flush();
      continue;
    }
    if (node.name === 'img') continue;
    if (node.name === 'table') {
      const grid = dataGrid(node);
      if (grid) {
        flush();
        table++;
        // A caption is the table's title line.
        for (const c of node.children) {
          if (typeof c !== 'string' && c.name === 'caption') {
            const t = inlineText(c);
            if (t) {
              blank();
              lines.push(t);
              map.push({ paragraph: ++paragraph });
            }
          }
        }
        blank();
        grid.forEach((row, r) => {
          const { line, cells } = pipeRow(row);
          lines.push(line);
          map.push({ table, row: r + 1, cells });
          if (r === 0) {
            lines.push('|' + row.map(() => ' --- |').join(''));
            map.push({ table });
          }
        });
        blank();
        continue;
      }
    }
    if (BLOCK.has(node.name)) flush();
    const h = /^h([1-6])$/.exec(node.name);
    if (h) heading = Number(h[1]);
    todo.push({ exit: node });
    for (let k = node.children.length - 1; k >= 0; k--) todo.push({ node: node.children[k] });
  }
  flush();
  return finishDraft(lines, map);
}

/** The draft of converted lines and their sources: trailing blank lines dropped, one final line break. */
export function finishDraft(lines: string[], map: LineSource[]): Draft {
  while (lines.length > 0 && lines[lines.length - 1] === '') {
    lines.pop();
    map.pop();
  }
  return { text: lines.join('\n') + '\n', map: [...map, null] };
}
