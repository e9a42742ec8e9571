// Growth of each rule, and of the analysis, on a long draft of many reports (issue 13: linear
// everywhere). Two quadratic paths hid in rules until a 20 MB draft took 31 s: a search back through
// the whole text for a semicolon (text-sum) and a copy of every later row for each header row
// (table-row-unknown). Neither shows at the few tens of KB of robustness.test's shapes, where the
// linear work dwarfs them; here the drafts are large enough (≈ 0.3 and 2.4 MB) for a quadratic rule
// to stand out, and each rule is timed alone on an analysis made beforehand.
//
// Speed is a ratio measured in the same run, never an absolute time: each rule at two sizes, 8× apart,
// interleaved, best of three (a ratio over the limit is measured again, up to three times). Linear
// work gives ≈ 8; both quadratic paths gave 36–50; the limit is three times linear (24).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, lintAnalysis, RULES } from '../../server/src/core';
import { generateDraft, matrixOptions } from '../gen/drafts';
import { bestRatio } from './growth';
import { ROOT } from './helpers';

const SEEDS_DIR = path.join(ROOT, 'test', 'fixtures', 'seeds');
const SEEDS = fs.readdirSync(SEEDS_DIR).filter((n) => /^\d{3}_.*\.txt$/.test(n)).sort().map((n) => fs.readFileSync(path.join(SEEDS_DIR, n), 'utf8'));

/** `count` reports one after the other, as a batch pasted into one file: generated drafts of every layout and format, a seed every twentieth. */
function manyReports(count: number): string {
  return Array.from({ length: count }, (_, i) => (i % 20 === 19 ? SEEDS[(i / 20 | 0) % SEEDS.length] : generateDraft(matrixOptions(i % 600)).text).replace(/\r\n?/g, '\n')).join('\n');
}

const SMALL = manyReports(100);
const LARGE = manyReports(800);
const LIMIT = 3 * 8;
// Below this the small run is JIT and timer noise: it counts as this long.
const FLOOR_MS = 2;

test('growth: every rule alone, on 8× as many reports, takes at most 3× linear time', () => {
  const small = analyze(SMALL);
  const large = analyze(LARGE);
  const slow: string[] = [];
  for (const rule of RULES) {
    const { ratio, small: a, large: b } = bestRatio(small, large, (x) => lintAnalysis(x, [rule]), { limit: LIMIT, floorMs: FLOOR_MS, rounds: 3 });
    if (ratio >= LIMIT) slow.push(`${rule.id}: ${a.toFixed(1)} ms → ${b.toFixed(1)} ms (×${ratio.toFixed(1)})`);
  }
  assert.deepEqual(slow, [], `rules that grow faster than linear (${SMALL.length} → ${LARGE.length} characters)`);
});

test('growth: the analysis (parse, detection, report model) of 8× as many reports takes at most 3× linear time', () => {
  const { ratio, small: a, large: b } = bestRatio(SMALL, LARGE, (text) => analyze(text), { limit: LIMIT, floorMs: FLOOR_MS, rounds: 2 });
  assert.ok(ratio < LIMIT, `${a.toFixed(1)} ms for ${SMALL.length} characters, ${b.toFixed(1)} ms for ${LARGE.length} (×${ratio.toFixed(1)})`);
});
