// HTML <table> markup inside a draft: cells are the text between the tags, rowspan/colspan
// place the values in their columns, over many lines or on one line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineMap } from '../../../server/src/core';
import { analyze } from '../../../server/src/core/engine/lint';
import { findTables } from '../../../server/src/core/parse/layouts';
import { findHtmlTables } from '../../../server/src/core/parse/layouts/html';
import { lintText } from '../helpers';
import { generateDraft, matrixOptions } from '../../gen/drafts';
import { gfmTablesToHtml } from '../../gen/layout-html';
import { bestRatio } from '../growth';

const HEAD = '# 某区人民政府2023年政府信息公开工作年度报告\n\n一、总体情况\n\n2023年，我区依法做好政府信息公开工作。\n\n';

const REVIEW = [
  '<table border="1">',
  '  <tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>',
  '  <tr><td rowspan="2">结果维持</td><td rowspan="2">结果纠正</td><td rowspan="2">其他结果</td><td rowspan="2">尚未审结</td><td rowspan="2">总计</td>',
  '      <td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>',
  '  <tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>',
  '  <tr><td>2</td><td>1</td><td>0</td><td>0</td><td><p>4</p></td><td>1</td><td>0</td><td>0</td><td>1</td><td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>&nbsp;0&nbsp;</td></tr>',
  '</table>',
].join('\n');

test('html: table 四 over many lines, spans in the header, a wrong total found at the exact cell', () => {
  const text = `${HEAD}四、政府信息公开行政复议、行政诉讼情况\n\n${REVIEW}\n\n五、存在的主要问题及改进情况\n\n无。\n`;
  const t = analyze(text).report!.tables.get('review')!;
  assert.equal(t.layout, 'html');
  const data = t.rows.find((r) => r.rowId === 'data')!;
  const v = (id: string) => {
    const c = data.values.get(id)!;
    assert.equal(text.slice(c.start, c.end), c.text);
    return c.text;
  };
  assert.equal(v('reconsideration.total'), '4');
  assert.equal(v('direct.pending'), '1');
  assert.equal(v('after.total'), '0');
  const r = lintText(text).findings.filter((f) => f.rule === 'review-total');
  assert.equal(r.length, 1);
  assert.equal(text.slice(r[0].start, r[0].end), '4');
});

test('html: the same table on one line reads the same values', () => {
  const oneLine = REVIEW.replace(/\n\s*/g, '');
  const text = `${HEAD}四、政府信息公开行政复议、行政诉讼情况\n\n${oneLine}\n\n五、存在的主要问题及改进情况\n\n无。\n`;
  const t = analyze(text).report!.tables.get('review')!;
  assert.equal(t.layout, 'html');
  const data = t.rows.find((r) => r.rowId === 'data')!;
  assert.deepEqual([...data.values.values()].map((c) => c.text), ['2', '1', '0', '0', '4', '1', '0', '0', '1', '2', '0', '0', '0', '0', '0']);
});

test('html: rowspan label columns of table 三 leave blank slots and the values land in their columns', () => {
  const html = '<table><tr><td rowspan="2">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>5</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>5</td></tr>'
    + '<tr><td colspan="2">（二）部分公开</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr></table>';
  const blocks = findHtmlTables(new LineMap(html));
  assert.equal(blocks.length, 1);
  const [r1, r2] = blocks[0].rows;
  assert.equal(r1.cells.length, 10);
  assert.equal(r2.cells.length, 10);
  assert.equal(r2.cells[0].text, ''); // covered by the rowspan
  assert.equal(r2.cells[1].text, '（二）部分公开');
  assert.equal(r2.cells[3].text, '1');
  for (const c of [...r1.cells, ...r2.cells]) assert.equal(html.slice(c.start, c.end), c.text);
});

test('html: markup that is not a table, a one-row table, unclosed tags and a lone < are not tables', () => {
  for (const text of [
    '<p>规章 0 0 0</p>\n<div>行政许可 5</div>\n',
    '<table><tr><td>规章</td><td>0</td></tr></table>',
    '<table><tr><td>规章</td><td>0</td></tr><tr><td>文件</td><td>1</td></tr>',
    '数量 < 5 且 > 3，<td 未闭合',
  ]) assert.equal(findHtmlTables(new LineMap(text)).length, 0, text);
});

test('html: indented markup is not taken for a tab table', () => {
  const text = '<table>\n\t<tr>\t<td>规章</td>\t<td>0</td></tr>\n\t<tr>\t<td>行政规范性文件</td>\t<td>2</td></tr>\n</table>\n';
  const blocks = findTables(new LineMap(text));
  assert.equal(blocks.length, 1);
  assert.equal(blocks[0].layout, 'html');
});

test('html: linear on hostile text (growth ratio of two sizes, no absolute time)', () => {
  const units = ['<', '<td', '<table><tr><td>1</td><td>2', '<!--'];
  for (const unit of units) {
    const sized = (n: number) => new LineMap(unit.repeat(n) + '>');
    const { ratio } = bestRatio(sized(100000), sized(400000), (lm) => { for (let k = 0; k < 5; k++) findHtmlTables(lm); }, { limit: 12 });
    assert.ok(ratio < 12, `${unit}: 4x input took ${ratio.toFixed(1)}x`);
  }
});

test('html: generated drafts rendered as HTML tables give the findings of their GFM version', () => {
  let compared = 0;
  for (let i = 0; i < 16; i++) {
    const o = matrixOptions(i);
    if (o.layout !== 'gfm') continue;
    const d = generateDraft(o);
    // Whole tables on one line: only the table rules are compared (the prose searches of
    // category-misfiled read the markup of a one-line table as one clause; see the report).
    const key = (text: string, tablesOnly: boolean) => lintText(text).findings.filter((f) => f.severity === 'error' || f.severity === 'warning')
      .filter((f) => !tablesOnly || /^(table-|review-total)/.test(f.rule))
      .map((f) => `${f.rule}:${f.message}`).sort();
    for (const oneLine of [false, true]) {
      const html = gfmTablesToHtml(d.text, oneLine);
      assert.ok(html.includes('<table>'), d.name);
      assert.deepEqual(key(html, oneLine), key(d.text, oneLine), `${d.name}${oneLine ? ' (one-line tables)' : ''}`);
      const t = analyze(html).report!.tables;
      assert.ok([...t.values()].every((x) => x.layout === 'html'), d.name);
    }
    compared++;
  }
  assert.ok(compared >= 4);
});
