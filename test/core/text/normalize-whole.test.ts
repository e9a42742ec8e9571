// A long Simplified text is normalised from itself (text/normalize.ts foldWhole: pinyin annotations
// skipped in place, the output built in pieces, the map of the exact size), not from a blanked,
// converted copy: the same text and the same offsets as a reading character by character.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalize, normalizeMapped, PINYIN_ANNOTATION } from '../../../server/src/core/text/normalize';
import { convertsNone } from '../../../server/src/core/text/script';

/** A random text of `n` pieces (seeded): Han, pinyin after Han and not, spaces of every kind, breaks, width and quote folds, NUL. */
function sample(n: number, seed: number): string {
  let a = seed;
  const next = () => ((a = (a * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);
  const pieces = ['落实', '个', '政府信息公开', '（一）', '(a)', '(shí)', '（xiàng）', '现', '(xiàn\n)', '(gè)(gè)', ' ', '\u3000', '\u00a0', '\u200b',
    '\n', '\r\n', '\t', 'Ａ１', '“引”', '‘单’', '—', '．', '12件', '\u0000', 'ǎ', 'shí)', '。', '，', '|', '\n\n'];
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(pieces[Math.floor(next() * pieces.length)]);
  return out.join('');
}

/** The normalised text and map read one character at a time: annotations blanked, each character folded alone. */
function reference(s: string, keepSpaces: boolean): { text: string; map: number[] } {
  const blanked = s.replace(PINYIN_ANNOTATION, (m) => m.replace(/[^\r\n]/g, '\u0000'));
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < blanked.length; i++) {
    const c = blanked[i];
    if (c === '\u0000') continue;
    let f = normalize(c);
    if (f === '') {
      if (!keepSpaces || c === '\u200b') continue;
      f = c === '\n' || c === '\r' ? c : ' ';
    }
    assert.equal(f.length, 1, JSON.stringify(c));
    text += f;
    map.push(i);
  }
  map.push(s.length);
  return { text, map };
}

test('a long text: normalizeMapped and normalize read it as character by character, offsets and all', () => {
  for (const seed of [1, 2, 3]) {
    const s = sample(60_000, seed);
    // (Long, and Simplified throughout: the path read from the text itself.)
    assert.ok(s.length > 65_536 && convertsNone(s), `${s.length}`);
    for (const keepSpaces of [false, true]) {
      const want = reference(s, keepSpaces);
      const got = normalizeMapped(s, { keepSpaces });
      assert.equal(got.text.length, want.text.length);
      assert.ok(got.text === want.text, `text differs (seed ${seed}, keepSpaces ${keepSpaces})`);
      assert.equal(got.map.length, want.map.length);
      for (let i = 0; i < want.map.length; i++) if (got.map.get(i) !== want.map[i]) assert.fail(`map(${i}) = ${got.map.get(i)}, want ${want.map[i]}`);
      if (!keepSpaces) assert.ok(normalize(s) === want.text);
    }
  }
});

test('a long text that starts or ends inside an annotation, or is all annotations', () => {
  const runs = ['落(shí)'.repeat(20_000), '(shí)' + '落'.repeat(70_000) + '落(sh', '落(shí)(gè)'.repeat(10_000) + '落(xiàn\n)'];
  for (const s of runs) {
    assert.ok(s.length > 65_536 && convertsNone(s));
    const want = reference(s, false);
    const got = normalizeMapped(s);
    assert.ok(got.text === want.text);
    for (let i = 0; i < want.map.length; i++) if (got.map.get(i) !== want.map[i]) assert.fail(`map(${i})`);
  }
});
