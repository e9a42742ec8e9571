// artifact-web, page debris of the nS harvest's shapes (texts of our own): a page header run on one
// line behind the site's address with its font-size switch and view counter (www.某某.gov.cn 发布时间:…
// 来源:… 选择阅读字号:[ ] 阅读次数:), a mirror's prompt before a link out of the site (您访问的链接即将离开
// “某某区人民政府”门户网站 / 是否继续?), and a page's meta description copied above the text, cut with
// … and the attribute's close (…各...">). Report prose with the same words stays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyChrome } from '../../../server/src/core/model/artifacts-chrome';
import { classifyPageMeta } from '../../../server/src/core/model/artifacts-meta';
import { findings, where } from './build';

const BODY = ['某某镇2021年政府信息公开工作年度报告',
  '根据《中华人民共和国政府信息公开条例》编制,全文包括总体情况等部分。本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日。',
  '一、总体情况', '2021年,我镇主动公开政府信息53条。'];

test('a page header behind the site\'s address, with its switch and counter, is certain page metadata (nS/17)', () => {
  const line = 'www.xinjiu.gov.cn     发布时间:2022-01-25     来源:某某镇党政办      选择阅读字号:[ ]     阅读次数:';
  assert.equal(classifyPageMeta(line)?.tier, 'strong');
  // Without the address, the same; two plain fields alone are only support.
  assert.equal(classifyPageMeta('发布时间:2022-01-25     来源:某某镇党政办      阅读次数:12')?.tier, 'strong');
  assert.equal(classifyPageMeta('发布时间:2022-01-25     来源:某某镇党政办')?.tier, 'support');
  const text = [BODY[0], line, ...BODY.slice(1)].join('\n');
  const fs = findings(text, 'artifact-web');
  assert.deepEqual(fs.map((f) => [where(text, f).line, f.severity]), [[1, 'warning']]);
  // A sentence with an address is report text.
  assert.equal(classifyPageMeta('www.xinjiu.gov.cn 发布信息 53 条'), null);
});

test('a mirror\'s prompt before a link out of the site is chrome; prose on leaving is not (nS/35)', () => {
  assert.equal(classifyChrome('您访问的链接即将离开“某某区人民政府”门户网站')?.zh, '离站提示');
  assert.equal(classifyChrome('是否继续?')?.zh, '离站提示');
  assert.equal(classifyChrome('您访问的链接即将离开本网站，请注意保护个人信息并核实对方身份后再办理业务。'), null);
  const text = ['您访问的链接即将离开“某某区人民政府”门户网站', '是否继续?', ...BODY].join('\n');
  assert.deepEqual(findings(text, 'artifact-web').map((f) => where(text, f).line), [0, 1]);
});

test('a meta description\'s close after its ellipsis (…各...">) is markup debris; a quote in prose is not (nS/09)', () => {
  const text = ['2021年某某镇严格按照《条例》公开政府信息,涉及機構職能、工程項目招標等各...">', ...BODY].join('\n');
  const fs = findings(text, 'artifact-web');
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), '...">');
  const prose = [...BODY, '群众留言称“信息很全面...”>满意度调查。'].join('\n');
  assert.deepEqual(findings(prose, 'artifact-web'), []);
});
