// artifact-web (mG harvest, issue #12): the accessibility toolbar's buttons (长者助手 我的收藏 收藏, 页面 /
// 配色 / 辅助线 / 重置 one a line, 背景色:), a metadata line whose 分类 holds several values (分类 信息公开年报
// 机关事务    报告) and the 索引号 value alone on a line (its label lost) are chrome. Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';
import { lineOf, web } from './web-findings';

const body = [
  '某市某区管委会2023年政府信息公开工作年度报告',
  '',
  '根据《中华人民共和国政府信息公开条例》规定,现公布某区管委会2023年政府信息公开工作年度报告。',
  '一、总体情况',
  '2023年,某区管委会主动公开政府信息36条。',
];

test('the accessibility toolbar one button a line, above the page header, is chrome', () => {
  const text = ['页面', '配色', '辅助线', '重置', '| 简体版|繁体版|智能问答', '无障碍', '', ...body].join('\n');
  assert.deepEqual(web(text).map((f) => lineOf(text, f.start)), [1, 2, 3, 4, 5, 6]);
});

test('长者助手 我的收藏 收藏 and 背景色: are toolbar rows', () => {
  const text = [' 无障碍    长者助手 我的收藏   收藏', '背景色:', ...body].join('\n');
  assert.deepEqual(web(text).map((f) => lineOf(text, f.start)), [1, 2]);
});

test('a sentence with the same words is report text', () => {
  const text = [...body, '优化网站页面配色和辅助线功能,新增长者助手、我的收藏等栏目。'].join('\n');
  assert.deepEqual(lint(text).findings.filter((x) => x.rule === 'artifact-web'), []);
});

test('a metadata line whose 分类 lists several values is metadata', () => {
  const text = ['名称 某市某区管委会2023年政府信息公开工作年度报告', '索引号 123456789/2024-00065 分类 信息公开年报   机关事务    报告', '发布机构 某区管委会 公开日期 2024-01-19', '', ...body].join('\n');
  assert.deepEqual(web(text).map((f) => lineOf(text, f.start)), [1, 2, 3]);
});

test('the 索引号 value alone on a line is metadata; a figure with a slash in prose is not', () => {
  const text = ['12345678X/2023-00001', ...body].join('\n');
  assert.deepEqual(web(text).map((f) => lineOf(text, f.start)), [1]);
  const prose = [...body, '2023/2022年同比增长12%。'].join('\n');
  assert.deepEqual(lint(prose).findings.filter((x) => x.rule === 'artifact-web'), []);
});

test('a view counter and toolbar whose last bracket was left open (【打印此页】  【关闭) is chrome', () => {
  const text = [body[0], '点击次数:12  更新时间:2021-04-07  【打印此页】  【关闭', ...body.slice(1)].join('\n');
  assert.deepEqual(web(text).map((f) => lineOf(text, f.start)), [2]);
  const prose = [body[0], ...body.slice(1), '【关闭】违规网站3个,点击次数下降明显。'].join('\n');
  assert.deepEqual(web(prose), []);
});

test('a read-aloud button (听全文) on a line of its own is chrome; a sentence about it is not', () => {
  const text = [body[0], '  • 听全文', ...body.slice(1)].join('\n');
  assert.equal(lint(text).findings.filter((x) => x.rule === 'artifact-web').map((f) => lineOf(text, f.start)).join(), '2');
  const prose = [...body, '新增听全文、语音朗读等适老化功能。'].join('\n');
  assert.deepEqual(lint(prose).findings.filter((x) => x.rule === 'artifact-web'), []);
});
