// artifact-web (oW harvest, 2025 reports published in 2026): a page header of a date, the issuing organ
// and an empty view counter without their labels (2026-01-22  某某县人民政府办公室   浏览:), and a site
// header's toolbar one button a line with its 微信 button and mail-system link (微信 / |邮件系统| 简体版|繁体版).
// Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';
import { lineOf, TOWN_REPORT, web } from './web-findings';

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
