// `govreport check` on Word and web files: the same report as .md, .html and .docx gives the same
// kind, year and rule ids; findings say where they are in the original; --fix never writes them;
// an unreadable .docx is exit 2 for that file only.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cleanupTempDirs, encodeGb18030, fileByName, JsonFile, runCli, runJson, tempDir } from './helpers';

after(cleanupTempDirs);

const INPUT = path.join('test', 'fixtures', 'input');
const rules = (f: JsonFile) => [...new Set(f.diagnostics.map((d) => `${d.rule}/${d.severity}`))].sort();

for (const [name, md] of [
  ['sample-2023-report', path.join('samples', 'sample-2023-report.md')],
  ['blank-cells', path.join(INPUT, 'blank-cells.md')],
] as const) {
  test(`${name}: .md, .html and .docx give the same kind, year and rule ids`, () => {
    const { json } = runJson([md, path.join(INPUT, `${name}.html`), path.join(INPUT, `${name}.docx`)]);
    const [m, h, d] = json.files;
    assert.equal(m.kind, 'gov-info-2021');
    assert.equal(m.year, 2023);
    assert.ok(m.diagnostics.some((x) => x.severity === 'error'));
    for (const f of [h, d]) {
      assert.equal(f.error, undefined, f.error);
      assert.equal(f.kind, m.kind, f.path);
      assert.equal(f.year, m.year, f.path);
      assert.deepEqual(rules(f), rules(m), f.path);
      assert.equal(f.diagnostics.length, m.diagnostics.length, f.path);
    }
  });
}

test('findings in a table say table, row and column of the original; text lines say the paragraph', () => {
  const { json } = runJson([path.join(INPUT, 'sample-2023-report.docx')]);
  const diagnostics = json.files[0].diagnostics as (JsonFile['diagnostics'][number] & { source?: unknown })[];
  const total = diagnostics.find((d) => d.rule === 'table-row-total');
  // The 25 of 自然人 in （一）予以公开: row 7 of the grid (three header rows), column 2.
  assert.deepEqual(total?.source, { table: 2, row: 7, column: 2 });
  const name = diagnostics.find((d) => d.rule === 'category-nonstandard');
  assert.ok(name?.source && typeof (name.source as { paragraph?: number }).paragraph === 'number', JSON.stringify(name));
  const text = runCli(['check', path.join(INPUT, 'sample-2023-report.docx')]);
  assert.match(text.stdout, /sample-2023-report\.docx:\d+:\d+ \(表2 第7行 第2列\)  error  table-row-total/);
  assert.match(text.stdout, /sample-2023-report\.docx:\d+:\d+ \(段落 \d+\)  warning  category-nonstandard/);
  // Text drafts keep the old format, without a source.
  const md = runCli(['check', path.join('samples', 'sample-2023-report.md')]);
  assert.doesNotMatch(md.stdout, /段落|表\d+ 第/);
});

test('a folder: .docx, .html and .htm files are checked; a GBK page is read; --fix writes none of them', () => {
  const dir = tempDir();
  const html = fs.readFileSync(path.join(INPUT, 'sample-2023-report.html'), 'utf8');
  fs.copyFileSync(path.join(INPUT, 'sample-2023-report.docx'), path.join(dir, 'a.docx'));
  fs.writeFileSync(path.join(dir, 'b.htm'), encodeGb18030(html.replace('charset=utf-8', 'charset=gbk')));
  fs.writeFileSync(path.join(dir, '~$a.docx'), 'lock');
  const before = fs.readFileSync(path.join(dir, 'b.htm'));
  const { run, json } = runJson(['--fix', dir]);
  assert.deepEqual(json.files.map((f) => path.basename(f.path)), ['a.docx', 'b.htm']);
  for (const f of json.files) {
    assert.equal(f.kind, 'gov-info-2021', f.path);
    assert.ok(f.diagnostics.some((d) => d.rule === 'table-row-total'), f.path);
  }
  assert.match(run.stderr, /--fix 不写回 Word/);
  assert.deepEqual(fs.readFileSync(path.join(dir, 'b.htm')), before);
  assert.deepEqual(fs.readFileSync(path.join(dir, 'a.docx')), fs.readFileSync(path.join(INPUT, 'sample-2023-report.docx')));
});

test('a corrupt or encrypted .docx is exit 2 with a clear error; the other files are still checked', () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'broken.docx'), Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(500, 1)]));
  fs.writeFileSync(path.join(dir, 'locked.docx'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]));
  fs.copyFileSync(path.join('samples', 'sample-2023-report.md'), path.join(dir, 'ok.md'));
  const { run, json } = runJson([dir]);
  assert.equal(run.status, 2);
  assert.match(fileByName(json, 'broken.docx').error ?? '', /无法读取 Word 文件/);
  assert.match(fileByName(json, 'locked.docx').error ?? '', /加密/);
  assert.equal(fileByName(json, 'ok.md').kind, 'gov-info-2021');
  assert.doesNotMatch(run.stderr, /内部错误|internal error/);
});

test('web debris kept as text lines is reported by artifact-web, as for a copied page', () => {
  const dir = tempDir();
  const html = fs.readFileSync(path.join(INPUT, 'sample-2023-report.html'), 'utf8')
    .replace('<div class="article">', '<div class="article"><div class="crumb">当前位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div><div class="info">来源：示例区人民政府办公室　发布时间：2024-01-20 09:30　浏览次数：1234</div>');
  fs.writeFileSync(path.join(dir, 'page.html'), html);
  const { json } = runJson([path.join(dir, 'page.html')]);
  assert.ok(json.files[0].diagnostics.some((d) => d.rule === 'artifact-web'), JSON.stringify(json.files[0].diagnostics.map((d) => d.rule)));
});

test('the batch reports name each Word or web file with its type, and the CSV gives the place in the original', () => {
  const dir = tempDir();
  const csv = path.join(dir, 'r.csv');
  const html = path.join(dir, 'r.html');
  const files = [path.join('samples', 'sample-2023-report.md'), path.join(INPUT, 'sample-2023-report.docx'), path.join(INPUT, 'sample-2023-report.html')];
  runCli(['check', '--report', csv, ...files]);
  runCli(['check', '--report', html, ...files]);
  const rows = fs.readFileSync(csv, 'utf8').split('\r\n');
  assert.ok(rows[0].endsWith(',文件类型,原文位置'), rows[0]);
  assert.ok(rows.some((r) => r.startsWith(files[1]) && r.includes('table-row-total') && r.endsWith(',Word 文档,表2 第7行 第2列')), rows.join('\n'));
  assert.ok(rows.some((r) => r.startsWith(files[2]) && r.includes(',网页,')));
  assert.ok(rows.some((r) => r.startsWith(files[0]) && r.endsWith(',文本,')));
  const page = fs.readFileSync(html, 'utf8');
  assert.match(page, /sample-2023-report\.docx<\/a> <span class="ftype">（Word 文档）<\/span>/);
  assert.match(page, /sample-2023-report\.html<\/a> <span class="ftype">（网页）<\/span>/);
  assert.match(page, /［表2 第7行 第2列］/);
});
