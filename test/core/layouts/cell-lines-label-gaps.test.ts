// Blank-line separated cells (parse/layouts/cell-lines.ts) from a page that writes every empty
// cell as one more line break (issue #12, lA: a town's 2023 report): a row of blank cells is a
// label followed by a long gap and then the NEXT row's label, and a row with one figure is the
// figure followed by a long gap. Read so, table 三 is whole and its blank statutory cells are
// reported. Own text, same structure as the web copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineMap, lint } from '../../../server/src/core';
import { findTables } from '../../../server/src/core/parse/layouts';

const HEAD = ['某某镇2023年政府信息公开工作年度报告', '', '一、总体情况', '', '2023年度依申请公开数为12件,已答复12件。', '',
  '三、收到和处理政府信息公开申请情况', '', '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)', '', '申请人情况', '',
  '自然人', '', '法人或其他组织', '', '总计', '', '商业', '', '企业', '', '科研', '', '机构', '', '社会公益组织', '', '法律服务机构', '', '其他', ''];

/** The page's row: the label, then each cell as `text` + blank line, an empty cell as one more line break. */
function row(label: string, cells: string[]): string {
  let s = `${label}\n\n`;
  for (const c of cells) s += c === '' ? '\n' : `${c}\n\n`;
  return s;
}

const E = ['', '', '', '', '', ''];
const text = HEAD.join('\n') + '\n'
  + row('一、本年新收政府信息公开申请数量', ['12', ...E.slice(1), '12'])
  + row('二、上年结转政府信息公开申请数量', ['', ...E])
  + '三、本年度办理结果\n\n'
  + row('(一)予以公开', ['12', ...E.slice(1), '12'])
  + row('(二)部分公开(区分处理的,只计这一情形,不计其他情形)', ['', ...E])
  + '(三)不予公开\n\n'
  + row('1.属于国家秘密', ['', ...E])
  + '2.其他法律行政法规禁止公开';

test('a gap before the next row label is a row of blank cells: table 三 is read whole', () => {
  const bs = findTables(new LineMap(text));
  const cells = bs.flatMap((b) => b.rows.flatMap((r) => r.cells.map((c) => c.text)));
  const at = (label: string) => cells.indexOf(label);
  assert.ok(at('二、上年结转政府信息公开申请数量') >= 0, cells.join('/'));
  assert.deepEqual(cells.slice(at('二、上年结转政府信息公开申请数量') + 1, at('二、上年结转政府信息公开申请数量') + 8), ['', '', '', '', '', '', '']);
  assert.equal(cells[at('二、上年结转政府信息公开申请数量') + 8], '三、本年度办理结果');
  assert.deepEqual(cells.slice(at('(一)予以公开') + 1, at('(一)予以公开') + 8), ['12', '', '', '', '', '', '12']);
  // One block: the table did not end at the first long gap.
  assert.equal(bs.filter((b) => b.rows.some((r) => r.cells.some((c) => c.text.includes('本年度办理结果') || c.text.includes('本年新收')))).length, 1);
});

test('the blank statutory cells are reported (info), the sums of the filled rows hold', () => {
  const fs = lint(text).findings;
  const blanks = fs.filter((f) => f.rule === 'table-cell-invalid');
  assert.ok(blanks.some((f) => f.message.includes('二、上年结转') && f.message.includes('整行未填写')), blanks.map((f) => f.message).join('\n'));
  assert.ok(blanks.some((f) => f.message.includes('（二）部分公开')), blanks.map((f) => f.message).join('\n'));
  assert.ok(blanks.every((f) => f.severity === 'info'));
  assert.deepEqual(fs.filter((f) => f.rule === 'table-row-total' || f.rule === 'table-balance'), []);
});

test('a gap before prose after the table invents no blank cells', () => {
  const prose = HEAD.join('\n') + '\n'
    + row('一、本年新收政府信息公开申请数量', ['1', '0', '0', '0', '0', '0', '1'])
    + '\n\n\n\n四、政府信息公开行政复议、行政诉讼情况\n\n本年度未发生。';
  const bs = findTables(new LineMap(prose));
  assert.ok(bs.length >= 1);
  assert.ok(!bs.some((b) => b.rows.some((r) => r.cells.some((c) => c.value.type === 'empty'))), 'no blank cell before a heading');
  // Few figures before the gap: not a table run at all.
  assert.deepEqual(findTables(new LineMap(['我局高度重视', '', '12', '', '', '', '', '', '政务公开工作', '', '12'].join('\n'))), []);
});
