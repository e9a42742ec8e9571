// year-mismatch (oP harvest, oP/17): last year's report published during the year, named inside a
// numbered work item of part 一 ((一)切实做好政府信息主动公开工作。按时发布《…2019年度…年度报告》), is
// not the opening naming this report. Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { yearMismatch } from '../../../server/src/core/rules/year-mismatch';
import { ruleAlone } from './build';

const run = ruleAlone(yearMismatch);
const doc = (line: string) => [
  '某某市人力资源和社会保障局2020年政府信息公开工作年度报告',
  '根据《中华人民共和国政府信息公开条例》要求,编制本报告。报告所列统计数据的期限自2020年1月1日至2020年12月31日。',
  '一、总体情况',
  '2020年,我局进一步加强政府信息公开业务平台建设。',
  line,
].join('\n');

test('last year\'s report published, inside a (一) work item: silent', () => {
  assert.deepEqual(run(doc('(一)切实做好政府信息主动公开工作。及时全面主动公开政府信息。按时发布《某某市人力资源和社会保障局2019年度政府信息公开年度报告》。')), []);
});

test('the opening naming this report with last year: still reported', () => {
  const text = ['某某局政府信息公开工作年度报告', '根据《条例》要求,我局编制了《某某局2019年政府信息公开工作年度报告》。本报告所列数据的统计期限自2020年1月1日至2020年12月31日。', '一、总体情况', '2020年,我局主动公开信息10条。'].join('\n');
  const fs = run(text);
  assert.equal(fs.length, 1, JSON.stringify(fs));
});

test('the same work item on one line with the rest of the page: silent', () => {
  const text = doc('(一)切实做好政府信息主动公开工作。及时全面主动公开政府信息。按时发布《某某市人力资源和社会保障局2019年度政府信息公开年度报告》。').split('\n').join(' ');
  assert.deepEqual(run(text), []);
});
