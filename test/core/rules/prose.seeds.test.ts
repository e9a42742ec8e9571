// The prose rules (text-table-mismatch, text-sum, text-rate, year-mismatch) run beside the
// full registry on the five real seeds, on clean generated drafts of every layout, script and
// format, and on those drafts with one prose fault injected per rule.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { RULES } from '../../../server/src/core';
import type { Rule } from '../../../server/src/core';
import { textTableMismatch } from '../../../server/src/core/rules/text-table-mismatch';
import { textSum } from '../../../server/src/core/rules/text-sum';
import { textRate } from '../../../server/src/core/rules/text-rate';
import { yearMismatch } from '../../../server/src/core/rules/year-mismatch';
import { Draft, DraftOptions, generateDraft, matrixOptions, MATRIX } from '../../gen/drafts';
import { MUTATIONS } from '../../gen/mutations-prose';
import { Rng } from '../../gen/rng';
import { byLine, serious, show } from '../../gen/findings';
import { readSeed } from '../helpers';
import { lintWith } from './build';

const MINE: Rule[] = [textTableMismatch, textSum, textRate, yearMismatch];
const IDS = new Set(MINE.map((r) => r.id));
const ALL: Rule[] = [...RULES.filter((r) => !IDS.has(r.id)), ...MINE];

const run = lintWith(ALL);

/** Findings of the prose rules as "line:rule message" (1-based lines). */
function mine(text: string): string[] {
  return byLine(text, run(text)).filter((f) => IDS.has(f.rule)).map((f) => `${f.line + 1}:${f.rule} ${f.severity} ${f.message}`);
}

describe('prose rules on the seeds', () => {
  test('000: no tables, nothing to compare; no other prose finding', () => assert.deepEqual(mine(readSeed('000')), []));

  test('001: 共收到…3件，其中依法予以公开的2件 agrees with the table; 4250 = 1395+750+1080+1025; 办结率99.1% is right', () => {
    assert.deepEqual(mine(readSeed('001')), []);
  });

  test('002 (rule of law): 即办率71.79% (420/585 truncated), approximate 超2千宗 and 20余份 are not judged', () => {
    assert.deepEqual(mine(readSeed('002')), []);
  });

  test('003: 办结率95% for 1692/1782 = 94.95% is rounding', () => assert.deepEqual(mine(readSeed('003')), []));

  test('004: the 咨询 channels on line 33 do not add up; line 31 sums to 7723, not 7743', () => {
    assert.deepEqual(mine(readSeed('004')), [
      '33:text-sum warning “其中”所列分项之和 629044 + 831448 + 9252 = 1469744人次，与总数 1487096人次 不符（所列渠道（现场、电话、网上）已涵盖全部）',
    ]);
    const text = readSeed('004');
    const f = run(text).findings.find((x) => x.rule === 'text-sum')!;
    // Reported on the total as written in the Traditional original.
    assert.equal(text.slice(f.start, f.end), '1487096人次');
  });
});

const SEEDS_PER_COMBO = 2;
const COMBOS = MATRIX.kinds.length * MATRIX.layouts.length * MATRIX.scripts.length * MATRIX.flavours.length;
const MEANING: DraftOptions[] = (['gov-info-2008', 'rule-of-law'] as const).flatMap((kind, k) =>
  (['md', 'txt'] as const).flatMap((flavour, f) =>
    (['simplified', 'traditional'] as const).map((script, s) => ({ kind, flavour, script, seed: 500 + k * 10 + f * 2 + s }))));
const DRAFTS: Draft[] = [
  ...Array.from({ length: COMBOS * SEEDS_PER_COMBO }, (_, i) => generateDraft(matrixOptions(i))),
  ...MEANING.map((o) => generateDraft(o)),
];

describe('prose rules on generated drafts', () => {
  test('clean drafts: no prose finding at error or warning', () => {
    const alarms: string[] = [];
    for (const d of DRAFTS) {
      const found = byLine(d.text, run(d.text)).filter((f) => IDS.has(f.rule) && serious(f));
      alarms.push(...found.map((f) => `${d.name}: ${show(f)}`));
    }
    assert.deepEqual(alarms, []);
  });

  test('each injected prose fault is reported by its rule on its line', () => {
    const misses: string[] = [];
    let faults = 0;
    for (const d of DRAFTS) {
      MUTATIONS.filter((m) => m.applies(d)).forEach((m, i) => {
        const fault = m.apply(d, new Rng(d.seed * 37 + i));
        faults++;
        const found = byLine(fault.text, run(fault.text));
        if (!found.some((f) => f.rule === fault.rule && f.line === fault.line && serious(f))) {
          misses.push(`${d.name}: ${fault.rule} expected on L${fault.line + 1} after ${fault.what}; got ${found.filter((f) => f.rule === fault.rule).map(show).join(' | ') || 'nothing'}`);
        }
        // The fault is caught by its own rule only: the other prose rules stay silent.
        const stray = found.filter((f) => IDS.has(f.rule) && f.rule !== fault.rule);
        misses.push(...stray.map((f) => `${d.name}: stray ${show(f)} after ${fault.what}`));
      });
    }
    assert.ok(faults >= DRAFTS.length * 3, `${faults} faults injected`);
    assert.deepEqual(misses, []);
  });
});
