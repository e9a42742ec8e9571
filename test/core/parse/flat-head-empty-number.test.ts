// A copy joined without breaks or spaces whose page metadata ends in an empty 发文字号 field, the
// title glued right after it (…主题分类:政务公开发文字号:某某市人民政府关于2022年某某市法治政府建设情况
// 的报告发布日期:…): the title is no document number, so the field is cut before it (parse/flat-head.ts)
// and the report reads as it does on its lines. Seen on nL/11 without spaces; text of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';

const LINES = [
  '当前位置:首页', '> 政务公开 > 政府信息公开 > 法定主动公开内容 > 法治政府建设年报',
  '索引号: 113300000000000000/2023-000001 公开方式: 主动公开', '发布机构: 市司法局 成文日期: 2023-02-21', '主题分类: 政务公开 发文字号:',
  '', '某某市人民政府', '关于2022年某某市法治政府建设情况的报告', '', '发布日期:2023-02-21 15:38 浏览次数: 字体:[ ]', '分享:', '',
  '2022年,在省委、省政府的坚强领导下,某某市深入学习贯彻党的二十大精神,法治政府建设取得明显成效。现将有关情况报告如下:',
  '一、始终坚持党的领导,正确把握法治政府建设方向',
  '(一)强化组织领导。坚持把党的全面领导落实到法治政府建设全过程,市政府常务会议集体学法6次,听取法治政府建设汇报13次。',
  '(二)注重闭环推进。建立法治政府建设工作机制,进一步完善工作制度。',
];

test('an empty 发文字号 before the glued title: the copy without spaces reads as its lines', () => {
  const own = analyze(LINES.join('\n'));
  assert.equal(own.kind, 'rule-of-law');
  const flat = analyze(LINES.join('\n').replace(/[\s\u3000]+/g, ''));
  assert.equal(flat.kind, 'rule-of-law');
  assert.equal(flat.doc.year, 2022);
  assert.equal(flat.doc.title?.text, '某某市人民政府关于2022年某某市法治政府建设情况的报告');
});

test('a real document number in the field is left as it is', () => {
  const lines = LINES.map((l) => l === '主题分类: 政务公开 发文字号:' ? '主题分类: 政务公开 发文字号:某政发〔2023〕5号' : l);
  const flat = analyze(lines.join('\n').replace(/[\s\u3000]+/g, ''));
  assert.equal(flat.kind, 'rule-of-law');
  assert.equal(flat.doc.year, 2022);
});

// nW/18 without spaces: the page's metadata table as pipe rows, its 文号 cell empty, then the title over
// two lines (某某县应急管理局 / 2025年法治政府建设报告) and the opening, which starts with the organ's name.
test('an empty 文号 cell of a metadata table (文号:||||) before the glued title is cut before the title (nW/18)', () => {
  const lines = ['| 索引号: | 4300000001/2026-00628 | 分类: | |', '| 发文机关: | 某某县应急管理局 | 发文日期: | |', '| 名称: | |||', '| 文号 : | |||',
    '某某县应急管理局', '2025年法治政府建设报告',
    '某某县应急管理局坚持以习近平法治思想为统揽,在县委县政府的坚强领导下,坚持依法履职。现将2025年法治政府建设情况报告如下:',
    '一、推进法治政府建设的主要举措和成效', '(一)强化组织领导', '我局成立了法治建设依法治理工作领导小组。'];
  assert.equal(analyze(lines.join('\n')).kind, 'rule-of-law');
  const flat = analyze(lines.join('\n').replace(/[\s\u3000]+/g, ''));
  assert.equal(flat.kind, 'rule-of-law');
  assert.equal(flat.doc.year, 2025);
});
