// `govreport import`: a Word, web or PDF report as a Markdown draft (stdout or a new file) that
// GovReport reads with the findings the original has — no finding more, none fewer.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cleanupTempDirs, JsonFile, runCli, runJson, tempDir } from './helpers';
import { parseArgs } from '../../server/src/cli/args';

after(cleanupTempDirs);

const INPUT = path.join('test', 'fixtures', 'input');
const findings = (f: JsonFile) => f.diagnostics.map((d) => `${d.rule}/${d.severity}/${d.message}`).sort();

for (const name of ['sample-2023-report', 'blank-cells', 'merged-cells']) {
  for (const ext of ['docx', 'html', 'pdf']) {
    test(`${name}.${ext}: the imported draft has exactly the original's findings, kind and year`, () => {
      const source = path.join(INPUT, `${name}.${ext}`);
      const dir = tempDir();
      const out = path.join(dir, `${name}.md`);
      const run = runCli(['import', source, '-o', out]);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stdout, '');
      const draft = fs.readFileSync(out, 'utf8');
      assert.match(draft, /\| 一、本年新收政府信息公开申请数量 \|/, 'table 三 is a pipe table');
      const { json } = runJson([source, out]);
      const [orig, imported] = json.files;
      assert.equal(imported.kind, orig.kind);
      assert.equal(imported.year, orig.year);
      assert.ok(orig.diagnostics.length > 0);
      assert.deepEqual(findings(imported), findings(orig));
    });
  }
}

test('to stdout without -o; never over an existing file; non-importable and broken files exit 2', () => {
  const html = path.join(INPUT, 'sample-2023-report.html');
  const run = runCli(['import', html]);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^# 示例市示例区人民政府办公室2023年政府信息公开工作年度报告\n/);
  const dir = tempDir();
  const out = path.join(dir, 'draft.md');
  fs.writeFileSync(out, '我的草稿');
  const again = runCli(['import', html, '-o', out]);
  assert.equal(again.status, 2);
  assert.match(again.stderr, /文件已存在，不覆盖/);
  assert.equal(fs.readFileSync(out, 'utf8'), '我的草稿', 'the existing file is untouched');
  const md = runCli(['import', path.join('samples', 'sample-2023-report.md')]);
  assert.equal(md.status, 2);
  assert.match(md.stderr, /只能导入 Word（\.docx）、网页（\.html\/\.htm）和 PDF 文件/);
  const scan = runCli(['import', path.join(INPUT, 'scanned.pdf')]);
  assert.equal(scan.status, 2);
  assert.match(scan.stderr, /扫描件/);
});

test('arguments: one file, -o/--output once', () => {
  assert.deepEqual(parseArgs(['import', 'a.docx']), { command: 'import', file: 'a.docx' });
  assert.deepEqual(parseArgs(['import', 'a.docx', '-o', 'a.md']), { command: 'import', file: 'a.docx', out: 'a.md' });
  assert.deepEqual(parseArgs(['import', '--output=a.md', 'a.pdf']), { command: 'import', file: 'a.pdf', out: 'a.md' });
  assert.equal(parseArgs(['import']).command, 'usage-error');
  assert.equal(parseArgs(['import', 'a.docx', 'b.docx']).command, 'usage-error');
  assert.equal(parseArgs(['import', 'a.docx', '-o']).command, 'usage-error');
  assert.equal(parseArgs(['import', 'a.docx', '--fix']).command, 'usage-error');
});
