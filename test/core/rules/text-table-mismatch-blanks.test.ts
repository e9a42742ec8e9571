// text-table-mismatch on published tables that leave zeros blank (issue #16 part 2; the layout of the
// 2019 上海市人民政府办公厅 report, /work/realpages/iA): a blank 总计 is the sum of the applicant columns
// with blank cells read as 0 (only when row 一 holds a figure), and a blank cell of table 四 is 0 when
// its data row holds figures. 均获维持 beside 零败诉 is still a claim that nothing is pending or corrected.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textTableMismatch } from '../../../server/src/core/rules/text-table-mismatch';
import { buildDraft, ruleAlone, where } from './build';

const ANCHOR = '上年结转1件。';
const run = ruleAlone(textTableMismatch);
const withProse = (sentence: string, kind: 2019 | 2021 = 2021) => buildDraft({ kind }).replace(ANCHOR, ANCHOR + sentence);

/** Blank the zero cells of the line holding `label` (and its 总计 cell when `total`). */
function blankRow(text: string, label: string, total: boolean): string {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.includes(label));
  assert.ok(i >= 0, label);
  let l = lines[i].replace(/\|\s*0(?=\s*\|)/g, '|  ');
  if (total) l = l.replace(/\|\s*\d+\s*\|\s*$/, '|  |');
  assert.notEqual(l, lines[i], `${label}: cells blanked`);
  lines[i] = l;
  return lines.join('\n');
}

for (const kind of [2021, 2019] as const) {
  test(`${kind}: blank 总计 and blank applicant cells: blanks count as 0, and the message says the columns were summed`, () => {
    const text = blankRow(withProse('其中予以公开5件。', kind), '（一）予以公开', true);
    const fs = run(text);
    assert.equal(fs.length, 1, fs.map((f) => f.message).join(' | '));
    assert.equal(where(text, fs[0]).slice, '5件');
    assert.match(fs[0].message, /总计栏空缺，按各申请人栏之和计.* 6 不符/);
    assert.deepEqual(run(text.replace('予以公开5件', '予以公开6件')), []);
  });

  test(`${kind}: when row 一 holds no figure, blank cells are not read as zeros (silent)`, () => {
    let text = blankRow(withProse('其中予以公开5件。', kind), '（一）予以公开', true);
    const lines = text.split('\n');
    const i = lines.findIndex((l) => l.includes('本年新收政府信息公开申请数量'));
    lines[i] = lines[i].replace(/\|\s*\d+(?=\s*\|)/g, '|  ');
    text = lines.join('\n');
    assert.deepEqual(run(text).map((f) => f.message), []);
  });

  test(`${kind}: table 四 with blank zero cells: 均获维持 (also beside 零败诉) against corrected + pending`, () => {
    const base = withProse('政府信息公开行政复议、行政诉讼案件均获维持，继续保持零败诉。', kind);
    const lines = base.split('\n');
    const h = lines.findIndex((l) => l.includes('结果维持'));
    const d = lines.findIndex((l, j) => j > h && /^\|\s*\d/.test(l));
    assert.ok(d > h, 'table 四 data row');
    lines[d] = lines[d].replace(/\|\s*0(?=\s*\|)/g, '|  ');
    const text = lines.join('\n');
    const fs = run(text);
    assert.equal(fs.length, 1, fs.map((f) => f.message).join(' | '));
    assert.equal(where(text, fs[0]).slice, '均获维持');
    assert.match(fs[0].message, /“结果纠正”与“尚未审结”之和为 2/);
    // 败诉 named as a result still qualifies the statement: silent.
    assert.deepEqual(run(text.replace('继续保持零败诉', '行政诉讼败诉1件')), []);
  });
}
