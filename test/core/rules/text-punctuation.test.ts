// text-punctuation: a sentence that lost its closing mark, the next point (二是…) or 现将……如下 glued on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintAnalysis } from '../../../server/src/core';
import { textPunctuation } from '../../../server/src/core/rules/text-punctuation';
import { bestRatio } from '../growth';
import { build2008, buildDraft, buildRuleOfLaw, findings, LAYOUTS, PROBLEMS, slicesOf, withProblems } from './build';

const RULE = 'text-punctuation';
const slices = slicesOf(RULE);

test('silent on clean drafts, marked points, words and quotes', () => {
  for (const layout of LAYOUTS) for (const flavour of ['md', 'txt'] as const) assert.deepEqual(slices(buildDraft({ layout, flavour })), []);
  assert.deepEqual(slices(build2008()), []);
  assert.deepEqual(slices(buildRuleOfLaw()), []);
  for (const s of [
    '一是公开不及时；二是解读单一，三是回应不足。',
    // No point before it on the line: a word, or a list whose start is elsewhere.
    '这个问题独一无二是因为历史原因。部分栏目更新不够及时二是指标未细化。',
    '坚持说一是一说二是二的作风。',
    // 第二是, 其二是, 是否.
    '一是加强培训；其中第二是重点。一是完善制度三是否可行另议。',
    // Inside quotation marks or a title.
    '一是落实“一是一二是二”的要求；二是学习《一是加强二是规范的通知》。',
    // The point at a line start (the line before may be wrapped).
    '一是公开不够及时\n二是解读形式单一。',
    // 现将 inside a word, or after a mark.
    '充分体现将公开融入全流程的要求，表现将更加规范。',
    '按照要求，现将有关情况报告如下。',
  ]) assert.deepEqual(slices(withProblems(s)), [], s);
});

test('a point glued to the point before (seen in published reports); info; message', () => {
  const s = '一是主动公开方面。确保民众及时获取关键信息二是依申请公开方面。本年度共收到依申请公开事项0三是政府信息管理方面。';
  const text = withProblems(s);
  assert.deepEqual(slices(text), ['息二是', '0三是']);
  const [f] = findings(text, RULE);
  assert.equal(f.severity, 'info');
  assert.equal(f.message, '句末标点缺失：“及时获取关键信息二是”，列举项“二是”之前应有分号或句号');
  assert.equal(f.messageEn, 'a sentence lost its closing mark: “及时获取关键信息二是” — a semicolon or full stop belongs before the point 二是');
  // Run-on text with no marks at all (the first point glued too: only the later ones are certain).
  assert.deepEqual(slices(withProblems('全年发布126条信息一是做好巡视整改信息公开通报工作规则二是做好公示。')), ['则二是']);
});

test('现将……如下 glued to the sentence before', () => {
  const text = withProblems('法治政府建设取得明显成效现将有关情况报告如下：');
  assert.deepEqual(slices(text), ['效现将']);
  assert.match(findings(text, RULE)[0].message, /“现将……如下”另起一句/);
  // Traditional script.
  assert.deepEqual(slices(withProblems('法治政府建設取得明顯成效現將有關情況報告如下：')), ['效現將']);
});

test('table rows are not read', () => {
  const text = buildDraft().replace('下一步将丰富', '| 事项 | 说明 |\n| --- | --- |\n| 一是 | 信息二是 |\n\n下一步将丰富');
  assert.deepEqual(slices(text), []);
});

test('growth: one line of many points, 8× longer, takes at most 3× linear time (a ratio, no absolute time)', () => {
  // Points that are glued but have no point before them: each is looked at, none is reported (the cap on findings
  // would hide a slow scan otherwise).
  const line = (n: number) => `${'全年发布工作信息三是'.repeat(n)}。`;
  const small = analyze(buildDraft().replace(PROBLEMS, line(1500)));
  const large = analyze(buildDraft().replace(PROBLEMS, line(12000)));
  const { ratio } = bestRatio(small, large, (x) => lintAnalysis(x, [textPunctuation]), { limit: 24, floorMs: 2, rounds: 3 });
  assert.ok(ratio < 24, `×${ratio.toFixed(1)} for 8× the line`);
});
