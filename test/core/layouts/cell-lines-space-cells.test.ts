// Blank-line separated cells (parse/layouts/cell-lines.ts) where the page keeps an empty cell as a
// line of one space (an empty <td> copied as &nbsp;): 其他对外管理服务事项 / “ ” / “ ” / “ ” before the
// next caption. The row stays in the table with three blank cells instead of being cut off as
// trailing text and reported missing (kF harvest, issue #12). Own text, same structure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineMap, lint } from '../../../server/src/core';
import { findTables } from '../../../server/src/core/parse/layouts';

const cells = (...xs: string[]) => xs.flatMap((x) => [x, '']);
const HEAD = ['某某县卫生健康局2020年政府信息公开工作年度报告', '', '一、总体情况', '', '2020年，我局认真贯彻《条例》，做好政府信息公开工作。', '',
  '二、主动公开政府信息情况', ''];
const ITEM1 = cells('第二十条第(一)项', '信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量', '规章', '6', '2', '10', '规范性文件', '198', '7', '21');
const ITEM5 = (blank: string) => cells('第二十条第(五)项', '信息内容', '上一年项目数量', '本年增/减', '处理决定数量', '行政许可', '18', '0', '1625',
  '其他对外管理服务事项', blank, blank, blank);
const ITEM6 = cells('第二十条第(六)项', '信息内容', '上一年项目数量', '本年增/减', '处理决定数量', '行政处罚', '137', '0', '112', '行政强制', '12', '0', '21');

test('lines of one space between blank lines are the blank cells of the row before them', () => {
  const text = [...HEAD, ...ITEM1, ...ITEM5(' '), ...ITEM6].join('\n');
  const all = findTables(new LineMap(text)).flatMap((b) => b.rows.flatMap((r) => r.cells.map((c) => c.text)));
  const i = all.indexOf('其他对外管理服务事项');
  assert.ok(i >= 0, 'the row is in the table');
  assert.deepEqual(all.slice(i + 1, i + 4), ['', '', '']);
  const missing = lint(text).findings.filter((f) => f.rule === 'table-row-missing' && f.message.includes('其他对外管理服务事项'));
  assert.deepEqual(missing.map((f) => f.message), []);
});

test('without the space lines the label alone before a caption is still not invented into a row', () => {
  const text = [...HEAD, ...ITEM1, ...ITEM5(''), ...ITEM6].join('\n');
  const all = findTables(new LineMap(text)).flatMap((b) => b.rows.flatMap((r) => r.cells));
  assert.ok(!all.some((c) => c.value.type === 'empty' && c.start > text.indexOf('其他对外管理服务事项')
    && c.start < text.indexOf('第二十条第(六)项')), 'no blank cell read from empty lines there');
});

test('a space line in prose before any figure is nothing', () => {
  const text = ['我局高度重视', '', ' ', '', '政务公开工作', '', ' ', '', '稳步推进'].join('\n');
  assert.deepEqual(findTables(new LineMap(text)), []);
});

test('in a copy that ends every line with a space, a blank line (one space) is no blank cell', () => {
  const plain = [...HEAD, ...ITEM1, ...ITEM5(' \u00a0'), ...ITEM6].join('\n');
  const padded = plain.replace(/\n/g, ' \n');
  const texts = (text: string) => findTables(new LineMap(text)).flatMap((b) => b.rows.flatMap((r) => r.cells.map((c) => c.text)));
  assert.deepEqual(texts(padded), texts(plain));
  assert.deepEqual(lint(padded).findings.filter((f) => f.rule === 'table-row-missing').map((f) => f.message), []);
});
