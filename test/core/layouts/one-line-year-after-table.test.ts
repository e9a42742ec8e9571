// A report from PDF text pasted on one line: table 四's figures are followed by part 五, whose text
// opens with the year spaced from its 年 (…0 0 0 五、存在的主要问题及改进情况 2023 年，…). The year
// is the sentence's, not a sixteenth figure of table 四: the table is read and checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';

const FILL = '全年依法做好政府信息公开工作，按照要求及时公开各类信息，不断提升公开质量和实效。'.repeat(6);
const HEADER = '行政复议 行政诉讼 未经复议直接起诉 复议后起诉 结果 结果 其他 尚未 总 计 结果 结果 其他 尚未 结果 结果 其他 尚未 '
  + '维持 纠正 结果 审结 总计 总 计 维持 纠正 结果 审结 维持 纠正 结果 审结';
const page = (figures: string) => [
  '某某区人民政府2023年政府信息公开工作年度报告', '一、总体情况', FILL, '二、主动公开政府信息情况', '本年度主动公开信息情况见下表。',
  '三、收到和处理政府信息公开申请情况', '本年度收到申请十二件。',
  '四、政府信息公开行政复议、行政诉讼情况', HEADER, figures,
  '五、存在的主要问题及改进情况', '2023 年，某某区政府信息公开工作取得一定的成效，但对照上级要求，仍存在一定差距。',
  '六、其他需要报告的事项', '无。',
].join(' ');

test('a year spaced from its 年 after table 四 on one line is no figure of the table', () => {
  const wrong = lint(page('10 1 0 0 0 0 0 0 0 0 5 0 0 0 0'));
  assert.equal(wrong.kind, 'gov-info-2021');
  const totals = wrong.findings.filter((f) => f.rule === 'review-total');
  assert.equal(totals.length, 2, wrong.findings.map((f) => `${f.rule} ${f.message}`).join('\n'));
  assert.ok(!wrong.findings.some((f) => f.rule === 'table-unreadable'));
  const right = lint(page('10 1 0 0 11 0 0 0 0 0 5 0 0 0 5'));
  assert.deepEqual(right.findings.filter((f) => f.rule === 'review-total' || f.rule === 'table-unreadable'), []);
});
