// core/features/inlay-hints.ts options: govReport.inlayHints modes, disable directives and rules
// turned off in the settings, and English labels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, LineMap } from '../../../server/src/core';
import { inlayHints } from '../../../server/src/core/features/inlay-hints';
import { corpus, SAMPLE } from './corpus';

const lm = new LineMap(SAMPLE);
const lineOf = (text: string, needle: string) => new LineMap(text).positionAt(text.indexOf(needle)).line;
const HAN = /\p{Script=Han}/u;
/** Han characters outside “…” quotes. */
const hanOutsideQuotes = (s: string) => HAN.test(s.replace(/“[^”]*”/g, ''));

test('mismatches: only the ≠ hints of the sample (the wrong 25 and the review total), no =N noise', () => {
  const a = analyze(SAMPLE);
  const hints = inlayHints(a, 0, SAMPLE.length + 1, { mode: 'mismatches' });
  assert.ok(hints.length > 0);
  assert.ok(hints.every((h) => !h.ok && h.label.startsWith('≠')), hints.map((h) => h.label).join(', '));
  assert.deepEqual(hints, inlayHints(a).filter((h) => !h.ok));
  assert.ok(hints.some((h) => h.label === '≠ 应为 24' && lm.positionAt(h.offset).line === lineOf(SAMPLE, '| （一）予以公开 |')));
  assert.deepEqual(inlayHints(a, 0, SAMPLE.length + 1, { mode: 'off' }), []);
});

test('mismatches on every corpus text are exactly the failing hints of all', () => {
  for (const { name, text } of corpus().slice(0, 40)) {
    const a = analyze(text);
    assert.deepEqual(inlayHints(a, 0, text.length + 1, { mode: 'mismatches' }), inlayHints(a).filter((h) => !h.ok), name);
  }
});

test('a disable directive for the rule behind a hint removes the hint on its line only', () => {
  const open = '| （一）予以公开 |';
  const line = lineOf(SAMPLE, open);
  const hintsOn = (text: string, ln: number, settings = {}) => {
    const m = new LineMap(text);
    return inlayHints(analyze(text, { settings }), 0, text.length + 1, { mode: 'all' }).filter((h) => m.positionAt(h.offset).line === ln).map((h) => h.label);
  };
  assert.deepEqual(hintsOn(SAMPLE, line), ['≠ 应为 24', '=28']);
  // The wrong cell is reported by table-row-total (the sum along its own row).
  const next = SAMPLE.replace(open, `<!-- govreport-disable-next-line table-row-total -->\n${open}`);
  assert.deepEqual(hintsOn(next, line + 1), []);
  const other = SAMPLE.replace(open, `<!-- govreport-disable-next-line table-unit -->\n${open}`);
  assert.deepEqual(hintsOn(other, line + 1), ['≠ 应为 24', '=28']);
  const file = `<!-- govreport-disable-file table-row-total -->\n${SAMPLE}`;
  assert.deepEqual(hintsOn(file, line + 1), []);
  // Other rows keep their hints when only one line is disabled.
  const total = lineOf(next, '| （七）总计 |');
  assert.ok(hintsOn(next, total).length > 0);
  // The rule turned off in the settings: no hint of it anywhere.
  const off = inlayHints(analyze(SAMPLE, { settings: { rules: { 'table-row-total': 'off' } } }), 0, SAMPLE.length + 1, { mode: 'all' });
  // (The wrong cell is then reported by table-subtotal, the next rule through it: its hint stays,
  // naming both sums; no row-total hint of its own is left.)
  assert.ok(!off.some((h) => /^行总计/.test(h.tooltip) && h.ok), off.map((h) => h.tooltip).join('\n'));
  assert.ok(off.some((h) => h.label === '≠ 应为 24'), 'the wrong cell keeps its hint through table-subtotal');
  assert.ok(off.length > 0, 'the other sums keep their hints');
});

test('English: labels and tooltips without Chinese outside quoted statutory labels', () => {
  const a = analyze(SAMPLE);
  const hints = inlayHints(a, 0, SAMPLE.length + 1, { mode: 'all', english: true });
  assert.equal(hints.length, inlayHints(a).length);
  const wrong = hints.find((h) => h.label === '≠ should be 24');
  assert.ok(wrong, hints.map((h) => h.label).join(', '));
  assert.match(wrong.tooltip, /^row total: 28 ≠ 29; holds once this cell is 24/);
  for (const { name, text } of corpus().slice(0, 40)) {
    for (const h of inlayHints(analyze(text), 0, text.length + 1, { mode: 'all', english: true })) {
      assert.ok(!hanOutsideQuotes(h.label), `${name}: ${h.label}`);
      assert.ok(!hanOutsideQuotes(h.tooltip), `${name}: ${h.tooltip}`);
    }
  }
});
