// text-share: 占X% whose base was stated in an earlier sentence of the same paragraph, without 其中.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textShare } from '../../../server/src/core/rules/text-share';
import { buildDraft, lineOf, ruleAlone, where } from './build';

const ANCHOR = '上年结转1件。';
const run = ruleAlone(textShare);
const withProse = (sentence: string) => buildDraft().replace(ANCHOR, ANCHOR + '\n\n' + sentence + '\n');

test('the one count before the part in the paragraph is the base', () => {
  for (const [sentence, rate, msg] of [
    ['全年共收到政府信息公开申请120件。予以公开48件，占45%。', '45%', '所占比例应为 48/120 ≈ 40.0%（以本段前文 120件 为基数），文中为 45%'],
    ['全年共收到政府信息公开申请120件。均在法定期限内答复。予以公开48件，占40%；部分公开12件，占15%。', '15%', '所占比例应为 12/120 ≈ 10.0%（以本段前文 120件 为基数），文中为 15%'],
  ] as const) {
    const text = withProse(sentence);
    const fs = run(text);
    assert.equal(fs.length, 1, sentence);
    assert.equal(fs[0].message, msg);
    assert.equal(fs[0].severity, 'info');
    assert.equal(text.slice(fs[0].start, fs[0].end), rate);
    assert.equal(where(text, fs[0]).line, lineOf(text, sentence));
  }
});

test('silent when the base is not the one count before it, or the share fits another base', () => {
  for (const sentence of [
    // Right.
    '全年共收到政府信息公开申请120件。予以公开48件，占40%。',
    // Two counts before: received and carried over.
    '全年共收到政府信息公开申请120件，上年结转8件。予以公开48件，占45%。',
    // The base in the same sentence without 其中 (unknown), or in another paragraph.
    '全年共收到政府信息公开申请120件，予以公开48件，占45%。',
    '全年共收到政府信息公开申请120件。\n\n予以公开48件，占45%。',
    // 48/106 ≈ 45%: fits another count of the paragraph (办结106件).
    '全年共收到政府信息公开申请120件。予以公开48件，占45%，办结106件。',
    // 48/12 = 400%: part larger than the base.
    '全年共收到政府信息公开申请12件。予以公开48件，占45%。',
    // Comparison, 分别, rounded base.
    '全年共收到政府信息公开申请120件。予以公开48件，占45%，同比增长5%。',
    '全年共收到政府信息公开申请约120件。予以公开48件，占45%。',
    '全年共收到政府信息公开申请120件。予以公开、部分公开分别48件、12件，分别占45%、15%。',
    // 6/12 = 50%: fits table 三's 本年新收 (12 in the built draft).
    '全年共收到政府信息公开申请120件。予以公开6件，占50%。',
  ]) {
    assert.deepEqual(run(withProse(sentence)), [], sentence);
  }
});
