// artifact-web: a report copied from a WeChat article (mC/08 was one): the follow prompts above and below
// (点击蓝字 关注我们, 长按识别二维码关注我们), the article's header (原创 author account time 发表于 place), its
// credits (编辑：/审核：/校对： a name), 阅读原文 and the bar 分享 收藏 点赞 在看. Report lines that merely use these
// words stay silent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft, findings } from './build';
import { classifyChrome } from '../../../server/src/core/model/artifacts-chrome';

const RULE = 'artifact-web';

function withLines(top: string[], bottom: string[]): string {
  const d = buildDraft();
  const nl = d.indexOf('\n');
  return d.slice(0, nl + 1) + top.map((l) => l + '\n').join('') + d.slice(nl + 1) + bottom.join('\n') + '\n';
}

test('a WeChat article\'s prompts, header, credits and bottom bar are chrome', () => {
  const top = ['点击蓝字 关注我们', '原创 某某区人民政府办公室 某某发布 2024-01-20 17:30 发表于四川'];
  const bottom = ['审核：李四', '校对：王五、赵六', '长按识别二维码关注我们', '阅读原文', '分享 收藏 点赞 在看'];
  const text = withLines(top, bottom);
  const fs = findings(text, RULE);
  const lines = fs.map((f) => text.slice(f.start, f.end).trim());
  for (const l of [...top, ...bottom]) assert.ok(lines.includes(l), `${l} not reported: ${JSON.stringify(lines)}`);
  assert.equal(classifyChrome('点击上方"某某发布"关注')?.tier, 'strong');
});

test('report lines using the same words stay silent', () => {
  for (const l of [
    '审核：严格执行三审三校制度，确保信息准确。',
    '原创政务信息120条，转载信息30条。',
    '点击量同比增长12%。',
  ]) assert.equal(classifyChrome(l), null, l);
  const text = withLines([], ['我局在政务新媒体发布原创信息45条，阅读原文的用户逐年增加。']);
  assert.deepEqual(findings(text, RULE), []);
});
