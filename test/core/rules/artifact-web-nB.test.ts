// artifact-web, page debris of the nB harvest's shapes (texts of our own): a greeting to the organ
// (您好,欢迎来到某某旗人民政府!), the channel's name run into the breadcrumb (信息公开年报 首页 > …), an HTML
// template title (Document), an image tag left as text, a font switch written A+ A A-, and metadata
// lines with a view counter and an empty font switch, or a classification split by a semicolon.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintAnalysis, RULES } from '../../../server/src/core';
import { artifactWeb } from '../../../server/src/core/rules/artifact-web';
import { classifyChrome } from '../../../server/src/core/model/artifacts-chrome';
import { classifyPageMeta } from '../../../server/src/core/model/artifacts-meta';
import { buildDraft, findings, where } from './build';

const RULE = 'artifact-web';
const lintWith = (text: string) => lintAnalysis(analyze(text), [...RULES.filter((r) => r.id !== RULE), artifactWeb]);
const found = (text: string) => findings(text, RULE, lintWith(text));

test('a greeting to the organ itself is the site header; a sentence of welcome is not', () => {
  assert.equal(classifyChrome('您好,欢迎来到某某旗人民政府!')?.tier, 'strong');
  assert.equal(classifyChrome('欢迎访问示例县人民政府')?.tier, 'strong');
  assert.equal(classifyChrome('欢迎来到某某旗人民政府,我们将竭诚为您服务。'), null);
  // (oH: a vertically managed office's header, its date after the greeting.)
  assert.equal(classifyChrome('您好,欢迎登录中华人民共和国广东海事局! 2024年05月09日')?.tier, 'strong');
  assert.equal(classifyChrome('欢迎来到某某市税务局!2023年1月5日起,新办税服务厅启用。'), null);
});

test('the channel name run into its breadcrumb, not prose naming the home page', () => {
  assert.equal(classifyChrome('信息公开年报 首页 > 信息公开年报')?.zh, '导航路径');
  assert.equal(classifyChrome('政府信息公开 首页>政务公开>年报')?.zh, '导航路径');
  assert.equal(classifyChrome('通过门户网站首页>政务公开栏目发布信息。'), null);
  assert.equal(classifyChrome('在政府信息公开专栏首页>年报栏目发布,方便群众查阅。'), null);
});

test('an HTML template title and an image tag are page debris', () => {
  assert.equal(classifyChrome('Document')?.tier, 'strong');
  assert.equal(classifyChrome('Document management')?.tier, undefined);
  assert.equal(classifyChrome('<image>data:image/s3,"s3://crabby-images/db733/db733c7a5453ba2e0fefea65ecb4813e6a0a5d1c" alt=""</image>')?.zh, '网页图片标记');
  assert.equal(classifyChrome('<img src="logo.png" alt="">')?.zh, '网页图片标记');
  assert.equal(classifyChrome('<image>示意图</image>全年公开信息120条。'), null);
});

test('a font switch written A+ A A- beside the share bar and print button', () => {
  assert.equal(classifyChrome('字体大小:A+ A A- 分享: 打印')?.tier, 'strong');
  assert.equal(classifyChrome('字号:A+ A-')?.tier, 'strong');
  assert.equal(classifyChrome('字体大小为A4纸张要求。'), null);
});

test('metadata lines with a view counter and an empty font switch, or a classification split by a semicolon', () => {
  assert.equal(classifyPageMeta('体裁分类:政府信息公开年报   主题分类:综合政务   发布时间: 2022-01-27   发布机构:示例县人民政府办公室   浏览次数:64   字体:[  ]')?.tier, 'strong');
  assert.equal(classifyPageMeta('索引号:000000001/2021-00061 分类:其他 ; 业务工作')?.tier, 'strong');
  // A counter alone is no strong line, and prose with the words is no metadata.
  assert.equal(classifyPageMeta('浏览次数:64')?.tier, 'support');
  assert.equal(classifyPageMeta('本年浏览次数:64次,字体统一。'), null);
  assert.equal(classifyPageMeta('索引号:000000001/2021-00061 分类:其他;我局全年公开信息。'), null);
});

test('the lines above a draft are reported one each', () => {
  const head = ['您好,欢迎来到某某旗人民政府!', '信息公开年报 首页 > 信息公开年报', 'Document'];
  const text = head.join('\n') + '\n' + buildDraft();
  const lines = found(text).map((f) => where(text, f).line);
  assert.deepEqual(lines, [0, 1, 2]);
});
