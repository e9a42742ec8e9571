// category-nonstandard: pre-2019 or colloquial disposition names in a 2019/2021 report
// (同意公开, 信息不存在, 非本机关政府信息 …). One-to-one names get a safe replacement fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyOne, build2008, buildDraft, buildRuleOfLaw, findings, LAYOUTS, lineOf, where } from './build';

const RULE = 'category-nonstandard';
const ANCHOR = '上年结转1件。';

/** The built draft with `sentence` appended to the 总体情况 paragraph. */
function withProse(sentence: string, kind: 2019 | 2021 = 2021): string {
  return buildDraft({ kind }).replace(ANCHOR, ANCHOR + sentence);
}

const ONE_TO_ONE: [string, string][] = [
  ['同意公开', '予以公开'], ['同意部分公开', '部分公开'], ['政府信息不存在', '本机关不掌握相关政府信息'],
  ['信息不存在', '本机关不掌握相关政府信息'], ['非本机关政府信息', '本机关不掌握相关政府信息'], ['非本部门掌握', '本机关不掌握相关政府信息'],
];

test('silent on drafts that use the standard names in tables and prose', () => {
  for (const kind of [2019, 2021] as const) {
    for (const layout of LAYOUTS) assert.deepEqual(findings(buildDraft({ kind, layout }), RULE), [], `${kind} ${layout}`);
  }
  const text = withProse('其中予以公开6件，部分公开1件，本机关不掌握相关政府信息3件，补正后申请内容仍不明确0件，重复申请1件。');
  assert.deepEqual(findings(text, RULE), []);
});

test('fires on exactly the old name, warning, message gives found and standard name; fix replaces only it', () => {
  for (const kind of [2019, 2021] as const) {
    for (const [old, standard] of ONE_TO_ONE) {
      const text = withProse(`答复${old}的申请共3件。`, kind);
      const fs = findings(text, RULE);
      assert.equal(fs.length, 1, `${kind} ${old}: one finding, no overlapping shorter term`);
      assert.deepEqual(where(text, fs[0]), { line: lineOf(text, ANCHOR), slice: old });
      assert.equal(fs[0].severity, 'warning');
      assert.equal(fs[0].message, `“${old}”不是规范的办理结果名称，应为“${standard}”`);
      assert.equal(fs[0].fix!.safe, true);
      const fixed = applyOne(text, fs[0]);
      assert.ok(fixed.includes(`答复${standard}的申请共3件。`));
      assert.deepEqual(findings(fixed, RULE), []);
    }
  }
});

test('names without a single target are reported with advice and no fix', () => {
  for (const [old, advice] of [['不属于政府信息', /请按实际情形归类/], ['申请内容不明确', /补正后仍不明确的计入（四）3/]] as const) {
    const text = withProse(`${old}的1件。`);
    const [f, ...rest] = findings(text, RULE);
    assert.deepEqual(rest, []);
    assert.equal(where(text, f).slice, old);
    assert.match(f.message, new RegExp(`^“${old}”不是规范的办理结果名称：`));
    assert.match(f.message, advice);
    assert.equal(f.fix, undefined);
  }
});

test('an old name used as a table 三 row label is reported in the table too', () => {
  const text = buildDraft({ layout: 'tab' }).replace('（一）予以公开', '（一）同意公开');
  const [f] = findings(text, RULE);
  assert.deepEqual(where(text, f), { line: lineOf(text, '（一）同意公开'), slice: '同意公开' });
});

test('precision: Traditional script is matched, and the original characters are what the range covers', () => {
  const text = withProse('對同意公開的申請均按期答覆。');
  const [f] = findings(text, RULE);
  assert.equal(where(text, f).slice, '同意公開');
  assert.deepEqual(findings(applyOne(text, f), RULE), []);
});

test('precision: a third party\'s refusal (第三方不同意公开) is not a disposition name', () => {
  const text = withProse('因第三方不同意公开，依法不予公开1件。');
  assert.deepEqual(findings(text, RULE), []);
});

test('does not apply to 2008 reports (old names are the norm there) or rule-of-law reports', () => {
  const text = build2008();
  assert.ok(text.includes('同意公开') && text.includes('信息不存在'));
  assert.deepEqual(findings(text, RULE), []);
  assert.deepEqual(findings(buildRuleOfLaw('对同意公开的申请按期答复。'), RULE), []);
});

test('a name split over lines (PDF copy) is reported without a fix: a fix would join the lines', () => {
  const text = withProse('\n其中同意\n\n公开8件，信息不存\n在2件。\n');
  const fs = findings(text, RULE);
  assert.deepEqual(fs.map((f) => text.slice(f.start, f.end)), ['同意\n\n公开', '信息不存\n在']);
  assert.ok(fs.every((f) => f.fix === undefined), 'no fix on a span with a line break');
  // A name on one line keeps its fix beside the split ones.
  const mixed = withProse('\n其中同意公开8件，信息不存\n在2件。\n');
  const ms = findings(mixed, RULE);
  assert.deepEqual(ms.map((f) => f.fix !== undefined), [true, false]);
});
