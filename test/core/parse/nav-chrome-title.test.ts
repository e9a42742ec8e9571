// A page header of navigation links, one per line with lone | separators (issue #12, hJ:
// 站群导航 / | / 加入收藏 / | / 设为首页 / | / 手机版): these lines do not use up the lines in
// which the title is looked for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';

const body = [
  '某某区',
  '政府信息公开',
  '2022年某某区政府信息公开工作年度报告',
  '一、总体情况',
  '某某区严格贯彻落实《条例》。',
  '二、主动公开政府信息情况',
  '略。',
];

test('nav links and lone separators before the title', () => {
  const a = analyze(['站群导航', '|', '加入收藏', '|', '设为首页', '|', '手机版', '', ...body].join('\n'));
  assert.equal(a.doc.title?.norm, '2022年某某区政府信息公开工作年度报告');
  assert.equal(a.doc.year, 2022);
  assert.equal(a.kind, 'gov-info-2021');
});

test('six ordinary lines before it still hide it', () => {
  const a = analyze(['甲乙丙', '丁戊己', '庚辛壬', '癸子丑', '寅卯辰', '巳午未', ...body].join('\n'));
  assert.equal(a.doc.title, null);
});

// mX: an accessibility toolbar one button a line (页面 / 配色 / 辅助线 / 重置), a language and
// user-space line and the IPv6 badge above a breadcrumb and the title.
test('accessibility toolbar buttons and the IPv6 badge before the title', () => {
  const chrome = ['页面', '配色', '辅助线', '重置', '简体版| 繁体版| 智能问答 用户空间', '支持IPv6', '无障碍', '当前位置:首页 > 某某镇 > 年度报告', ''];
  const a = analyze([...chrome, ...body].join('\n'));
  assert.equal(a.doc.title?.norm, '2022年某某区政府信息公开工作年度报告');
  assert.equal(a.kind, 'gov-info-2021');
});

test('toolbar words inside a longer line are not chrome', () => {
  const a = analyze(['页面配色方案', '辅助线说明', '重置密码', '用户空间管理', '支持IPv6改造', '甲乙丙', ...body].join('\n'));
  assert.equal(a.doc.title, null);
});

// mX: a longer header — the date line with links after it, the accounts' links, the site name.
test('a header date line and the site accounts before the title', () => {
  const chrome = ['页面', '配色', '辅助线', '重置', '今天:2024年2月22日 星期四某某区人民政府网中国政府网 |', '政务新媒体矩阵 手机版 智能机器人 用户空间| 简体版| 繁体版|',
    '微信公众号', '某某发布', '微信', '支持IPv6', '无障碍', ' 某某市人民政府', ''];
  const a = analyze([...chrome, ...body].join('\n'));
  assert.equal(a.doc.title?.norm, '2022年某某区政府信息公开工作年度报告');
  assert.equal(a.kind, 'gov-info-2021');
});

test('a sentence opening with 今天 is not a header date', () => {
  const a = analyze(['今天是2024年2月22日,某某镇召开会议。', '甲乙丙', '丁戊己', '庚辛壬', '癸子丑', '寅卯辰', ...body].join('\n'));
  assert.equal(a.doc.title, null);
});
