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
import { finishDraft, pipeRow } from './html-to-draft';
import { normalizeGlyphs } from './pdf-glyphs';
import { joinText, Line, linesOf, PdfPage, segmentsOf } from './pdf-lines';
import { PageTable, tablesOf, TOL } from './pdf-ruled-tables';

export type { PdfItem, PdfPage, PdfRule } from './pdf-lines';
export { normalizeGlyphs } from './pdf-glyphs';

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
  return finishDraft(lines, map);
}
