// The report year from the body when the page has no title and no period: a sentence opening with
// the year before 我街道 / 我厅 / 我旗 (2023年我街道新收到…) counts like 2023年我局….
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';

const page = (sentence: string) => [
  '依据《中华人民共和国政府信息公开条例》第五十条规定,编制本报告。',
  '一、总体情况',
  '(一)组织领导',
  '主要领导高度重视信息公开工作,安排专人负责具体工作。',
  '(二)依申请公开办理',
  sentence,
].join('\n');

test('2023年我街道… / 2022年我厅… / 2021年我旗… give the year', () => {
  assert.equal(analyze(page('2023年我街道新收到政府信息公开申请数量3件,均已按期答复。')).doc.year, 2023);
  assert.equal(analyze(page('2022年我厅共收到政府信息公开申请12件。')).doc.year, 2022);
  assert.equal(analyze(page('2021年我旗未收到政府信息公开申请。')).doc.year, 2021);
});

test('a plan for a year is no report year', () => {
  assert.equal(analyze(page('2024年我街道将进一步规范依申请公开办理。')).doc.year, null);
});
