// section-empty for a part heading a web page ran onto the end of the paragraph before it
// (…向社会公开了。 二、主动公开政府信息情况 / (blank) / 三、…): the part is there (no section-missing),
// and when the next thing after its title is another part's heading, it is empty: its table was
// lost in the copy. Reported on the title at the line's end; the skeleton fix goes after that line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineMap } from '../../../server/src/core';
import { applyOne, buildDraft, findings, sectionSpan } from './build';

const RULE = 'section-empty';
const HEAD2 = '二、主动公开政府信息情况';

/** The draft with part n's heading line run onto the end of the line before it (its body kept). */
function runOnto(text: string, n: number): string {
  const s = sectionSpan(text, n);
  let prev = s.start - 1;
  while (prev > 0 && text[prev - 1] === '\n') prev--;
  return text.slice(0, prev) + ' ' + text.slice(s.start);
}

/** Part n's body removed, its heading kept. */
function emptied(text: string, n: number): string {
  const s = sectionSpan(text, n);
  return text.slice(0, s.headingEnd) + '\n\n' + text.slice(s.end);
}

test('a run-on part heading with nothing after it before the next part: an error on the title, with the table fix', () => {
  const text = runOnto(emptied(buildDraft({ flavour: 'txt' }), 2), 2);
  const lm = new LineMap(text);
  const at = text.indexOf(HEAD2);
  assert.ok(at > lm.lineStarts[lm.positionAt(at).line], 'the heading is not at its line start');
  assert.deepEqual(findings(text, 'section-missing'), []);
  const fs = findings(text, RULE);
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), HEAD2);
  assert.equal(fs[0].severity, 'error');
  assert.match(fs[0].message, /^“二、主动公开政府信息情况”下没有内容：缺少法定表格/);
  // The fix only inserts the empty table after the heading's line (applyOne: nothing else touched).
  assert.ok(fs[0].fix!.edits.every((e) => e.start === e.end && e.start === lm.lineEnd(lm.positionAt(at).line)));
  const fixed = applyOne(text, fs[0]);
  assert.deepEqual(findings(fixed, RULE), []);
});

test('silent when the run-on heading is followed by its table or text', () => {
  const text = runOnto(buildDraft({ flavour: 'txt' }), 2);
  assert.ok(text.indexOf(HEAD2) > 0);
  assert.deepEqual(findings(text, RULE), []);
  const empty = runOnto(emptied(buildDraft({ flavour: 'txt' }), 2), 2);
  const answered = empty.replace(HEAD2, `${HEAD2} 无`);
  assert.deepEqual(findings(answered, 'section-missing'), []);
  assert.deepEqual(findings(answered, RULE), [], 'the answer after the title (无) is its content');
});
