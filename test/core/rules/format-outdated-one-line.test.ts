// A 2021 report still in the 2019 shape (oP/28, a town's 2021 report with 本年新制作数量 …) pasted on one
// line: table 二's cells set apart by spaces or pipes inside the long line are not read, so the 2019 header
// words are looked for as cells of their own inside the line. Words of the 2019 format in a sentence are no cell.
// Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';

const report = (year: number, table: string, prose = '') => [
  `某某镇${year}年政府信息公开工作年度报告`,
  '一、总体情况',
  `${year}年,我镇严格按照《中华人民共和国政府信息公开条例》规定开展政府信息公开工作,依照《条例》公开了我镇应当公开的信息,突出重点,深化内容,取得明显成效。全年主动公开政府信息120条,其中工作动态80条,通知公告30条,财政信息10条。${prose}`,
  '二、主动公开政府信息情况',
  table,
  '三、收到和处理政府信息公开申请情况',
  '全年未收到申请。',
].join(' ');
const outdated = (text: string) => lint(text).findings.filter((x) => x.rule === 'format-outdated');

const cells = '第二十条第(一)项 信息内容 本年新制作数量 本年新 公开数量 对外公开 总数量 规章 0 0 0 规范性文件 0 0 0 第二十条第(五)项 信息内容 上一年项目数量 本年增/减 处理决定数量 行政许可 0 0 0';
const pipes = '第二十条第(一)项 | |||| 信息内容 | 本年新 | 本年新 | 对外公开总数量 | | 规章 | 0 | 0 | 0 | | 规范性文件 | 15 | 15 | 15 | |';

test('2019 header words as cells inside a one-line 2021 report: reported once', () => {
  for (const t of [cells, pipes]) {
    const text = report(2021, t);
    const f = outdated(text);
    assert.equal(f.length, 1, JSON.stringify(f.map((x) => x.message)));
    assert.match(text.slice(f[0].start, f[0].end), /^(?:本年新制作数量|对外公开总数量)$/);
  }
});

test('the same line in a 2020 report, and 2019 words inside a sentence of a 2021 one: silent', () => {
  assert.deepEqual(outdated(report(2020, cells)), []);
  assert.deepEqual(outdated(report(2021, '第二十条第(一)项 信息内容 本年制发件数 本年废止件数 现行有效件数 规章 0 0 0 行政规范性文件 0 0 0', '较去年对外公开总数量有所增加。')), []);
});
