// text-table-mismatch: a count stated in prose contradicts the same figure in table 三 or 四.
// The built draft's tables: 新收 12, 上年结转 1, 予以公开 6, 部分公开 1, 不予公开 1, 无法提供 3,
// 不予处理 1, 结转下年度 1; 行政复议 2, 行政诉讼 1 (直接起诉 1 + 复议后起诉 0).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textTableMismatch } from '../../../server/src/core/rules/text-table-mismatch';
import { build2008, buildDraft, buildRuleOfLaw, LAYOUTS, lineOf, ruleAlone, where } from './build';

const ANCHOR = '上年结转1件。';
const run = ruleAlone(textTableMismatch);
const withProse = (sentence: string, kind: 2019 | 2021 = 2021) => buildDraft({ kind }).replace(ANCHOR, ANCHOR + sentence);

test('silent on consistent drafts of every layout (the draft states 新收12件 and 上年结转1件)', () => {
  for (const kind of [2019, 2021] as const) {
    for (const layout of LAYOUTS) {
      for (const flavour of ['md', 'txt'] as const) assert.deepEqual(run(buildDraft({ kind, layout, flavour })), []);
    }
  }
});

test('fires on the prose number, with the table value in the message; warning', () => {
  const sentence = '全年新收政府信息公开申请15件。';
  const text = withProse(sentence);
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.deepEqual(where(text, fs[0]), { line: lineOf(text, sentence), slice: '15件' });
  assert.equal(fs[0].severity, 'warning');
  assert.equal(fs[0].message, '正文所述新收申请 15件 与表三“一、本年新收政府信息公开申请数量”总计 12 不符');
  assert.ok(fs[0].messageEn?.includes('12'));
});

test('each statutory quantity is compared with its own figure', () => {
  const cases: [string, string, string][] = [
    ['上年结转政府信息公开申请2件。', '2件', '表三“二、上年结转政府信息公开申请数量”总计 1'],
    ['结转下年度继续办理3件。', '3件', '表三“四、结转下年度继续办理”总计 1'],
    ['依法予以公开的5件。', '5件', '表三“（一）予以公开”总计 6'],
    ['部分公开2件。', '2件', '表三“（二）部分公开”总计 1'],
    ['不予公开3件。', '3件', '表三“（三）不予公开”所列各项总计之和 1'],
    ['无法提供1件。', '1件', '表三“（四）无法提供”所列各项总计之和 3'],
    ['不予处理4件。', '4件', '表三“（五）不予处理”所列各项总计之和 1'],
    ['全年发生政府信息公开行政复议案件3件、行政诉讼案件4件。', '3件', '表四“行政复议”总计 2'],
  ];
  for (const kind of [2019, 2021] as const) {
    for (const [sentence, slice, source] of cases) {
      const text = withProse(sentence, kind);
      const fs = run(text);
      assert.ok(fs.length >= 1, `${kind} ${sentence}`);
      assert.equal(where(text, fs[0]).slice, slice, sentence);
      assert.ok(fs[0].message.includes(source), `${fs[0].message} ⊅ ${source}`);
    }
  }
  const both = run(withProse('全年发生政府信息公开行政复议案件3件、行政诉讼案件4件。'));
  assert.deepEqual(both.map((f) => f.message.replace(/^.*与/, '')), ['表四“行政复议”总计 2 不符', '表四“行政诉讼”两项总计之和 1 不符']);
});

test('agreeing statements are silent, in Simplified and Traditional', () => {
  for (const sentence of [
    '全年共收到政府信息公开申请12件，其中予以公开6件，部分公开1件，不予公开1件，无法提供3件，不予处理1件，结转下年度继续办理1件。',
    '共发生政府信息公开行政复议案件2件、行政诉讼案件1件。',
    '全年共收到依申請公開政府信息12件，其中依法予以公開的6件。',
  ]) assert.deepEqual(run(withProse(sentence)), [], sentence);
});

test('收到 may count last year\'s carried-over applications: 12 + 1 = 13 is not a contradiction; 新收13件 is', () => {
  assert.deepEqual(run(withProse('全年共收到政府信息公开申请13件。')), []);
  assert.equal(run(withProse('全年新收政府信息公开申请13件。')).length, 1);
});

test('precision: ambiguous phrases get no finding', () => {
  for (const sentence of [
    '2022年共收到政府信息公开申请20件，同比增长10%。', // another year
    '区教育局收到政府信息公开申请5件。', // a sub-unit
    '全县共收到政府信息公开申请749件，其中县政府本级收到50件，予以公开30件。'.replace('749', '12'),
    '全区各部门共收到政府信息公开申请300件。',
    '属于重复申请信息不予公开的1件。', // a sub-row named (and misfiled): category-misfiled's business
    '因信息不存在无法提供2件。',
    '予以公开或部分公开9件。', // two dispositions
    '全年办理行政复议案件40件。', // not about 政府信息公开
    '受理咨询316件，投诉37件。',
    '全年受理行政审批事项869件。',
    '全年收到政府信息公开申请超20件。', // rounded
    '上年结转及本年新收申请共20件。',
  ]) assert.deepEqual(run(withProse(sentence)), [], sentence);
  // Compared since the named reasons and 含上年结转M件 are read (text-table-mismatch-claims.test):
  // 属于国家秘密 is a numbered row of its own (0 in the table), 15/3 contradict 新收 + 上年结转 13 and 上年结转 1.
  assert.equal(run(withProse('对属于国家秘密的3件申请不予公开。')).length, 1);
  assert.equal(run(withProse('收到政府信息公开申请15件（含上年结转3件）。')).length, 2);
});

test('rule-of-law reports, and 2008 reports without their statistics table, have nothing to compare', () => {
  const sentence = '全年新收政府信息公开申请15件。';
  for (const text of [build2008(sentence), buildRuleOfLaw(sentence)]) assert.deepEqual(run(text), []);
});

test('a draft without tables (seed 000) has nothing to compare', () => {
  const text = buildDraft().replace(/\n\|[^\n]*/g, '').replace(ANCHOR, ANCHOR + '全年新收政府信息公开申请15件。');
  assert.deepEqual(run(text), []);
});
