// table-row-unknown: a row with figures whose label matches no statutory row. Not for the
// second half of a split label (seed 003: 服务事项 U 0 0), rows inferred from their neighbours,
// or rows of another format year. Fix (unsafe) to the clearly closest absent statutory label.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyOne, buildDraft, LAYOUTS, lineOf, where } from './build';
import { assertSilentOnCompleteDrafts, found, lintAll } from './structure-helpers';
import { ROOT, readSeed } from '../helpers';

const RULE = 'table-row-unknown';

test('silent on complete drafts, the seeds and the converted corpus report', () => {
  assertSilentOnCompleteDrafts(RULE);
  for (const seed of ['000', '001', '002', '003', '004']) assert.deepEqual(found(readSeed(seed), RULE), [], seed);
  assert.deepEqual(found(readFileSync(join(ROOT, 'test', 'fixtures', 'corpus', '2025-county-government-converted.md'), 'utf8'), RULE), []);
});

test('seed 003: 服务事项 U 0 0 completes 其他对外管理: only table-cell-invalid speaks about the U', () => {
  const text = readSeed('003');
  const r = lintAll(text);
  const line29 = r.findings.filter((f) => where(text, f).line === 28);
  assert.deepEqual(line29.map((f) => [f.rule, where(text, f).slice]), [['table-cell-invalid', 'U']]);
});

test('an invented row in table 三: warning on its label, no fix when no statutory row is absent', () => {
  for (const layout of LAYOUTS) {
    const base = buildDraft({ layout });
    const row = base.split('\n').find((l) => l.includes('（一）予以公开'))!;
    const text = base.replace(row, `${row}\n${row.replace('（一）予以公开', '电话咨询转办')}`);
    const fs = found(text, RULE);
    assert.equal(fs.length, 1, layout);
    assert.deepEqual(where(text, fs[0]), { line: lineOf(text, '电话咨询转办'), slice: '电话咨询转办' });
    assert.equal(fs[0].severity, 'warning');
    assert.equal(fs[0].message, '表三中的“电话咨询转办”不是法定项目：请按格式的法定行填报');
    assert.equal(fs[0].fix, undefined);
  }
});

test('a mislabelled row whose statutory row is absent: the fix (to be confirmed) restores the label', () => {
  const text = buildDraft({ kind: 2021, layout: 'loose-pipe' }).replace('行政强制 |', '行政检查 |');
  const [f] = found(text, RULE);
  assert.equal(f.message, '表二中的“行政检查”不是法定项目，是否应为“行政强制”？');
  assert.equal(f.fix!.safe, false);
  assert.equal(applyOne(text, f), buildDraft({ kind: 2021, layout: 'loose-pipe' }));
});

test('no fix when two absent rows are equally close', () => {
  const text = buildDraft({ kind: 2021 }).replace('| 行政强制 |', '| 行政检查 |').replace('| 行政处罚 |', '| 行政复核 |');
  const fs = found(text, RULE);
  assert.equal(fs.length, 2);
  assert.ok(fs.every((f) => f.fix === undefined));
});

test('a label split over two lines is one row; a different second line is not a continuation', () => {
  const base = buildDraft({ kind: 2019, layout: 'tab' });
  const row = base.split('\n').find((l) => l.startsWith('其他对外管理服务事项'))!;
  const split = (tail: string) => base.replace(row, `${row.replace('服务事项', '')}\n${tail}\t0\t0\t0`);
  assert.deepEqual(found(split('服务事项'), RULE), []);
  const other = split('服务大厅');
  assert.deepEqual(found(other, RULE).map((f) => where(other, f).slice), ['服务大厅']);
});

test('precision: an unreadable label between two rows is inferred, not unknown', () => {
  const text = buildDraft({ kind: 2019, layout: 'tab' }).replace('5.属于三类内部事务信息', '理结果结公开');
  assert.deepEqual(found(text, RULE), []);
});

test('precision: label debris without two readable characters is not reported', () => {
  const base = buildDraft({ layout: 'loose-pipe' });
  const row = base.split('\n').find((l) => l.startsWith('（一）予以公开'))!;
  assert.deepEqual(found(base.replace(row, `${row}\n${row.replace('（一）予以公开', 'Ξ (-')}`), RULE), []);
});

test('precision: a separate table of the author\'s own in the same section is not a statutory table', () => {
  for (const layout of LAYOUTS) {
    const base = buildDraft({ layout, flavour: 'md' });
    const own = layout === 'gfm' ? '| 栏目 | 条数 |\n| --- | --- |\n| 政策文件 | 31 |\n| 工作动态 | 120 |'
      : layout === 'tab' ? '栏目\t条数\n政策文件\t31\n工作动态\t120' : '栏目 | 条数 |\n政策文件 | 31 |\n工作动态 | 120 |';
    const text = base.replace('## 三、', `${own}\n\n## 三、`);
    assert.ok(text.includes('政策文件'));
    assert.deepEqual(found(text, RULE), [], layout);
    assert.deepEqual(found(text, 'table-row-missing'), [], layout);
  }
});

test('a garbled label after blank merged-group cells (Word/PDF forms): the message quotes the label only', () => {
  const base = buildDraft({ layout: 'gfm' });
  const row = base.split('\n').find((l) => l.includes('2.其他法律行政法规禁止公开'))!;
  const text = base.replace(row, row.replace('| 2.其他法律行政法规禁止公开 |', '|  |  | 2.其他法律行政止公开 |').replace(/ \| 0 \|$/, ' |'));
  const fs = found(text, RULE);
  assert.equal(fs.length, 1, fs.map((f) => f.message).join('\n'));
  assert.equal(fs[0].message, '表三中的“2.其他法律行政止公开”不是法定项目，是否应为“2.其他法律行政法规禁止公开”？');
  assert.equal(where(text, fs[0]).slice, '2.其他法律行政止公开');
});
