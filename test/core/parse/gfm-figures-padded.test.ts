// A converter's Markdown table broken at a label the PDF wrapped outside its cells: the label on lines of its own, its
// figures a row of their own padded to the width of the table that follows (| 1 | 0 | … | 1 |  |  |). The figures
// are the row's from the first cell on, never a figure taken for a label cell.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lint } from '../../../server/src/core';
import { buildDraft } from '../rules/build';

const LABEL = '（二）部分公开（区分处理的，只计这一情形，不计其他情形）';

/** The draft with table 三's 部分公开 row written as its label over two lines and its figures padded by `pad` blank cells. */
function broken(pad: number): string {
  const lines = buildDraft({ layout: 'gfm' }).split('\n');
  const i = lines.findIndex((l) => l.startsWith(`| ${LABEL}`));
  const width = 8 + pad;
  const figures = `| 1 | 0 | 0 | 0 | 0 | 0 | 1 |${' |'.repeat(1 + pad)}`;
  const rest = lines.slice(i + 1).map((l) => (l.startsWith('| ') && l.endsWith(' |') && lines.indexOf(l) < lines.findIndex((x) => x.startsWith('## 四、')) ? l + ' |'.repeat(pad) : l));
  return [...lines.slice(0, i), '', LABEL.slice(0, 20), LABEL.slice(20), figures, `|${' --- |'.repeat(width)}`, ...rest].join('\n');
}

test('a row of figures alone padded to its table\'s width is read from its first cell: no figure taken for a label', () => {
  for (const pad of [1, 2]) {
    const text = broken(pad);
    const t = analyze(text).report!.tables.get('applications')!;
    const partial = t.rows.find((r) => r.rowId === 'partial');
    assert.ok(partial, `pad ${pad}: the row is read`);
    assert.deepEqual([...partial!.values.values()].map((c) => c.text), ['1', '0', '0', '0', '0', '0', '1'], `pad ${pad}`);
    const sums = lint(text).findings.filter((f) => ['table-row-total', 'table-balance', 'table-subtotal'].includes(f.rule));
    assert.deepEqual(sums.map((f) => f.message), [], `pad ${pad}`);
  }
});
