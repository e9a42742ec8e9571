// text-disposition-sum: a total of applications and the dispositions listed after it in the same
// paragraph, complete by their own words (all of table 三's dispositions named, or 其余/其他 M 件).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textDispositionSum } from '../../../server/src/core/rules/text-disposition-sum';
import { lint } from '../../../server/src/core';
import { buildDraft, lineOf, ruleAlone, where } from './build';

const ANCHOR = '上年结转1件。';
const run = ruleAlone(textDispositionSum);
const withProse = (sentence: string, kind: 2019 | 2021 = 2021) => buildDraft({ kind }).replace(ANCHOR, ANCHOR + '\n\n' + sentence + '\n');

test('silent on the built drafts', () => {
  assert.deepEqual(run(buildDraft()), []);
  assert.deepEqual(run(buildDraft({ kind: 2019 })), []);
});

test('a complete list that does not add up: reported at the total, on its line', () => {
  for (const kind of [2019, 2021] as const) {
    for (const [sentence, total, msg] of [
      ['本年共收到申请20件，办结19件。其中予以公开5件，部分公开2件，不予公开3件，无法提供4件，不予处理1件，其他处理1件。', '19件',
        '其后所列办理结果之和 5 + 2 + 3 + 4 + 1 + 1 = 16件，与总数 19件 不符（表三全部办理结果均已列出）'],
      // Across sentences, the list in two sentences, no 其中.
      ['全年共办结政府信息公开申请30件。予以公开10件，部分公开2件，不予公开3件；无法提供4件，不予处理1件，其他处理1件。', '30件',
        '其后所列办理结果之和 10 + 2 + 3 + 4 + 1 + 1 = 21件，与总数 30件 不符（表三全部办理结果均已列出）'],
      // Closed by 其余.
      ['本年共收到申请20件，上年结转1件。予以公开5件，部分公开2件，其余8件。', '20件',
        '其后所列办理结果之和 5 + 2 + 8 = 15件，与总数 20件 不符（以“其余/其他”收尾，已涵盖全部）'],
      // 予以公开和部分公开 joined, the rest closing with 其他.
      ['共办结申请40件。予以公开和部分公开20件，不予公开5件，其他10件。', '40件',
        '其后所列办理结果之和 20 + 5 + 10 = 35件，与总数 40件 不符（以“其余/其他”收尾，已涵盖全部）'],
    ] as const) {
      const text = withProse(sentence, kind);
      const fs = run(text);
      assert.equal(fs.length, 1, `${kind}: ${sentence}`);
      assert.equal(fs[0].message, msg);
      assert.equal(fs[0].severity, 'warning');
      assert.equal(text.slice(fs[0].start, fs[0].end), total);
      assert.equal(where(text, fs[0]).line, lineOf(text, sentence));
    }
  }
});

test('lists that add up under some reading, partial lists and unreadable ones: silent', () => {
  for (const sentence of [
    // Adds up.
    '本年共收到申请20件，办结19件。其中予以公开5件，部分公开2件，不予公开3件，无法提供4件，不予处理1件，其他处理4件。',
    // Received 20 + carried 1 = 21 closed.
    '本年共收到申请20件，上年结转1件。予以公开5件，部分公开2件，其余14件。',
    // Received 20, 3 carried forward to next year (stated), 17 closed.
    '本年共收到申请20件。予以公开5件，部分公开2件，其余10件，结转下年度继续办理3件。',
    // Partial: 不予处理 and 其他处理 not named, 其余 without a figure.
    '本年共办结申请30件。予以公开10件，部分公开2件，不予公开3件，无法提供4件。',
    '本年共办结申请30件。予以公开10件，部分公开2件，其余均依法作出答复。',
    // A disposition listed beside one of its own reasons (a nested breakdown); a reason filed under another disposition.
    '本年共办结申请30件。予以公开10件，部分公开2件，不予公开3件，属于国家秘密2件，其他1件。',
    '本年共办结申请30件。予以公开10件，部分公开2件，属于重复申请信息不予公开的1件，其他1件。',
    // A disposition named twice.
    '本年共办结申请30件。予以公开10件，部分公开2件，其余8件。予以公开的10件均在法定期限内答复。',
    // 分别为, last year's figures, rounded totals, other units.
    '本年共办结申请30件。予以公开、部分公开分别为10件、2件，其余8件。',
    '本年共办结申请30件，同比减少5件。予以公开10件，部分公开2件，其余8件，同比增加2件。',
    '本年共办结申请约30件。予以公开10件，部分公开2件，其余8件。',
    '本年共收到申请8份。予以公开2件，部分公开2件，其他1件。',
    // Another matter's total.
    '全年受理咨询30件。予以公开10件，部分公开2件，其余8件。',
    // The total in another paragraph.
    '本年共办结申请30件。\n\n予以公开10件，部分公开2件，其余8件。',
  ]) {
    assert.deepEqual(run(withProse(sentence)), [], sentence);
  }
});

test('a total before 其中 in the same sentence is text-sum\'s: one finding, not two', () => {
  const sentence = '本年共办结申请20件，其中予以公开5件，部分公开2件，不予公开3件，无法提供4件，不予处理1件，其他处理1件。';
  const text = withProse(sentence);
  const fs = lint(text).findings.filter((f) => f.rule === 'text-sum' || f.rule === 'text-disposition-sum');
  assert.deepEqual(fs.map((f) => f.rule), ['text-sum']);
  assert.equal(where(text, fs[0]).line, lineOf(text, sentence));
});

test('a total of something other than applications is no total', () => {
  for (const sentence of [
    '全年共发布政策解读30件。予以公开10件，部分公开2件，其余8件。',
    '全年办理人大代表建议30件。予以公开10件，部分公开2件，其余8件。',
  ]) {
    assert.deepEqual(run(withProse(sentence)), [], sentence);
  }
});
