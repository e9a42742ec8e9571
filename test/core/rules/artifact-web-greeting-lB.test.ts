// artifact-web (issue #12, lB): a site header's greeting (欢迎登录某某市司法局官方网站) and a bare
// share label (分享: / 分享) above a copied report, each a whole line; sentences inviting readers stay.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintAnalysis } from '../../../server/src/core';
import { artifactWeb } from '../../../server/src/core/rules/artifact-web';
import { buildRuleOfLaw, findings, where } from './build';

const found = (text: string) => findings(text, 'artifact-web', lintAnalysis(analyze(text), [artifactWeb]));
const above = (lines: string[]) => lines.map((l) => l + '\n').join('') + buildRuleOfLaw();

test('the greeting and a bare share label: one warning per line, the whole line', () => {
  const lines = ['欢迎登录某某市司法局官方网站', '欢迎访问某某区人民政府门户网站', '分享:', '分享'];
  const text = above(lines);
  const fs = found(text);
  assert.deepEqual(fs.map((f) => where(text, f).slice), lines);
  assert.ok(fs.every((f) => f.severity === 'warning'));
  assert.match(fs[0].message, /^网页残留（网站页头）：“欢迎登录某某市司法局官方网站”不属于报告内容/);
});

test('report sentences with the same words stay', () => {
  const text = buildRuleOfLaw('\n欢迎登录区政府网站查询办事指南。\n分享经验做法，推广典型案例。');
  assert.deepEqual(found(text), []);
});
