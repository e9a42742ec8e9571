// artifact-web on page headers seen in a fourth harvest (issue #12, hM): a site's technical
// badge (网站支持IPv6), an account row led by 智能问答 (智能问答 长者模式 登录| 注册), a 发表时间
// header line, a document site's lead-in (下面是小编为大家整理的……，供大家参考。), and a breadcrumb
// continued on a line of its own (>政务公开 >信息公开目录 >某某乡 >公开年报).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintAnalysis, RULES } from '../../../server/src/core';
import { classifyChrome } from '../../../server/src/core/model/artifacts-chrome';

function lines(text: string): string[] {
  const a = analyze(text);
  return lintAnalysis(a, RULES).findings
    .filter((f) => f.rule === 'artifact-web')
    .map((f) => `${a.doc.lines.positionAt(f.start).line}:${f.severity}`);
}

test('the classifier: site badge, account row, 发表时间, document-site lead-in', () => {
  assert.equal(classifyChrome('网站支持IPv6')?.tier, 'strong');
  assert.equal(classifyChrome('智能问答 长者模式 登录| 注册')?.tier, 'strong');
  assert.equal(classifyChrome('发表时间:2021-03-15 16:35')?.tier, 'meta');
  assert.equal(classifyChrome('下面是小编为大家整理的2023年某某区法治政府建设工作情况报告,供大家参考。')?.tier, 'strong');
});

test('precision: report sentences with these words are not chrome', () => {
  assert.equal(classifyChrome('我局门户网站支持IPv6访问改造已于2023年6月完成。'), null);
  assert.equal(classifyChrome('智能问答系统全年答复群众咨询1200余次'), null);
  assert.equal(classifyChrome('下面是小编为大家整理的材料,其中第三部分介绍了本年度主动公开情况,全年主动公开政府信息120条。'), null);
});

test('in a report: the header lines above the title are reported as warnings', () => {
  const text = [
    '网站支持IPv6',
    '智能问答 长者模式 登录| 注册',
    '某某经济技术开发区2020年政府信息公开工作年度报告',
    '一、总体情况',
    '2020年,某某经济技术开发区认真贯彻《中华人民共和国政府信息公开条例》,推进政府信息公开工作。',
    '二、主动公开政府信息情况',
  ].join('\n');
  assert.deepEqual(lines(text), ['0:warning', '1:warning']);
});

test('a breadcrumb continued on its own line: two or more > steps', () => {
  assert.equal(classifyChrome('>政务公开 >信息公开目录 >乡镇街道信息公开 >某某乡 >公开年报')?.tier, 'strong');
  assert.equal(classifyChrome('>政务公开 >公开年报')?.tier, 'strong');
  // One step, a blockquote, or a comparison in prose is not. (One step is at most support since helper pX: chrome
  // only beside the rest of a breadcrumb copied one segment a line, 当前位置:首页 / > 政府信息公开 / > 2022年.)
  assert.equal(classifyChrome('>公开年报')?.tier, 'support');
  assert.equal(classifyChrome('> 一、总体情况'), null);
  assert.equal(classifyChrome('>本年新收申请数量>上年结转申请数量,说明申请量有所增加。'), null);
});
