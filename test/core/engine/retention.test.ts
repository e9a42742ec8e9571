// A check keeps nothing of a draft once its caller drops the analysis and the result: the caches
// of the model and the rules are per analysis (weak) or per format, and a per-format cache must
// never hold a closure over the analysis that filled it (reasonStatements did: the first draft of
// each format, a 20 MB one included, stayed in memory for the whole process).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { analyze, lintAnalysis } from '../../../server/src/core';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const root = join(__dirname, '..', '..', '..', '..');
const seeds = join(root, 'test', 'fixtures', 'seeds');
const drafts = [
  join(root, 'samples', 'sample-2023-report.md'),
  ...readdirSync(seeds).filter((n) => /\.(txt|md)$/.test(n)).sort().map((n) => join(seeds, n)),
];

/** Lints `text` and hands back only weak references to its analysis and parsed document. */
function lintWeakly(text: string): { analysis: WeakRef<object>; doc: WeakRef<object>; kind: string | null; findings: number } {
  const a = analyze(text);
  const r = lintAnalysis(a);
  return { analysis: new WeakRef(a), doc: new WeakRef(a.doc), kind: a.kind, findings: r.findings.length };
}

test('after a lint, neither the analysis nor its document is kept alive by any cache', async () => {
  const refs = drafts.map((f) => ({ f, ...lintWeakly(readFileSync(f, 'utf8')) }));
  // The drafts are real checks: formats detected, findings reported.
  assert.ok(refs.some((r) => r.kind !== null) && refs.some((r) => r.findings > 0));
  // A weak reference made in this turn holds its target until the turn ends; one collection may
  // leave what hangs off weak maps to the next one (ephemerons); and a function V8 is still optimising
  // on its background thread keeps its closure's context (here: the last draft's analysis) alive until
  // the job is done, which on a loaded machine can take longer than a few turns (seen once in CI, for
  // the last draft only). So collect over turns spread over up to about a second, stopping as soon as
  // everything is gone. Anything a cache really holds stays reachable however often this runs.
  for (let round = 0; round < 50 && refs.some((r) => r.analysis.deref() !== undefined || r.doc.deref() !== undefined); round++) {
    await new Promise((done) => (round < 5 ? setImmediate(done) : setTimeout(done, 20)));
    gc();
  }
  for (const r of refs) {
    assert.equal(r.analysis.deref(), undefined, `${r.f}: its analysis is still reachable after the lint`);
    assert.equal(r.doc.deref(), undefined, `${r.f}: its document model is still reachable after the lint`);
  }
});
