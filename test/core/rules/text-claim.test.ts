// text-claim: 所有申请均已办结 against 结转下年度 > 0; 未收到申请 against 本年新收 > 0.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textClaim } from '../../../server/src/core/rules/text-claim';
import { buildDraft, lineOf, ruleAlone, setCell, where } from './build';

const ANCHOR = '上年结转1件。';
const run = ruleAlone(textClaim);
const withProse = (sentence: string, base = buildDraft()) => base.replace(ANCHOR, ANCHOR + sentence);

test('silent on the built drafts', () => {
  assert.deepEqual(run(buildDraft()), []);
  assert.deepEqual(run(buildDraft({ kind: 2019, layout: 'tab' })), []);
});

test('all closed, while table 三 carries applications over (the built draft carries 1)', () => {
  for (const [sentence, slice] of [
    ['所有申请均已按要求办理完成。', '所有申请均已按要求办理完成'],
    ['全部申请均已按期答复。', '全部申请均已按期答复'],
    ['对收到的申请，均已依法按期办结。', '均已依法按期办结'],
  ]) {
    const text = withProse(sentence);
    const fs = run(text);
    assert.equal(fs.length, 1, sentence);
    assert.deepEqual(where(text, fs[0]), { line: lineOf(text, sentence), slice }, sentence);
    assert.equal(fs[0].severity, 'info');
    assert.match(fs[0].message, /结转下年度继续办理”为 1 件/);
  }
});

test('no finding when nothing is carried over, or the sentence allows for it', () => {
  // Zero carried over: 四、结转下年度继续办理 row total set to 0 (the draft is then unbalanced, but this rule only reads row 四).
  let text = buildDraft();
  text = setCell(text, '四、结转下年度继续办理', 6, '0').text;
  assert.deepEqual(run(withProse('所有申请均已按要求办理完成。', text)), []);
  for (const sentence of [
    '除1件结转下年度继续办理外，其余申请均已按期答复。',
    '上年结转的申请均已办结。',
    '全年收到申请12件，均已在法定期限内予以答复。',
    '人大代表建议和政协委员提案均已按期办结。',
    '2022年所有申请均已办结。',
  ]) assert.deepEqual(run(withProse(sentence)), [], sentence);
});

test('none received, while table 三 row 一 is above 0', () => {
  for (const sentence of ['本年度未收到政府信息公开申请。', '2023年度我街道未收到申请人提出的依申请公开。', '本年度无依申请公开事项。']) {
    const text = withProse(sentence);
    const fs = run(text);
    assert.equal(fs.length, 1, sentence);
    assert.match(fs[0].message, /本年新收政府信息公开申请数量”为 12 件/);
  }
  for (const sentence of ['未收到以邮寄方式提交的申请。', '2022年未收到政府信息公开申请。', '未收到依申请公开工作的投诉。'])
    assert.deepEqual(run(withProse(sentence)), [], sentence);
});
