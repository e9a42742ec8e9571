// text-enumeration: 一是…二是…四是 (skipped) and 一是…二是…二是 (repeated) in the prose.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textEnumeration } from '../../../server/src/core/rules/text-enumeration';
import { analyze, lintAnalysis } from '../../../server/src/core';
import { bestRatio } from '../growth';
import { build2008, buildDraft, findings, LAYOUTS, PROBLEMS, slicesOf, withProblems } from './build';

const RULE = 'text-enumeration';
const slices = slicesOf(RULE);

test('silent on clean drafts, restarts and non-items', () => {
  for (const layout of LAYOUTS) for (const flavour of ['md', 'txt'] as const) assert.deepEqual(slices(buildDraft({ layout, flavour })), []);
  assert.deepEqual(slices(build2008()), []);
  for (const s of [
    // 一是 again in the next paragraph, and later in the same one: new lists.
    '一是公开不及时；二是解读单一；三是回应不足。\n\n下一步：一是加强培训；二是完善制度。',
    '问题有二：一是公开不及时；二是解读单一。改进措施：一是加强培训；二是完善制度；三是强化考核。',
    // 其一/其二, 第一是, words ending in 一, 是否.
    '其一，公开不及时；其三，解读单一。唯一是门户网站；统一是原则；原因之一是人员不足；二是否可行另议。',
    // Inside quotation marks and a title.
    '一是落实“一是一、二是二”的要求；二是学习《关于一是二是四是的通知》。',
    // A list that starts at 二是 (its start lost): not judged.
    '二是部分栏目更新不够及时；三是解读单一。',
    // Nested lists (a published report: 一是强化组织领导 leads a paragraph listing 一是…二是…, the next paragraph
    // goes on with the outer 二是), over paragraphs or within one.
    '一是强化组织领导，完善各项工作机制。一是加强组织领导；二是规范公开内容。\n\n二是严格落实督促检查。\n\n三是加强队伍建设。',
    '一是强化组织领导。一是加强组织领导；二是规范公开内容。二是严格落实督促检查。',
    // A heading between two lists' items.
    '一是公开不及时；二是解读单一；三是回应不足。\n\n（一）改进措施\n\n二是完善制度。',
  ]) assert.deepEqual(slices(withProblems(s)), [], s);
});

test('a skipped numeral within one paragraph; warning; message', () => {
  const text = withProblems('存在的问题：一是公开不够及时；二是解读形式单一；四是互动回应不足。');
  assert.deepEqual(slices(text), ['四是']);
  const [f] = findings(text, RULE);
  assert.equal(f.severity, 'warning');
  assert.equal(f.message, '列举序号跳号：“二是”之后是“四是”，缺少“三是”');
  assert.equal(f.messageEn, 'enumeration skips a numeral: “四是” follows “二是”, “三是” is missing');
});

test('a repeated numeral; the run goes on through consecutive paragraphs', () => {
  assert.deepEqual(slices(withProblems('一是公开不够及时；二是解读形式单一；二是互动回应不足。')), ['二是']);
  const text = withProblems('一是公开不够及时。\n\n二是解读形式单一。\n\n四是互动回应不足。');
  assert.deepEqual(slices(text), ['四是']);
  const [f] = findings(withProblems('一是公开不够及时；二是解读形式单一；二是互动回应不足。'), RULE);
  assert.equal(f.message, '列举序号重复：“二是”之后又是“二是”，应为“三是”');
});

test('一是…三是…三是 (seen in a published report): one finding on the first 三是', () => {
  const s = '存在的问题主要有以下几个方面：一是部分单位信息发布属性界定还不够精确；三是开拓创新不够有力；三是政策解读的质量有待提高。';
  const text = withProblems(s);
  const fs = findings(text, RULE);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].start, text.indexOf('三是'));
  assert.equal(fs[0].message, '列举序号有误：“一是”之后是“三是”，下一项又是“三是”，此处应为“二是”');
});

test('a report on one line (the headings read inside it end the lists)', () => {
  const line = '示例区人民政府2013年政府信息公开工作年度报告 本报告根据《中华人民共和国政府信息公开条例》要求编制，全文包括概述、主动公开政府信息情况、依申请公开政府信息情况、政府信息公开的收费及减免情况、因政府信息公开申请行政复议和提起行政诉讼的情况、存在的主要问题及改进措施。本报告所列数据的统计期限自2013年1月1日起至2013年12月31日止。'
    + ' 一、概述 我局加强组织领导。一是健全机构；二是完善制度；三是强化培训。 二、主动公开政府信息情况 全年主动公开信息120条。一是门户网站建设；三是网络安全保密。'
    + ' 三、依申请公开政府信息情况 全年未收到政府信息公开申请。 四、政府信息公开的收费及减免情况 未收取任何费用。 五、因政府信息公开申请行政复议和提起行政诉讼的情况 未发生行政复议和行政诉讼。'
    + ' 六、存在的主要问题及改进措施 一是人员不足；二是培训不够。';
  const text = line + '\n';
  assert.deepEqual(slices(text), ['三是']);
  assert.equal(findings(text, RULE)[0].start, text.indexOf('三是网络'));
});

test('the rule page example: the wrong excerpt is reported, the right one is not', () => {
  const ex = textEnumeration.examples!;
  assert.equal(findings(withProblems(ex.wrong), RULE).length, 1);
  assert.deepEqual(findings(withProblems(ex.right), RULE), []);
});

test('独一无二是 and 说二是二 are words, not points (the same points text-punctuation reads)', () => {
  assert.deepEqual(slices(withProblems('一是公开不及时；二是解读单一，这一做法独一无二是亮点；三是回应不足。')), []);
  assert.deepEqual(slices(withProblems('一是公开不及时；二是坚持说一是一、说二是二；三是回应不足。')), []);
  // A real repeat next to them is still reported.
  assert.deepEqual(slices(withProblems('一是公开不及时；二是解读单一；二是回应不足。')), ['二是']);
});

test('growth: one sentence of many points, 8× longer, takes at most 3× linear time (a ratio, no absolute time)', () => {
  // Lists that start again inside one long sentence (no finding): each point is looked at once.
  const sentence = (n: number) => `${'一是公开及时，二是解读到位，'.repeat(n)}。`;
  const small = analyze(withProblems(sentence(1000)));
  const large = analyze(withProblems(sentence(8000)));
  const { ratio } = bestRatio(small, large, (x) => lintAnalysis(x, [textEnumeration]), { limit: 24, floorMs: 2, rounds: 3 });
  assert.ok(ratio < 24, `×${ratio.toFixed(1)} for 8× the sentence`);
});
