// Developer aid: how the reading of whole reports holds up when they are printed to PDF and the
// text is copied back. Takes reports as web pages (.html, read as they are) or as text drafts
// (.txt/.md: turned to HTML with pandoc, pipe and tab rows as real <table>s), prints each with
// Chromium in several styles and extracts the text with pdftotext in three modes:
//   page      A4, A5, Letter, A4 landscape (page.pdf format/landscape, default margins)
//   font      body and table text 12, 14 or 16 px (Noto Sans CJK, what the machine has)
//   table     border (1px ruled cells), noborder (no rules), narrow (ruled, the table 60% wide and
//             the label cells 4.5em, so labels wrap inside their cells)
//   extract   pdftotext default (reading order), -layout, -raw (content stream order)
// The default styles are a sample of that grid (STYLES below); --grid runs all 36.
// Runs the CLI on each original (the .html itself, or the .txt) and on each variant, and prints
// per style and extraction mode the pages whose kind or year differ from the original's reading
// and the error/warning findings that are new (by rule, counted per page). Usage, after
// `npm run build` (needs playwright-core in node_modules, /usr/bin/chromium, pandoc, pdftotext):
//   node scripts/pdf-variants.mjs FILE|DIR... [--grid] [--styles a4-12-border,…] [--extract default,layout,raw]
//        [--keep DIR] [--reuse] [--via docx] [--verbose]
// --keep writes every variant text to DIR/<style>-<extract>/<page>.txt (to look at or to keep as
// an acceptance page); without it the texts go to a temporary folder, named at the end. --reuse
// takes the texts a former run kept there instead of printing them again. Besides the findings, each
// variant's statutory table cells (table, row, column and value, read by the compiled core in out/:
// `npx tsc -p tsconfig.json` first) are compared with the original's: the pages losing cells.
// --via docx (needs pandoc and LibreOffice's soffice): see viaDocx below.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, basename, dirname, extname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compareReadings } from './variant-compare.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const verbose = args.includes('--verbose');
const valued = new Set(['--styles', '--extract', '--keep', '--via']);
const inputs = args.filter((a, i) => !a.startsWith('--') && !valued.has(args[i - 1]));
if (!inputs.length) {
  console.error('usage: node scripts/pdf-variants.mjs FILE|DIR... [--grid] [--styles a4-12-border,…] [--extract default,layout,raw] [--keep DIR] [--reuse] [--via docx] [--verbose]');
  process.exit(2);
}

const PAGES = { a4: { format: 'A4' }, a5: { format: 'A5' }, letter: { format: 'Letter' }, a4land: { format: 'A4', landscape: true } };
const FONTS = [12, 14, 16];
const TABLES = ['border', 'noborder', 'narrow'];
const SAMPLE = ['a4-12-border', 'a4-16-noborder', 'a5-14-border', 'a5-12-narrow', 'letter-16-border', 'letter-14-narrow', 'a4land-12-noborder', 'a4land-16-narrow'];
const grid = Object.keys(PAGES).flatMap((p) => FONTS.flatMap((f) => TABLES.map((t) => `${p}-${f}-${t}`)));
// --via docx: the report as an office makes its PDF instead: pandoc writes a Word file (.docx, its
// default styles: tables with the text at each cell's top, labels wrapped in their narrow columns),
// LibreOffice (`soffice --headless --convert-to pdf`) prints it; one style, `docx`.
const viaDocx = opt('--via') === 'docx';
const styles = viaDocx ? ['docx'] : opt('--styles')?.split(',') ?? (args.includes('--grid') ? grid : SAMPLE);
const bad = viaDocx ? [] : styles.filter((s) => !grid.includes(s));
if (bad.length) { console.error(`unknown style ${bad.join(', ')}: page-font-table from ${Object.keys(PAGES)} × ${FONTS} × ${TABLES}`); process.exit(2); }
const EXTRACT = { default: [], layout: ['-layout'], raw: ['-raw'] };
const extracts = opt('--extract')?.split(',') ?? Object.keys(EXTRACT);

function css(style) {
  const [, font, table] = style.split('-');
  const rules = [`html, body, p, span, div, td, th, font { font-size: ${font}px !important; line-height: 1.5 !important; font-family: "Noto Sans CJK SC", sans-serif !important; }`,
    'table { border-collapse: collapse !important; }'];
  if (table === 'noborder') rules.push('table, td, th { border: none !important; }', 'td, th { padding: 2px 6px !important; }');
  else rules.push('td, th { border: 1px solid #000 !important; padding: 2px 4px !important; }');
  if (table === 'narrow') rules.push('table { width: 60% !important; table-layout: auto !important; }', 'td, th { width: auto !important; }',
    'td:first-child, th:first-child, td[rowspan] + td { width: 4.5em !important; max-width: 4.5em !important; word-break: break-all !important; }');
  return rules.join('\n');
}

// A text draft as Markdown for pandoc: a run of two or more lines with | or tab cells is a GFM
// table (padded to its widest row, the first row as header), every other line a paragraph.
const esc = (s) => s.replace(/[\\`*_[\]<>#|~]/g, '\\$&').replace(/^(\d+)([.)])(\s)/, '$1\\$2$3').replace(/^([-+=])/, '\\$1');
function cellsOf(line) {
  if (line.includes('\t')) return line.split('\t').map((c) => c.trim());
  if (!line.includes('|')) return null;
  const parts = line.replace(/^\s*\|/, '').replace(/\|\s*$/, '').split('|').map((c) => c.trim());
  return parts.length >= 2 ? parts : null;
}
function draftToMarkdown(text) {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  const out = [];
  for (let i = 0; i < lines.length;) {
    const rows = [];
    let j = i;
    while (j < lines.length && cellsOf(lines[j])) rows.push(cellsOf(lines[j++]));
    if (rows.length >= 2 && !/^\s*\|?\s*:?-{3,}/.test(lines[i + 1] ?? '')) {
      const w = Math.max(...rows.map((r) => r.length));
      const line = (r) => `| ${[...r, ...Array(w - r.length).fill('')].map((c) => esc(c) || ' ').join(' | ')} |`;
      out.push(line(rows[0]), `|${' --- |'.repeat(w)}`, ...rows.slice(1).map(line), '');
      i = j;
      continue;
    }
    if (lines[i].trim()) out.push(esc(lines[i].trim()), '');
    i++;
  }
  return out.join('\n');
}

const work = resolve(opt('--keep') ?? mkdtempSync(join(tmpdir(), 'govreport-pdf-variants-')));
const files = [];
for (const a of inputs) {
  const p = resolve(a);
  if (statSync(p).isDirectory()) {
    for (const n of readdirSync(p).sort()) if (/\.(html?|txt|md)$/.test(n) && statSync(join(p, n)).isFile()) files.push(join(p, n));
  } else files.push(p);
}
const pages = [];
mkdirSync(join(work, 'html'), { recursive: true });
files.forEach((f, i) => {
  const key = `${basename(dirname(f))}/${basename(f)}`;
  const stem = `${String(i).padStart(3, '0')}-${basename(f, extname(f))}`.replace(/[^\w.-]/g, '_');
  let html = f;
  if (!/\.html?$/.test(f)) {
    html = join(work, 'html', `${stem}.html`);
    const r = spawnSync('pandoc', ['-f', 'gfm', '-t', 'html', '-s', '--metadata', `title=${basename(f)}`, '-o', html], { input: draftToMarkdown(readFileSync(f, 'utf8')), encoding: 'utf8' });
    if (r.status !== 0) { console.error(`pandoc failed on ${f}: ${r.stderr}`); return; }
    // pandoc's standalone page prints the metadata title as a heading: keep only the draft's text.
    // The GFM header row becomes a plain row (a <thead> is printed again on every page, which the
    // drafts' tables never asked for).
    writeFileSync(html, readFileSync(html, 'utf8').replace(/<header[\s\S]*?<\/header>/, '')
      .replace(/<(\/?)thead>/g, '<$1tbody>').replace(/<(\/?)th\b/g, '<$1td'));
  }
  pages.push({ key, file: f, html, stem });
});

if (viaDocx) {
  mkdirSync(join(work, 'docx'), { recursive: true });
  mkdirSync(join(work, 'pdf'), { recursive: true });
  const todo = [];
  for (const p of pages) {
    const docx = join(work, 'docx', `${p.stem}.docx`);
    if (args.includes('--reuse') && extracts.every((x) => existsSync(join(work, `docx-${x}`, `${p.stem}.txt`)))) continue;
    // Without the page's <title>: pandoc would print it as the document's title (a file name for a draft).
    const html = readFileSync(p.html, 'utf8').replace(/<title>[\s\S]*?<\/title>/i, '');
    const r = spawnSync('pandoc', ['-f', 'html', '-t', 'docx', '-o', docx], { input: html, encoding: 'utf8' });
    if (r.status !== 0) { console.error(`pandoc failed on ${p.html}: ${r.stderr}`); continue; }
    todo.push(p);
  }
  // One LibreOffice run for all the files (its start-up is most of its time).
  if (todo.length) {
    const r = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', join(work, 'pdf'), ...todo.map((p) => join(work, 'docx', `${p.stem}.docx`))], { encoding: 'utf8' });
    if (r.status !== 0) console.error(`soffice failed: ${r.stderr}`);
  }
  for (const p of todo) {
    for (const x of extracts) {
      const dir = join(work, `docx-${x}`);
      mkdirSync(dir, { recursive: true });
      const r = spawnSync('pdftotext', [...EXTRACT[x], '-enc', 'UTF-8', join(work, 'pdf', `${p.stem}.pdf`), join(dir, `${p.stem}.txt`)]);
      if (r.status !== 0) console.error(`pdftotext ${x} failed on ${p.stem}.pdf`);
    }
  }
}
const { chromium } = createRequire(import.meta.url)(join(root, 'node_modules', 'playwright-core'));
const browser = viaDocx ? null : await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser?.newPage();
mkdirSync(join(work, 'pdf'), { recursive: true });
for (const style of viaDocx ? [] : styles) {
  for (const p of pages) {
    // --reuse: the texts a former run kept in the --keep folder are read again, not printed anew.
    if (args.includes('--reuse') && extracts.every((x) => existsSync(join(work, `${style}-${x}`, `${p.stem}.txt`)))) continue;
    await page.goto(pathToFileURL(p.html).href);
    await page.addStyleTag({ content: css(style) });
    const pdf = join(work, 'pdf', `${p.stem}-${style}.pdf`);
    await page.pdf({ path: pdf, ...PAGES[style.split('-')[0]] });
    for (const x of extracts) {
      const dir = join(work, `${style}-${x}`);
      mkdirSync(dir, { recursive: true });
      const r = spawnSync('pdftotext', [...EXTRACT[x], '-enc', 'UTF-8', pdf, join(dir, `${p.stem}.txt`)]);
      if (r.status !== 0) console.error(`pdftotext ${x} failed on ${pdf}`);
    }
  }
}
await browser?.close();

const BIN = join(root, 'bin', 'govreport.js');
function check(paths) {
  const r = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', ...paths], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const by = new Map(JSON.parse(r.stdout).files.map((f) => [resolve(f.path), f]));
  return paths.map((p) => by.get(resolve(p)));
}
const orig = check(pages.map((p) => p.file));
// Statutory table cells each page reads (table/row/column with a value), by the compiled core in out/
// (`npx tsc -p tsconfig.json` first); an .html original is read as the CLI reads it (its import).
const core = createRequire(import.meta.url)(join(root, 'out', 'server', 'src', 'core', 'index.js'));
function cellsRead(file) {
  const text = /\.html?$/.test(file) ? htmlText(file) : readFileSync(file, 'utf8');
  const a = core.analyze(text);
  const s = new Set();
  for (const [id, t] of a.report?.tables ?? []) for (const r of t.rows) if (r.rowId) for (const [k, c] of r.values) if (c.text?.trim()) s.add(`${id}/${r.rowId}/${k}=${c.text.trim()}`);
  return s;
}
const input = createRequire(import.meta.url)(join(root, 'out', 'server', 'src', 'cli', 'input', 'index.js'));
function htmlText(file) {
  const c = input.readHtmlInput(file);
  return c.ok ? c.draft.text ?? c.draft : '';
}
const origCells = pages.map((p) => cellsRead(p.file));
console.log(`${pages.length} reports; read as reports: ${orig.filter((f) => f?.kind).length}; ${styles.length} styles × ${extracts.length} extractions`);
let allNew = 0;
let lostCells = 0;
for (const style of styles) {
  for (const x of extracts) {
    const dir = join(work, `${style}-${x}`);
    const v = check(pages.map((p) => join(dir, `${p.stem}.txt`)));
    const { differ, fresh, total, changed } = compareReadings(pages, orig, v);
    const freshPages = [];
    for (const c of changed) {
      if (!c.extra.size) continue;
      const p = c.page;
      freshPages.push(`${p.key} (${p.stem}.txt): ${[...c.extra].map(([rule, n]) => `${rule}×${n}`).join(' ')}`);
      if (verbose) for (const d of v[c.index].diagnostics) if ((d.severity === 'error' || d.severity === 'warning') && c.extra.has(d.rule)) freshPages.push(`    ${d.rule} ${d.line}: ${d.message.slice(0, 140)}`);
    }
    allNew += total;
    const losing = [];
    pages.forEach((p, i) => {
      const got = cellsRead(join(dir, `${p.stem}.txt`));
      const lost = [...origCells[i]].filter((c) => !got.has(c));
      if (lost.length) losing.push(`${p.key} (${p.stem}.txt): ${lost.length} cells unread (${[...new Set(lost.map((c) => c.split('/')[0]))].join(' ')})`);
      lostCells += lost.length;
    });
    console.log(`${style} ${x}: kind/year differs on ${differ.length}; new errors/warnings ${total} on ${freshPages.filter((l) => !l.startsWith(' ')).length} pages ${JSON.stringify(Object.fromEntries(fresh))}; ${losing.length} pages losing cells`);
    for (const l of losing) console.log(`  ${l}`);
    for (const l of [...differ, ...freshPages]) console.log(`  ${l}`);
  }
}
console.log(`total new errors/warnings ${allNew}; table cells unread ${lostCells}; texts in ${work}`);
