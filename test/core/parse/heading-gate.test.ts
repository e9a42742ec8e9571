// headingOfLine skips the heading reader (and its memo's look-up) for a line mayOpenHeading turns
// down: such a line is never a heading. Checked on lines written for this test (every lead and
// marker style, the edge cases of the lead) and on every line of the real-page fixtures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headingOfLine, mayOpenHeading, parseHeading } from '../../../server/src/core/parse/headings';
import { forEachPageLine } from '../real-pages-variants';

const LINES = [
  '一、总体情况', '  二、主动公开政府信息情况', '（一）主动公开情况。2023年，我局……', '(二) 依申请公开', '1. 年度概况', '（1）制度建设',
  '??一、总体情况', '？？（二）规章', '**一、总体情况**', '__三、收到和处理政府信息公开申请情况__', '- （一）主动公开', '+ 1. 概况', '* 2、工作',
  '****  一、总体情况', '# 概述', '## 政府信息公开工作年度报告', '#概述', '  # 二、情况', '一(yī)、總體(tǐ)情況', '\t一、总体情况', '\u3000\u3000四、存在的主要问题及改进情况',
  '\u00a0五、其他需要报告的事项', '本报告由某某局编制。', '  主(zhǔ)动公开', '2023年，我局坚持……', '', '   ', '——', '|一、总体情况|', '一、总体情况…………1',
];

test('a line mayOpenHeading turns down is no heading', () => {
  let declined = 0;
  const check = (line: string, where: string) => {
    if (mayOpenHeading(line)) return;
    declined++;
    assert.equal(parseHeading(line.replace(/\t/g, ' '), 0, 0), null, `${where}: ${line}`);
    assert.equal(headingOfLine(line, 0, 0), null, `${where}: ${line}`);
  };
  for (const l of LINES) check(l, 'written');
  // The written lines hold headings of every style, and lines turned down.
  assert.ok(LINES.filter((l) => parseHeading(l.replace(/\t/g, ' '), 0, 0) !== null).length >= 18);
  assert.ok(declined >= 5);
  const lines = forEachPageLine(check);
  assert.ok(lines > 10000 && declined > lines / 4);
});
