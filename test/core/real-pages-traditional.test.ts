// The harvested real pages (test/fixtures/real-pages/) converted to Traditional script character by
// character (OpenCC cn → tw: a site's 繁體 button, a mirror in Traditional script), as
// scripts/layout-variants.mjs makes them (mode tw): the kind and year, and the errors and warnings
// found, counted by rule, must be those of the page itself, besides the one script-traditional finding
// the conversion is meant to raise. The pages listed still differ (a ratchet: the list only shrinks).
import { test } from 'node:test';
import { lint } from '../../server/src/core';
import { assertRatchet, forEachPage } from './real-pages-variants';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC = require('opencc-js/cn2t') as { Converter(o: { from: string; to: string }): (s: string) => string };

const TW_KNOWN = new Set<string>([]);

/** Kind, year, and the errors and warnings by rule (script-traditional aside), as one string. */
function reading(text: string): string {
  const r = lint(text);
  const m = new Map<string, number>();
  for (const f of r.findings) if ((f.severity === 'error' || f.severity === 'warning') && f.rule !== 'script-traditional') m.set(f.rule, (m.get(f.rule) ?? 0) + 1);
  return `${r.kind}/${r.year} ${[...m].map(([rule, n]) => `${rule}×${n}`).sort().join(' ')}`;
}

test('real pages in Traditional script are read as the pages themselves', () => {
  const tw = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const differ: string[] = [];
  forEachPage((page, text) => {
    const variant = tw(text);
    if (variant === text) return;
    const own = reading(text);
    const got = reading(variant);
    if (got !== own) differ.push(`${page}: ${own} -> ${got}`);
  });
  assertRatchet(differ, TW_KNOWN, 'in Traditional script');
});
