// matchesIn (text/matches-in.ts), the matchAll the rules ask of every prose line with a search first:
// the same matches as matchAll for every pattern the rules use and for the awkward ones (look-behind,
// empty matches, surrogate pairs, a pattern whose lastIndex was left past the start), and the pattern
// left as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchesIn } from '../../../server/src/core/text/matches-in';

const flat = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => ({ at: m.index, all: [...m], groups: m.groups }));

const PATTERNS = [
  /截止(?=\d{4}年|目前)/g,
  /(?<=[0-9])余(?=[件个条])/g,
  /(?<y>(?:19|20)\d{2})年/g,
  /x*/g,
  /(?:)/gu,
  /\u{20000}|𠀀/gu,
  /[报结]/g,
  /ab/gi,
];
const TEXTS = ['', '截止2023年12月31日，截止目前', '共6余件，27余个', '2019年至2023年', 'xxaxx', '𠀀a𠀀', '报告总结', 'AB ab aB', '无关的一行文字。'];

test('matchesIn gives what matchAll gives, for every pattern and text', () => {
  for (const re of PATTERNS) {
    for (const s of TEXTS) {
      assert.deepEqual(flat(matchesIn(s, re)), flat(s.matchAll(re)), `${re} on ${JSON.stringify(s)}`);
      assert.equal(re.lastIndex, 0);
    }
  }
});

test('matchesIn starts where matchAll starts when the pattern was left past the start, and leaves lastIndex alone', () => {
  for (const re of PATTERNS) {
    for (const s of TEXTS) {
      for (const from of [1, 3, 50]) {
        re.lastIndex = from;
        const want = flat(s.matchAll(re));
        re.lastIndex = from;
        const got = flat(matchesIn(s, re));
        assert.equal(re.lastIndex, from);
        assert.deepEqual(got, want, `${re} from ${from} on ${JSON.stringify(s)}`);
        re.lastIndex = 0;
      }
    }
  }
});

test('matchesIn refuses a pattern that is not global, as matchAll does, whether or not it would match', () => {
  assert.throws(() => matchesIn('abc', /z/), TypeError);
  assert.throws(() => 'abc'.matchAll(/z/), TypeError);
  assert.throws(() => matchesIn('abc', /b/), TypeError);
});
