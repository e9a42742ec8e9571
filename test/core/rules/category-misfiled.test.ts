// category-misfiled: a disposition put under the wrong group — 重复申请, 信访举报投诉 or
// 公开出版物 described as 不予公开 (they are 不予处理). Fix: 不予公开 → 不予处理 in that clause.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyOne, build2008, buildDraft, buildRuleOfLaw, findings, LAYOUTS, lineOf, where } from './build';

const RULE = 'category-misfiled';
const ANCHOR = '上年结转1件。';

function withProse(sentence: string, kind: 2019 | 2021 = 2021): string {
  return buildDraft({ kind }).replace(ANCHOR, ANCHOR + sentence);
}

test('silent on consistent drafts (the table has both （三）不予公开 and 2.重复申请)', () => {
  for (const kind of [2019, 2021] as const) {
    for (const layout of LAYOUTS) {
      for (const flavour of ['md', 'txt'] as const) assert.deepEqual(findings(buildDraft({ kind, layout, flavour }), RULE), []);
    }
  }
});

test('fires on 不予公开 when the clause is about a 重复申请; warning; message names both groups', () => {
  for (const kind of [2019, 2021] as const) {
    for (const sentence of ['另有1件属于重复申请，依法不予公开。', '属于重复申请信息不予公开的1件。']) {
      const text = withProse(sentence, kind);
      const fs = findings(text, RULE);
      assert.equal(fs.length, 1, `${kind} ${sentence}`);
      const at = text.indexOf(sentence) + sentence.indexOf('不予公开');
      assert.deepEqual([fs[0].start, fs[0].end], [at, at + 4]);
      assert.deepEqual(where(text, fs[0]), { line: lineOf(text, sentence), slice: '不予公开' });
      assert.equal(fs[0].severity, 'warning');
      assert.equal(fs[0].message, '重复申请属于“不予处理”，不应写作“不予公开”');
    }
  }
});

test('信访举报投诉 and 公开出版物 are 不予处理 too; one finding per phrase', () => {
  for (const [sentence, subject] of [['信访举报投诉类申请不予公开1件。', '信访'], ['对要求提供公开出版物的申请不予公开。', '公开出版物']]) {
    const text = withProse(sentence);
    const fs = findings(text, RULE);
    assert.equal(fs.length, 1, sentence);
    assert.equal(where(text, fs[0]).slice, '不予公开');
    assert.match(fs[0].message, new RegExp(`^${subject}属于“不予处理”`));
  }
});

test('quick-fix rewrites only that 不予公开 as 不予处理 and lints clean', () => {
  const text = withProse('另有1件属于重复申请，依法不予公开。');
  const [f] = findings(text, RULE);
  const fixed = applyOne(text, f);
  assert.ok(fixed.includes('另有1件属于重复申请，依法不予处理。'));
  assert.deepEqual(findings(fixed, RULE), []);
  assert.equal(fixed.length, text.length);
});

test('precision: a list of different dispositions is not a misfiling', () => {
  for (const sentence of [
    '其中予以公开2件、不予公开1件、重复申请1件。',
    '重复申请1件，不予公开2件。',
    '对重复申请的不予处理，对涉及国家秘密的不予公开。',
  ]) {
    assert.deepEqual(findings(withProse(sentence), RULE), [], sentence);
  }
});

test('precision: ordinary 不予公开 (国家秘密, 第三方合法权益) is fine', () => {
  const text = withProse('涉及国家秘密的，依法不予公开；涉及第三方合法权益的1件不予公开。');
  assert.deepEqual(findings(text, RULE), []);
});

test('does not apply to 2008 or rule-of-law reports', () => {
  const text = build2008();
  assert.ok(text.includes('属于重复申请，依法不予公开'));
  assert.deepEqual(findings(text, RULE), []);
  assert.deepEqual(findings(buildRuleOfLaw('另有1件属于重复申请，依法不予公开。'), RULE), []);
});

test('silent on real reports pasted on one line or without any space: the table\'s row labels are no clause', () => {
  const dir = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'real');
  for (const name of ['c03-hongze-2023-pdfcopy.txt', 'c04-hongze-2023-pdflayout.txt', 'c05-hongze-2024-pdflayout.txt', 'c08-shuyang-fgj-2023-web.txt']) {
    const text = readFileSync(join(dir, name), 'utf8');
    assert.deepEqual(findings(text.replace(/\r?\n+/g, ' '), RULE), [], `${name} one line`);
    assert.deepEqual(findings(text.replace(/\s+/g, ''), RULE), [], `${name} no space`);
  }
  for (const kind of [2019, 2021] as const) {
    // Prose on such a line still counts.
    const wrong = withProse('另有1件属于重复申请，依法不予公开。', kind);
    assert.equal(findings(wrong.replace(/\n+/g, ' '), RULE).length, 1, `${kind} prose on one line`);
    assert.equal(findings(wrong.replace(/\s+/g, ''), RULE).length, 1, `${kind} prose, no space`);
  }
});
