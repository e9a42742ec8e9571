// A PDF's page footer (— 2 —, -3-, 第 2 页 共 9 页) between two cells of a table copied one cell a line,
// with the page break's blank lines: skipped, so the row it falls in keeps its figures and no row is
// named after the page number. Texts of our own (the shape layout-variants --modes pages made of mQ/03).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lint } from '../../../server/src/core';

const HEAD = ['某某县教育局2020年政府信息公开工作年度报告', '', '一、总体情况', '', '2020年，我局主动公开政府信息80条。', '', '二、主动公开政府信息情况', ''];
const CELLS = ['第二十条第(一)项', '信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量',
  '规章', '0', '0', '0', '规范性文件', '2', '2', '5', '第二十条第(五)项', '信息内容', '上一年项目数量', '本年增/减', '处理决定数量',
  '行政许可', '3', '1', '12'];
const tail = ['', '三、收到和处理政府信息公开申请情况', '', '本年度未收到申请。'];

function blankSeparated(footerAfter: number, footer: string | null): string {
  const cells = CELLS.flatMap((c, i) => (i === footerAfter && footer ? [c, '', footer, '', ''] : [c, '']));
  return [...HEAD, ...cells, ...tail].join('\n');
}
/** The texts of the cells the parser read in the text's tables. */
const cellTexts = (text: string) => analyze(text).doc.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => c.text)));
/** The table findings of a text (messages; lines differ by the footer's). */
const tableFindings = (text: string) => lint(text).findings.filter((f) => f.rule.startsWith('table-')).map((f) => `${f.rule} ${f.message}`);

test('a page footer inside a table one cell a line (blank lines between) is no cell', () => {
  for (const footer of ['— 2 —', '-2-', '第 2 页 共 9 页']) {
    // (Between 规范性文件's 2 and 2: the same findings as without it, a partial table 二 only.)
    assert.deepEqual(cellTexts(blankSeparated(10, footer)), cellTexts(blankSeparated(10, null)), footer);
    assert.deepEqual(tableFindings(blankSeparated(10, footer)), tableFindings(blankSeparated(10, null)), footer);
  }
});

test('a page footer inside a table one cell a line ending in pipes is no cell', () => {
  const piped = (footer: boolean) => [...HEAD, ...CELLS.flatMap((c, i) => (i === 10 && footer ? [`${c} |`, '', '— 2 —', ''] : [`${c} |`])), ...tail].join('\n');
  assert.deepEqual(cellTexts(piped(true)), cellTexts(piped(false)));
  assert.deepEqual(tableFindings(piped(true)), tableFindings(piped(false)));
  assert.ok(tableFindings(piped(false)).length <= 1);
});
