// A Traditional-script web copy with converter pinyin (規(guī)章) whose table-二 label carries the
// provincial note (設區(qū)的市、自治州人民政府應提供相關數(shù)據(jù)): the pinyin nests brackets inside
// the note, which must not hide the statutory 规章 row (seen in a fourth harvest, issue #12, hM).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintAnalysis, RULES } from '../../../server/src/core';

const TEXT = [
  '某某鎮(zhèn)2020年政府信息公開工作年度報告',
  '一、總體情況',
  '根據(jù)《中華人民共和國政府信息公開條例》要求,特編制2020年度某某鎮(zhèn)政府信息公開年度報告,報告所列數(shù)據(jù)的統(tǒng)計期限自2020年1月1日起至2020年12月31日止。',
  '二、主動公開政府信息情況',
  '第二十條第(一)項 | |||',
  '信息內容 | 本年新 制作數(shù)量 | 本年新 公開數(shù)量 | 對外公開總數(shù)量 |',
  '規(guī)章(設區(qū)的市、自治州人民政府應提供相關數(shù)據(jù)) | 0 | 0 | 0 |',
  '規(guī)范性文件 | 3 | 3 | 7 |',
].join('\n');

test('規(guī)章(設區(qū)的市…) is the statutory 规章 row, not an unknown one', () => {
  const a = analyze(TEXT);
  const unknown = lintAnalysis(a, RULES).findings.filter((f) => f.rule === 'table-row-unknown');
  assert.deepEqual(unknown.map((f) => f.message), []);
});

test('the same label without pinyin reads the same', () => {
  const plain = TEXT.replace(/\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)/g, '');
  const a = analyze(plain);
  assert.deepEqual(lintAnalysis(a, RULES).findings.filter((f) => f.rule === 'table-row-unknown'), []);
});
