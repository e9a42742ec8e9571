// artifact-web (oN harvest, real page oN/26, 洪雅县洪川镇 2024): a web table's row padded with hundreds of
// empty cells after the title (…年度报告 | ||||…) and after the page's date and counter (2025年01月20日
// (点击: ) | ||||…). The run after the title is debris, the title stays; the date-and-counter line is chrome
// whole. The counter in round brackets with its figure lost ((点击: )) reads as a counter. Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';
import { classifyChrome } from '../../../server/src/core/model/artifacts-chrome';
import { lineOf, TOWN_REPORT, web } from './web-findings';

const PIPES = ` | ${'|'.repeat(120)}`;

test('a run of pipes after the title: only the run is debris', () => {
  const text = [TOWN_REPORT[0] + PIPES, ...TOWN_REPORT.slice(1)].join('\n');
  const fs = web(text);
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), PIPES.trim());
  assert.match(fs[0].message, /成串的竖线/);
  // Its fix leaves the title.
  const fixed = text.slice(0, fs[0].fix!.edits[0].start) + text.slice(fs[0].fix!.edits[0].end);
  assert.equal(fixed.split('\n')[0], TOWN_REPORT[0]);
});

test('the page date and a bracketed counter before the run: the whole line is chrome', () => {
  assert.equal(classifyChrome('2025年01月20日 (点击: )')?.zh, '浏览计数');
  const text = [TOWN_REPORT[0], `2025年01月20日 (点击: )${PIPES}`, ...TOWN_REPORT.slice(1)].join('\n');
  const fs = web(text);
  assert.deepEqual(fs.map((f) => lineOf(text, f.start)), [2]);
  assert.equal(text.slice(fs[0].start, fs[0].end), `2025年01月20日 (点击: )${PIPES}`);
});

test('a few pipes after a line, or a bracketed count in prose, are no debris', () => {
  const text = [TOWN_REPORT[0], '规章 | 0 | 0 | 0 |', ...TOWN_REPORT.slice(1)].join('\n');
  assert.deepEqual(web(text), []);
  assert.equal(classifyChrome('全年网站访问量(点击:1200)次,同比增长'), null);
});

test('a page header with 点击率, a caption before the explainer link, 长者专版 beside 无障碍浏览 (real pages oN/02, 33, 39)', () => {
  assert.equal(classifyChrome('来源:河西镇 时间:2024-01-19 10:11 点击率:39打印】【关闭')?.tier, 'strong');
  assert.equal(classifyChrome('图解链接:点击查看图解')?.tier, 'strong');
  assert.equal(classifyChrome('无障碍浏览 长者专版')?.tier, 'strong');
  const text = ['无障碍浏览 长者专版', TOWN_REPORT[0], '来源:某某镇 时间:2024-01-19 10:11 点击率:39打印】【关闭', '图解链接:点击查看图解', ...TOWN_REPORT.slice(1)].join('\n');
  assert.deepEqual(web(text).map((f) => lineOf(text, f.start)), [1, 3, 4]);
  // A sentence about the rate of clicks, or a bare caption word, is no chrome.
  assert.equal(classifyChrome('图解链接'), null);
  assert.equal(classifyChrome('网站点击率较上年提高12%。'), null);
});
