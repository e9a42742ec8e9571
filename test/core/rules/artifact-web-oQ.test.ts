// artifact-web on pages of the oQ harvest: the page's metadata with its labels in brackets
// ([ 索引号 ] …, - [ 发布机构 ] …), a toolbar of written-out font-size buttons (加大字体 缩小字体 收藏
// 取消收藏 打印) and the organ's byline before the page header (某县人民政府 发布时间: …) are web
// debris; report lines that open with such words are not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';
import { classifyChrome } from '../../../server/src/core/model/artifacts-chrome';

test('a metadata block with bracketed labels above a report is reported line by line (oQ/11)', () => {
  const text = ['[ 索引号 ] 11500230008689762A/2026-00004 [ 发文字号 ]', '[ 主题分类 ] 公安、安全、司法、法制 [ 体裁分类 ] 工作报告',
    '[ 发布机构 ] 某县某乡人民政府 [ 有效性 ]', '[ 成文日期 ] 2026-01-22 [ 发布日期 ] 2026-02-10', '',
    '某县某乡人民政府2025年法治政府建设情况报告', '',
    '2025年,在县委、县政府的坚强领导下,乡党委、政府扎实推进法治政府建设各项工作。', '',
    '一、2025年推进法治政府建设的主要举措和成效'].join('\n');
  const lines = lint(text).findings.filter((f) => f.rule === 'artifact-web').map((f) => text.slice(0, f.start).split('\n').length);
  assert.deepEqual(lines, [1, 2, 3, 4]);
});

test('bracketed metadata labels, written-out font-size buttons and the organ\'s byline are web debris (oQ/11, 13, 15, 37)', () => {
  for (const line of ['[ 索引号 ] 11500230008689762A/2026-00004 [ 发文字号 ]', '[ 发布机构 ] 某县某乡人民政府 [ 有效性 ]',
    '- [ 索引号 ] 11500229768895163R/2026-00004', '- [ 有效性 ] 有效', '[ 主题分类 ] 公安、安全、司法、法制',
    '加大字体 缩小字体 收藏 取消收藏 打印', '某某自治县人民政府 发布时间: 2026-03-03 09:36']) {
    assert.notEqual(classifyChrome(line), null, line);
  }
  // An organ named as the 来源's value is no byline: the page header keeps its date hint.
  assert.ok(classifyChrome('来源:市公安局某某区分局 发布时间:2024-01-15 10:26 浏览次数:35')?.keep);
  // A report's lines that open with such words stay text.
  for (const line of ['[ 索引号 ]是政府信息公开目录的编号,本局按要求编制。', '某县人民政府高度重视法治政府建设,发布时间均在规定期限内。', '严格执行《发布机构管理办法》。']) {
    assert.equal(classifyChrome(line), null, line);
  }
});
