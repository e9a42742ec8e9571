// artifact-web (oK harvest): a page footer asking the reader to scan the site's QR code (更多精彩内容欢迎扫描
// 下方二维码关注浑南区!) is chrome, the code's image lost by the copy. A report's sentence about a QR code
// stays. Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';
import { classifyChrome } from '../../../server/src/core/model/artifacts-chrome';
import { lineOf, TOWN_REPORT, web } from './web-findings';

test('a footer asking to scan the QR code below is chrome', () => {
  assert.equal(classifyChrome('更多精彩内容欢迎扫描下方二维码关注某某区!')?.zh, '扫码提示');
  assert.equal(classifyChrome('欢迎扫描二维码关注')?.zh, '扫码提示');
  assert.equal(classifyChrome('扫描下方二维码下载客户端')?.zh, '扫码提示');
  const text = [...TOWN_REPORT, '更多精彩内容欢迎扫描下方二维码关注某某区!'].join('\n');
  assert.deepEqual(web(text).map((f) => lineOf(text, f.start)), [TOWN_REPORT.length + 1]);
});

test('a sentence about a QR code is report text', () => {
  assert.equal(classifyChrome('群众可扫描二维码查看政策解读,进一步提升了政策知晓率。'), null);
  assert.equal(classifyChrome('在办事大厅张贴二维码,扫码即可查看办事指南。'), null);
  const prose = [...TOWN_REPORT, '我镇在公开栏张贴政务公开二维码,群众扫描二维码关注公众号即可获取政策信息。'].join('\n');
  assert.deepEqual(lint(prose).findings.filter((x) => x.rule === 'artifact-web'), []);
});
