// artifact-web, more page debris (issue #12, hT): the site header's clock (今天是:2019年10月31日
// 星期三 农历十月初七), a document site's watermark line (公文汇 www.gongwenhui.com) but never a
// heading the watermark was run into, and a lone | above everything else (not a table's cell).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintAnalysis, RULES } from '../../../server/src/core';
import { artifactWeb } from '../../../server/src/core/rules/artifact-web';
import { classifyChrome } from '../../../server/src/core/model/artifacts-chrome';
import { applyOne, buildDraft, findings, where } from './build';

const RULE = 'artifact-web';
const lintWith = (text: string) => lintAnalysis(analyze(text), [...RULES.filter((r) => r.id !== RULE), artifactWeb]);
const found = (text: string) => findings(text, RULE, lintWith(text));

test('今天是 with the date, weekday and lunar date: the site header', () => {
  assert.equal(classifyChrome('今天是:2019年10月31日 星期三 农历十月初七')?.tier, 'strong');
  assert.equal(classifyChrome('今天是：2024年3月1日')?.tier, 'strong');
  // Prose that starts the same way is report text.
  assert.equal(classifyChrome('今天是2024年3月1日,我们召开会议部署政务公开工作。'), null);
  const text = '今天是:2019年10月31日 星期三 农历十月初七\n' + buildDraft();
  const fs = found(text);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].severity, 'warning');
  assert.equal(where(text, fs[0]).line, 0);
  assert.equal(applyOne(text, fs[0]), buildDraft());
});

test('a document site watermark line, not a heading with the watermark run into it', () => {
  assert.equal(classifyChrome('公文汇 www.gongwenhui.com')?.tier, 'strong');
  assert.equal(classifyChrome('一、2022年度推进法治政府建设的主要举措和成效 公文汇 www.gongwenhui.com'), null);
  assert.equal(classifyChrome('(一)坚持党的领导 公文汇 www.gongwenhui.com'), null);
});

test('a lone | above the text: reported, the fix deletes it', () => {
  const text = '|\n' + buildDraft();
  const fs = found(text);
  assert.equal(fs.length, 1);
  assert.equal(where(text, fs[0]).slice, '|');
  assert.equal(applyOne(text, fs[0]), buildDraft());
});

test('lone | lines that are a table\'s cell separators are not debris', () => {
  // Cells one per line, each followed by a line holding only its pipe.
  const table = ['信息内容', '|', '本年制发件数', '|', '本年废止件数', '|', '现行有效件数', '|', '规章', '|', '0', '|', '0', '|', '0', '|'].join('\n');
  const d = buildDraft();
  const text = d.replace(/\| 第二十条第（一）项 [^\n]*\n\| --- [^\n]*\n\| 信息内容 [^\n]*\n\| 规章 [^\n]*\n/, `第二十条第（一）项\n${table}\n`);
  assert.notEqual(text, d);
  assert.deepEqual(found(text), []);
});
