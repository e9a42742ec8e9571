// format-outdated: a statutory table with labels of the other format year, reported once per
// table at its first such label; the fix inserts the right empty table after the old one in
// the draft's layout and never touches the author's figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FORMATS } from '../../../server/src/core/formats/index';
import { renderTable } from '../../../server/src/core/features/table-skeleton';
import type { EditableLayout } from '../../../server/src/core/parse/tables';
import { applyOne, buildDraft, LAYOUTS, lineOf, where } from './build';
import { found } from './structure-helpers';
import { ROOT } from '../helpers';

const RULE = 'format-outdated';

/** The built draft with its table 二 replaced by the other format's, filled with figures. */
function withOtherActive(kind: 2019 | 2021, layout: EditableLayout): string {
  const own = FORMATS[kind === 2021 ? 'gov-info-2021' : 'gov-info-2019'].tables.active;
  const theirs = FORMATS[kind === 2021 ? 'gov-info-2019' : 'gov-info-2021'].tables.active;
  const text = buildDraft({ kind, layout });
  const start = text.indexOf(renderTable(own, layout).split('\n')[0]);
  const end = text.indexOf('\n\n', start);
  return text.slice(0, start) + renderTable(theirs, layout, () => '7') + text.slice(end);
}

test('silent on complete drafts of both formats in every layout', () => {
  for (const kind of [2019, 2021] as const) {
    for (const layout of LAYOUTS) {
      for (const flavour of ['md', 'txt'] as const) assert.deepEqual(found(buildDraft({ kind, layout, flavour }), RULE), []);
    }
  }
});

test('a 2019 table 二 in a 2021+ report: one error at 本年新制作数量; fix inserts the 2021 table after it', () => {
  for (const layout of LAYOUTS) {
    const text = withOtherActive(2021, layout);
    const fs = found(text, RULE);
    assert.equal(fs.length, 1, layout);
    assert.deepEqual(where(text, fs[0]), { line: lineOf(text, '本年新制作数量'), slice: '本年新制作数量' });
    assert.equal(fs[0].severity, 'error');
    assert.equal(fs[0].message, '第二部分表格使用了2019年格式的栏目“本年新制作数量”：2023年度报告应使用2021年格式');
    assert.equal(fs[0].fix!.safe, false, 'the author has to move the figures');
    const fixed = applyOne(text, fs[0]);
    assert.ok(fixed.includes(renderTable(FORMATS['gov-info-2021'].tables.active, layout)), `${layout}: the empty 2021 table, in the draft's layout`);
    assert.ok(fixed.indexOf('本年制发件数') > fixed.indexOf('政府集中采购'), 'after the old table');
    // The old rows are left to format-outdated: no row-by-row noise.
    assert.deepEqual(found(text, 'table-row-missing'), []);
    assert.deepEqual(found(text, 'table-row-unknown'), []);
  }
});

test('a 2021 table 二 in a 2020 report: one error at 本年制发件数', () => {
  const text = withOtherActive(2019, 'loose-pipe');
  const fs = found(text, RULE);
  assert.equal(fs.length, 1);
  assert.equal(where(text, fs[0]).slice, '本年制发件数');
  assert.match(fs[0].message, /2021年格式的栏目“本年制发件数”：2020年度报告应使用2019年格式$/);
});

test('the single 2019 （六）其他处理 row in a 2021 table 三', () => {
  for (const layout of LAYOUTS) {
    const base = buildDraft({ layout });
    const lines = base.split('\n');
    const at = lines.findIndex((l) => l.includes('（六）其他处理'));
    const single = lines[at + 3].replace('3.其他', '（六）其他处理');
    lines.splice(at, 4, single);
    const text = lines.join('\n');
    const fs = found(text, RULE);
    assert.equal(fs.length, 1, layout);
    assert.deepEqual(where(text, fs[0]), { line: at, slice: '（六）其他处理' });
    assert.match(fs[0].message, /^第三部分表格使用了2019年格式的栏目“（六）其他处理”/);
    assert.deepEqual(found(text, 'table-row-missing'), [], 'the missing sub-rows are explained');
  }
});

test('the 2021 （六） sub-rows in a 2019/2020 table 三: at the first sub-row, no unknown-row noise', () => {
  const base = buildDraft({ kind: 2019, layout: 'tab' });
  const row = base.split('\n').find((l) => l.startsWith('（六）其他处理'))!;
  const subs = (FORMATS['gov-info-2021'].tables.applications as { rows: { label: string; parent?: string }[] }).rows
    .filter((r) => r.parent === 'otherproc').map((r) => row.replace('（六）其他处理', r.label));
  const text = base.replace(row, ['（六）其他处理', ...subs].join('\n'));
  const fs = found(text, RULE);
  assert.equal(fs.length, 1);
  assert.equal(where(text, fs[0]).line, lineOf(text, '1.申请人无正当理由逾期不补正'));
  assert.equal(fs[0].message.includes('“逾期不补正”'), true);
  assert.deepEqual(found(text, 'table-row-unknown'), []);
});

test('precision: 行政规范性文件 in a 2020 table, and 2021 labels in prose, are not another format', () => {
  const text = buildDraft({ kind: 2019 }).replace('| 规范性文件 |', '| 行政规范性文件 |')
    .replace('坚持以公开为常态', '按新格式统计本年制发件数、本年收费金额，坚持以公开为常态');
  assert.ok(text.includes('| 行政规范性文件 |'));
  assert.deepEqual(found(text, RULE), []);
});

test('corpus: the converted 2025 county report is in the right format', () => {
  const text = readFileSync(join(ROOT, 'test', 'fixtures', 'corpus', '2025-county-government-converted.md'), 'utf8');
  assert.deepEqual(found(text, RULE), []);
});
