// text-damaged: a table's header cell short of one character (现行有效件 for 现行有效件数, harvested pages
// mP/03, mG/36, mB/11), in a cell of a table row or alone on its line. Silent when the label is wrapped
// onto the next line, split at a column gap, or cut by the end of the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft, findings, LAYOUTS, slicesOf } from './build';

const RULE = 'text-damaged';
const slices = slicesOf(RULE);
const CELLS = '第二十条第（一）项\n\n信息内容\n\n本年制发件数\n\n本年废止件数\n\n现行有效件数\n\n规章\n\n0\n\n0\n\n0\n\n';

test('a header cell short of its last character, in every table layout → info naming the label', () => {
  for (const layout of LAYOUTS) {
    const text = buildDraft({ layout }).replace('现行有效件数', '现行有效件');
    assert.deepEqual(slices(text), ['现行有效件'], layout);
    assert.equal(findings(text, RULE)[0].message, '法定用语或固定说法缺了一个字：“现行有效件”应为“现行有效件数”');
  }
  // one cell a paragraph, between other lines
  const text = buildDraft().replace('全年新收政府信息公开申请12件', `${CELLS.replace('现行有效件数', '现行有效件')}全年新收政府信息公开申请12件`);
  assert.deepEqual(slices(text), ['现行有效件']);
});

test('a label wrapped, split at a column gap or cut at the end stays silent', () => {
  const base = buildDraft({ layout: 'tab' });
  for (const text of [
    base,
    base.replace('\t现行有效件数', '\t现行有效件\t数'),
    base.replace('全年新收政府信息公开申请12件', `${CELLS.replace('现行有效件数', '现行有效件\n数')}全年新收政府信息公开申请12件`),
    `${base}\n现行有效件\n`,
  ]) assert.deepEqual(slices(text), []);
});
