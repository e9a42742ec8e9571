// artifact-web (oW harvest, 2025 reports published in 2026): a page header of a date, the issuing organ
// and an empty view counter without their labels (2026-01-22  某某县人民政府办公室   浏览:), and a site
// header's toolbar one button a line with its 微信 button and mail-system link (微信 / |邮件系统| 简体版|繁体版).
// Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';
import { lineOf, TOWN_REPORT, web } from './web-findings';
import { buildDraft } from './build';

const body = TOWN_REPORT;
const all = (text: string) => lint(text).findings.filter((x) => x.rule === 'artifact-web');

test('a date, the organ and an empty view counter on one line are the page header', () => {
  for (const head of ['2026-01-22  某某县人民政府办公室   浏览:', '2026年01月22日 某某区卫生健康局 阅读:', '2026-01-22 某某镇人民政府 来源:']) {
    const text = [body[0], '', head, '', ...body.slice(2)].join('\n');
    assert.deepEqual(all(text).map((f) => lineOf(text, f.start)), [3], head);
  }
});

test('a date and an organ in a sentence, or with a figure that is no counter, are report text', () => {
  for (const line of ['2026-01-22某某县人民政府办公室浏览量统计显示访问人数上升。', '2025年1月22日,县人民政府办公室召开政务公开专题会议。']) {
    const text = [...body, line].join('\n');
    assert.deepEqual(all(text), [], line);
  }
});

test('a header toolbar one button a line, with 微信 and the mail-system link, is chrome', () => {
  const text = ['页面', '配色', '辅助线', '重置', '微信', '|邮件系统| 简体版|繁体版', '支持IPv6', '无障碍', '', ...body].join('\n');
  assert.deepEqual(web(text).map((f) => lineOf(text, f.start)), [1, 2, 3, 4, 5, 6, 7, 8]);
});

test('微信 or 微博 alone, away from chrome, is not reported', () => {
  const text = [...body, '', '发布渠道', '微信', '微博', '', '二、主动公开政府信息情况'].join('\n');
  assert.deepEqual(all(text), []);
});

// The same pages pasted on one line (layout-variants --modes one): the toolbar's bare words one a piece
// (页面 配色 辅助线 重置) beside its certain ones are chrome as on lines, and a page header run into the
// opening across the spaces of a lost blank line (浏览次数: 字体:[ ] 分享:  2025年,……) is reported up to them.
const oneLine = (head: string) => (head + '\n' + buildDraft()).replace(/\n/g, ' ');
const warned = (text: string) => all(text).filter((f) => f.severity === 'warning').map((f) => text.slice(f.start, f.end));

test('one line: a toolbar\'s bare words beside its certain ones, and 微信 before the bar, are chrome', () => {
  const text = oneLine(['页面', '配色', '辅助线', '重置', '微信', '|邮件系统| 简体版|繁体版', '支持IPv6', '无障碍', ''].join('\n'));
  assert.deepEqual(warned(text), ['页面', '配色', '辅助线', '重置', '微信 |邮件系统| 简体版|繁体版', '支持IPv6 无障碍']);
  // Bare toolbar words with nothing certain beside them stay hints.
  assert.deepEqual(warned(oneLine('页面\n配色\n')), []);
});

test('one line: a page header run into the opening across a lost blank line is reported up to the spaces', () => {
  const draft = buildDraft();
  const title = draft.split('\n')[0];
  const text = (title + '\n浏览次数: 字体:[ ] 分享:\n\n2024年,某某镇认真贯彻《条例》,主动公开政府信息36条。\n' + draft.split('\n').slice(1).join('\n')).replace(/\n/g, ' ');
  assert.deepEqual(warned(text), ['浏览次数: 字体:[ ] 分享:']);
  // The opening's own words before such spaces are no chrome.
  const prose = (title + '\n根据《条例》编制本报告。\n\n2024年,某某镇主动公开政府信息36条。\n' + draft.split('\n').slice(1).join('\n')).replace(/\n/g, ' ');
  assert.deepEqual(warned(prose), []);
});
