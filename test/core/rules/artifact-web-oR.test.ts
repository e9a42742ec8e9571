// artifact-web (oR harvest), page debris of the harvest's shapes in texts of our own: a toolbar's
// 本站支持IPV6, a page header's 时间: whose date a slash closes before the time, a mirror's site name alone
// above the page header it reprints (安全管理网), and a metadata block whose cells the copy ran together
// without their spaces (文号成文日期:…发布日期:…, 体裁生效日期废止日期). A report naming its channels stays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';
import { classifyChrome } from '../../../server/src/core/model/artifacts-chrome';
import { classifyPageMeta } from '../../../server/src/core/model/artifacts-meta';
import { lineOf, TOWN_REPORT, web } from './web-findings';

test('本站支持IPV6 in a bulleted toolbar is the site header', () => {
  assert.equal(classifyChrome('• 本站支持IPV6')?.tier, 'strong');
  const text = ['• 无障碍阅读', '  • 移动门户', '  • 微信', '  • 本站支持IPV6', '', ...TOWN_REPORT].join('\n');
  assert.deepEqual(web(text).map((f) => lineOf(text, f.start)), [1, 2, 3, 4]);
});

test('时间: with a slash between the date and the time is a page header', () => {
  assert.equal(classifyChrome('时间: 2025/01/27/ 14:48')?.tier, 'meta');
  assert.equal(classifyChrome('时间: 2025/01/27 14:48')?.tier, 'meta');
  assert.equal(classifyChrome('时间:2025年1月27日,我局召开会议。'), null);
});

test('a site name alone beside the page header is chrome; alone in a report it is not', () => {
  const text = ['安全管理网', '', '点击数:   更新日期:2024年01月25日', '', ...TOWN_REPORT].join('\n');
  assert.deepEqual(web(text).map((f) => lineOf(text, f.start)), [1, 3]);
  assert.equal(classifyChrome('安全管理网')?.tier, 'support');
  const prose = [...TOWN_REPORT, '', '(四)平台建设', '依托某某镇政务网', '及时发布信息。'].join('\n');
  assert.deepEqual(lint(prose).findings.filter((x) => x.rule === 'artifact-web'), []);
});

test('metadata cells run together without their spaces are still the metadata table', () => {
  assert.equal(classifyPageMeta('文    号成文日期:2020-01-22发布日期:2020-01-22')?.tier, 'strong');
  assert.equal(classifyPageMeta('体    裁生效日期废止日期')?.tier, 'support');
  const text = ['索 引 号:732464230/2020-00001主题分类:综合政务', '发布机构:某某街道办事处关 键 词:公报', '文    号成文日期:2020-01-22发布日期:2020-01-22', '体    裁生效日期废止日期', ...TOWN_REPORT].join('\n');
  assert.deepEqual(web(text).map((f) => lineOf(text, f.start)), [1, 2, 3, 4]);
  // A label with its value after a space keeps its own reading (and its date hint).
  assert.match(classifyPageMeta('发布机构 发布日期 2023-03-14 17:25:13')?.keep?.zh ?? '', /日期/);
  assert.equal(classifyPageMeta('公开方式主动公开的信息共计36条。'), null);
});
