// anchoredMatchAll (text/anchored-match.ts) yields what matchAll yields, for the document-number
// patterns of docnum-malformed, over random texts made of their characters (seeded, reproducible).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anchoredMatchAll } from '../../../server/src/core/text/anchored-match';

const CASES: [RegExp, RegExp, number, number][] = [
  [/([\u4e00-\u9fff]{1,8})[〔［[]((?:19|20)\d{2})(\d{1,4})(\s*号|(?=[)）]))/g, /[〔［[]/, 1, 8],
  [/([\u4e00-\u9fff]{1,8})((?:19|20)\d{2})[〕］\]](\s*第?\d{1,4}\s*号)/g, /[〕］\]]/, 5, 12],
  [/([\u4e00-\u9fff]{1,8})〔((?:19|20)\d{2})〕(\d{1,4})(?=[)）、,，。；;])/g, /〔/, 1, 8],
  [/([\u4e00-\u9fff]{2,12})[〔\[(（]2021[〕\])）]\s*第?30\s*号/g, /[〔\[(（]/, 2, 12],
];

/** A small seeded generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['国办公开办函', '闽政办', '国办发', '〔2021', '〔2019', '［2020', '[2018', '2021〕', '2018］', '2019]', '〔2021〕30', '〔2020〕109', '(2021)', '（2021）', '30号', '14号', ' 第30 号', '国', '办', '发', '函', '公开', '政府', '〔', '〕', '［', '］', '[', ']', '(', ')', '（', '）', '2021', '2019', '20', '19', '30', '1', '4', '号', '第', ' ', '、', '，', '。', '；', 'a'];

test('anchoredMatchAll yields exactly the matches of matchAll', () => {
  const next = rng(13);
  const matches = CASES.map(() => 0);
  for (let round = 0; round < 6000; round++) {
    let text = '';
    const n = 1 + Math.floor(next() * 40);
    for (let i = 0; i < n; i++) text += PIECES[Math.floor(next() * PIECES.length)];
    for (const [k, [re, anchor, min, max]] of CASES.entries()) {
      const want = [...text.matchAll(re)].map((m) => [m.index, ...m]);
      const got = [...anchoredMatchAll(text, re, anchor, min, max)].map((m) => [m.index, ...m]);
      assert.deepEqual(got, want, `${re.source} on ${JSON.stringify(text)}`);
      matches[k] += want.length;
    }
  }
  // The texts hold matches of every pattern (otherwise the comparison proves little).
  for (const [k, n] of matches.entries()) assert.ok(n >= 20, `pattern ${k}: only ${n} matches`);
});

test('document numbers in a sentence', () => {
  const text = '根据国办公开办函〔202130)和闽政办2018〕43号以及国办发〔2021〕30，要求';
  for (const [re, anchor, min, max] of CASES) {
    assert.deepEqual([...anchoredMatchAll(text, re, anchor, min, max)].map((m) => [m.index, m[0]]), [...text.matchAll(re)].map((m) => [m.index, m[0]]));
  }
  assert.equal([...anchoredMatchAll(text, CASES[0][0], CASES[0][1], 1, 8)].length, 1);
});
