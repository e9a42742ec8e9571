// Whole reports printed to PDF and extracted with pdftotext (issue #12: layout 3 `-layout`, layout 4
// reading order, and `-raw`): every statutory table reads with the values of the report it was
// printed from (cells by row id / column id), or is one table-unreadable; the errors and warnings
// are those of the report it was printed from, no more. How each text was made: test/fixtures/pdf-text/SOURCES.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, lintAnalysis } from '../../../server/src/core/engine/lint';

const DIR = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'pdf-text');

interface Expect {
  kind: string;
  year: number;
  /** Per statutory table read: its cells as `rowId/columnId` → text ('' for a blank cell). */
  tables: Record<string, Record<string, string>>;
  /** Tables that must be unreadable (one table-unreadable finding each), not read. */
  unreadable: string[];
  /** The rules of the errors and warnings, sorted: those of the report the text was printed from. */
  problems: string[];
}

const expectations = JSON.parse(readFileSync(join(DIR, 'expect.json'), 'utf8')) as Record<string, Expect>;
const BLANK = new Set(['', '/', '／', '-', '—']);
const norm = (s: string | undefined) => (s === undefined || BLANK.has(s) ? '' : s);

for (const [file, want] of Object.entries(expectations)) {
  test(`pdf text ${file}: tables read as printed, no error or warning the printed report did not have`, () => {
    const text = readFileSync(join(DIR, file), 'utf8');
    const a = analyze(text);
    assert.equal(a.kind, want.kind);
    assert.equal(a.doc.year, want.year);
    const report = a.report!;
    for (const [id, cells] of Object.entries(want.tables)) {
      const t = report.tables.get(id);
      assert.ok(t, `table ${id} is read`);
      const got: Record<string, string> = {};
      for (const r of t.rows) {
        if (!r.rowId) continue;
        for (const [col, c] of r.values) {
          got[`${r.rowId}/${col}`] = c.text;
          assert.equal(text.slice(c.start, c.end), c.text, `${id} ${r.rowId}/${col} at its offsets`);
        }
      }
      const rowsRead = new Set(t.rows.map((r) => r.rowId));
      for (const [k, v] of Object.entries(cells)) {
        assert.ok(rowsRead.has(k.split('/')[0]), `${id}: row ${k.split('/')[0]} is read`);
        assert.equal(norm(got[k]), norm(v), `${id} ${k}`);
      }
      for (const [k, v] of Object.entries(got)) if (!(k in cells)) assert.equal(norm(v), '', `${id} ${k}: no figure where the report had none`);
    }
    const unreadable = (report.unreadable ?? []).map((t) => t.id).sort();
    assert.deepEqual(unreadable, [...want.unreadable].sort());
    const findings = lintAnalysis(a).findings;
    assert.equal(findings.filter((f) => f.rule === 'table-unreadable').length, want.unreadable.length);
    assert.deepEqual(findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.rule).sort(), want.problems);
  });
}
