// year-mismatch: the opening says which year's work the report was written from (结合2024年某某街道
// 政府信息公开工作实际,编制发布本报告 in a 2025 report; 完成2020年政府信息公开工作,形成本报告 in a
// 2021 one), and a clause after a comma gives the year's count under last year (……应公开尽公开,
// 2021年度共主动公开政府信息4条 in a 2022 report). Shapes of the nL harvest; texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { yearMismatch } from '../../../server/src/core/rules/year-mismatch';
import { ruleAlone } from './build';

const run = ruleAlone(yearMismatch);
const doc = (opening: string, body = '2025年,本街道主动公开政府信息37条。') => [
  '某某街道2025年政府信息公开工作年度报告',
  opening,
  '本报告全文包括:总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议及行政诉讼情况、存在的主要问题和改进措施、其他事项。本年度报告中所列数据的统计期限从2025年1月1日到12月31日止。',
  '一、总体情况',
  body,
].join('\n');

test('结合2024年…政府信息公开工作实际 in a 2025 report: reported on the year', () => {
  const text = doc('根据《中华人民共和国政府信息公开条例》要求,结合2024年某某街道政府信息公开工作实际,编制发布本报告。');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), '2024年');
  assert.equal(fs[0].message, '报告年度为 2025 年，开头却称总结的是“2024年”的政府信息公开工作');
  // The report's own year, and a plan or notice of that year named for its basis: silent.
  assert.deepEqual(run(doc('根据《中华人民共和国政府信息公开条例》要求,结合2025年某某街道政府信息公开工作实际,编制发布本报告。')), []);
  assert.deepEqual(run(doc('根据《条例》和结合2024年政府信息公开工作要点的要求,编制本报告。')), []);
});

test('完成2020年政府信息公开工作,形成本报告 below a metadata block: still the opening', () => {
  const meta = ['- 索 引 号:00000000-3/2022-00001', '- 发文机关:某某镇', '- 废止日期:', '某某镇2021年政府信息公开工作年度报告'];
  const text = [...meta, '一、总体情况', '本年报根据《中华人民共和国政府信息公开条例》要求,认真逐项落实措施,积极主动地完成2020年政府信息公开工作,形成本报告。本报告所列数据统计期限自2021年1月1日至2021年12月31日。', '二、主动公开政府信息情况'].join('\n');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), '2020年');
});

test('a clause after a comma counting the year under last year: reported; comparisons and totals to date are not', () => {
  const text = doc('根据《中华人民共和国政府信息公开条例》要求,编制本报告。', '严格规范主动公开流程,做到应公开尽公开,2024年度共主动公开政府信息4条。');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), '2024年度');
  assert.equal(fs[0].message, '报告年度为 2025 年，此处以“2024年度”叙述本年度工作');
  for (const body of ['本年度主动公开信息40条,较2024年共主动公开信息4条有所增加。', '本年度主动公开信息40条,2024年共主动公开信息35条,2025年增长明显。',
    '本年度主动公开信息40条,累计至今,2024年共主动公开信息35条。', '做到应公开尽公开,2025年度共主动公开政府信息4条。']) {
    assert.deepEqual(run(doc('根据《中华人民共和国政府信息公开条例》要求,编制本报告。', body)), [], body);
  }
});

test('the opening below a metadata block of nine lines, pasted double-spaced: still the opening', () => {
  const meta = ['- 索 引 号:00000000-3/2022-00001 主题分类:', '- 发文机关:某某镇 成文日期:2022-01-21', '-', '标 题:', '某某镇2021年政府信息公开工作年度报告 - 文 号:',
    '- 备案登记号:', '- 废止日期: 时 效 性:有效', '某某镇2021年政府信息公开工作年度报告', '一、总体情况'];
  const text = [...meta, '本年报根据《中华人民共和国政府信息公开条例》要求,认真逐项落实措施,积极主动地完成2020年政府信息公开工作,形成本报告。本报告所列数据统计期限自2021年1月1日至2021年12月31日。', '二、主动公开政府信息情况', '本年度主动公开信息40条。'].join('\n');
  const doubled = text.replace(/\n/g, '\n\n');
  assert.equal(run(text).length, 1);
  const fs = run(doubled);
  assert.equal(fs.length, 1);
  assert.equal(doubled.slice(fs[0].start, fs[0].end), '2020年');
});
