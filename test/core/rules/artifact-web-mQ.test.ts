// artifact-web (mQ harvest): a site header's toolbar ending in the site's name, a search-results form
// (搜索位置: 匹配度: 排序:) and a page header with download buttons are chrome. Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';
import { lineOf, TOWN_REPORT, web } from './web-findings';

const body = TOWN_REPORT;

test('the header toolbar with the site name after it (简体 繁體 无障碍阅读 长者模式 某省政府服务网-某县)', () => {
  for (const head of ['简体 繁體 无障碍阅读 长者模式 某省政府服务网-某县', '简体 | 繁体 | 长者模式 | 某某县人民政府门户网站']) {
    const text = [head, '', ...body].join('\n');
    assert.deepEqual(web(text).map((f) => lineOf(text, f.start)), [1], head);
  }
});

test('a site name alone, or in a sentence, is not chrome', () => {
  for (const line of ['某省政府服务网', '群众可通过某省政府服务网-某县站点办理事项。', '长者模式上线后,某某县人民政府门户网站访问量上升。']) {
    const text = [...body, line].join('\n');
    assert.deepEqual(lint(text).findings.filter((x) => x.rule === 'artifact-web' && x.severity !== 'info'), [], line);
  }
});

test('a search-results form, one label a line (搜索位置: 匹配度: 排序:), is chrome', () => {
  const text = ['政府信息公开', '', '搜索位置:', '匹配度:', '排序:', '', ...body].join('\n');
  assert.deepEqual(web(text).map((f) => lineOf(text, f.start)), [3, 4, 5]);
});

test('a page header ending in its download buttons (【下载Word】 【下载PDF】) is chrome', () => {
  const head = '发布机构:某某镇 索引号:abc/2025-00001 时间:2025-01-20  作者: 【字体: 【下载Word】 【下载PDF】';
  const text = [head, '', ...body].join('\n');
  assert.deepEqual(web(text).map((f) => lineOf(text, f.start)), [1]);
});

test('排序 and 下载 in report text stay silent', () => {
  for (const line of ['排序:按时间先后', '【下载】某某镇办事指南已在网站公布。', '下载PDF文件的群众较多。']) {
    const text = [...body, line].join('\n');
    assert.deepEqual(lint(text).findings.filter((x) => x.rule === 'artifact-web' && x.severity !== 'info'), [], line);
  }
});

test('a page header ending in 字体大小: and the toolbar 打印 保存 收藏 is chrome', () => {
  for (const head of ['来源:某某区 作者: 发布时间:2021-01-25 17:46 阅读: 字体大小: 打印 保存 收藏', '发布时间:2017-03-03 来源:某某区民政局 字体大小:']) {
    const text = [head, '', ...body].join('\n');
    assert.deepEqual(web(text).map((f) => lineOf(text, f.start)), [1], head);
  }
});

test('保存 in report text stays silent', () => {
  const text = [...body, '保存', '保存、打印政府信息的费用均未收取。'].join('\n');
  assert.deepEqual(lint(text).findings.filter((x) => x.rule === 'artifact-web' && x.severity !== 'info'), []);
});

// oY 34: a page header's toolbar with a download button among its words (字号: 下载 我要纠错 打印 收藏).
test('a toolbar line with 下载 among its buttons is chrome; 下载 in a sentence is not', () => {
  const text = ['某某市2015年政府信息公开工作年度报告', '', '字号: 下载 我要纠错 打印 收藏', '', ...body].join('\n');
  assert.deepEqual(web(text).map((f) => lineOf(text, f.start)), [3]);
  const prose = [...body, '群众可在门户网站下载本报告。'].join('\n');
  assert.deepEqual(lint(prose).findings.filter((x) => x.rule === 'artifact-web' && x.severity !== 'info'), []);
});
