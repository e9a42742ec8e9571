// inSomeBody (sections-at.ts): whether an offset is in the body of some section, by a binary search
// over the sections sorted by where their bodies start, with the farthest end reached so far. It
// answers as the walk over every section it replaces, sections nested, overlapping, empty or not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inSomeBody } from '../../../server/src/core/parse/sections-at';
import type { Section } from '../../../server/src/core/parse/document';

const section = (bodyStart: number, end: number): Section => ({ bodyStart, end } as unknown as Section);
const walk = (sections: Section[], x: number): boolean => sections.some((s) => x >= s.bodyStart && x < s.end);

test('answers as the walk over the sections, short and long lists, in any order', () => {
  let seed = 7;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  for (let round = 0; round < 200; round++) {
    const n = rand(40);
    const sections: Section[] = [];
    for (let i = 0; i < n; i++) {
      const a = rand(500);
      sections.push(section(a, a + rand(60)));
    }
    const within = inSomeBody(sections);
    for (let x = -2; x < 570; x++) assert.equal(within(x), walk(sections, x), `round ${round}, x ${x}`);
  }
});

test('a section nested in a long one, and one ending where the next starts', () => {
  const sections = [10, 20, 30, 40, 50, 60, 70, 80, 90].map((a) => section(a, a + 5));
  sections.push(section(0, 200), section(300, 300));
  const within = inSomeBody(sections);
  assert.equal(within(150), true);
  assert.equal(within(200), false);
  assert.equal(within(300), false);
  assert.equal(within(-1), false);
  assert.equal(inSomeBody(sections.slice(0, 9))(15), false);
  assert.equal(inSomeBody(sections.slice(0, 9))(14), true);
});
