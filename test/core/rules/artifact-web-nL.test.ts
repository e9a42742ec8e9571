// artifact-web on the page debris of the nL harvest (华东 and 华南 pages): a hijacked mirror's hidden
// elements (<legend id="h4sia"></legend>), a metadata box printed as bullets with each value on the
// next line (• 信息索引号: / 113307…/2020-115677) and its switch (点击关闭详细目录信息), the box's
// caption (信息公开元数据), a hot-search bar (热搜词: …), a bare date among a page header's bullets
// (• 听全文 / • 2024-02-21 / • 来源:… / • 分享到), share and bookmark buttons (文章分享, 我要收藏), the
// elderly-mode switch and a breadcrumb without arrows (您的位置首页  某某资讯  信息). Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyChrome } from '../../../server/src/core/model/artifacts-chrome';
import { buildDraft, findings, where } from './build';

const RULE = 'artifact-web';
const top = (lines: string[]) => {
  const text = lines.join('\n') + '\n' + buildDraft();
  return { text, fs: findings(text, RULE).filter((f) => f.severity !== 'hint') };
};

test('a hijacked mirror\'s hidden elements with attributes are markup; Markdown\'s own elements are not', () => {
  const { text, fs } = top(['<legend id="h4sia"></legend><samp id="h4sia"></samp>', '  • <input id="h4sia"><address id="h4sia"></address>', '<meter id="h4sia"></meter>']);
  assert.deepEqual(fs.map((f) => where(text, f).slice), ['<legend id="h4sia"></legend><samp id="h4sia"></samp>', '<input id="h4sia"><address id="h4sia"></address>', '<meter id="h4sia"></meter>']);
  assert.ok(fs.every((f) => f.severity === 'warning'));
  const md = top(['<details open="open"><summary>说明</summary>本报告数据截至12月31日。</details>', '<sup id="fn1">1</sup>', '<div align="center">某某局</div>']);
  assert.deepEqual(md.fs, []);
});

test('a metadata box as bullets, each value on the next line, and its switch: warnings', () => {
  const { text, fs } = top(['  • 信息索引号:', '', '    113307000000000000/2020-115677', '', '  • 发布机构:', '', '    某某镇', '', '  • 公开方式:', '', '    主动公开', '', '点击关闭详细目录信息']);
  const warned = fs.filter((f) => f.severity === 'warning').map((f) => where(text, f).slice);
  for (const s of ['• 信息索引号:', '113307000000000000/2020-115677', '点击关闭详细目录信息']) assert.ok(warned.includes(s), `${s} in ${warned.join(' / ')}`);
});

test('the classifier: new chrome items, and the same words in prose', () => {
  assert.equal(classifyChrome('热搜词: 营商环境 学籍 社保 企业开办 身份证')?.tier, 'strong');
  assert.equal(classifyChrome('信息公开元数据')?.tier, 'strong');
  assert.equal(classifyChrome('文章分享')?.tier, 'strong');
  assert.equal(classifyChrome('我要收藏')?.tier, 'weak');
  assert.equal(classifyChrome('退出老年人模式')?.tier, 'weak');
  assert.equal(classifyChrome('EN')?.tier, 'weak');
  assert.equal(classifyChrome('• 2024-02-21')?.tier, 'meta');
  assert.equal(classifyChrome('您的位置首页  广州资讯  信息')?.tier, 'strong');
  for (const prose of ['热搜词是指群众搜索较多的词语。', '文章分享到微信后阅读量明显增加,全年共分享120次。', '2024-02-21,我局召开政务公开工作会议。', '您的位置首页需要更新。']) {
    assert.equal(classifyChrome(prose), null, prose);
  }
});

test('a page header as bullets with a bare date between: every line is chrome (warning beside 分享到)', () => {
  const { text, fs } = top(['  • 听全文', '  • 2024-02-21', '  • 来源:某某区', '  • 分享到', '  • -']);
  const warned = fs.filter((f) => f.severity === 'warning').map((f) => where(text, f).slice);
  assert.deepEqual(warned.slice(0, 4), ['• 听全文', '• 2024-02-21', '• 来源:某某区', '• 分享到']);
});

test('a mirror\'s domain in place of a place\'s name is reported, without a fix; site addresses and e-mail are not', () => {
  const { text, fs } = top(['example.com沙头镇人民政府2020年度政府信息公开工作年度报告', '发布时间:2021-01-21']);
  const swaps = fs.filter((f) => f.message.includes('镜像站域名'));
  assert.deepEqual(swaps.map((f) => where(text, f).slice), ['example.com']);
  assert.equal(swaps[0].fix, undefined);
  for (const line of ['本报告电子版可在县政府门户网站(www.example.com)上下载。', '联系邮箱:office@example.com,地址:某某镇镇前街31号。',
    '请登录www.example.cn查询。', '可登录www.yj.gov.cn镇街公开栏目查阅。']) {
    const r = top([line]);
    assert.deepEqual(r.fs.filter((f) => f.message.includes('镜像站域名')), [], line);
  }
});

// qF/02 (the same mirror, a 2012 report): the domain stands where the county stood before the report's
// year and before an organ's office.
test('a mirror\'s domain glued to the report\'s year or to an organ\'s office is the swap too', () => {
  for (const line of ['根据《中华人民共和国政府信息公开条例》要求,现公布example.com2012年政府信息公开工作年度报告。',
    '如对本年报有任何疑问,请与example.com政府信息公开办公室(县政府电子政务中心)联系。']) {
    const { text, fs } = top([line]);
    assert.deepEqual(fs.filter((f) => f.message.includes('镜像站域名')).map((f) => where(text, f).slice), ['example.com'], line);
  }
  // A site's address before a year's data in brackets is not (本年报的电子版可以在网站(www.example.com)2012年…).
  const { fs } = top(['本年报的电子版可以在门户网站(www.example.com)上下载,数据截至2012年底。']);
  assert.deepEqual(fs.filter((f) => f.message.includes('镜像站域名')), []);
});
