// A table 二 copied one cell per line with no blank line between cells (a web copy of <td> cells), read
// in reading order (column-block): it keeps no header row, so the 2019 header words of a 2022 report are
// looked for on their lines; and a header naming the year (本年(2023)制发件数) is still a header word, so
// the rows are read and 规范性文件 is reported as the older wording. Texts of our own (layouts of nH/40,
// nS/22, mX/01 re-laid by scripts/layout-variants.mjs --modes ascells).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';

const report = (year: number, cells: string[]) => [
  `某某镇${year}年度政府信息公开工作年度报告`,
  '一、总体情况',
  `${year}年,我镇主动公开政府信息120条。`,
  '二、主动公开政府信息情况',
  ...cells,
  '三、收到和处理政府信息公开申请情况',
  '全年未收到申请。',
].join('\n');
const outdated = (text: string) => lint(text).findings.filter((x) => x.rule === 'format-outdated');

test('2019 header words of table 二 one cell per line in a 2022 report are reported once', () => {
  const cells = ['第二十条第(一)项', '信息内容', '本年新 制作数量', '本年新 公开数量', '对外公开总数量', '规章', '0', '0', '0', '规范性文件', '0', '0', '0',
    '第二十条第(五)项', '信息内容', '上一年项目数量', '本年增/减', '处理决定数量', '行政许可', '0', '0', '5'];
  const f = outdated(report(2022, cells));
  assert.equal(f.length, 1, JSON.stringify(f.map((x) => x.message)));
  assert.match(f[0].message, /本年新制作数量/);
});

test('a header naming the year does not stop the rows being read: 规范性文件 in a 2023 report is the older wording', () => {
  const cells = ['第二十条第(一)项', '信息内容', '本年(2023)制发件数', '本年(2023)废止件数', '现行有效件数', '规章', '0', '0', '0', '规范性文件', '0', '1', '0',
    '第二十条第(五)项', '信息内容', '本年处理决定数量', '行政许可', '5'];
  const f = outdated(report(2023, cells));
  assert.equal(f.length, 1, JSON.stringify(f.map((x) => x.message)));
  assert.match(f[0].message, /“规范性文件”是2019年格式的写法/);
});

test('the 2021 header words one cell per line give no finding', () => {
  const cells = ['第二十条第(一)项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '0', '0', '0', '行政规范性文件', '0', '1', '0',
    '第二十条第(五)项', '信息内容', '本年处理决定数量', '行政许可', '5'];
  assert.deepEqual(outdated(report(2023, cells)), []);
});
