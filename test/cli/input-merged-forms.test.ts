// Word/WPS forms with merged cells (issue #12/#15), read from .html, .docx and .pdf: table 三 with three
// label columns under a three-row header, table 四 under its two-level header, table 二 with merged
// caption and value cells; with and without blank zeros. Each input gives the findings of the same
// report typed as a plain pipe draft (one label column): no false error, the same errors found.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { cleanupTempDirs, JsonFile, runJson } from './helpers';

after(cleanupTempDirs);

const INPUT = path.join('test', 'fixtures', 'input');
const findings = (f: JsonFile) => f.diagnostics.map((d) => `${d.rule}/${d.severity}/${d.message}`);

for (const [name, md, exts] of [
  ['three-label-columns', 'merged-cells.md', ['html', 'docx']],
  ['three-label-columns-blank', 'three-label-columns-blank.md', ['html', 'docx', 'pdf']],
] as const) {
  test(`${name}: ${exts.map((e) => `.${e}`).join(', ')} give the findings of the plain draft`, () => {
    const { json } = runJson([path.join(INPUT, md), ...exts.map((ext) => path.join(INPUT, `${name}.${ext}`))]);
    const [m, ...others] = json.files;
    assert.equal(m.kind, 'gov-info-2021');
    const errors = m.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule).sort();
    // The report's two errors: 一、本年新收 总计 47 (should be 46) and 未经复议直接起诉 总计 3 ≠ 2.
    assert.deepEqual(errors, ['review-total', 'table-row-total']);
    for (const f of others) {
      assert.equal(f.error, undefined, f.error);
      assert.equal(f.kind, m.kind, f.path);
      assert.equal(f.year, m.year, f.path);
      assert.deepEqual(findings(f), findings(m), f.path);
    }
  });
}
