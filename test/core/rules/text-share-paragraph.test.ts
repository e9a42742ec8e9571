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

// The share naming its base by a verb (占受理案件总数的…%) picks, of several earlier counts, the one said
// with that verb (oY 27: 收到复议申请16件，立案受理15件。…维持…5件，占受理案件总数的38% — 5/15 is 33.3%).
test('占受理案件总数的: the earlier count said with 受理 is the base among several', () => {
  const sentence = '全年共收到行政复议申请30件，立案受理25件。经过审理，维持原具体行政行为5件，占受理案件总数的25%。';
  const text = withProse(sentence);
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].message, '所占比例应为 5/25 ≈ 20.0%（以本段前文 25件 为基数），文中为 25%');
  assert.equal(text.slice(fs[0].start, fs[0].end), '25%');
  // Right of 受理, or a base the share does not name by a verb (占总数的): silent.
  assert.deepEqual(run(withProse(sentence.replace('总数的25%', '总数的20%'))), []);
  assert.deepEqual(run(withProse(sentence.replace('占受理案件总数的25%', '占总数的25%'))), []);
  // Two earlier counts said with 受理: no base.
  assert.deepEqual(run(withProse(sentence.replace('全年共收到行政复议申请30件', '全年共受理行政复议申请30件'))), []);
});

test('占总体45% with its base earlier in the paragraph: 总体 between 占 and the figure, as 总数 may stand', () => {
  const text = withProse('全年共收到政府信息公开申请120件。予以公开48件，占总体45%。');
  const fs = run(text);
  assert.equal(fs.length, 1, fs.map((f) => f.message).join(' | '));
  assert.equal(text.slice(fs[0].start, fs[0].end), '45%');
});
