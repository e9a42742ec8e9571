// Detection on shapes seen in the eighth harvest (issue #12, kF), texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from './helpers';

// A 镇 report without a title and without a year, compiled under article 50 of the revised
// regulation, whose overview has the sub-headings (二)主动公开 (三)依申请公开: never the 2008 format.
const noYear = [
  '依据《中华人民共和国政府信息公开条例》(以下简称《政府信息公开条例》)第五十条规定,编制本报告。',
  '一、总体情况',
  '(一)组织领导。我镇高度重视政府信息公开工作。',
  '(二)主动公开。全年累计主动公开政府信息100余条。',
  '(三)依申请公开。全年共收到政府信息公开申请16件,均在法定时限内完成答复。',
  '(四)政府信息管理。加强政府信息源头管理。',
].join('\n');

test('a report under article 50 of the revised regulation, no year: not the 2008 format', () => {
  assert.equal(detect(noYear).kind, 'gov-info-2021');
});

test('the same without article 50 keeps the previous guess', () => {
  // (Its sub-headings 主动公开 and 依申请公开 are two 2008-report groups: the 2008 guess stays.)
  assert.equal(detect(noYear.replace('第五十条规定', '有关规定')).kind, 'gov-info-2008');
});
