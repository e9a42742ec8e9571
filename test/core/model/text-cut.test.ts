// isCutRemnant: what a stored excerpt leaves after a table it cut (nS pages).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCutRemnant } from '../../../server/src/core/model/text-cut';

const LABELS = ['第二十条第（五）项', '其他对外管理服务事项', '上一年项目数量', '本年收费金额（单位：万元）', '二、上年结转政府信息公开申请数量', '商业企业', '行政处罚'];

test('nothing, bars, a lone figure: cut', () => {
  for (const rest of ['', '\n', '\n||\n|', '\n0', '\n0 ', '\n| 12 |', '\n-3']) assert.equal(isCutRemnant(rest, LABELS), true, JSON.stringify(rest));
  assert.equal(isCutRemnant('\n0'), true, 'a figure without labels');
});

test('a lone figure in full-width digits (a draft typed in full width): cut', () => {
  for (const rest of ['\n０', '\n０ ', '\n| １２ |', '\n－３', '\n１．５％']) assert.equal(isCutRemnant(rest, LABELS), true, JSON.stringify(rest));
  assert.equal(isCutRemnant('\n０件'), false, 'a figure with its unit is prose');
});

test('the first characters of a label, maybe with the start of its note: cut', () => {
  for (const rest of ['\n第二十', '\n其他对外管理服务事项(指行政许可以', '\n上一年项目数量 (指2019年', '\n本年收费金额(单', '\n||\n二、上年结转政府信息公', '\n商业', '\n| \n 行']) {
    assert.equal(isCutRemnant(rest, LABELS), true, JSON.stringify(rest));
  }
});

test('a group label, then the number its first row starts with (1. of 1.属于国家秘密): cut', () => {
  const labels = [...LABELS, '（三）不予公开', '1.属于国家秘密'];
  assert.equal(isCutRemnant('\n||||||||\n(三)不予公开 |\n1.', labels), true);
  assert.equal(isCutRemnant('\n1、', labels), true);
  // A number no label starts with, or a number without its mark followed by text, is not a cut label.
  assert.equal(isCutRemnant('\n7.', labels), false);
  assert.equal(isCutRemnant('\n1.', LABELS), false);
});

test('the bracket a numbered row name opens with, alone or with its numeral ((二)部分公开 cut after "("): cut (nX 24)', () => {
  const labels = [...LABELS, '（一）予以公开', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'];
  for (const rest of ['\n(', '\n（', '\n| \n(二']) assert.equal(isCutRemnant(rest, labels), true, JSON.stringify(rest));
  // Only where a label opens with a bracket; a closed bracket or a bracket before text is no such start.
  assert.equal(isCutRemnant('\n(', LABELS), false);
  assert.equal(isCutRemnant('\n()', labels), false);
  assert.equal(isCutRemnant('\n(七', labels), false);
});

test('text of its own: not cut', () => {
  for (const rest of ['\n某某县人民政府办公室', '\n（完）', '\n行政处罚 3 件', '\n第二十\n第二十', '\n其他对外管理服务事项以外的事项说明文字很长很长很长很长很长很长很长', '\n合计']) {
    assert.equal(isCutRemnant(rest, LABELS), false, JSON.stringify(rest));
  }
  assert.equal(isCutRemnant('\n第二十'), false, 'a label prefix needs the labels');
});

test('whole labels, then the first characters of the next (a caption and its header cut with the page): cut', () => {
  assert.equal(isCutRemnant('\n第二十条第（五）项\n|\n上一年项目数量 |\n本年收费', LABELS), true);
  assert.equal(isCutRemnant('\n第二十条第(五)项\n商业', LABELS), true);
  // A caption, its header's two cells, then the first row's name cut (第二十条第(八)项 / 信息内容 / 本年收费金额 / 行政事业性).
  assert.equal(isCutRemnant('\n第二十条第（五）项\n信息内容\n上一年项目数量\n行政', [...LABELS, '信息内容']), true);
  // Only the last line may be cut short, and no more than four lines.
  assert.equal(isCutRemnant('\n第二十\n商业企业', LABELS), false);
  assert.equal(isCutRemnant('\n行政处罚\n商业企业\n行政处罚\n商业企业\n商业', LABELS), false);
});

test('a table pasted on one line: the next caption and header cells between bars or spaces on its own line: cut', () => {
  assert.equal(isCutRemnant(' 第二十条第(五)项 | ||| 信息内容 | 上一年项目', [...LABELS, '信息内容']), true);
  assert.equal(isCutRemnant(' 第二十条第(五)项 上一年项目', LABELS), true);
  assert.equal(isCutRemnant(' 第二十条第(五)项 | 上一年项目数量 (指2019年', LABELS), true);
  // Words that are no labels, or more than four pieces, are text of its own.
  assert.equal(isCutRemnant(' 第二十条第(五)项 | 其他说明', LABELS), false);
  assert.equal(isCutRemnant(' 本机关 第二十条第(五)项 上一年', LABELS), false);
  assert.equal(isCutRemnant(' 行政处罚 商业企业 行政处罚 商业企业 商业', LABELS), false);
  // In Traditional script (nN/11 on one line).
  assert.equal(isCutRemnant(' 第二十條第(八)項 | 信息內容 | 本年收費金額(單位:萬元) | 行政事業性', ['第二十条第（八）项', '信息内容', '本年收费金额（单位：万元）', '行政事业性收费']), true);
});

test('a caption, 信息内容 and a header of two or three columns, then a row name cut, on one line (mB/25, nX/23 pasted on one line): cut; row names over again are not', () => {
  const labels = ['第二十条第（八）项', '第二十条第（九）项', '信息内容', '上一年项目数量', '本年增/减', '行政事业性收费', '采购项目数量', '采购总金额', '政府集中采购', '行政处罚', '商业企业'];
  assert.equal(isCutRemnant(' 第二十条第(八)项 信息内容 上一年项目数量 本年增/减 行政', labels), true);
  assert.equal(isCutRemnant(' 第二十条第(九)项 | 信息内容 | 采购项目数量 | 采购总金额 | 政府集', labels), true);
  assert.equal(isCutRemnant('\n第二十条第(九)项\n信息内容\n采购项目数量\n采购总金额\n政府集', labels), true);
  // Six pieces at most; the same labels twice are rows, not a header.
  assert.equal(isCutRemnant(' 第二十条第(九)项 信息内容 采购项目数量 采购总金额 行政处罚 商业企业 政府集', labels), false);
  assert.equal(isCutRemnant(' 行政处罚 商业企业 行政处罚 商业企业 政府集', labels), false);
  // Header cells with their notes (nX/02 on one line).
  assert.equal(isCutRemnant(' 第二十条第(五)项 | ||| 信息内容 | 上一年项目数量 (指2019年事项数) | 本年增/减(指2020年增加或减少的事项数,减用负值表示,如-8) | 处', [...labels, '第二十条第（五）项', '处理决定数量']), true);
});
