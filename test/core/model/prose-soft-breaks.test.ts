// A sentence the writer broke inside its paragraph (a line break without a blank line, as in
// Markdown drafts and PDF copies without a wrap width) is one sentence for the prose checks: the
// count after the break keeps its subject (申请 / 13件) and a figure keeps its unit (申请13 / 件),
// with exact source offsets. Never joined: a line that ends a sentence or clause list, a heading,
// list item, date, indented line, table row, a blank line between, or a short title-like line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';
import { prose } from '../../../server/src/core/model/sentences';
import { buildDraft, findings } from '../rules/build';

const GENERAL = '全年新收政府信息公开申请12件，上年结转1件。';
const OPENING = '2023年，示例区人民政府办公室坚持以公开为常态、不公开为例外，';
const withGeneral = (s: string, flavour?: 'md' | 'txt'): string => {
  const base = buildDraft(flavour ? { flavour } : {});
  assert.ok(base.includes(OPENING + GENERAL));
  return base.replace(OPENING + GENERAL, s);
};
const mismatches = (text: string): string[] => findings(text, 'text-table-mismatch').map((f) => text.slice(f.start, f.end));
/** The sentence holding `needle` (original text), as its normalised text. */
function sentenceHolding(text: string, needle: string): string | undefined {
  const at = text.indexOf(needle);
  const a = analyze(text);
  return prose(a).sentences.find((s) => s.counts.some((c) => c.start <= at && at < c.end))?.text;
}

test('a count on the line after its subject: one sentence, the mismatch found at the count', () => {
  for (const flavour of ['md', 'txt'] as const) {
    const text = withGeneral(`${OPENING}全年新收政府信息公开申请\n13件，上年结转1件。`, flavour);
    assert.deepEqual(mismatches(text), ['13件'], flavour);
    assert.match(sentenceHolding(text, '13件') ?? '', /坚持以公开为常态.*新收政府信息公开申请13件/);
  }
});

test('a figure split from its unit: one count, reported over both lines', () => {
  const text = withGeneral(`${OPENING}全年新收政府信息公开申请13\n件，上年结转1件。`);
  assert.deepEqual(mismatches(text), ['13\n件']);
  // The right figures across the same break: silent.
  assert.deepEqual(mismatches(withGeneral(`${OPENING}全年新收政府信息公开申请\n12件，上年结转1件。`)), []);
});

test('never joined: a sentence end, a blank line, list item, indented or title-like line', () => {
  const cases: [string, string, string, string][] = [
    [OPENING + '全年新收政府信息公开申请', '\n\n', '13件，上年结转1件。', '上年结转1件'],
    [OPENING.replace(/，$/, '。'), '\n', '（一）全年新收政府信息公开申请13件，上年结转1件。', '上年结转1件'],
    [OPENING + '全年新收政府信息公开申请', '\n', '　　13件，上年结转1件。', '上年结转1件'],
    ['示例区人民政府办公室', '\n', '依申请公开工作有序推进，全年办理13件。', '全年办理13件'],
  ];
  for (const [first, sep, next, words] of cases) {
    const text = withGeneral(first + sep + next);
    const line = text.slice(0, text.indexOf(next)).split('\n').length - 1;
    const sent = prose(analyze(text)).sentences.find((x) => x.text.includes(words));
    assert.ok(sent, next);
    assert.equal(sent.line, line, `${first}|${next}: the second line starts its own sentence`);
  }
  // The same first case without the blank line is one sentence (the check above can fail).
  const joined = withGeneral(`${OPENING}全年新收政府信息公开申请\n13件，上年结转1件。`);
  const s = prose(analyze(joined)).sentences.find((x) => x.text.includes('上年结转1件'))!;
  assert.ok(s.line < joined.slice(0, joined.indexOf('13件')).split('\n').length - 1);
});
