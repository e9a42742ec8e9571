// Pass two of a batch runs only the across-file rules (Rule.acrossFiles) and merges their
// diagnostics into pass one's outcome: the result must be the one a whole check with the other
// reports gives, finding for finding and in the same order.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cleanupTempDirs, tempDir } from './helpers';
import { generateDraft } from '../gen/drafts';
import { checkAcross, checkAlone, checkFile, CheckOutcome, mergeAcross } from '../../server/src/cli/check';
import { RULES, ReportSummary } from '../../server/src/core';

after(cleanupTempDirs);

function batch(): { dir: string; files: string[] } {
  const dir = tempDir();
  const a2022 = generateDraft({ kind: 'gov-info-2021', seed: 5, year: 2022 });
  const a2023 = generateDraft({ kind: 'gov-info-2021', seed: 5, year: 2023 });
  const copier = generateDraft({ kind: 'gov-info-2021', seed: 9, year: 2023 });
  const files = [
    ['a-2022.md', a2022.text],
    ['a-2023.md', a2023.text],
    ['c-2023.md', a2023.text.split(a2023.issuer).join(copier.issuer)],
    // A disable directive: pass one's directive-unused depends on every rule, so no merge.
    ['d-2023.md', `${a2023.text.split(a2023.issuer).join(copier.issuer)}\n<!-- govreport-disable content-copied -->\n`],
  ].map(([name, text]) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, text);
    return p;
  });
  return { dir, files };
}

function twoPasses(files: string[]): { whole: CheckOutcome[]; merged: CheckOutcome[]; acrossOnly: boolean[] } {
  const alone = files.map((f) => checkAlone(f, {}));
  const related: ReportSummary[] = alone.flatMap((a) => (a.summary ? [a.summary] : []));
  const whole = files.map((f) => checkFile(f, {}, false, related));
  const merged = files.map((f, i) => {
    if (!alone[i].acrossOnly) return checkFile(f, {}, false, related);
    const c = checkAcross(f, {}, related);
    return 'across' in c ? mergeAcross(alone[i].outcome, c.across) : c.full;
  });
  return { whole, merged, acrossOnly: alone.map((a) => a.acrossOnly === true) };
}

test('pass two: the across-file rules merged into pass one give the whole check', () => {
  const { files } = batch();
  const { whole, merged, acrossOnly } = twoPasses(files);
  assert.deepEqual(acrossOnly, [true, true, true, false]);
  const across = new Set(RULES.filter((r) => r.acrossFiles).map((r) => r.id));
  // The batch exercises the merge: across-file findings among the others.
  assert.ok(whole[1].result.diagnostics.some((d) => across.has(d.rule)));
  assert.ok(whole[1].result.diagnostics.some((d) => !across.has(d.rule)));
  assert.ok(whole[2].result.diagnostics.some((d) => d.rule === 'content-copied'));
  assert.deepEqual(merged, whole);
});

test('pass two: a directive that turns up in pass two falls back to the whole check', () => {
  const { files } = batch();
  const alone = checkAlone(files[3], {});
  assert.equal(alone.acrossOnly, false);
  const related = [checkAlone(files[1], {}).summary!, alone.summary!];
  const c = checkAcross(files[3], {}, related);
  assert.ok('full' in c);
  assert.deepEqual(c.full, checkFile(files[3], {}, false, related));
});

test('pass two: mergeAcross replaces pass one\'s across-file diagnostics and keeps document order', () => {
  const d = (rule: string, line: number, column: number) => ({ rule, severity: 'warning' as const, message: rule, line, column, endLine: line, endColumn: column + 1 });
  const first: CheckOutcome = { result: { path: 'x', kind: null, year: null, diagnostics: [d('b-rule', 1, 1), d('yoy-change', 2, 1), d('z-rule', 3, 1)] }, fixesApplied: 0, notes: [] };
  const out = mergeAcross(first, [d('content-copied', 1, 1), d('carryover-mismatch', 3, 1)]);
  assert.deepEqual(out.result.diagnostics.map((x) => x.rule), ['b-rule', 'content-copied', 'carryover-mismatch', 'z-rule']);
  assert.deepEqual(first.result.diagnostics.map((x) => x.rule), ['b-rule', 'yoy-change', 'z-rule'], 'pass one\'s outcome untouched');
});

test('every rule that reads the other reports is marked acrossFiles', () => {
  // A rule that reads analysis.related without the mark would keep pass one's findings (made without the others).
  const src = path.join(__dirname, '..', '..', '..', 'server', 'src', 'core', 'rules');
  let marked = 0;
  for (const r of RULES) {
    const file = path.join(src, `${r.id}.ts`);
    if (!fs.existsSync(file)) continue;
    if (r.acrossFiles) marked++;
    const text = fs.readFileSync(file, 'utf8');
    const reads = /\.related\b(?!\?\.length)|previousReport\(|copiedFrom\(|peersOf\(|previousOf\(/.test(text.replace(/related: \[|f\.related|\brelated\?: /g, ''));
    assert.equal(r.acrossFiles === true, reads, r.id);
  }
  assert.ok(marked >= 7, 'the rule sources were read');
});
