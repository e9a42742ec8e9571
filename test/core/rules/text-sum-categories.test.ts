// text-sum on a breakdown by category that follows its total without 其中 (the 2008 regulation's
// 主动公开政府信息的数量 and 主要类别 items; harvest qF/41): parts above the total are wrong.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textSum } from '../../../server/src/core/rules/text-sum';
import { build2008, ruleAlone, where } from './build';

const run = ruleAlone(textSum);
const SECTION = '全年主动公开政府信息320条。';
const with2008 = (s: string) => build2008().replace(SECTION, s);

const ITEMS = '（一）主动公开政府信息的数量共192条。\n\n（二）主动公开政府信息的主要类别情况：党政信息类147条，文件类47条，制度类4条。\n\n（三）主动公开政府信息的途径：包括政府网站。';

test('categories in the next item add up to more than the total: a warning on the parts', () => {
  const text = with2008(ITEMS);
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].severity, 'warning');
  assert.equal(fs[0].message, '按类别所列各项之和 147 + 47 + 4 = 198条，超过总数 192条');
  assert.equal(where(text, fs[0]).slice, '147条，文件类47条，制度类4条');
});

test('categories that add up to the total, or fall short of it (a partial list), are silent', () => {
  assert.deepEqual(run(with2008(ITEMS.replace('147条', '141条'))), []);
  assert.deepEqual(run(with2008(ITEMS.replace('147条', '100条'))), []);
});

test('a heading of its own between the total and the categories', () => {
  const text = with2008('1、主动公开政府信息数量\n本年度主动公开政府信息共14条。\n2、主动公开政府信息的主要类别情况\n机构职能类信息6条，政策法规类信息3条，安全生产类信息7条。');
  assert.equal(run(text).length, 1);
});

test('the total opening the breakdown: 在主动公开的14条政府信息中，…', () => {
  const head = '2、主动公开政府信息的主要类别情况\n在本年度主动公开的14条政府信息中,机构职能类信息6条,占42.9%;政策法规类信息3条,占21.4%;安全生产、应急管理类信息 5条,占35.7%。';
  assert.deepEqual(run(with2008(head)), []);
  const over = run(with2008(head.replace('信息 5条', '信息 9条')));
  assert.equal(over.length, 1);
  assert.equal(over[0].message, '按类别所列各项之和 6 + 3 + 9 = 18条，超过总数 14条');
});

test('a total the categories do not break down is not read: a share, a running total, a rounded figure', () => {
  // 各乡镇…477条，占23.1% is a part of an earlier total (nQ/06): the categories are of the whole.
  const share = '2018年全区主动公开政府信息2069条。其中，区直各部门主动公开政府信息1592条，占76.9%。各乡镇主动公开政府信息477条，占23.1%。\n（二）主动公开政府信息的主要类别\n机构职能类信息211条，政策类信息82条，其他信息1776条。';
  assert.deepEqual(run(with2008(share)), []);
  assert.deepEqual(run(with2008(ITEMS.replace('数量共192条', '数量历年累计192条'))), []);
  assert.deepEqual(run(with2008(ITEMS.replace('147条', '140余条'))), []);
  // No word of 类别: two counts after a total are not a breakdown.
  assert.deepEqual(run(with2008('（一）主动公开政府信息的数量共192条。\n（二）全年发布动态147条，回复留言147条。')), []);
});
