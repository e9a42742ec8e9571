// The structure rules linted together with the registry (they may not be registered yet; once
// they are, they are not added twice).
import { analyze, lintAnalysis, RULES } from '../../../server/src/core';
import type { LintResult, Rule } from '../../../server/src/core';
import { sectionOrder } from '../../../server/src/core/rules/section-order';
import { sectionDuplicate } from '../../../server/src/core/rules/section-duplicate';
import { headingNonstandard } from '../../../server/src/core/rules/heading-nonstandard';
import { formatOutdated } from '../../../server/src/core/rules/format-outdated';
import { tableRowMissing } from '../../../server/src/core/rules/table-row-missing';
import { tableRowUnknown } from '../../../server/src/core/rules/table-row-unknown';
import { tableUnit } from '../../../server/src/core/rules/table-unit';
import assert from 'node:assert/strict';
import { buildDraft, findings, LAYOUTS } from './build';

export const STRUCTURE_RULES: readonly Rule[] = [
  sectionOrder, sectionDuplicate, headingNonstandard, formatOutdated, tableRowMissing, tableRowUnknown, tableUnit,
];
export const STRUCTURE_IDS = STRUCTURE_RULES.map((r) => r.id);

const ALL: readonly Rule[] = [...RULES, ...STRUCTURE_RULES.filter((r) => !RULES.some((x) => x.id === r.id))];

export function lintAll(text: string): LintResult {
  return lintAnalysis(analyze(text), ALL);
}

/** Findings of one rule, linted with the registry plus the structure rules. */
export function found(text: string, rule: string) {
  return findings(text, rule, lintAll(text));
}

/** Asserts that `rule` finds nothing on any complete generated draft (2019/2021 × every layout × md/txt). */
export function assertSilentOnCompleteDrafts(rule: string): void {
  for (const kind of [2019, 2021] as const) {
    for (const layout of LAYOUTS) {
      for (const flavour of ['md', 'txt'] as const) assert.deepEqual(found(buildDraft({ kind, layout, flavour }), rule), [], `${kind} ${layout} ${flavour}`);
    }
  }
}
