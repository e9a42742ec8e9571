// A PDF's pages (text items with their positions, and the ruling lines drawn on them) turned into
// a draft like the Word and web inputs give: text lines joined into paragraphs where the PDF
// wrapped them, every ruled table rebuilt by coordinates into a GFM pipe table (columns from
// the vertical rules, rows from the horizontal ones; a merged cell's text in its top-left slot,
// the covered slots blank, multi-line cell text joined), a table continued on the next page
// (with its header repeated) joined to the one before, and the page headers and footers
// (lines repeated at the top or bottom of the pages, page numbers) dropped. Text not in a ruled
// table stays text, its cells separated by a space, as a copied PDF reads.
//
// Pure data → { text, map }; every step is linear or bounded per page (capped rule counts).
import type { Draft, LineSource } from './html-to-draft';
import { pipeRow } from './html-to-draft';

/** A run of text at a position (PDF user space: y grows upwards; x, y the baseline start). */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size (height of the glyphs). */
  size: number;
}

/** A horizontal (y fixed, from x1 to x2) or vertical (x fixed, from y1 to y2) ruling line. */
export interface PdfRule {
  horizontal: boolean;
  /** The fixed coordinate. */
  at: number;
  from: number;
  to: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
  rules: PdfRule[];
}

/** Rules kept per page (a page drawn with more is read as text). */
const MAX_RULES = 4000;
const TOL = 2.5;

/**
 * Glyphs a PDF font maps to the Kangxi radicals (U+2F00–2FDF) or the CJK radicals supplement
 * (U+2E80–2EFF) instead of the ideographs they look like: ⼈ for 人, ⺠ for 民. The first are
 * compatibility characters (NFKC gives the ideograph); the supplement's simplified forms are listed.
 */
const RADICALS: Record<string, string> = {
  '⺀': '冫', '⺁': '厂', '⺇': '几', '⺋': '㔾', '⺍': '⺍', '⺎': '兀', '⺏': '尣', '⺐': '尢', '⺑': '尣', '⺒': '巳', '⺓': '幺',
  '⺔': '彑', '⺖': '忄', '⺗': '心', '⺘': '扌', '⺙': '攵', '⺛': '旡', '⺜': '日', '⺝': '月', '⺞': '歺', '⺟': '母',
  '⺠': '民', '⺡': '氵', '⺢': '氺', '⺣': '灬', '⺤': '爫', '⺥': '爫', '⺦': '丬', '⺧': '牜', '⺨': '犭', '⺩': '王',
  '⺪': '疋', '⺫': '罒', '⺬': '示', '⺭': '礻', '⺮': '竹', '⺯': '糹', '⺰': '纟', '⺱': '罓', '⺲': '罒', '⺳': '网',
  '⺴': '罒', '⺵': '罒', '⺶': '羊', '⺷': '羊', '⺸': '羊', '⺹': '耂', '⺺': '聿', '⺻': '肀', '⺼': '月', '⺽': '臼',
  '⺾': '艹', '⺿': '艹', '⻀': '艹', '⻁': '虎', '⻂': '衤', '⻃': '覀', '⻄': '西', '⻅': '见', '⻆': '角', '⻇': '角',
  '⻈': '讠', '⻉': '贝', '⻊': '足', '⻋': '车', '⻌': '辶', '⻍': '辶', '⻎': '辶', '⻏': '阝', '⻐': '钅', '⻑': '長',
  '⻒': '镸', '⻓': '长', '⻔': '门', '⻕': '阝', '⻖': '阝', '⻗': '雨', '⻘': '青', '⻙': '韦', '⻚': '页', '⻛': '风',
  '⻜': '飞', '⻝': '食', '⻞': '飠', '⻟': '食', '⻠': '饣', '⻡': '首', '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼',
  '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻪': '黾', '⻫': '齐', '⻬': '齐', '⻭': '齿', '⻮': '齿', '⻯': '龙',
  '⻰': '龙', '⻱': '龜', '⻲': '亀', '⻳': '龟',
};

/** Kangxi radicals whose compatibility ideograph is the traditional form of a simplified one. */
const KANGXI_SIMPLIFIED: Record<string, string> = { '⼾': '户', '⾭': '青', '⿈': '黄', '⾣': '酉' };

/** Radical look-alikes to the ideographs; nothing else changes (full-width punctuation stays). */
export function normalizeGlyphs(s: string): string {
  if (!/[\u2e80-\u2fdf]/.test(s)) return s;
  return s.replace(/[\u2e80-\u2fdf]/g, (c) => RADICALS[c] ?? KANGXI_SIMPLIFIED[c] ?? (c >= '\u2f00' ? c.normalize('NFKC') : c));
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Two pieces of text joined: tight between Chinese characters, else with one space. */
function joinText(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  return CJK.test(a[a.length - 1]) || CJK.test(b[0]) ? a + b : a + ' ' + b;
}

/** One printed line: its items left to right. */
interface Line {
  y: number;
  size: number;
  left: number;
  right: number;
  items: PdfItem[];
}

/** Items grouped into lines by baseline (items sorted top to bottom, then left to right). */
function linesOf(items: readonly PdfItem[]): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const it of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - it.y) <= Math.max(1, 0.35 * Math.min(last.size, it.size))) {
      last.items.push(it);
      last.size = Math.max(last.size, it.size);
    } else {
      lines.push({ y: it.y, size: it.size, left: 0, right: 0, items: [it] });
    }
  }
  for (const l of lines) {
    l.items.sort((a, b) => a.x - b.x);
    l.left = l.items[0].x;
    l.right = -Infinity;
    for (const i of l.items) l.right = Math.max(l.right, i.x + i.width);
  }
  return lines;
}

/** A line's text split where the gap between items is wide (a cell or column apart). */
function segmentsOf(line: Line): string[] {
  const segs: string[] = [];
  let cur = '';
  let end = -Infinity;
  for (const it of line.items) {
    const gap = it.x - end;
    if (cur !== '' && gap > Math.max(line.size * 1.2, 4)) {
      segs.push(cur.replace(/\s+/g, ' ').trim());
      cur = '';
    } else if (cur !== '' && gap > line.size * 0.2 && !/\s$/.test(cur) && !/^\s/.test(it.str)) {
      // A small gap between runs: a space in Latin text, nothing between Chinese characters.
      if (!(CJK.test(cur[cur.length - 1]) && CJK.test(it.str[0] ?? ''))) cur += ' ';
    }
    cur += it.str;
    end = Math.max(end, it.x + it.width);
  }
  if (cur.trim() !== '') segs.push(cur.replace(/\s+/g, ' ').trim());
  return segs.filter((s) => s !== '');
}

/** Values within `tol` merged (sorted ascending, each cluster's mean). */
function cluster(values: number[], tol: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  for (const v of sorted) {
    if (group.length && v - group[group.length - 1] > tol) {
      out.push(group.reduce((a, b) => a + b, 0) / group.length);
      group = [];
    }
    group.push(v);
  }
  if (group.length) out.push(group.reduce((a, b) => a + b, 0) / group.length);
  return out;
}

/** A ruled table on one page: column edges xs (ascending), row edges ys (descending), its cells' text. */
interface PageTable {
  top: number;
  bottom: number;
  xs: number[];
  grid: string[][];
}

/** Rules grouped into tables: rules that touch or cross belong together (union-find). */
function ruleGroups(rules: readonly PdfRule[]): PdfRule[][] {
  const n = rules.length;
  const parent = rules.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const touches = (a: PdfRule, b: PdfRule): boolean => {
    if (a.horizontal === b.horizontal) {
      return Math.abs(a.at - b.at) <= TOL && a.from <= b.to + TOL && b.from <= a.to + TOL;
    }
    const [h, v] = a.horizontal ? [a, b] : [b, a];
    return v.at >= h.from - TOL && v.at <= h.to + TOL && h.at >= v.from - TOL && h.at <= v.to + TOL;
  };
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (touches(rules[i], rules[j])) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, PdfRule[]>();
  rules.forEach((r, i) => {
    const k = find(i);
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  });
  return [...groups.values()];
}

/** Whether some rule of the list covers the point along its length. */
function covered(rules: readonly PdfRule[], at: number, along: number): boolean {
  return rules.some((r) => Math.abs(r.at - at) <= TOL && r.from - TOL <= along && along <= r.to + TOL);
}

/** Ruled tables of a page; the items they hold are removed from `rest`. */
function tablesOf(page: PdfPage, rest: Set<PdfItem>): PageTable[] {
  if (page.rules.length > MAX_RULES) return [];
  const tables: PageTable[] = [];
  for (const group of ruleGroups(page.rules)) {
    const hs = group.filter((r) => r.horizontal);
    const vs = group.filter((r) => !r.horizontal);
    const xs = cluster(vs.map((r) => r.at), TOL);
    const ys = cluster(hs.map((r) => r.at), TOL).reverse();
    if (xs.length < 3 || ys.length < 2) continue;
    const rows = ys.length - 1;
    const cols = xs.length - 1;
    if (rows * cols > 20000) continue;
    // Items whose middle lies inside the table, into their slot.
    const slots: PdfItem[][][] = Array.from({ length: rows }, () => Array.from({ length: cols }, () => [] as PdfItem[]));
    let count = 0;
    for (const it of rest) {
      const cx = it.x + it.width / 2;
      const cy = it.y + it.size * 0.35;
      if (cx < xs[0] || cx > xs[cols] || cy > ys[0] || cy < ys[rows]) continue;
      let c = 0;
      while (c + 1 < cols && cx > xs[c + 1]) c++;
      let r = 0;
      while (r + 1 < rows && cy < ys[r + 1]) r++;
      slots[r][c].push(it);
      count++;
    }
    if (count === 0) continue;
    // A merged cell's text goes to its top-left slot: left while no rule separates the slot from
    // its left neighbour, up while none separates it from the slot above.
    const grid: string[][] = Array.from({ length: rows }, () => Array.from({ length: cols }, () => ''));
    const gathered: PdfItem[][][] = Array.from({ length: rows }, () => Array.from({ length: cols }, () => [] as PdfItem[]));
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        if (slots[r][c].length === 0) continue;
        let rr = r;
        let cc = c;
        for (let guard = 0; guard < rows + cols; guard++) {
          const midY = (ys[rr] + ys[rr + 1]) / 2;
          const midX = (xs[cc] + xs[cc + 1]) / 2;
          if (cc > 0 && !covered(vs, xs[cc], midY)) cc--;
          else if (rr > 0 && !covered(hs, ys[rr], midX)) rr--;
          else break;
        }
        for (const it of slots[r][c]) gathered[rr][cc].push(it);
      }
    }
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const items = gathered[r][c];
        if (items.length === 0) continue;
        let text = '';
        for (const line of linesOf(items)) text = joinText(text, segmentsOf(line).join(' '));
        grid[r][c] = text;
      }
    }
    for (const it of slots.flat(2)) rest.delete(it);
    // Rows with no text at all (a rule drawn twice, a spacer) are left out.
    const kept = grid.filter((row) => row.some((t) => t !== ''));
    tables.push({ top: ys[0], bottom: ys[rows], xs, grid: kept });
  }
  return tables;
}

/** Text with its digits as '#': the key of a header or footer repeated with the page number. */
const furniture = (s: string) => s.replace(/[0-9０-９]+/g, '#').replace(/\s+/g, '');
/** A page number alone: "3", "- 3 -", "第3页", "3/10", "第 3 页 共 10 页", "Page 3 of 10". */
const PAGE_NUMBER = /^[-—－–\s]*(?:第?\s*[#]\s*页?\s*(?:[/／]\s*#\s*页?|共\s*#\s*页)?|page#(?:of#)?|#\/#)[-—－–\s]*$/i;

type Block =
  | { kind: 'line'; page: number; line: Line; segs: string[] }
  | { kind: 'table'; page: number; table: PageTable; rowPages: number[] };

/** Converts the pages of a PDF to a draft and its line map (page numbers in the map). */
export function pdfPagesToDraft(pages: readonly PdfPage[]): Draft {
  // Per page: ruled tables out first, the rest into lines. Grouping a page's rules compares
  // them pairwise: a document-wide budget of comparisons keeps a file of thousands of densely
  // ruled pages bounded (pages past it are read as text).
  let budget = 2e8;
  const perPage = pages.map((page) => {
    const cost = page.rules.length * page.rules.length;
    budget -= cost;
    if (budget < 0 && cost > 0) page = { ...page, rules: [] };
    const items = page.items
      .filter((i) => i.str.trim() !== '' || i.str === ' ')
      .map((i) => ({ ...i, str: normalizeGlyphs(i.str) }));
    const rest = new Set(items);
    const tables = tablesOf({ ...page, items }, rest);
    const lines = linesOf([...rest]).filter((l) => l.items.some((i) => i.str.trim() !== ''));
    return { page, tables, lines };
  });
  // Headers and footers: a line in the top or bottom eighth of its page that recurs (digits aside)
  // on another page in the same band, or a page number alone.
  const band = (p: PdfPage, l: Line): 'top' | 'bottom' | null =>
    l.y > p.height * 0.88 ? 'top' : l.y < p.height * 0.12 ? 'bottom' : null;
  const seen = new Map<string, Set<number>>();
  perPage.forEach(({ page, lines }, k) => {
    for (const l of lines) {
      const b = band(page, l);
      if (!b) continue;
      const key = b + furniture(segmentsOf(l).join(' '));
      const s = seen.get(key) ?? new Set<number>();
      s.add(k);
      seen.set(key, s);
    }
  });
  const blocks: Block[] = [];
  perPage.forEach(({ page, tables, lines }, k) => {
    const pageNo = k + 1;
    const mine: { top: number; block: Block }[] = [];
    for (const l of lines) {
      const segs = segmentsOf(l);
      const b = band(page, l);
      if (b) {
        const key = furniture(segs.join(' '));
        if ((seen.get(b + key)?.size ?? 0) >= 2 || PAGE_NUMBER.test(key)) continue;
      }
      mine.push({ top: l.y + l.size, block: { kind: 'line', page: pageNo, line: l, segs } });
    }
    for (const t of tables) mine.push({ top: t.top, block: { kind: 'table', page: pageNo, table: t, rowPages: t.grid.map(() => pageNo) } });
    mine.sort((a, b) => b.top - a.top);
    for (const { block } of mine) {
      const prev = blocks[blocks.length - 1];
      // A table continued from the page before: same columns, first thing on its page.
      const into = block.kind === 'table' && prev?.kind === 'table' && prev.page === pageNo - 1 && mine[0].block === block
        ? columnsWithin(block.table.xs, prev.table.xs) : null;
      if (block.kind === 'table' && prev?.kind === 'table' && into) {
        const g = prev.table.grid;
        const width = prev.table.xs.length - 1;
        const rows = block.table.grid.map((row) => {
          const out: string[] = Array.from({ length: width }, () => '');
          row.forEach((t, c) => {
            if (t !== '') out[into[c]] = out[into[c]] === '' ? t : joinText(out[into[c]], t);
          });
          return out;
        });
        // The header the continuation repeats is left out.
        let skip = 0;
        while (skip < rows.length && skip < g.length && rows[skip].join('\u0000') === g[skip].join('\u0000')) skip++;
        for (let r = skip; r < rows.length; r++) {
          g.push(rows[r]);
          prev.rowPages.push(pageNo);
        }
        continue;
      }
      blocks.push(block);
    }
  });
  return render(blocks);
}

/**
 * A table continued on the next page has the column edges of the one before (or some of them,
 * where a page holds only rows with merged cells): for each of its columns, the column it
 * continues; null when the edges do not line up (another table).
 */
function columnsWithin(xs: readonly number[], prev: readonly number[]): number[] | null {
  const at = (x: number) => prev.findIndex((p) => Math.abs(p - x) <= TOL * 2);
  const idx = xs.map(at);
  if (idx.some((i) => i < 0)) return null;
  // Both tables span the same width.
  if (idx[0] !== 0 || idx[idx.length - 1] !== prev.length - 1) return null;
  return idx.slice(0, -1);
}

function render(blocks: readonly Block[]): Draft {
  const lines: string[] = [];
  const map: LineSource[] = [];
  let paragraph = 0;
  let table = 0;
  const blank = () => {
    if (lines.length > 0 && lines[lines.length - 1] !== '') {
      lines.push('');
      map.push(null);
    }
  };
  // The text column of each page: the leftmost start and rightmost end of its lines.
  const margins = new Map<number, { left: number; right: number }>();
  for (const b of blocks) {
    if (b.kind !== 'line') continue;
    const m = margins.get(b.page) ?? { left: Infinity, right: -Infinity };
    m.left = Math.min(m.left, b.line.left);
    m.right = Math.max(m.right, b.line.right);
    margins.set(b.page, m);
  }
  let open: { text: string; line: Line; page: number } | null = null;
  const flush = () => {
    if (!open) return;
    lines.push(open.text);
    map.push({ paragraph: ++paragraph, page: open.page });
    open = null;
  };
  for (const b of blocks) {
    if (b.kind === 'line') {
      const text = b.segs.join(' ');
      const m = margins.get(b.page);
      // A wrapped paragraph: the line before ran to the right margin, as one run, and this one
      // starts at the left margin in the same type size.
      if (open && m && b.segs.length === 1) {
        const o: { text: string; line: Line; page: number } = open;
        const om = margins.get(o.page) ?? m;
        const full = o.line.right >= om.right - 1.5 * o.line.size && !/[。！？!?]$/.test(o.text);
        const startsLeft = b.line.left <= m.left + 0.5 * b.line.size;
        const sameSize = Math.abs(o.line.size - b.line.size) <= 0.5;
        if (full && startsLeft && sameSize) {
          o.text = joinText(o.text, text);
          o.line = b.line;
          continue;
        }
      }
      flush();
      open = { text, line: b.line, page: b.page };
      if (b.segs.length > 1) flush();
      continue;
    }
    flush();
    const grid = b.table.grid;
    if (grid.length === 0) continue;
    table++;
    blank();
    grid.forEach((row, r) => {
      const { line, cells } = pipeRow(row);
      lines.push(line);
      map.push({ table, row: r + 1, cells, page: b.rowPages[r] });
      if (r === 0) {
        lines.push('|' + row.map(() => ' --- |').join(''));
        map.push({ table, page: b.rowPages[0] });
      }
    });
    blank();
  }
  flush();
  while (lines.length > 0 && lines[lines.length - 1] === '') {
    lines.pop();
    map.pop();
  }
  return { text: lines.join('\n') + '\n', map: [...map, null] };
}
