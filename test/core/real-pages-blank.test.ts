// The harvested real pages (test/fixtures/real-pages/) pasted double-spaced (a blank line after every
// line: Word's paragraph spacing, a browser copy of <p> paragraphs) and, where the page holds tabs or
// lines of spaces, with a space before every line end, as scripts/layout-variants.mjs makes them
// (modes blank and trail): the kind and year read and the errors and warnings found in each, counted by
// rule, must be those of the page itself — no false alarm the layout brings, no real finding it hides. The pages listed
// still differ (a ratchet: a listed page that no longer differs fails too, so the list only shrinks).
import { test } from 'node:test';
import { lint } from '../../server/src/core';
import { assertRatchet, forEachPage } from './real-pages-variants';

const BLANK_KNOWN = new Set<string>([]);
const TRAIL_KNOWN = new Set<string>([]);

const MAKE = {
  blank: (t: string) => t.replace(/([^\r\n])\r?\n(?=[^\r\n])/g, '$1\n\n'),
  trail: (t: string) => t.replace(/\r?\n/g, ' \n'),
};

/** Kind and year, and the errors and warnings by rule as `rule×count` sorted. */
function counts(text: string): string {
  const r = lint(text);
  const m = new Map<string, number>();
  for (const f of r.findings) if (f.severity === 'error' || f.severity === 'warning') m.set(f.rule, (m.get(f.rule) ?? 0) + 1);
  return `${r.kind}/${r.year} ${[...m].map(([rule, n]) => `${rule}×${n}`).sort().join(' ')}`;
}

test('real pages pasted double-spaced, or with a space at every line end, raise the findings of the page itself', () => {
  const differ: Record<keyof typeof MAKE, string[]> = { blank: [], trail: [] };
  forEachPage((page, text) => {
    let own: string | null = null;
    for (const mode of Object.keys(MAKE) as (keyof typeof MAKE)[]) {
      // (Padded line ends matter where blank lines and lines of spaces or tabs are told apart: pages
      // holding tabs or lines of spaces. The walk stays a few seconds.)
      if (mode === 'trail' && !/\t|^[ \u00a0\u3000]+$/m.test(text)) continue;
      const variant = MAKE[mode](text);
      if (variant === text) continue;
      own ??= counts(text);
      const got = counts(variant);
      if (got !== own) differ[mode].push(`${page}: ${own} -> ${got}`);
    }
  });
  assertRatchet(differ.blank, BLANK_KNOWN, 'double-spaced');
  assertRatchet(differ.trail, TRAIL_KNOWN, 'a space at every line end');
});
