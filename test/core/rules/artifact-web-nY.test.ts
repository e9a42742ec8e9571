// artifact-web (nY harvest): the toolbar's 返回上一页 above the title, and the 索引号 value alone after a list
// bullet (• 736916955/2023-02935), its label lost, are chrome. Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';
import { lineOf, web } from './web-findings';

const body = [
  '某某县某某镇人民政府2023年政府信息公开工作年度报告',
  '',
  '根据《中华人民共和国政府信息公开条例》规定,现公布某某镇2023年政府信息公开工作年度报告。',
  '一、总体情况',
  '2023年,某某镇主动公开政府信息36条。',
];

/** Every artifact-web finding (the toolbar's links are suggestions, info). */
const all = (text: string) => lint(text).findings.filter((x) => x.rule === 'artifact-web');

test('返回上一页 in the toolbar above the title is chrome; in a sentence it is report text', () => {
  const text = ['无障碍浏览', '关怀版', '返回上一页', '', ...body].join('\n');
  assert.deepEqual(all(text).map((f) => lineOf(text, f.start)), [1, 2, 3]);
  const prose = [...body, '优化网站功能,新增返回上一页按钮。'].join('\n');
  assert.deepEqual(lint(prose).findings.filter((x) => x.rule === 'artifact-web'), []);
});

test('the 索引号 value alone after a list bullet is metadata', () => {
  const text = ['• 736916955/2023-02935', '', ...body].join('\n');
  assert.deepEqual(web(text).map((f) => lineOf(text, f.start)), [1]);
});
