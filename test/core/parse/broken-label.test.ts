// Tab copies whose unnumbered label cell of 表二 is broken in two (行政规范性 / 文件\t1\t0\t5), the
// first half alone on its line (without tabs, or before the row's empty tabs): the two lines are
// one row when the halves join into a statutory label; other lines above a row are left alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';
import { analyze } from '../../../server/src/core/engine/lint';
import { generateDraft, matrixOptions, MATRIX } from '../../gen/drafts';

const N = MATRIX.kinds.length * MATRIX.layouts.length * MATRIX.scripts.length * MATRIX.flavours.length;
const TAB = Array.from({ length: N }, (_, i) => matrixOptions(i, 4242)).map(generateDraft).filter((d) => d.layout === 'tab');

/** Breaks every unnumbered two-to-eight-character label cell of a row with figures at its middle. */
function breakBareLabels(text: string, withTabs: boolean): string {
  return text.split('\n').flatMap((l) => {
    const m = /^([\u3400-\u9fff]{4,8})(\t\d.*)$/.exec(l);
    if (!m) return [l];
    const chars = [...m[1]];
    const cut = Math.ceil(chars.length / 2);
    const tabs = withTabs ? '\t'.repeat((m[2].match(/\t/g) ?? []).length) : '';
    return [chars.slice(0, cut).join('') + tabs, chars.slice(cut).join('') + m[2]];
  }).join('\n');
}

function cells(text: string): string[] {
  const out: string[] = [];
  for (const [id, t] of analyze(text).report?.tables ?? []) {
    for (const r of t.rows) if (r.rowId) out.push(`${id}:${r.blockId ?? ''}:${r.rowId} ${[...r.values].map(([c, v]) => `${c}=${v.text}`).join(' ')}`);
  }
  return out.sort();
}

for (const withTabs of [false, true]) {
  test(`tab drafts with unnumbered labels broken in two${withTabs ? ' before empty tabs' : ''}: read as the clean draft, no error or warning`, () => {
    let changed = 0;
    for (const d of TAB) {
      const text = breakBareLabels(d.text, withTabs);
      if (text === d.text) continue;
      changed++;
      assert.deepEqual(cells(text), cells(d.text), d.name);
      const bad = lint(text).findings.filter((f) => (f.severity === 'error' || f.severity === 'warning') && f.rule !== 'script-traditional');
      assert.deepEqual(bad.map((f) => `${f.rule} ${f.message}`), [], d.name);
    }
    assert.ok(changed > 0, 'the transform changed no draft');
  });
}

test('a line above a row that does not join it into a statutory label stays apart', () => {
  const d = TAB.find((x) => /^行政规范性文件\t\d/m.test(x.text))!;
  const text = d.text.replace(/^行政规范性文件\t/m, '其他文件\n行政规范性文件\t');
  const row = [...analyze(text).report!.tables.values()].flatMap((t) => t.rows).find((r) => r.rowId && /行政规范性文件/.test(text.slice(r.raw.start, r.raw.end)));
  assert.ok(row, 'row read');
  assert.equal(text.slice(row!.raw.start, row!.raw.start + 7), '行政规范性文件');
});
