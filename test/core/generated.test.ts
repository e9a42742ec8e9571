// Generated drafts (test/gen): every clean draft is read as the right kind and year and
// gets no error or warning; every injected fault is reported by its rule on its line.
// Drafts are rebuilt from their seed: a failure names the draft (kind/year/layout/script/
// flavour/seed) and the fault, and `generateDraft` reproduces it exactly.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core';
import type { FormatId } from '../../server/src/core';
import { cellLinesOptions, Draft, DraftOptions, generateDraft, matrixOptions, MATRIX } from '../gen/drafts';
import { mutate } from '../gen/mutations';
import { byLine, serious, show } from '../gen/findings';

const SEEDS_PER_COMBO = 2;
const COMBOS = MATRIX.kinds.length * MATRIX.layouts.length * MATRIX.scripts.length * MATRIX.flavours.length;

/** Prose-only formats (checked by meaning): every flavour and script, one seed each. */
const MEANING: DraftOptions[] = (['gov-info-2008', 'rule-of-law'] as FormatId[]).flatMap((kind, k) =>
  (['md', 'txt'] as const).flatMap((flavour, f) =>
    (['simplified', 'traditional'] as const).map((script, s) => ({ kind, flavour, script, seed: 500 + k * 10 + f * 2 + s }))));

const tally = { clean: 0, misread: 0, falseAlarms: 0, info: 0, faults: 0, caught: 0 };

function checkClean(d: Draft): void {
  tally.clean++;
  const r = lint(d.text);
  const found = byLine(d.text, r);
  const problems: string[] = [];
  if (r.kind !== d.kind) problems.push(`kind: expected ${d.kind}, got ${r.kind}`);
  if (r.year !== d.year) problems.push(`year: expected ${d.year}, got ${r.year}`);
  if (r.issuer !== d.issuer) problems.push(`issuer: expected ${d.issuer}, got ${r.issuer}`);
  if (problems.length) tally.misread++;
  for (const e of r.internalErrors) problems.push(`internal error in ${e.rule}: ${e.message}`);
  // A draft in Traditional script is itself a finding (a mainland report must use 规范汉字):
  // exactly one script-traditional warning, and nothing else, is what a clean Traditional draft gets.
  const expected = (f: (typeof found)[number]) => d.script !== 'simplified' && f.rule === 'script-traditional';
  if (d.script !== 'simplified' && found.filter(expected).length !== 1) problems.push('script-traditional: expected once on a Traditional draft');
  const alarms = found.filter((f) => serious(f) && !expected(f));
  tally.falseAlarms += alarms.length;
  problems.push(...alarms.map((f) => `false alarm ${show(f)}`));
  const infos = found.filter((f) => !serious(f));
  tally.info += infos.length;
  if (infos.length) console.log(`${d.name}: info findings on a clean draft:\n  ${infos.map(show).join('\n  ')}`);
  assert.deepEqual(problems, [], `${d.name}\n  ${problems.join('\n  ')}`);
}

function checkFaults(d: Draft): void {
  const misses: string[] = [];
  for (const fault of mutate(d)) {
    tally.faults++;
    const r = lint(fault.text);
    const found = byLine(fault.text, r);
    if (found.some((f) => f.rule === fault.rule && f.line === fault.line)) {
      tally.caught++;
      continue;
    }
    const elsewhere = found.filter((f) => f.rule === fault.rule).map((f) => `L${f.line + 1}`);
    const onLine = found.filter((f) => f.line === fault.line).map(show);
    misses.push(`${fault.rule} expected on L${fault.line + 1} after ${fault.what}; ` +
      `${fault.rule} found ${elsewhere.length ? `on ${elsewhere.join(', ')}` : 'nowhere'}; ` +
      `on L${fault.line + 1}: ${onLine.length ? onLine.join(' | ') : 'nothing'}` +
      `${r.internalErrors.length ? `; internal errors: ${r.internalErrors.map((e) => `${e.rule}: ${e.message}`).join('; ')}` : ''}`);
  }
  assert.deepEqual(misses, [], `${d.name}\n  ${misses.join('\n  ')}`);
}

describe('generated drafts', () => {
  for (let i = 0; i < COMBOS * SEEDS_PER_COMBO; i++) {
    const d = generateDraft(matrixOptions(i));
    describe(d.name, () => {
      test('clean draft: right kind and year, no errors or warnings', () => checkClean(d));
      test('each injected fault is reported on its line', () => checkFaults(d));
    });
  }
});

// Tables as web copies (one cell per line): read-only, so no mutation (they insert and edit
// cells by line); the clean draft must read right and raise nothing.
describe('generated drafts with web-copy tables (cell-lines layout)', () => {
  for (const o of cellLinesOptions(600)) {
    const d = generateDraft(o);
    test(`${d.name}: clean draft: right kind and year, no errors or warnings`, () => checkClean(d));
  }
});

describe('generated prose-only drafts (formats checked by meaning)', () => {
  for (const o of MEANING) {
    const d = generateDraft(o);
    describe(d.name, () => {
      test('clean draft: right kind and year, no errors or warnings', () => checkClean(d));
      test('each injected fault is reported on its line', () => checkFaults(d));
    });
  }
});

describe('the generator', () => {
  test('is deterministic', () => {
    for (let i = 0; i < 6; i++) assert.equal(generateDraft(matrixOptions(i)).text, generateDraft(matrixOptions(i)).text);
  });

  test('covers every combination of the matrix', () => {
    const names = new Set<string>();
    for (let i = 0; i < COMBOS; i++) {
      const d = generateDraft(matrixOptions(i));
      names.add(`${d.kind}/${d.layout}/${d.script}/${d.flavour}`);
    }
    assert.equal(names.size, COMBOS);
  });
});

after(() => {
  console.log(`generated: ${tally.clean} clean drafts (${tally.misread} misread), ${tally.falseAlarms} false alarms, ${tally.info} info; ` +
    `${tally.faults} injected faults, ${tally.caught} caught`);
});
