// The report year of a page whose title is gone (layout-variants --modes notitle), read where a reviewer reads it:
// a statistics period that lost both its 年 and its 月 (统计期限自201911日起至20191231日止), the state at the year
// (截至2025年，…), the last year of a table comparing the years (年度 | 公开 | … / 2022 | … / 2023 | …).
// And the reverse: a date of the next year, a target, a table of years not consecutive give no year. Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';

const year = (lines: string[]) => analyze(lines.join('\n')).doc.year;

test('a statistics period that lost its 年 and 月', () => {
  assert.equal(year(['编制说明:本年度报告根据政府信息公开相关法律、法规的规定编制。本年度报告中所列数据的统计期限自201911日起至20191231日止。',
    '一、总体情况', '我镇政府信息公开工作严格按照“公开为原则,不公开为例外”的总体要求。']), 2019);
  // (Two years: no whole year's span.)
  assert.equal(year(['本年度报告中所列数据的统计期限自201911日起至20201231日止。', '一、总体情况', '我镇坚持公开为原则。']), null);
});

test('截至2025年， the state at the year', () => {
  const page = (s: string) => ['一、工作总体完成情况', '我局深入贯彻落实党中央决策部署,全面推进法治公安建设。', s, '二、主要举措及成效', '(一)健全执法办案管理体系'];
  assert.equal(year(page('通过五年的不懈努力,我局执法公信力得到显著提升。截至2025年,执法办案区实现全覆盖。')), 2025);
  assert.equal(year(page('截止20101231日,全乡累计主动公开政府信息65条。')), 2010);
  // (A date in the next year's first month is no year's state.)
  assert.equal(year(page('截至2025年1月,执法办案区实现全覆盖。')), null);
});

test('the last year of a table comparing the years', () => {
  const page = (rows: string[]) => ['(二)依申请公开', '办理信息公开行政复议 0 件,行政诉讼 0 件。未收取信息处理费。', ...rows,
    '(三)政府信息管理', '认真落实政府网站信息发布审核制度。'];
  assert.equal(year(page(['年度 公开 部分公开 无法提供 其他 总数', '2022 24 0 8 1 33', '2023 16 4 6 4 30'])), 2023);
  // (Cells one per line, as a web copy gives them.)
  assert.equal(year(page(['年度', '公开', '总数', '2022', '24', '33', '2023', '16', '30'])), 2023);
  // Years not consecutive, or without figures, are no comparison.
  assert.equal(year(page(['年度 公开 部分公开 无法提供 其他 总数', '2019 24 0 8 1 33', '2023 16 4 6 4 30'])), null);
  assert.equal(year(page(['年度 公开 部分公开 无法提供 其他 总数', '2022', '2023'])), null);
});
