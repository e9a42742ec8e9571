// The date and content rules (date-order, date-deadline, content-fee, content-rectification)
// run with the full registry on the five real seeds, the 2025 corpus report and generated
// drafts: exactly the seed findings the issue expects, nothing at error or warning on clean
// drafts, and every injected fault reported on its line.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineMap, RULES } from '../../../server/src/core';
import type { FormatId, LintResult } from '../../../server/src/core';
import { dateOrder } from '../../../server/src/core/rules/date-order';
import { dateDeadline } from '../../../server/src/core/rules/date-deadline';
import { contentFee } from '../../../server/src/core/rules/content-fee';
import { contentRectification } from '../../../server/src/core/rules/content-rectification';
import { generateDraft, matrixOptions, MATRIX } from '../../gen/drafts';
import type { Draft, DraftOptions } from '../../gen/drafts';
import { mutateDatesContent } from '../../gen/mutations-dates-content';
import { Rng } from '../../gen/rng';
import { readSeed, ROOT } from '../helpers';
import { lintWith } from './build';

const MINE = [dateOrder, dateDeadline, contentFee, contentRectification];
const IDS = new Set(MINE.map((r) => r.id));
// Once the rules are registered they must not run twice.
const ALL = [...RULES.filter((r) => !IDS.has(r.id)), ...MINE];

const run = lintWith(ALL);

/** This group's findings as "line:rule:severity" (1-based lines). */
function ours(text: string, r: LintResult = run(text)): string[] {
  const lm = new LineMap(text);
  return r.findings.filter((f) => IDS.has(f.rule)).map((f) => `${lm.positionAt(f.start).line + 1}:${f.rule}:${f.severity}`);
}

test('seeds: only seed 003 gets a finding of this group — its 2020年1月20日 signing date on a 2020 report', () => {
  const expect: Record<string, string[]> = { '000': [], '001': [], '002': [], '003': ['93:date-order:error'], '004': [] };
  for (const [seed, want] of Object.entries(expect)) assert.deepEqual(ours(readSeed(seed)), want, `seed ${seed}`);
  const text = readSeed('003');
  const f = run(text).findings.find((x) => x.rule === 'date-order')!;
  assert.equal(text.slice(f.start, f.end), '2020年1月20日');
  assert.equal(f.message, '落款日期2020年1月20日早于2020年度结束：年度报告应在报告年度结束后（2021年）成文，是否应为2021年1月20日？');
});

test('seed 002: the web 发布日期 2020-12-04 of a 2020 rule-of-law report is no signing date and is within 4月1日', () => {
  const text = readSeed('002');
  assert.ok(text.includes('发布日期:2020-12-04'));
  assert.deepEqual(ours(text), []);
});

test('the 2025 county government report (signed 2026年1月23日) is on time and states its fees', () => {
  const text = readFileSync(join(ROOT, 'test', 'fixtures', 'corpus', '2025-county-government-converted.md'), 'utf8');
  const serious = ours(text).filter((s) => !s.endsWith(':info'));
  assert.deepEqual(serious, []);
});

// ---- generated drafts ---------------------------------------------------------------------

const SEEDS_PER_COMBO = 2;
const COMBOS = MATRIX.kinds.length * MATRIX.layouts.length * MATRIX.scripts.length * MATRIX.flavours.length;
/** Prose-only formats: every flavour and script, two seeds each. */
const MEANING: DraftOptions[] = (['gov-info-2008', 'rule-of-law'] as FormatId[]).flatMap((kind, k) =>
  (['md', 'txt'] as const).flatMap((flavour, f) =>
    (['simplified', 'traditional'] as const).flatMap((script, s) => [0, 1].map((j) => ({ kind, flavour, script, seed: 700 + k * 20 + f * 4 + s * 2 + j })))));

const tally = { clean: 0, falseAlarms: 0, info: 0, faults: 0, caught: 0 };
after(() => console.log(`dates-content: ${tally.clean} clean drafts, ${tally.falseAlarms} false alarms (error/warning), ${tally.info} info; ${tally.caught}/${tally.faults} faults caught`));

function checkDraft(d: Draft): void {
  tally.clean++;
  const found = ours(d.text);
  const serious = found.filter((s) => !s.endsWith(':info'));
  tally.falseAlarms += serious.length;
  tally.info += found.length - serious.length;
  assert.deepEqual(serious, [], `${d.name}: false alarms`);
  const misses: string[] = [];
  for (const fault of mutateDatesContent(d, (i) => new Rng(d.seed * 37 + i))) {
    tally.faults++;
    const got = ours(fault.text);
    if (got.some((s) => s.startsWith(`${fault.line + 1}:${fault.rule}:`))) tally.caught++;
    else misses.push(`${fault.rule} expected on L${fault.line + 1} after ${fault.what}; got ${got.join(', ') || 'nothing'}`);
    // A fault of one rule must not set off the other date rule.
    if (fault.rule.startsWith('date-')) assert.deepEqual(got.filter((s) => s.includes(':date-') && !s.includes(`:${fault.rule}:`)), [], `${d.name}: ${fault.what}`);
  }
  assert.deepEqual(misses, [], `${d.name}\n  ${misses.join('\n  ')}`);
}

describe('dates-content on generated drafts', () => {
  for (let i = 0; i < COMBOS * SEEDS_PER_COMBO; i++) {
    const d = generateDraft(matrixOptions(i, 11));
    test(d.name, () => checkDraft(d));
  }
  for (const o of MEANING) {
    const d = generateDraft(o);
    test(d.name, () => checkDraft(d));
  }
});
