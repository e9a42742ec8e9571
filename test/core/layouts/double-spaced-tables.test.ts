// Tables in a text pasted double-spaced (a blank line after every line: Word's paragraph spacing, a
// browser copy of <p> paragraphs). Pipe and tab rows and pipe-terminated cell lines are read on the
// text's lines without those blank lines (parse/double-spaced.ts, layouts/index.ts): a GFM table's
// rows touch again, and the rows keep their own lines and offsets in the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, lint } from '../../../server/src/core';
import { tableCells } from '../helpers';

const DRAFTS = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'drafts');
const doubled = (t: string) => t.replace(/([^\r\n])\r?\n(?=[^\r\n])/g, '$1\n\n');
const rules = (text: string) => lint(text).findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.rule).sort();
const tables = (text: string) => Object.fromEntries([...analyze(text).report!.tables.keys()].map((id) => [id, tableCells(text, id, true)]));

test('GFM and tab drafts pasted double-spaced: every statutory table reads the same cells, the same findings', () => {
  for (const name of ['2021-county-clean.md', '2020-department-tab-clean.txt']) {
    const text = readFileSync(join(DRAFTS, name), 'utf8');
    const plain = tables(text);
    assert.ok(Object.keys(plain).length >= 3, name);
    assert.deepEqual(tables(doubled(text)), plain, name);
    assert.deepEqual(rules(doubled(text)), rules(text), name);
  }
});

const HEAD = ['某某街道办事处2020年政府信息公开工作年度报告', '一、总体情况', '2020年，我处围绕人民群众关注的事项主动公开政府信息171条。', '二、行政机关主动公开政府信息情况'];

test('a loose-pipe 表二 pasted double-spaced: a row of the author\'s own inside it is still no statutory row', () => {
  const text = [...HEAD, '第二十条第(一)项 | |||', '信息内容 | 本年新 制作数量 | 本年新 公开数量 | 对外公开总数量 |', '规章 | 0 | 0 | 0 |',
    '规范性文件 | 0 | 0 | 0 |', '其他主动公开文件 | 9 | 9 | 9 |', '第二十条第(五)项 | |||', '信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |',
    '行政许可 | 0 | 0 | 0 |', '三、行政机关收到和处理政府信息公开申请情况', '本年度未收到政府信息公开申请。'].join('\n');
  const unknown = (t: string) => lint(t).findings.filter((f) => f.rule === 'table-row-unknown').map((f) => f.message);
  assert.equal(unknown(text).length, 1);
  assert.deepEqual(unknown(doubled(text)), unknown(text));
});

test('cells one a line parted by pipe lines (规章 / | / 0 / | …), pasted double-spaced, read as the original', () => {
  const cells = (...xs: string[]) => xs.flatMap((x) => [x, '|']);
  const text = ['某某街道办事处2021年政府信息公开工作年度报告', '一、总体情况', '2021年，我处围绕人民群众关注的事项主动公开政府信息171条。', '二、主动公开政府信息情况', ...cells('第二十条第(一)项'), '||||', ...cells('信息内容', '本年制发件数', '本年废止件数', '现行有效件数'), '|',
    ...cells('规章', '0', '0', '0'), '|', ...cells('规范性文件', '2', '0', '7'), '|', ...cells('第二十条第(五)项'), '||||', ...cells('信息内容', '本年处理决定数量'), '|||',
    ...cells('行政许可', '2910'), '|||', ...cells('第二十条第(六)项'), '||||', ...cells('信息内容', '本年处理决定数量'), '|||', ...cells('行政处罚', '12'), '|||',
    ...cells('行政强制', '0'), '|||', '三、收到和处理政府信息公开申请情况', '本年度未收到政府信息公开申请。'].join('\n');
  const plain = tableCells(text, 'active', true);
  assert.deepEqual(plain.licensing, ['2910']);
  assert.deepEqual(tableCells(doubled(text), 'active', true), plain);
  const outdated = (t: string) => lint(t).findings.filter((f) => f.rule === 'format-outdated').map((f) => f.message);
  assert.ok(outdated(text).length >= 1);
  assert.deepEqual(outdated(doubled(text)), outdated(text));
});

test('PDF text with layout pasted double-spaced: labels broken over lines above their figures still make one row (real c04, c05)', () => {
  const REAL = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'real');
  for (const name of ['c04-hongze-2023-pdflayout.txt', 'c05-hongze-2024-pdflayout.txt']) {
    const text = readFileSync(join(REAL, name), 'utf8');
    const plain = tables(text);
    assert.ok(plain.applications && Object.keys(plain.applications).length >= 20, name);
    assert.deepEqual(tables(doubled(text)), plain, name);
  }
});
