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

// nL/10 (广西壮族自治区人民政府办公厅 2020): a search box's hot words, lone separators, EN, 退出老年人模式,
// the site menu as bullet items, a breadcrumb, then the title with its date/来源 line and 打印 — also when
// a browser copy puts a blank line between every two lines.
test('a search box, toolbar buttons and a bulleted site menu before the title, with or without blank lines between', () => {
  const chrome = ['热搜词: 营商环境 学籍 社保 企业开办 身份证 公积金', '|', '|', 'EN', '|', '退出老年人模式',
    '  • 网站首页', '  • 政府信息公开', '  • 政务服务', '  • 政民互动', '  • 某某数据', '  • 美丽某某', '  • 新媒体矩阵', '  • 微信',
    '    头条', '    微博 空间 qq', '    当前位置:首页 > 公告公示', ''];
  const title = '    某某自治区人民政府办公厅2020年政府信息公开工作年度报告';
  const rest = ['', '    2021-02-07 18:07     来源:某某自治区人民政府办公厅', '    打印', '',
    '    根据《中华人民共和国政府信息公开条例》规定自治区政府办公厅编制了本报告。报告全文包括总体情况、主动公开政府信息的情况等六大部分。', '',
    '    一、总体情况', '', '    2020年,自治区政府办公厅深入推进政务公开工作。'];
  const text = [...chrome, title, ...rest].join('\n');
  for (const t of [text, text.replace(/([^\n])\n(?=[^\n])/g, '$1\n\n')]) {
    const a = analyze(t);
    assert.equal(a.doc.title?.norm, '某某自治区人民政府办公厅2020年政府信息公开工作年度报告');
    assert.equal(a.kind, 'gov-info-2019');
    assert.equal(a.doc.year, 2020);
  }
});
