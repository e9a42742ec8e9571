// Detection and the report year on shapes seen in the nL harvest (华东 and 华南 pages): a title whose
// year lost its 年 (某厅2022政府信息公开工作年度报告), a title padded with a web table's empty cells
// (标题 | |||||…) and converter pinyin under a line of pipes, an untitled page whose one part is the
// overview with its statutory items. Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from './helpers';
import { analyze } from '../../server/src/core';

const BODY = ['一、总体情况', '2022年,我厅严格落实《条例》要求,主动公开政府信息2726条。', '二、主动公开政府信息情况'];

test('a title whose year is written without 年 (某厅2022政府信息公开工作年度报告) gives the year', () => {
  const t = ['某某省经济和信息化厅2022政府信息公开工作年度报告', ...BODY].join('\n');
  assert.equal(detect(t).kind, 'gov-info-2021');
  assert.equal(detect(t).year, 2022);
  // A document number's year in brackets is no report year.
  assert.equal(analyze(['某某厅政府信息公开工作年度报告(国办公开办函〔2021〕30号格式)', '一、总体情况', '我厅主动公开政府信息12条。'].join('\n')).doc.year, null);
});

test('a title padded with pipes under a line of pipes, with converter pinyin, is the title; a sentence among the last lines is not', () => {
  const pad = ' | ' + '|'.repeat(300);
  const t = ['|', '|'.repeat(300), `2023年某某市人民政府政府信息公開工作年度報(bào)告${pad}`,
    '本年度報(bào)告根據(jù)《中華人民共和國政府信息公開條例》的要求編制,全文包括總體情況、主動公開政府信息情況。',
    '因2023年度對規章開展了清理工作,現行有效件數以本年度報(bào)告為準(zhǔn)。 三、收到和處理政府信息'].join('\n');
  const a = analyze(t);
  assert.equal(a.doc.title?.line, 2);
  assert.ok(a.doc.title?.text.endsWith('報(bào)告'), a.doc.title?.text);
  assert.equal(detect(t).kind, 'gov-info-2021');
  assert.equal(detect(t).year, 2023);
});

test('an untitled page whose only part is 总体情况 with the statutory items (依申请公开, 政府信息管理) is a report', () => {
  const t = ['一、總體情況', '2020年,某某區政務公開工作辦公室積極開展政務公開工作,夯實主動公開工作基礎。',
    '(一)政府信息公開基本數據情況。2020年,我區通過區門戶網站主動公開信息8466條。',
    '(二)政府信息依申請公開情況。2020年我區共收到政府信息公開申請1586宗。',
    '(三)政府信息管理情況。進一步深入網站信息發布安全管理。'].join('\n');
  const d = detect(t);
  assert.equal(d.kind, 'gov-info-2019');
  assert.equal(d.year, 2020);
  // The same part without the statutory items (a news item's 总体情况) stays unsettled.
  assert.equal(detect(t.split('\n').slice(0, 3).join('\n')).kind, null);
});
