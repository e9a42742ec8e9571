// artifact-web, page debris of the nN harvest's shapes (texts of our own): a mirror that reprints a
// page header after its own site name (某某局门户网站 时间:2021-1-26 来源:某部), and a header's links to
// the site's accounts one a line (移动端应用 / 政务微信 / 政务微博 / 登录个人中心). Report prose with
// the same words stays. A page header's 信息提供日期 (provided on) is its publication date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyChrome } from '../../../server/src/core/model/artifacts-chrome';
import { findings, where } from './build';

test('a site name before a reprinted page header is the header', () => {
  assert.equal(classifyChrome('某某河务局门户网站 时间:2021-1-26 来源:某某部')?.zh, '网页发布信息');
  assert.notEqual(classifyChrome('某某市人民政府网站 发布日期:2024-01-19'), null);
  // The site name alone, or prose naming the site, is no header.
  assert.equal(classifyChrome('某某河务局门户网站'), null);
  assert.equal(classifyChrome('依托某某局门户网站,全年发布信息120条。'), null);
  assert.equal(classifyChrome('通过门户网站时间:全天候受理群众留言,累计受理89件。'), null);
});

test('信息提供日期 with the source is a page header (福田街道, nN/46); a sentence on the date is not', () => {
  assert.equal(classifyChrome('信息提供日期 : 2025-01-15 11:13来源 : 福田区福田街道办')?.zh, '网页发布信息');
  assert.equal(classifyChrome('信息提供日期为2025年1月15日,请以此为准。'), null);
});

test('the header\'s account links one a line are a toolbar; a sentence on them is not', () => {
  for (const w of ['移动端应用', '政务微信', '政务微博', '登录个人中心']) assert.equal(classifyChrome(w)?.zh, '网页工具栏', w);
  assert.equal(classifyChrome('政务微博发布信息120条,政务微信发布信息80条。'), null);
  const text = ['移动端应用', '政务微信', '政务微博', '智能问答', '登录个人中心',
    '根据《中华人民共和国政府信息公开条例》编制,全文包括总体情况等部分。本报告中所列数据的统计期限自2025年1月1日起至2025年12月31日。',
    '一、总体情况', '2025年,市政府办公室主动公开政府信息4623条。'].join('\n');
  const lines = findings(text, 'artifact-web').map((f) => where(text, f).line);
  assert.deepEqual(lines, [0, 1, 2, 3, 4]);
});
