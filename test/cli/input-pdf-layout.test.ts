// PDF pages → draft: lines, paragraphs, ruled tables (merged cells, continuation pages), headers
// and footers, radical look-alikes; and pdfToDraft's errors (no pdfjs, a password, not a PDF).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeGlyphs, PdfItem, PdfPage, PdfRule, pdfPagesToDraft } from '../../server/src/cli/input/pdf-layout';
import { NO_TEXT_LAYER, PDFJS_MISSING, pdfToDraft } from '../../server/src/cli/input/pdf';
import { sourceAt } from '../../server/src/cli/input/html-to-draft';

const SIZE = 12;
/** A run of text, one item per character as Chromium writes them. */
function run(text: string, x: number, y: number, size = SIZE): PdfItem[] {
  return [...text].map((ch, i) => ({ str: ch, x: x + i * size, y, width: size, size }));
}
const h = (at: number, from: number, to: number): PdfRule => ({ horizontal: true, at, from, to });
const v = (at: number, from: number, to: number): PdfRule => ({ horizontal: false, at, from, to });
const page = (items: PdfItem[], rules: PdfRule[] = []): PdfPage => ({ width: 600, height: 800, items, rules });

/** A ruled grid: column edges xs, row edges ys (top down), every rule drawn in full. */
function grid(xs: number[], ys: number[]): PdfRule[] {
  return [...ys.map((y) => h(y, xs[0], xs[xs.length - 1])), ...xs.map((x) => v(x, ys[ys.length - 1], ys[0]))];
}

test('Kangxi and supplement radicals become the ideographs; punctuation stays full width', () => {
  assert.equal(normalizeGlyphs('⼈⺠政府⻔⼾⽹站（⼀）'), '人民政府门户网站（一）');
  assert.equal(normalizeGlyphs('总计：１２'), '总计：１２');
});

test('wrapped lines join into one paragraph; a short line ends it; headers, footers and page numbers are dropped', () => {
  const pages = [1, 2].map((n) => page([
    ...run('示例区人民政府', 40, 770),
    ...run(`第${n}页`, 280, 30),
    ...(n === 1 ? [...run('一、总体情况', 40, 700), ...run('全年主动公开政府信息一千条，其中规范性文件十件，政策解读二十件，回应关切三十', 40, 680), ...run('件。', 40, 662)] : [...run('二、主动公开情况', 40, 700)]),
  ]));
  const d = pdfPagesToDraft(pages);
  assert.equal(d.text, '一、总体情况\n全年主动公开政府信息一千条，其中规范性文件十件，政策解读二十件，回应关切三十件。\n二、主动公开情况\n');
  assert.deepEqual(d.map.slice(0, 3), [{ paragraph: 1, page: 1 }, { paragraph: 2, page: 1 }, { paragraph: 3, page: 2 }]);
});

test('a ruled table: cells by the rules, a merged header cell in its top-left slot, a two-line label joined', () => {
  const rules = [
    // Row 1: the first header cell spans the three value columns (no rules between them there).
    h(700, 40, 320), h(680, 200, 320), h(660, 40, 320), h(630, 40, 320),
    v(40, 630, 700), v(200, 630, 700), v(320, 630, 700),
    // The label column's header spans rows 1-2 (no rule at y 680 under it).
    v(260, 630, 680),
  ];
  const items = [
    ...run('项目', 100, 672),
    ...run('申请人情况', 230, 686),
    ...run('自然人', 205, 666), ...run('总计', 265, 666),
    ...run('（一）予以', 42, 648), ...run('公开', 42, 636),
    ...run('5', 225, 640), ...run('5', 285, 640),
  ];
  const d = pdfPagesToDraft([page(items, rules)]);
  assert.equal(d.text, [
    '| 项目 | 申请人情况 |  |',
    '| --- | --- | --- |',
    '|  | 自然人 | 总计 |',
    '| （一）予以公开 | 5 | 5 |',
    '',
  ].join('\n'));
  // The first 5 (line 4 of the draft, after the separator line).
  assert.deepEqual(sourceAt(d.map, 3, d.text.split('\n')[3].indexOf('5')), { page: 1, table: 1, row: 3, column: 2 });
});

test('a table continued on the next page: its repeated header left out, rows joined, pages in the map', () => {
  const xs = [40, 200, 300];
  const head = [...run('项目', 42, 686), ...run('数量', 202, 686)];
  const p1 = page([...head, ...run('甲', 42, 666), ...run('1', 202, 666)], grid(xs, [700, 680, 660]));
  const p2 = page([...head.map((i) => ({ ...i, y: i.y + 60 })), ...run('乙', 42, 726), ...run('2', 202, 726)], grid(xs, [760, 740, 720]));
  const d = pdfPagesToDraft([p1, p2]);
  assert.equal(d.text, '| 项目 | 数量 |\n| --- | --- |\n| 甲 | 1 |\n| 乙 | 2 |\n');
  assert.equal(d.map[3] && 'row' in d.map[3] ? d.map[3].page : undefined, 2);
});

test('text in columns without rules stays a text line, its cells a space apart', () => {
  const d = pdfPagesToDraft([page([...run('规章', 40, 600), ...run('0', 200, 600), ...run('3', 260, 600)])]);
  assert.equal(d.text, '规章 0 3\n');
});

const fakePdfjs = (getDocument: () => { promise: Promise<never>; destroy(): Promise<void> }) => () =>
  Promise.resolve({ getDocument, OPS: {} });

test('pdfToDraft: pdfjs missing, a password, not a PDF: clear messages', async () => {
  const bytes = new TextEncoder().encode('%PDF-1.7\n%%EOF\n');
  const missing = await pdfToDraft(bytes, () => Promise.reject(new Error("Cannot find package 'pdfjs-dist'")));
  assert.deepEqual(missing, { ok: false, message: PDFJS_MISSING });
  const locked = await pdfToDraft(bytes, fakePdfjs(() => ({ promise: Promise.reject(Object.assign(new Error('No password given'), { name: 'PasswordException' })), destroy: () => Promise.resolve() })));
  assert.equal(locked.ok, false);
  assert.match(locked.ok ? '' : locked.message, /密码保护/);
  const notPdf = await pdfToDraft(new TextEncoder().encode('<html>'), () => Promise.reject(new Error('not loaded')));
  assert.match(notPdf.ok ? '' : notPdf.message, /不是 PDF 格式/);
  assert.match(NO_TEXT_LAYER, /扫描件/);
});
