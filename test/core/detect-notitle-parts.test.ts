// Pieces of reports read without their title (layout-variants --modes notitle): a PDF's contents page (oP 26), a page
// from inside the overview with its sub-parts (oY 33), and an opening that cites the year's compiling notice and the
// 《条例》 and reports the year's work below (nT 34: 现将2021年工作情况汇报如下). A piece whose kind cannot be settled says
// so (kind-unsettled), never silently no report (formats/detect-parts-seen.ts); an opening of the report is read as
// one. And the reverse: one part alone, or the notice itself, stays no report. Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';
import { kindReasonEn } from '../../server/src/core/formats/kind-reason-en';

const read = (lines: string[]) => { const a = analyze(lines.join('\n')); return { kind: a.kind, year: a.doc.year, unsettled: a.detection.unsettled?.what, reason: a.detection.reason }; };

test('a contents page listing the statutory parts: a report whose kind is unsettled', () => {
  const d = read(['P. 2', '目录', '一、总体情况.............................................. 1',
    '(一) 围绕机制保障强化公开,全面加强政务公开能力建设 ..... 1', '一是健全工作机制 ...................................... 1',
    '二、主动公开政府信息情况 ................................ 10', '三、收到和处理政府信息公开申请情况 ...................... 11',
    '四、政府信息公开行政复议、行政诉讼情况 .................. 12', '五、存在的主要问题及改进情况 ............................ 12']);
  assert.equal(d.kind, null);
  assert.equal(d.unsettled, 'kind');
  assert.match(d.reason, /法定部分 5 个/);
  assert.doesNotMatch(kindReasonEn(d.reason) ?? '汉', /[\u4e00-\u9fff]/);
});

test('a page from inside the overview with two of its 2021 sub-parts: unsettled', () => {
  const d = read(['P. 4', '办理信息公开行政复议 0 件,行政诉讼 0 件。未收取信息处理费。', '(三)政府信息管理',
    '认真落实政府网站信息发布审核制度,网站信息发布由分管领导、有关科室和局办公室同时审核把关。', '(四)政府信息公开平台建设',
    '深化政府信息公开平台建设,不断完善升级网站首页布局和栏目设置。', '—3 —']);
  assert.deepEqual([d.kind, d.unsettled], [null, 'kind']);
});

test('one part alone, or a list of parts that is no contents page: no report, nothing unsettled', () => {
  assert.deepEqual(read(['(三)政府信息管理', '认真落实政府网站信息发布审核制度。']).unsettled, undefined);
  assert.deepEqual(read(['目录', '一、总体情况.................... 1', '二、工作亮点.................... 3', '三、下一步打算.................... 5']).unsettled, undefined);
});

test('an opening that cites the year’s compiling notice and the 《条例》, and reports the year’s work below (汇报如下): a report', () => {
  const d = read(['2022-01-20 作者:佚名 点击数:',
    '按照《某某县人民政府办公室关于做好2021年政府信息公开工作年度报告编发工作的通知》要求,我乡按照县政府统计部署,加强组织领导,健全工作机制,认真贯彻《条例》的各项要求,扎实推进政府信息公开。现将2021年工作情况汇报如下: 一、总体情况 1、主动公开政府信息的情况:40条。',
    '二、收到和处理政府信息公开申请情况', '2021年未收到政府信息公开申请。']);
  assert.deepEqual([d.kind, d.year], ['gov-info-2021', 2021]);
  // (The notice itself, asking for the reports, stays none.)
  assert.equal(read(['各村、乡直各单位:', '按照《某某县人民政府办公室关于做好2021年政府信息公开工作年度报告编发工作的通知》要求,现将有关事项通知如下:', '一、总体情况']).kind, null);
});
