// artifact-web: lines of web-page chrome (breadcrumb, share bar, view counter, footer, ICP and
// 公安 filing numbers, navigation links). Warning for certain chrome, info for a lone word
// (相关文章, 联系我们) that nothing else corroborates; fix: delete the line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintAnalysis, RULES } from '../../../server/src/core';
import { artifactWeb } from '../../../server/src/core/rules/artifact-web';
import { classifyChrome } from '../../../server/src/core/model/artifacts-chrome';
import { applyOne, build2008, buildDraft, buildRuleOfLaw, findings, LAYOUTS, where } from './build';

const RULE = 'artifact-web';
const lintWith = (text: string) => lintAnalysis(analyze(text), [...RULES.filter((r) => r.id !== RULE), artifactWeb]);
const found = (text: string) => findings(text, RULE, lintWith(text));

/** The built draft with lines inserted after the title (top) or at the end (bottom). */
function withLines(lines: string[], where: 'top' | 'bottom' = 'top'): string {
  const d = buildDraft();
  if (where === 'bottom') return d + lines.join('\n') + '\n';
  const nl = d.indexOf('\n');
  return d.slice(0, nl + 1) + lines.map((l) => l + '\n').join('') + d.slice(nl + 1);
}

test('silent on consistent drafts of every kind, layout and flavour', () => {
  for (const kind of [2019, 2021] as const) {
    for (const layout of LAYOUTS) {
      for (const flavour of ['md', 'txt'] as const) assert.deepEqual(found(buildDraft({ kind, layout, flavour })), []);
    }
  }
  assert.deepEqual(found(build2008()), []);
  assert.deepEqual(found(buildRuleOfLaw()), []);
});

test('certain chrome: one warning per line, on the line, with a safe fix that deletes exactly the line', () => {
  for (const line of [
    '您当前所在的位置: 首页 > 政务公开 > 重点领域信息公开 > 年度报告',
    '当前位置：首页 » 信息公开',
    '分享到:',
    '分享到：微信 | 微博 | QQ空间',
    '浏览量:-',
    '浏览次数：1024',
    '访问总数:-人次',
    '联系我们 | 友情链接 | 站点地图',
    '主办:广州市海珠区人民政府办公室承办:海珠区政务服务数据管理局',
    '粤ICP备05083207号-1网站标识码:4401050003',
    '粤公网安备 44010502000066号粤公网安备 44010502000066号',
    '【字体：大 中 小】【打印】【关闭】',
    '打印本页　关闭窗口',
    '扫一扫在手机打开当前页',
  ]) {
    for (const at of ['top', 'bottom'] as const) {
      const text = withLines([line], at);
      const fs = found(text);
      assert.equal(fs.length, 1, `${line} (${at})`);
      assert.equal(where(text, fs[0]).slice, line.trim());
      assert.equal(fs[0].severity, 'warning', line);
      assert.match(fs[0].message, /^网页残留（.+）：“.+”不属于报告内容，应删除此行$/);
      assert.equal(fs[0].fix?.safe, true, line);
      assert.equal(applyOne(text, fs[0]), buildDraft(), `${line} (${at}): deleting the line restores the draft`);
    }
  }
});

test('Traditional chrome reads the same (聯絡我們 | 友情鏈接 | 網站地圖)', () => {
  const fs = found(withLines(['聯絡我們 | 友情鏈接 | 網站地圖', '粵ICP備05083207號'], 'bottom'));
  assert.deepEqual(fs.map((f) => f.severity), ['warning', 'warning']);
});

test('a 发布日期/来源 header is chrome, but its fix is not safe (the date may be wanted)', () => {
  const header = '发布日期:2020-12-04 09:27:11 来源:海珠区政务服务数据管理局';
  const alone = found(withLines([header]));
  assert.equal(alone.length, 1);
  assert.equal(alone[0].severity, 'info', 'alone it is only a hint');
  assert.equal(alone[0].fix?.safe, false);
  const beside = found(withLines([header, '分享到:', '浏览量:-']));
  assert.deepEqual(beside.map((f) => f.severity), ['warning', 'warning', 'warning']);
  assert.equal(beside[0].fix?.safe, false);
  assert.match(beside[0].message, /发布日期如需保留，请写入落款/);
});

test('a lone likely-chrome word is a hint; beside certain chrome it is a warning', () => {
  for (const word of ['相关文章', '相關詞條', '熱門詞條', '聯絡我們', '联系我们', '上一篇：关于印发年度工作要点的通知']) {
    const fs = found(withLines([word], 'bottom'));
    assert.equal(fs.length, 1, word);
    assert.equal(fs[0].severity, 'info', word);
    assert.equal(fs[0].fix?.safe, false, 'not safe while uncertain');
    assert.match(fs[0].message, /^疑似网页残留/);
  }
  // In a footer block (blank lines between are fine) with an ICP number it is certain.
  const fs = found(withLines(['相关文章', '', '访问总数:-人次', '', '粤ICP备05083207号-1'], 'bottom'));
  assert.deepEqual(fs.map((f) => [f.severity, f.fix?.safe]), [['warning', true], ['warning', true], ['warning', true]]);
});

test('an empty 附件: line counts only inside chrome', () => {
  assert.deepEqual(found(withLines(['附件:'], 'bottom')), []);
  const fs = found(withLines(['附件:', '相关文章', '访问总数:-人次'], 'bottom'));
  assert.equal(fs.length, 3);
  assert.equal(fs[0].severity, 'warning');
});

test('precision: report text that mentions these words is not chrome', () => {
  for (const line of [
    '本区人民政府政府信息公开专栏访问量为681248人次，其中按点击率排序的栏目依次是：机构职能、政策法规。',
    '群众可通过“联系我们”栏目留言，全年回复留言120条。',
    '附件：2020年政府信息公开工作年度报告统计表',
    '联系电话：020-12345678',
    '地址：示例区人民路1号；邮编：510000',
    '来源于群众的意见建议共32条，均已办结。',
    '主办单位：区政务服务数据管理局，协办单位：各街道办事处。',
    '网站建设方面，完成了ICP备案变更和公安备案工作。',
    '相关文章：关于进一步做好政务公开工作的通知（已失效）等17件文件已清理。',
  ]) {
    assert.deepEqual(found(withLines([line])), [], line);
  }
});

test('the classifier: whole lines only, tiers as documented', () => {
  assert.equal(classifyChrome('粤ICP备05083207号-1')?.tier, 'strong');
  assert.equal(classifyChrome('相关文章')?.tier, 'weak');
  assert.equal(classifyChrome('联系我们 | 友情链接')?.tier, 'strong', 'a row of navigation links');
  assert.equal(classifyChrome('发布时间：2021-01-20 来源：本网')?.tier, 'meta');
  assert.equal(classifyChrome('时间 : 2019-07-07 10:09:40 来源 : 司法部网站')?.tier, 'meta');
  assert.equal(classifyChrome('附件:')?.tier, 'support');
  assert.equal(classifyChrome('地址：人民路1号 电话：12345'), null, 'contact details alone are not evidence');
  assert.equal(classifyChrome('粤ICP备05083207号-1 本网站由区政府主办'), null, 'prose left over: not a chrome line');
});
