// heading-sequence: top-level 一、 numerals restarted, skipped or repeated; table labels left
// as lines, missing statutory parts and one-line layouts are silent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headingSequence } from '../../../server/src/core/rules/heading-sequence';
import { build2008, buildDraft, buildRuleOfLaw, dropSection, ruleInRegistry, where } from './build';

const run = ruleInRegistry(headingSequence);

test('silent on built drafts, a missing statutory part and table labels left as lines', () => {
  for (const kind of [2019, 2021] as const) for (const flavour of ['md', 'txt'] as const) assert.deepEqual(run(buildDraft({ kind, flavour })), []);
  assert.deepEqual(run(build2008()), []);
  assert.deepEqual(run(buildRuleOfLaw().replace('七、', '四、')), []);
  // 五 missing: section-missing's finding, not a numbering one.
  assert.deepEqual(run(dropSection(buildDraft({ flavour: 'txt' }), 5)), []);
  // Table labels as lines inside part 三 (a PDF copy): 一、本年新收…, 二、上年结转….
  const pdf = buildDraft({ flavour: 'txt' }).replace('\n\n四、', '\n\n一、本年新收政府信息公开申请数量\n二、上年结转政府信息公开申请数量\n\n四、');
  assert.deepEqual(run(pdf), []);
});

test('a skipped numeral with every statutory part present', () => {
  const text = buildDraft({ flavour: 'txt' }).replace('\n四、', '\n五、').replace('\n五、存在', '\n六、存在').replace('\n六、其他', '\n七、其他');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(where(text, fs[0]).slice, '五、政府信息公开行政复议、行政诉讼情况');
  assert.equal(fs[0].message, '标题“五、政府信息公开行政复议、行政诉讼情况”跳号：前一个同级标题序号为“三”，缺少“四、”');
  assert.equal(fs[0].severity, 'info');
});

test('a rule-of-law report numbered 一 二 三 七: the chapters are free, the numbering is not', () => {
  const [f] = run(buildRuleOfLaw());
  assert.equal(f.message, '标题“七、下一步工作计划”跳号：前一个同级标题序号为“三”，缺少“四、”“五、”“六、”');
});

test('numbering restarted at 一 and a repeated numeral', () => {
  const restart = buildRuleOfLaw().replace('七、下一步工作计划', '四、下一步工作计划') + '\n一、附件说明\n\n无。\n\n二、联系方式\n\n电话。\n';
  const fs = run(restart);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].message, '标题“一、附件说明”的序号重新从“一”开始：前一个同级标题序号为“四”，同一级标题应连续编号');
  const dup = buildRuleOfLaw().replace('七、下一步工作计划', '三、下一步工作计划');
  const [d] = run(dup);
  assert.equal(d.message, '标题“三、下一步工作计划”与前一个同级标题序号重复（均为“三”）');
});

test('a report on one line is not read', () => {
  const one = buildRuleOfLaw().replace('七、下一步工作计划', '九、下一步工作计划').replace(/\n+/g, ' ');
  assert.deepEqual(run(one), []);
});

test('a numeral written as a run-in heading (三、依申请公开政府信息:无……) fills the sequence; a real gap still fires (oV/13)', () => {
  const text = ['某乡2011年政府信息公开工作年度报告', '一、基本情况', '成立政府信息公开工作机构。', '二、信息公开情况', '2011年度主动公开信息数53条。',
    '三、依申请公开政府信息:无依申请公开的政府信息。', '四、政府信息公开的收费及减免情况:', '未收费。'].join('\n');
  assert.deepEqual(run(text), []);
  const gap = text.replace('三、依申请公开政府信息:无依申请公开的政府信息。\n', '');
  assert.equal(run(gap).length, 1);
});
