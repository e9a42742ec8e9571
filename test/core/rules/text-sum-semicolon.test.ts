// text-sum: a semicolon closes the statements before it (mB harvest, issue #12: …累计发布工作动态信息
// 165条，其中…102条；发布法定主动公开内容1条，包括机构概况1条，以及…2条 — the 包括 list belongs to the
// 1条 of its own clause, not to the 165 or 102 before the semicolon). Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintAnalysis } from '../../../server/src/core';
import { textSum } from '../../../server/src/core/rules/text-sum';
import { buildDraft, findings } from './build';

const ANCHOR = '上年结转1件。';
const run = (text: string) => findings(text, 'text-sum', lintAnalysis(analyze(text), [textSum]));
const withProse = (sentence: string) => buildDraft().replace(ANCHOR, ANCHOR + sentence);

test('parts after a semicolon exceed their own clause total: reported', () => {
  const s = '全年在门户网站发布动态信息80条,其中乡镇动态50条;发布法定公开内容2条,包括机构概况2条,以及预算信息3条,保障了公众知情权。';
  const fs = run(withProse(s));
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /2 \+ 3 = 5条 超过总数 2条/);
});

test('the same parts within their clause total stay silent', () => {
  const s = '全年在门户网站发布动态信息80条,其中乡镇动态50条;发布法定公开内容5条,包括机构概况2条,以及预算信息3条,保障了公众知情权。';
  assert.deepEqual(run(withProse(s)), []);
});

test('a clause after a semicolon without its own count has no total: silent', () => {
  const s = '全年在门户网站发布动态信息80条;包括机构概况2条,以及预算信息3条。';
  assert.deepEqual(run(withProse(s)), []);
});

test('without a semicolon the earlier counts still stand as totals (收到47件，上年结转3件，其中…)', () => {
  const s = '全年收到政府信息公开申请47件,上年结转3件,其中自然人申请30件,法人或其他组织申请20件。';
  assert.deepEqual(run(withProse(s)), []);
});

// mX: the part before the first semicolon already makes up the total (共计主动公开政府发文4条，其中业务
// 工作4条；动态类信息数51条；通知公告数4条): the list ended at the semicolon, the rest counts other things.
test('one part equal to the total, then semicolon-separated counts of other things: silent', () => {
  const s = '全年共计主动公开政府发文6条,其中业务工作6条;工作动态类信息数40条;通知公告数3条;政府信息公开指南信息数1条。';
  assert.deepEqual(run(withProse(s)), []);
});

test('a part before the semicolon above the total is still reported', () => {
  const s = '全年共计主动公开政府发文6条,其中业务工作8条;工作动态类信息数40条;通知公告数3条。';
  const fs = run(withProse(s));
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /超过总数 6条/);
});

// nT/10: the parts before the first semicolon, joined by a comma, make up the total (共受理…19件,其中18件已…
// 予以答复,1件结转至2023年度办理;予以公开6件;…无法提供10件;…): the list ended there, the rest breaks down the 18.
test('parts joined by a comma that make up the total before a semicolon, then another breakdown: silent', () => {
  const s = '全年共受理政府信息公开申请19件,其中18件已在法定期限内予以答复,1件结转至下一年度办理;予以公开6件;因本机关不掌握等原因无法提供10件;重复申请1件;咨询1件。';
  assert.deepEqual(run(withProse(s)), []);
  // Parts before the semicolon that fall short of it, the rest then exceeding it: still reported.
  const fs = run(withProse(s.replace('其中18件', '其中16件')));
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /超过总数 19件/);
});
