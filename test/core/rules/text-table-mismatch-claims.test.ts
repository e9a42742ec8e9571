// text-table-mismatch, issue #16 §2: the table of phrasings. Each row is a sentence added to the
// built draft (table 三: 新收 12 (自然人 10, 商业企业 2), 上年结转 1 (自然人 1), 予以公开 6, 部分公开 1,
// 不予公开 1 (保护第三方合法权益), 无法提供 3 (本机关不掌握相关政府信息), 不予处理 1 (重复申请), 其他处理 0,
// （七）总计 12, 结转下年度 1; table 四: 行政复议 2 (维持 1, 纠正 1), 直接起诉 1 (尚未审结), 复议后起诉 0)
// and the findings it must give: the slice of the prose each one points at (none = silent).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textTableMismatch } from '../../../server/src/core/rules/text-table-mismatch';
import { buildDraft, findings, ruleAlone, where } from './build';

const ANCHOR = '上年结转1件。';
const run = ruleAlone(textTableMismatch);
const withProse = (sentence: string, kind: 2019 | 2021 = 2021) => buildDraft({ kind }).replace(ANCHOR, ANCHOR + sentence);

/** [sentence, slices of the findings, message pattern of the first]. */
const TABLE: [string, string[], RegExp?][] = [
  // totals
  ['全年共收到政府信息公开申请15件（含上年结转3件）。', ['15件', '3件'], /总计之和 13 不符/],
  ['全年共收到政府信息公开申请13件（含上年结转1件）。', []],
  ['全年共收到政府信息公开申请13件（含上年结转2件）。', ['2件'], /上年结转 2件 与表三“二、上年结转政府信息公开申请数量”总计 1 不符/],
  ['全年受理政府信息公开申请12件。', []],
  ['全年受理政府信息公开申请14件。', ['14件'], /新收申请 14件/],
  ['全年共办结政府信息公开申请12件。', []],
  ['全年共答复政府信息公开申请10件。', ['10件'], /（七）总计/],
  ['结转下一年度继续办理政府信息公开申请1件。', []],
  ['结转下一年度继续办理政府信息公开申请4件。', ['4件'], /四、结转下年度继续办理/],
  // dispositions, single and joined
  ['其中予以公开6件。', []],
  ['其中予以公开5件。', ['5件'], /（一）予以公开/],
  ['予以公开及部分公开7件。', []],
  ['予以公开及部分公开258件。', ['258件'], /正文所述公开结果 258件 与表三“.*予以公开”与“.*部分公开.*”总计之和 7 不符/],
  ['予以公开和部分公开共8件。', ['8件']],
  ['无法提供3件。', []],
  ['无法提供265件。', ['265件'], /无法提供.*所列各项总计之和 3 不符/],
  ['不予处理1件，其他处理0件。', []],
  ['其他处理2件。', ['2件']],
  // named reasons (their numbered rows)
  ['因本机关不掌握相关政府信息无法提供3件。', []],
  ['本机关不掌握相关政府信息5件。', ['5件'], /不掌握相关政府信息.* 3 不符/],
  ['属于重复申请的2件。', ['2件']],
  ['属于重复申请的1件。', []],
  // applicants
  ['全年收到政府信息公开申请12件，其中自然人申请10件，法人或其他组织申请2件。', []],
  ['全年收到政府信息公开申请12件，其中自然人申请9件，法人或其他组织申请3件。', ['9件', '3件'], /自然人申请 9件 与表三“一、本年新收政府信息公开申请数量”“自然人”栏 10 不符/],
  ['全年收到政府信息公开申请13件，其中自然人申请11件。', []], // 新收 + 上年结转
  // applicants in the sentence after the received total (其中 continues it)
  ['全年收到政府信息公开申请12件。其中，自然人10件，法人或其他组织2件。', []],
  ['全年收到政府信息公开申请12件。其中，自然人9件，法人或其他组织3件。', ['9件', '3件'], /自然人申请 9件 与表三“一、本年新收政府信息公开申请数量”“自然人”栏 10 不符/],
  ['全年予以公开6件。其中，自然人9件。', []], // a disposition's applicants
  ['2022年收到政府信息公开申请12件。其中，自然人9件。', []], // another year
  ['全年收到依申请公开咨询30件。其中，自然人20件。', []],
  ['本年度依法规范答复。其中，自然人9件。', []], // nothing received before it
  // review, counts
  ['全年发生政府信息公开行政复议2件。', []],
  ['全年发生政府信息公开行政复议3件。', ['3件'], /表四“行政复议”总计 2 不符/],
  ['政府信息公开行政复议被纠错1件。', []],
  ['政府信息公开行政复议被纠错0件。', ['0件'], /被纠错 0件 与表四“行政复议”“结果纠正” 1 不符/],
  ['因政府信息公开引起的行政诉讼1件。', []],
  // review, statements
  ['本年度未发生政府信息公开行政复议、行政诉讼案件。', ['未发生政府信息公开行政复议'], /正文称“未发生政府信息公开行政复议”，但表四“行政复议”、“行政诉讼·未经复议直接起诉”、“行政诉讼·复议后起诉”总计之和为 3/],
  ['本年度未发生因政府信息公开引起的行政诉讼。', ['未发生因政府信息公开引起的行政诉讼'], /总计之和为 1/],
  ['政府信息公开行政复议案件均获维持。', ['均获维持'], /“结果纠正”与“尚未审结”之和为 1/],
  ['政府信息公开行政复议无被纠错情况。', ['无被纠错']],
  // silent: unrelated numbers and phrasings not understood
  ['第3季度收到政府信息公开申请5件。', []],
  ['全年主动公开政府信息1200条，予以公开的信息占40%。', []],
  ['收到政府信息公开申请12件，同比增长20%，其中予以公开的占50%。', []],
  ['全年公开政府信息6件。', []],
  ['已审结的政府信息公开行政复议案件均获维持。', []],
  ['上年度政府信息公开行政复议案件均获维持。', []],
  ['未发生政府信息公开行政复议被纠错情况。', []], // not read (yet): silent, never 未发生行政复议
  ['各部门未发生政府信息公开行政诉讼。', []],
  ['收到依申请公开咨询30件，其中自然人咨询20件。', []],
  ['予以公开的政府信息中，自然人申请5件。', []],
];

test('phrasing table: each sentence gives exactly its findings', () => {
  for (const kind of [2021, 2019] as const) {
    for (const [sentence, slices, message] of TABLE) {
      const text = withProse(sentence, kind);
      const fs = run(text);
      assert.deepEqual(fs.map((f) => where(text, f).slice), slices, `${kind} ${sentence}: ${fs.map((f) => f.message).join(' | ')}`);
      if (message && fs.length) assert.match(fs[0].message, message, `${kind} ${sentence}`);
      for (const f of fs) assert.ok(f.messageEn && /table/.test(f.messageEn), sentence);
    }
  }
});

test('blank 总计 cells of table 三: the applicant columns are summed, and the message says so', () => {
  const base = withProse('全年受理政府信息公开申请14件。');
  // Blank the 总计 cell of row 一 (12): the last cell of its line.
  const lines = base.split('\n');
  const i = lines.findIndex((l) => l.includes('本年新收政府信息公开申请数量'));
  lines[i] = lines[i].replace(/\|\s*12\s*\|\s*$/, '|  |');
  assert.notEqual(lines[i], base.split('\n')[i], 'the 总计 cell was blanked');
  const text = lines.join('\n');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /总计栏空缺，按各申请人栏之和计.* 12 不符/);
  assert.match(fs[0].messageEn!, /blank/);
  assert.deepEqual(run(text.replace('申请14件', '申请12件')), []);
});

test('其中 continues only the sentence before it in the same paragraph', () => {
  const text = withProse('全年收到政府信息公开申请12件。\n\n其中，自然人9件，法人或其他组织3件。');
  assert.deepEqual(run(text), []);
});
