// Developer aid: how the reading of real pages holds up when the same text is pasted in a worse
// layout. For each .txt page of the folders given, writes variants to a temporary folder:
//   one       the whole text on one line (line breaks replaced by a space)
//   nospace   line breaks and all spaces removed (a paste that lost every separator)
//   wrap      every line hard-wrapped every 32 characters (PDF text of a narrow column)
//   wrapprose the same for lines without pipes or tabs (table rows kept whole)
// and, with --modes, the smaller differences of web and Word copies:
//   nbsp      every space a no-break space (a browser copy's &nbsp;)
//   fullwidth every digit full width (a draft typed in full width)
//   blank     a blank line between any two lines (a browser copy of <p> paragraphs)
//   indent    prose lines indented with two U+3000 (table lines, with a pipe or a tab, left as they are)
//   crlf      CRLF line ends;  trail  a space before every line end;  zw  a zero-width space after ，。,
//   bom       a byte-order mark first
//   pages     a PDF's page breaks: every 30 lines a blank line, a page number (-4-, — 1 —, 第 2 页 共 9 页, - 3 -)
//             and a blank line, wherever they fall (inside a paragraph or a table too); not in a copy of a web
//             page or a Word file (a table with tabs, pipes or markup, or blank cells as blank lines), which has
//             no page numbers
//   titlesplit the title over two lines before its year (洪泽区人民政府 / 2023 年政府信息公开工作年度报告), or
//             in half when it names no year;  titletail  the title's last two characters on a line of their own
//   notitle   the title line left out (a copy that starts at the opening or at the page's metadata)
//   tw, hk    converted to Traditional script character by character (OpenCC cn → tw / hk: a site's
//             繁體 button or a mirror in Traditional script)
//   twp       converted with Taiwan phrasing too (OpenCC cn → twp: 信息 → 資訊, 发布 → 釋出, 文件 → 檔案, 打印 → 列印,
//             as wiki mirrors convert)
// and the same tables in the other layouts pasted tables come in (pages with pipe rows only; the
// `|---|` line dropped):
//   tab       cells separated by tabs (a browser copy of an HTML table)
//   cells     one cell per line, a blank cell an empty line (a web copy of the table's cells)
//   cellgap   one cell per line with a blank line between cells (a copy of <td><p>…</p></td> cells)
//   columns   cells padded to their column's width, blank cells as spaces (`pdftotext -layout`)
// and every table as the parser read it (any layout; needs `out/`, from `npx tsc -p tsconfig.json`),
// each row's lines replaced by the row's cells written out again (lines of the table that are no row kept):
//   aspipe    `| a | b |` rows (a loose-pipe web copy);  astab  tab rows;  ascells  one cell per line (web tables
//             only, as ascellgap: a table read from PDF text is left as it is);
//   ascolumns cells padded to their column's width (`pdftotext -layout`)
//   ascellgap one cell per line with a blank line between cells, a blank cell one blank line more (<td><p> cells)
//   asgfm     a converter's Markdown table (a |---| line after the first row, rows padded to the table's width)
//   astrim    tab rows without their leading blank cells (a browser copy of merged row labels: covered slots vanish)
//   asfill    tab rows whose leading blank label slots repeat the label above (merged cells expanded by a converter)
//   asdash, asslash, asnone, asunit   tab rows with every 0 written —, /, 无 or 0件
//   asthousands  tab rows with figures of four digits or more written 1,234
//   asheadwrap   tab rows whose header cells of four characters or more are broken over two lines (a cell's <br>)
//   aspagebreak  tab rows parted after the middle row by a page break: the page number, the title, the header rows
// (a row of one cell of a web table, a caption, is laid out too; the blank lines among a table's rows are dropped),
// so that a table read one way in one layout and another way in another shows as new or lost findings.
// runs the CLI on the originals and on each variant, and prints per variant: the pages whose
// kind or year differs from the original's reading, the error/warning findings that are new
// or lost (by rule, counted per page), and the statutory table cells the original reads that the
// variant leaves unread or reads as another figure (a —, 无 or 0件 counted as 0). Usage, after
// `npm run build` and `npx tsc -p tsconfig.json`:
//   node scripts/layout-variants.mjs DIR... [--modes one,nospace,wrap,wrapprose,nbsp,fullwidth,…] [--verbose]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, basename, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { compareReadings } from './variant-compare.mjs';

const OpenCC = createRequire(import.meta.url)('opencc-js');
const traditional = (to) => { let conv; return (t) => (conv ??= OpenCC.Converter({ from: 'cn', to }))(t); };

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const mi = args.indexOf('--modes');
const modes = mi >= 0 ? args[mi + 1].split(',') : ['one', 'nospace', 'wrap'];
const dirs = args.filter((a, i) => !a.startsWith("--") && (mi < 0 || i !== mi + 1));
if (!dirs.length) { console.error('usage: node scripts/layout-variants.mjs DIR... [--modes one,nospace,wrap,wrapprose,nbsp,fullwidth,blank,indent,crlf,trail,zw,bom,tw,hk,twp,tab,cells,cellgap,columns,aspipe,astab,ascells,ascolumns,astrim,asfill,ascellgap,asgfm,asdash,asslash,asnone,asunit,asthousands,asheadwrap,aspagebreak] [--verbose]'); process.exit(2); }

const PIPE_ROW = /^\s*\|(.*)\|\s*$/;
const RULE_ROW = /^[\s|:\-]+$/;
/** Display width: CJK and full-width characters take two columns, as in a PDF laid out as text. */
const width = (s) => [...s].reduce((n, c) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(c) ? 2 : 1), 0);
/** Each run of pipe rows given to `lay` as rows of trimmed cells; it returns the run's lines. */
function retable(t, lay) {
  const out = [];
  let run = []; // the run's lines as written
  const flush = () => {
    // A GFM table only: a header row, then its |---| line. (Lines of bars that a web copy left are not one.)
    if (run.length >= 2 && !RULE_ROW.test(run[0]) && RULE_ROW.test(run[1]) && run[1].includes('-'))
      out.push(...lay(run.filter((l) => !RULE_ROW.test(l)).map((l) => PIPE_ROW.exec(l)[1].split('|').map((c) => c.trim()))));
    else out.push(...run);
    run = [];
  };
  for (const l of t.split(/\r?\n/)) {
    if (PIPE_ROW.test(l)) { run.push(l); continue; }
    flush();
    out.push(l);
  }
  flush();
  return out.join('\n');
}
function columns(rows) {
  const w = [];
  for (const r of rows) r.forEach((c, i) => { w[i] = Math.max(w[i] ?? 0, width(c)); });
  return rows.map((r) => r.map((c, i) => c + ' '.repeat(w[i] - width(c))).join('   ').replace(/\s+$/, ''));
}
let parseDocument, analyzeText;
/**
 * The lines of the statutory tables the core reads with doubt: unreadable, read in part (the rows it could
 * place), or with a row short of figures whose blank cells it cannot place (PDF text with layout: that row
 * left unchecked) or with figures it could put in no column (unassigned). Their rows are no certain rows to write again as delimited rows (a tab or pipe row short
 * of cells is a real shape error, which the PDF text was not): such a table's lines are kept as they are.
 */
function doubtedLines(t) {
  analyzeText ??= createRequire(import.meta.url)('../out/server/src/core/index.js').analyze;
  const report = analyzeText(t).report;
  const out = [];
  const doubted = [...(report?.tables.values() ?? [])].filter((x) => x.partial || x.rows.some((r) => r.shape?.blanks || r.unassigned?.length));
  for (const x of [...doubted, ...(report?.unreadable ?? [])]) for (const b of x.blocks) out.push([b.startLine, b.endLine]);
  return out;
}
/** The layouts of tables read from PDF text (`pdftotext`, with or without -layout). */
const PDF_LAYOUTS = new Set(['spaced', 'column-block']);
/**
 * The text with each table the parser found written again: `lay(rows)` gives, for the table's rows of
 * cells, each row's lines (a table the core reads with doubt left as it is: doubtedLines).
 */
function relayout(t, lay, { webOnly = false } = {}) {
  parseDocument ??= createRequire(import.meta.url)('../out/server/src/core/parse/document.js').parseDocument;
  const doc = parseDocument(t);
  const doubt = doubtedLines(t);
  const lines = t.split(/\r?\n/);
  const ti = titleLine(lines);
  const title = ti >= 0 ? lines[ti].trim() : '';
  const rowAt = new Map(); // first line → the row's lines; later lines of a row → null (dropped)
  for (const tb of doc.tables) {
    // (A block of cells in reading order is no rows: its lines of several figures, 217 1 0 0 or 13 2, are pieces of
    // rows cut where pdftotext parted them, which no web or office copy writes as a delimited row.)
    if (tb.layout === 'html' || tb.layout === 'column-block') continue;
    if (doubt.some(([a, b]) => tb.startLine <= b && a <= tb.endLine)) continue;
    // (`webOnly`: a table read from PDF text, its rows among lines of wrapped label pieces and header text, is left as
    // it is. Its rows written one cell a line would stand among those lines made cells too, a text no copy gives: a
    // browser copies the web page's table whole, header and labels in their cells. table-relayouts.mjs lays a PDF
    // table's reading out so, whole.)
    if (webOnly && PDF_LAYOUTS.has(tb.layout)) continue;
    // (A row of one cell of a web table, a caption spanning the table, is laid out too, as its cell alone; not in PDF
    // text, where it may be a piece of a wrapped label, nor in a block of cells in reading order, whose rows are cells.)
    const whole = ['gfm', 'loose-pipe', 'tab', 'tab-lines'].includes(tb.layout);
    const rows = tb.rows.filter((r) => (whole ? r.cells.some((c) => c.text.trim()) : r.cells.length >= 2) && ![...rowAt.keys()].some((l) => l >= r.line && l <= r.endLine));
    const cellsOf = (r) => {
      const cells = r.cells.map((c) => c.text.replace(/\s*\n\s*/g, '').replace(/[\t|]/g, ' ').trim());
      // (The pieces of a label wrapped in its narrow cell, which PDF text with layout gives as cells of the row before
      // its figures, 1.属于国 / 家秘密 / 0 …, are one cell as the table had it: 1.属于国家秘密 | 0 ….)
      const k = cells.findIndex((c) => /^\d[\d,.]*$/.test(c));
      return !whole && k > 1 && cells.slice(0, k).every((c) => c) ? [cells.slice(0, k).join(''), ...cells.slice(k)] : cells;
    };
    const laid = lay(rows.map(cellsOf), title);
    rows.forEach((r, k) => {
      rowAt.set(r.line, laid[k]);
      for (let l = r.line + 1; l <= r.endLine; l++) rowAt.set(l, null);
    });
    // The blank lines between the rows were the old layout's (a paste's gaps between cells or rows): dropped, so that
    // the rows laid out again stand as that layout's rows do. (A caption or a label line among the rows is kept.)
    // So is a GFM table's |---| line: no row, and no line of the layouts the rows are laid out in (asgfm writes its own).
    if (rows.length) for (let l = rows[0].line; l < rows[rows.length - 1].endLine; l++) if (!rowAt.has(l) && (!lines[l].trim() || (RULE_ROW.test(lines[l]) && lines[l].includes('-')))) rowAt.set(l, null);
    // (And the |---| line under a table's last row: a converter's one-row GFM fragment, 表三 cut into pieces. Kept, it
    // would make that row a GFM table's header in the layout written.)
    const after = rows.length ? rows[rows.length - 1].endLine + 1 : -1;
    if (after > 0 && after < lines.length && !rowAt.has(after) && RULE_ROW.test(lines[after]) && lines[after].includes('-')) rowAt.set(after, null);
  }
  return lines.flatMap((l, i) => (!rowAt.has(i) ? [l] : rowAt.get(i) ?? [])).join('\n');
}
/**
 * Is the text a copy of a web page or a Word file, not PDF text: a table read with tabs, pipes or markup (a browser's or
 * a converter's copy; cells one a line ending in a pipe), or with blank cells as blank lines. Such a copy has no page numbers: the pages mode leaves it as
 * it is. (PDF text's tables, spaced, in reading order or one cell a paragraph without pipes, and pages without a
 * table take the page breaks.)
 */
function webCopy(t) {
  parseDocument ??= createRequire(import.meta.url)('../out/server/src/core/parse/document.js').parseDocument;
  const lines = t.split(/\r?\n/);
  return parseDocument(t).tables.some((tb) => {
    if (PDF_LAYOUTS.has(tb.layout) || tb.layout === 'one-line' || !tb.rows.length) return false;
    const span = lines.slice(Math.min(...tb.rows.map((r) => r.line)), Math.max(...tb.rows.map((r) => r.endLine)) + 1);
    // (Or cells one a paragraph whose blank cells are more blank lines before a figure: a browser's copy of empty
    // <td>s; PDF text writes no blank cell.)
    return span.some((l, i) => /[\t|<]/.test(l) || (i >= 3 && /^\s*\d+\s*$/.test(l) && span.slice(i - 3, i).every((b) => !b.trim())));
  });
}
/** Every line cut every 32 characters (`keep`: lines left whole). */
const wrapLines = (t, keep = () => false) => t.split(/\r?\n/).map((l) => {
  if (keep(l)) return l;
  const cps = [...l];
  const out = [];
  for (let i = 0; i < cps.length; i += 32) out.push(cps.slice(i, i + 32).join(''));
  return out.join('\n');
}).join('\n');
/** A page number as PDF text gives it, in one of the forms pages use. */
const pageNumber = (n, total) => [`                    -${n}-`, `— ${n} —`, `第 ${n} 页 共 ${total} 页`, `- ${n} -`][n % 4];
/**
 * The first line among the first ten non-blank ones that reads as a report's title, or -1. (A breadcrumb's last crumb
 * often names the reports too, 首页 > 政府信息公开 > 政府信息公开年报: a line with a crumb's arrow is none; nor is a
 * list item, (6)市政府提交……的各类报告, a rule's article, 第三条 ……年度报告, or a line of metadata fields, 索引号:…
 * 发布目录:信息公开年报, 栏目: 政府信息公开年报.)
 */
const NO_TITLE = /^(?:[(（]\d{1,2}[)）]|\d{1,2}[、.．]|第[一二三四五六七八九十百]+条|[\u4e00-\u9fff](?:[ \u3000]*[\u4e00-\u9fff]){1,4}\s*[:：])|(?:索\s*引\s*号|主题分类|发布机构|发布日期|发布时间|来源|文\s*号)\s*[:：]/;
function titleLine(lines) {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < 10; i++) {
    const t = lines[i].trim();
    if (!t) continue;
    seen++;
    if (t.length >= 8 && t.length <= 60 && /(?:报告|年报)$/.test(t) && !/[|\t。，>＞»]/.test(t) && !NO_TITLE.test(t)) return i;
  }
  return -1;
}
/** The text with its title line cut in two by `cut(title)` (the index to cut at, or -1). */
function splitTitle(t, cut) {
  const lines = t.split(/\r?\n/);
  const i = titleLine(lines);
  if (i < 0) return t;
  const line = lines[i];
  const at = cut(line.trim());
  if (at <= 0) return t;
  const lead = line.length - line.trimStart().length;
  lines.splice(i, 1, line.slice(0, lead + at), line.slice(lead + at));
  return lines.join('\n');
}
/** A cell holding a figure (or a mark standing for none). */
const FIGURE = /^(?:[\d,.，]+|[-—/／]|无|\d+件)$/;
/** A row's index of its first figure cell, or -1. */
const firstFigure = (cells) => cells.findIndex((c, i) => i > 0 && FIGURE.test(c));
/** The table's header rows: the rows before its first row with a figure. */
const headCount = (rows) => { const k = rows.findIndex((r) => firstFigure(r) > 0); return k < 0 ? 0 : k; };
/** Every figure cell holding 0 written `mark` instead (a table that writes nothing as a dash, 无 or 0件). */
// (A row without a label, 表四's figures, has its first cell written so too: a label is never 0.)
const zeroAs = (mark) => (rows) => rows.map((r) => [r.map((c) => (c === '0' ? mark : c)).join('\t')]);
/** A row's trailing blank cells dropped (a run of empty cells would stand as many blank lines). */
const untrail = (cells) => { const c = [...cells]; while (c.length > 1 && !c[c.length - 1]) c.pop(); return c; };
const MAKE = {
  pages: (t) => {
    if (webCopy(t)) return t;
    const lines = t.split(/\r?\n/);
    const total = Math.ceil(lines.length / 30);
    return lines.flatMap((l, i) => ((i + 1) % 30 === 0 && i + 1 < lines.length ? [l, '', pageNumber((i + 1) / 30, total), ''] : [l])).join('\n');
  },
  titlesplit: (t) => splitTitle(t, (s) => { const y = /(?:19|20)\d{2}\s*年/.exec(s); return y && y.index >= 2 ? y.index : Math.floor(s.length / 2); }),
  titletail: (t) => splitTitle(t, (s) => s.length - 2),
  notitle: (t) => { const lines = t.split(/\r?\n/); const i = titleLine(lines); if (i >= 0) lines.splice(i, 1); return lines.join('\n'); },
  aspipe: (t) => relayout(t, (rows) => rows.map((cells) => [`| ${cells.join(' | ')} |`])),
  astab: (t) => relayout(t, (rows) => rows.map((cells) => [cells.join('\t')])),
  ascolumns: (t) => relayout(t, (rows) => columns(rows).map((l) => [l])),
  // (A row's trailing blank cells dropped: a run of empty cells, ||||…, would stand as a hundred blank lines.)
  // (One cell a line: web tables only, see relayout.)
  ascells: (t) => relayout(t, (rows) => rows.map(untrail), { webOnly: true }),
  // A browser copy of a table whose row labels are merged cells (rowspan): the covered slots are no cells at all,
  // so a row's leading blank cells vanish (（二）部分公开⇥⇥0⇥… under 三、本年度办理结果⇥（一）予以公开⇥…).
  astrim: (t) => relayout(t, (rows) => rows.map((cells) => { const k = cells.findIndex((c) => c); return [cells.slice(Math.max(k, 0)).join('\t')]; })),
  // Merged label cells expanded by a converter: each leading blank label slot of a row with figures takes the
  // label above it (三、本年度办理结果⇥（三）不予公开⇥2.其他法律行政法规禁止公开⇥0⇥…).
  asfill: (t) => relayout(t, (rows) => { const above = []; return rows.map((cells) => {
    const f = firstFigure(cells); const c = [...cells];
    if (f > 0) for (let i = 0; i < f && !c[i]; i++) if (above[i] && !FIGURE.test(above[i])) c[i] = above[i];
    c.forEach((x, i) => { if (x && i < (f > 0 ? f : c.length)) { above[i] = x; above.length = i + 1; } });
    return [c.join('\t')];
  }); }),
  // One cell per line with a blank line between cells (<td><p>…</p></td> cells copied), a blank cell one more blank line.
  ascellgap: (t) => relayout(t, (rows) => rows.map((cells) => untrail(cells).flatMap((c) => (c ? [c, ''] : ['']))), { webOnly: true }),
  // A converter's Markdown table: a header row, its |---| line, the rows padded to the table's width.
  asgfm: (t) => relayout(t, (rows) => { const w = Math.max(...rows.map((r) => r.length)); return rows.map((cells, i) => {
    const c = [...cells]; while (c.length < w) c.push('');
    const l = `| ${c.join(' | ')} |`; return i === 0 ? [l, `|${' --- |'.repeat(w)}`] : [l]; }); }),
  // Tab rows whose zero figures are written as a dash, a slash, 无 or 0件.
  asdash: (t) => relayout(t, zeroAs('—')),
  asslash: (t) => relayout(t, zeroAs('/')),
  asnone: (t) => relayout(t, zeroAs('无')),
  asunit: (t) => relayout(t, zeroAs('0件')),
  // Tab rows whose figures of four digits or more have thousands separators (1,234).
  asthousands: (t) => relayout(t, (rows) => rows.map((r) => [r.map((c) => (/^\d{4,}$/.test(c) ? Number(c).toLocaleString('en-US') : c)).join('\t')])),
  // Tab rows whose header cells of four characters or more are broken over two lines (a cell's <br>: 法人或 / 其他组织),
  // as a browser copies a header written over lines.
  asheadwrap: (t) => relayout(t, (rows) => { const h = headCount(rows); return rows.map((cells, k) => [k < h
    ? cells.map((c) => { const cp = [...c]; return cp.length >= 4 ? cp.slice(0, cp.length >> 1).join('') + '\n' + cp.slice(cp.length >> 1).join('') : c; }).join('\t')
    : cells.join('\t')]); }),
  // Tab rows split over two pages after the middle row: a blank line, the page number, a blank line, the report's
  // title as the next page's running header, and the header rows again.
  aspagebreak: (t) => relayout(t, (rows, title) => { const h = headCount(rows); const mid = h + ((rows.length - h) >> 1);
    return rows.map((cells, k) => (k === mid && k > h ? ['', pageNumber(3, 9), '', ...(title ? [title] : []), ...rows.slice(0, h).map((r) => r.join('\t')), cells.join('\t')] : [cells.join('\t')])); }),
  tab: (t) => retable(t, (rows) => rows.map((r) => r.join('\t'))),
  cells: (t) => retable(t, (rows) => rows.flat()),
  cellgap: (t) => retable(t, (rows) => rows.flat().flatMap((c) => [c, ''])),
  columns: (t) => retable(t, columns),
  one: (t) => t.replace(/\r?\n+/g, ' '),
  nospace: (t) => t.replace(/[\s\u3000]+/g, ''),
  nbsp: (t) => t.replace(/ /g, '\u00a0'),
  fullwidth: (t) => t.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)),
  blank: (t) => t.replace(/([^\r\n])\r?\n(?=[^\r\n])/g, '$1\n\n'),
  // (Prose only: a heading, or a line of a table, a pipe or tab row or a cell pasted one per line with its pipe, not.)
  indent: (t) => t.split(/\r?\n/).map((l) => (l.trim() && !/^\s*#|[|\t]/.test(l) ? '\u3000\u3000' + l : l)).join('\n'),
  crlf: (t) => t.replace(/\r?\n/g, '\r\n'),
  trail: (t) => t.replace(/\r?\n/g, ' \n'),
  zw: (t) => t.replace(/([。，,])/g, '$1\u200b'),
  bom: (t) => '\ufeff' + t,
  tw: traditional('tw'),
  hk: traditional('hk'),
  twp: traditional('twp'),
  // (Prose only: lines with pipes or tabs, table rows, are left whole.)
  wrapprose: (t) => wrapLines(t, (l) => /[|\t]/.test(l)),
  wrap: (t) => wrapLines(t),
};
/** Findings a variant is meant to cause, not compared. */
const IGNORE = { tw: new Set(['script-traditional']), hk: new Set(['script-traditional']) };
const unknown = modes.filter((m) => !Object.hasOwn(MAKE, m));
if (unknown.length) { console.error(`unknown mode ${unknown.join(', ')}: ${Object.keys(MAKE).join(', ')}`); process.exit(2); }

const root = mkdtempSync(join(tmpdir(), 'govreport-variants-'));
const pages = [];
for (const d of dirs) {
  if (!statSync(d).isDirectory()) continue; // (a shell glob also gives a folder's README.md)
  for (const n of readdirSync(d).sort()) {
    const p = join(d, n);
    if (!n.endsWith('.txt') || !statSync(p).isFile()) continue;
    pages.push({ key: `${basename(resolve(d))}/${n}`, text: readFileSync(p, 'utf8') });
  }
}
const BIN = join(import.meta.dirname, '..', 'bin', 'govreport.js');
function read(mode) {
  const dir = join(root, mode);
  mkdirSync(dir, { recursive: true });
  const texts = pages.map((p) => (mode === 'orig' ? p.text : MAKE[mode](p.text)));
  texts.forEach((t, i) => writeFileSync(join(dir, `${String(i).padStart(4, '0')}.txt`), t));
  const r = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', dir], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const files = JSON.parse(r.stdout).files;
  const by = new Map(files.map((f) => [Number(basename(f.path, '.txt')), f]));
  const res = pages.map((_, i) => by.get(i));
  res.cells = texts.map(cellsRead);
  return res;
}
// The statutory table cells a text's reading gives (table/row/column → the figure, or the text when none), by the
// compiled core in out/ (`npx tsc -p tsconfig.json` first). A dash, 无 or 0件 reads as 0, a blank cell not at all.
let analyze;
function cellsRead(text) {
  analyze ??= createRequire(import.meta.url)('../out/server/src/core/index.js').analyze;
  const m = new Map();
  let a; try { a = analyze(text); } catch { return m; }
  for (const [id, t] of a.report?.tables ?? []) for (const r of t.rows) if (r.rowId) for (const [k, c] of r.values) {
    const x = c.text?.trim();
    if (!x) continue;
    const v = c.value;
    m.set(`${id}/${r.rowId}/${k}`, typeof v?.value === 'number' ? String(v.value) : v?.type === 'dash' || /^(?:无|0件)$/.test(x) ? '0' : x.replace(/件$/, ''));
  }
  return m;
}
/** The original's cells a variant does not read (`unread`) or reads as another figure (`misread`). */
function cellLoss(a, b) {
  let unread = 0; let misread = 0;
  for (const [k, v] of a) { if (!b.has(k)) unread++; else if (b.get(k) !== v) misread++; }
  return { unread, misread };
}
const orig = read('orig');
console.log(`texts in ${root}`);
console.log(`${pages.length} pages; originals read as reports: ${orig.filter((f) => f?.kind).length}`);
for (const mode of modes) {
  const v = read(mode);
  const { differ, fresh, total, changed } = compareReadings(pages, orig, v, IGNORE[mode]);
  const losing = [];
  let unread = 0; let misread = 0;
  pages.forEach((p, i) => { const l = cellLoss(orig.cells[i], v.cells[i]); unread += l.unread; misread += l.misread; if (l.unread || l.misread) losing.push(`${p.key}: ${l.unread} cells unread, ${l.misread} misread`); });
  const rules = (m) => [...m].map(([r, n]) => (n > 1 ? `${r}×${n}` : r)).join(' ');
  const freshPages = changed.map((c) => `${c.page.key}: +${c.newCount} -${c.lost}${verbose ? `  new: ${rules(c.extra)}  lost: ${rules(c.lostBy)}` : ''}`);
  const lostTotal = changed.reduce((s, c) => s + c.lost, 0);
  console.log(`${mode}: kind/year differs on ${differ.length}; new errors/warnings ${total} on ${freshPages.length} pages ${JSON.stringify(Object.fromEntries(fresh))}; lost ${lostTotal}; table cells ${orig.cells.reduce((s, m) => s + m.size, 0)}: unread ${unread} on ${losing.length} pages, misread ${misread}`);
  if (verbose) for (const l of [...differ, ...freshPages, ...losing]) console.log(`  ${l}`);
}
