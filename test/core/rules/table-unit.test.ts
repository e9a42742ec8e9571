// table-unit (2021 format): 本年收费金额 is in 万元. A 元 suffix, a header in 元, or a figure
// that only makes sense in yuan (county level and below: over 100000 万元; others: over
// 10000000 万元) is a warning. No fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDraft, LAYOUTS, setCell, where } from './build';
import { found } from './structure-helpers';
import { ROOT } from '../helpers';

const RULE = 'table-unit';
const FEES = '行政事业性收费';

test('silent on complete drafts (1.2 万元), on 2019-format drafts, and on the corpus (4068.208 万元)', () => {
  for (const kind of [2019, 2021] as const) {
    for (const layout of LAYOUTS) assert.deepEqual(found(buildDraft({ kind, layout }), RULE), []);
  }
  assert.deepEqual(found(readFileSync(join(ROOT, 'test', 'fixtures', 'corpus', '2025-county-government-converted.md'), 'utf8'), RULE), []);
});

test('a 元 suffix: warning on the cell, with the figure in 万元', () => {
  for (const layout of LAYOUTS) {
    const s = setCell(buildDraft({ layout }), FEES, 0, '11750元');
    const fs = found(s.text, RULE);
    assert.equal(fs.length, 1, layout);
    assert.deepEqual([fs[0].start, fs[0].end], [s.start, s.end]);
    assert.equal(fs[0].severity, 'warning');
    assert.equal(fs[0].message, '本年收费金额应以万元为单位：“11750元”即 1.175 万元');
    assert.equal(fs[0].fix, undefined);
  }
  assert.equal(found(setCell(buildDraft(), FEES, 0, '1.2亿元').text, RULE).length, 1, '亿元 is not 万元 either');
  assert.deepEqual(found(setCell(buildDraft(), FEES, 0, '1.2万元').text, RULE), []);
});

test('a county-level body: above 100000 万元 (10亿元) the figure reads as yuan', () => {
  assert.deepEqual(found(setCell(buildDraft(), FEES, 0, '100000').text, RULE), []);
  const s = setCell(buildDraft(), FEES, 0, '2380000');
  const fs = found(s.text, RULE);
  assert.equal(fs.length, 1);
  assert.equal(where(s.text, fs[0]).slice, '2380000');
  assert.equal(fs[0].message, '本年收费金额以万元为单位，“2380000”万元（238 亿元）不合常理，疑似按元填写（即 238 万元）');
});

test('a body at city level or above has a hundred times more room', () => {
  const city = buildDraft().replace(/示例区/g, '示例市');
  assert.deepEqual(found(setCell(city, FEES, 0, '2380000').text, RULE), []);
  assert.equal(found(setCell(city, FEES, 0, '23800000').text, RULE).length, 1);
});

test('a column header in 元 is reported on the header cell', () => {
  const text = buildDraft({ layout: 'tab' }).replace('本年收费金额（单位：万元）', '本年收费金额（单位：元）');
  const fs = found(text, RULE);
  assert.deepEqual(fs.map((f) => where(text, f).slice), ['本年收费金额（单位：元）']);
  assert.equal(fs[0].message, '“本年收费金额（单位：元）”：本年收费金额应以万元为单位');
});
