// section-order: the six statutory parts out of order; the finding sits on each part that
// must move (fewest moves), naming the neighbour it belongs after (or before). No fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build2008, buildDraft, buildRuleOfLaw, lineOf, sectionSpan, where } from './build';
import { assertSilentOnCompleteDrafts, found } from './structure-helpers';

const RULE = 'section-order';

/** The draft with part n moved to just before part m (both 1-based, m < n) or to the end. */
function move(text: string, n: number, before: number | 'end'): string {
  const s = sectionSpan(text, n);
  const block = text.slice(s.start, s.end);
  const rest = text.slice(0, s.start) + text.slice(s.end);
  if (before === 'end') return rest.replace(/\n?$/, '\n\n') + block;
  const at = sectionSpan(rest, before).start;
  return rest.slice(0, at) + block + rest.slice(at);
}

test('silent on complete drafts of every layout, and on other report kinds', () => {
  assertSilentOnCompleteDrafts(RULE);
  assert.deepEqual(found(buildRuleOfLaw(), RULE), []);
  assert.deepEqual(found(build2008(), RULE), []);
});

test('三 before 二: one warning on the heading of 三, no fix', () => {
  for (const flavour of ['md', 'txt'] as const) {
    const text = move(buildDraft({ flavour }), 3, 2);
    const fs = found(text, RULE);
    assert.equal(fs.length, 1, flavour);
    const heading = `${flavour === 'md' ? '## ' : ''}三、收到和处理政府信息公开申请情况`;
    assert.deepEqual(where(text, fs[0]), { line: lineOf(text, heading), slice: heading });
    assert.equal(fs[0].severity, 'warning');
    assert.equal(fs[0].message, '章节顺序不对：“三、收到和处理政府信息公开申请情况”应在“二、主动公开政府信息情况”之后');
    assert.equal(fs[0].fix, undefined);
  }
});

test('一 moved to the end: reported on 一, which belongs before 二', () => {
  const text = move(buildDraft({ kind: 2019 }), 1, 'end');
  const fs = found(text, RULE);
  assert.equal(fs.length, 1);
  assert.equal(where(text, fs[0]).slice, '## 一、总体情况');
  assert.equal(fs[0].message, '章节顺序不对：“一、总体情况”应在“二、主动公开政府信息情况”之前');
});

test('only the parts that must move are reported (五 moved before 二: one finding)', () => {
  const text = move(buildDraft(), 5, 2);
  const fs = found(text, RULE);
  assert.deepEqual(fs.map((f) => where(text, f).slice), ['## 五、存在的主要问题及改进情况']);
});

test('precision: a repeated part is section-duplicate\'s business, not an order problem', () => {
  const base = buildDraft();
  const s = sectionSpan(base, 5);
  const text = base.slice(0, s.end) + base.slice(s.start, s.end) + base.slice(s.end);
  assert.deepEqual(found(text, RULE), []);
  assert.equal(found(text, 'section-duplicate').length, 1);
});

test('precision: a contents list of the section titles above the body is not out of order', () => {
  const base = buildDraft({ flavour: 'txt' });
  const nav = ['三、收到和处理政府信息公开申请情况', '一、总体情况', '二、主动公开政府信息情况', '四、政府信息公开行政复议、行政诉讼情况'].join('\n');
  const at = base.indexOf('一、总体情况');
  const text = base.slice(0, at) + nav + '\n\n' + base.slice(at);
  assert.deepEqual(found(text, RULE), []);
  assert.deepEqual(found(text, 'section-duplicate'), []);
});
