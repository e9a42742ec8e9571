// artifact-web, page headers that lost their layout (issues #12, #16): a date run into the next
// label (2022年01月18日来源:1), a header split over lines (发布: / 机关 / 时间: / 2024-01-25), and the
// column header of a site's document list (序号 | 标题 | 发文字号 | 成文日期 | 发布日期 |), and a
// document-mirror watermark run onto the end of a heading (一、总体情况 公文汇 www.gongwenhui.com).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyChrome } from '../../../server/src/core/model/artifacts-chrome';
import { applyOne, buildDraft, findings, where } from './build';

const RULE = 'artifact-web';

test('a date run into 来源:/作者: is a page header; a date in prose is not', () => {
  assert.equal(classifyChrome('2022年01月18日来源:1')?.tier, 'meta');
  assert.equal(classifyChrome('2023年2月1日 作者:办公室')?.tier, 'meta');
  assert.equal(classifyChrome('2022年01月18日'), null);
  assert.equal(classifyChrome('2022年01月18日来源于群众的申请已全部办结。'), null);
  assert.equal(classifyChrome('2022年1月18日,来源:本局统计'), null);
  const text = buildDraft().replace('\n', '\n2022年01月18日来源:1\n');
  const fs = findings(text, RULE);
  assert.equal(fs.length, 1);
  assert.equal(where(text, fs[0]).slice, '2022年01月18日来源:1');
  // The date may matter: never deleted by fix-all.
  assert.equal(fs[0].fix?.safe, false);
});

test('发布: and 时间: alone on a line are a split page header (info); with prose after they are not', () => {
  assert.equal(classifyChrome('发布:')?.tier, 'meta');
  assert.equal(classifyChrome('时间:')?.tier, 'meta');
  assert.equal(classifyChrome('时间:2024-01-25')?.tier, 'meta');
  assert.equal(classifyChrome('发布:全年发布信息120条。'), null);
  assert.equal(classifyChrome('时间:全年'), null);
  const text = buildDraft().replace('\n', '\n发布:\n示例区人民政府\n时间:\n2024-01-25\n');
  const fs = findings(text, RULE);
  // (The date below 时间: is the header's too: a bare ISO date on its line, as a page prints it.)
  assert.deepEqual(fs.map((f) => where(text, f).slice), ['发布:', '时间:', '2024-01-25']);
  assert.ok(fs.every((f) => f.severity === 'info'));
});

test('a document list header is info; a report\'s own list of documents is not chrome', () => {
  assert.equal(classifyChrome('序号 | 标题 | 发文字号 | 成文日期 | 发布日期 |')?.tier, 'weak');
  assert.equal(classifyChrome('序号\t标题\t发文字号\t成文日期\t发布日期')?.tier, 'weak');
  assert.equal(classifyChrome('序号 | 文件名称 | 文号 | 印发日期'), null);
  const text = '序号 | 标题 | 发文字号 | 成文日期 | 发布日期 |\n' + buildDraft();
  const fs = findings(text, RULE);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].severity, 'info');
  assert.equal(where(text, fs[0]).line, 0);
});

test('a mirror watermark at the end of a heading: only the watermark is reported and removed', () => {
  const clean = buildDraft({ flavour: 'txt' });
  for (const mark of ['公文汇 www.gongwenhui.com', '公文汇,办公文档之家', '稿子汇 www.gaozihui.com']) {
    const text = clean.replace('一、总体情况', `一、总体情况 ${mark}`);
    const fs = findings(text, RULE);
    assert.equal(fs.length, 1, mark);
    assert.equal(where(text, fs[0]).slice, mark);
    assert.equal(applyOne(text, fs[0]), clean);
  }
  // Prose naming the site, or the name without a space before it, is left alone.
  for (const line of ['一、总体情况公文汇', '本局未在公文汇等网站发布信息。']) {
    assert.deepEqual(findings(clean.replace('一、总体情况', line), RULE), [], line);
  }
});
