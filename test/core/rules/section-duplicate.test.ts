// section-duplicate: a statutory part with two headings; the second (and later) heading is
// reported, naming the line of the first. A contents list is not a duplicate. No fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build2008, buildDraft, buildRuleOfLaw, emptySection, lineOf, sectionSpan, where } from './build';
import { assertSilentOnCompleteDrafts, found } from './structure-helpers';

const RULE = 'section-duplicate';

function repeat(text: string, n: number): string {
  const s = sectionSpan(text, n);
  return text.slice(0, s.end) + text.slice(s.start, s.end) + text.slice(s.end);
}

test('silent on complete drafts of every layout, and on other report kinds', () => {
  assertSilentOnCompleteDrafts(RULE);
  assert.deepEqual(found(buildRuleOfLaw(), RULE), []);
  assert.deepEqual(found(build2008(), RULE), []);
});

test('五 twice: one warning on the second heading, naming the first line; no fix', () => {
  for (const flavour of ['md', 'txt'] as const) {
    const text = repeat(buildDraft({ flavour }), 5);
    const fs = found(text, RULE);
    assert.equal(fs.length, 1, flavour);
    const heading = `${flavour === 'md' ? '## ' : ''}五、存在的主要问题及改进情况`;
    const [first, second] = text.split('\n').flatMap((l, i) => (l === heading ? [i] : []));
    assert.equal(first, lineOf(text, heading));
    assert.deepEqual(where(text, fs[0]), { line: second, slice: heading });
    assert.equal(fs[0].severity, 'warning');
    assert.equal(fs[0].message, `“五、存在的主要问题及改进情况”重复出现：第 ${first + 1} 行已有这一部分`);
    assert.equal(fs[0].fix, undefined);
  }
});

test('a part four times: every heading after the first is reported', () => {
  // The second repeat copies the part together with its first copy (up to the heading of 二).
  const text = repeat(repeat(buildDraft(), 1), 1);
  assert.equal(text.split('## 一、总体情况').length - 1, 4);
  assert.equal(found(text, RULE).length, 3);
});

test('a repeated heading with different wording is still the same part', () => {
  const base = buildDraft({ flavour: 'txt' });
  const s = sectionSpan(base, 6);
  const text = base.slice(0, s.end) + '六、其他需要报告事项\n\n无。\n\n' + base.slice(s.end);
  const fs = found(text, RULE);
  assert.equal(fs.length, 1);
  assert.equal(where(text, fs[0]).slice, '六、其他需要报告事项');
});

test('precision: a contents list pasted from a web page (titles with nothing under them) is not a duplicate', () => {
  const base = buildDraft({ flavour: 'txt' });
  const nav = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'].join('\n');
  const at = base.indexOf('一、总体情况');
  assert.deepEqual(found(base.slice(0, at) + nav + '\n\n' + base.slice(at), RULE), []);
});

test('precision: three parts left empty side by side (tables lost) are sections, not a contents list', () => {
  let text = buildDraft({ flavour: 'txt' });
  for (const n of [2, 3, 4]) text = emptySection(text, n);
  text = text.replace('二、主动公开政府信息情况', '二、主动公开政府信息的情况');
  assert.deepEqual(found(text, RULE), []);
  assert.equal(found(text, 'heading-nonstandard').length, 1, 'the empty headings are still checked');
});
