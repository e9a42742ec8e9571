// `govreport check` on PDF reports: the same report as .md, .docx, .html and .pdf gives the same
// kind, year and findings (rule, severity and message; positions aside); PDF findings say the page,
// table, row and column; a scan, a broken file or a non-PDF named .pdf is a clear error for that
// file only; --fix never writes a PDF; a folder of all five types is checked in one run.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cleanupTempDirs, fileByName, JsonFile, runCli, runJson, tempDir } from './helpers';

after(cleanupTempDirs);

const INPUT = path.join('test', 'fixtures', 'input');
const findings = (f: JsonFile) => f.diagnostics.map((d) => `${d.rule}/${d.severity}/${d.message}`);

for (const [name, md] of [
  ['sample-2023-report', path.join('samples', 'sample-2023-report.md')],
  ['blank-cells', path.join(INPUT, 'blank-cells.md')],
  ['merged-cells', path.join(INPUT, 'merged-cells.md')],
] as const) {
  test(`${name}: .md, .docx, .html and .pdf give the same kind, year and findings`, () => {
    const { json } = runJson([md, ...['docx', 'html', 'pdf'].map((ext) => path.join(INPUT, `${name}.${ext}`))]);
    const [m, ...others] = json.files;
    assert.equal(m.kind, 'gov-info-2021');
    assert.equal(m.year, 2023);
    assert.ok(m.diagnostics.some((x) => x.severity === 'error'), 'each report has an error to find');
    for (const f of others) {
      assert.equal(f.error, undefined, f.error);
      assert.equal(f.kind, m.kind, f.path);
      assert.equal(f.year, m.year, f.path);
      assert.deepEqual(findings(f), findings(m), f.path);
    }
  });
}

test('the three reports cover a blank-cell table, an arithmetic error and merged label cells', () => {
  const { json } = runJson(['blank-cells', 'sample-2023-report', 'merged-cells'].map((n) => path.join(INPUT, `${n}.pdf`)));
  const [blank, sample, merged] = json.files;
  assert.ok(blank.diagnostics.some((d) => d.rule === 'table-cell-invalid'));
  assert.ok(sample.diagnostics.some((d) => d.rule === 'table-row-total' && d.severity === 'error'));
  assert.ok(merged.diagnostics.some((d) => d.rule === 'table-row-total' && /应为 46/.test(d.message)));
});

test('PDF findings give the page, and the table, row and column where the draft has a table', () => {
  const { json } = runJson([path.join(INPUT, 'sample-2023-report.pdf')]);
  const diagnostics = json.files[0].diagnostics as (JsonFile['diagnostics'][number] & { source?: Record<string, number> })[];
  const total = diagnostics.find((d) => d.rule === 'table-row-total');
  // The 25 of 自然人 in （一）予以公开: page 2, table 2 (表三), row 7 (three header rows), column 2.
  assert.deepEqual(total?.source, { page: 2, table: 2, row: 7, column: 2 });
  // 表四's figure, on page 3.
  const review = diagnostics.find((d) => d.rule === 'review-total');
  assert.equal(review?.source?.page, 3);
  const text = diagnostics.find((d) => d.rule === 'category-nonstandard');
  assert.equal(text?.source?.page, 1);
  assert.equal(typeof text?.source?.paragraph, 'number');
  const out = runCli(['check', path.join(INPUT, 'sample-2023-report.pdf')]);
  assert.match(out.stdout, /sample-2023-report\.pdf:\d+:\d+ \(第2页 表2 第7行 第2列\)  error  table-row-total/);
  assert.match(out.stdout, /sample-2023-report\.pdf:\d+:\d+ \(第1页 段落 \d+\)  warning  category-nonstandard/);
});

test('pages shown turned (/Rotate) are read upright: the same findings', () => {
  const dir = tempDir();
  const bytes = fs.readFileSync(path.join(INPUT, 'sample-2023-report.pdf')).toString('latin1');
  // Every page turned a quarter (pdfjs rebuilds the cross-reference table the edit shifts).
  fs.writeFileSync(path.join(dir, 'turned.pdf'), Buffer.from(bytes.replace(/\/Type \/Page\b/g, '/Type /Page /Rotate 90'), 'latin1'));
  const { json } = runJson([path.join(INPUT, 'sample-2023-report.pdf'), path.join(dir, 'turned.pdf')]);
  const [plain, turned] = json.files;
  assert.equal(turned.error, undefined, turned.error);
  assert.deepEqual(findings(turned), findings(plain));
});

test('a scanned PDF (no text layer) is reported as such, exit 2', () => {
  const { run, json } = runJson([path.join(INPUT, 'scanned.pdf')]);
  assert.equal(run.status, 2);
  assert.match(json.files[0].error ?? '', /没有文字层.*扫描件.*不做文字识别/);
  assert.doesNotMatch(run.stderr, /内部错误|internal error|at .*\.js:\d+/);
});

test('a broken, truncated or non-PDF .pdf is exit 2 with a clear error; the other files are still checked', () => {
  const dir = tempDir();
  const pdf = fs.readFileSync(path.join(INPUT, 'sample-2023-report.pdf'));
  fs.writeFileSync(path.join(dir, 'text.pdf'), '这不是 PDF 文件\n');
  fs.writeFileSync(path.join(dir, 'empty.pdf'), '');
  fs.writeFileSync(path.join(dir, 'garbage.pdf'), Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3000, 0x41)]));
  fs.writeFileSync(path.join(dir, 'truncated.pdf'), pdf.subarray(0, 4000));
  fs.copyFileSync(path.join('samples', 'sample-2023-report.md'), path.join(dir, 'ok.md'));
  const { run, json } = runJson([dir]);
  assert.equal(run.status, 2);
  for (const name of ['text.pdf', 'empty.pdf', 'garbage.pdf', 'truncated.pdf']) {
    assert.match(fileByName(json, name).error ?? '', /无法读取 PDF 文件|没有文字层/, name);
  }
  assert.match(fileByName(json, 'text.pdf').error ?? '', /不是 PDF 格式/);
  assert.equal(fileByName(json, 'ok.md').kind, 'gov-info-2021');
  assert.doesNotMatch(run.stderr, /内部错误|internal error/);
});

test('a folder of .md, .txt, .docx, .html and .pdf is checked in one run; the batch report names each type; --fix writes no PDF', () => {
  const dir = tempDir();
  fs.copyFileSync(path.join('samples', 'sample-2023-report.md'), path.join(dir, 'a.md'));
  fs.copyFileSync(path.join(INPUT, 'blank-cells.md'), path.join(dir, 'b.txt'));
  fs.copyFileSync(path.join(INPUT, 'sample-2023-report.docx'), path.join(dir, 'c.docx'));
  fs.copyFileSync(path.join(INPUT, 'merged-cells.html'), path.join(dir, 'd.html'));
  fs.copyFileSync(path.join(INPUT, 'blank-cells.pdf'), path.join(dir, 'e.pdf'));
  const report = path.join(tempDir(), 'r.html');
  const { run, json } = runJson(['--report', report, dir]);
  assert.deepEqual(json.files.map((f) => path.basename(f.path)), ['a.md', 'b.txt', 'c.docx', 'd.html', 'e.pdf']);
  for (const f of json.files) {
    assert.equal(f.error, undefined, f.path);
    assert.equal(f.kind, 'gov-info-2021', f.path);
  }
  assert.equal(run.status, 1);
  const page = fs.readFileSync(report, 'utf8');
  assert.match(page, /e\.pdf<\/a> <span class="ftype">（PDF 文件）<\/span>/);
  assert.match(page, /c\.docx<\/a> <span class="ftype">（Word 文档）<\/span>/);
  assert.match(page, /d\.html<\/a> <span class="ftype">（网页）<\/span>/);
  assert.match(page, /［第\d+页 表2 第\d+行 第\d+列］/);
  const before = fs.readFileSync(path.join(dir, 'e.pdf'));
  const fixed = runCli(['check', '--fix', path.join(dir, 'e.pdf')]);
  assert.match(fixed.stderr, /--fix 不写回.*PDF/);
  assert.deepEqual(fs.readFileSync(path.join(dir, 'e.pdf')), before);
});

test('the editor package holds no pdfjs: the CLI bundle imports it from node_modules', () => {
  const bundle = fs.readFileSync(path.join('dist', 'cli.js'), 'utf8');
  assert.match(bundle, /pdfjs-dist\/legacy\/build\/pdf\.mjs/);
  // pdfjs's own code (its worker, its OPS table) is not inside.
  assert.doesNotMatch(bundle, /pdfBug|WorkerMessageHandler/);
  assert.doesNotMatch(fs.readFileSync(path.join('dist', 'extension.js'), 'utf8'), /pdfjs-dist/);
  // The server (the editor's import command) names the package to load on demand, which the .vsix
  // does not ship; pdfjs's code is not in it.
  assert.doesNotMatch(fs.readFileSync(path.join('dist', 'server.js'), 'utf8'), /pdfBug|WorkerMessageHandler/);
});
