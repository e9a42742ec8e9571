// What the real-page variant ratchets share (real-pages-wrapped.test.ts, real-pages-one-line.test.ts):
// every harvested page of test/fixtures/real-pages/, read as it is and as each variant, and the
// check that only the listed pages read differently (a ratchet: a listed page that now reads the
// same fails too, so the lists only shrink).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core';

/** From out/test/core to the sources. */
const DIR = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'real-pages');

/**
 * For each variant (name → how a page's text becomes it), the pages whose kind or year read from the
 * variant differs from the page's own reading, as `set/NN.txt: kind/year -> kind/year`.
 */
export function readingsThatDiffer<M extends string>(make: Record<M, (text: string) => string>): Record<M, string[]> {
  const modes = Object.keys(make) as M[];
  const differ = Object.fromEntries(modes.map((m) => [m, [] as string[]])) as Record<M, string[]>;
  forEachPage((page, text) => {
    const a = analyze(text);
    for (const mode of modes) {
      const b = analyze(make[mode](text));
      if (a.kind !== b.kind || (a.kind && a.doc.year !== b.doc.year)) differ[mode].push(`${page}: ${a.kind}/${a.doc.year} -> ${b.kind}/${b.doc.year}`);
    }
  });
  return differ;
}

/** Calls `visit` with every harvested page (`set/NN.txt`) and its text, in order; at least 250 pages. */
export function forEachPage(visit: (page: string, text: string) => void): void {
  let pages = 0;
  for (const set of readdirSync(DIR).sort()) {
    const dir = join(DIR, set);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.txt')) continue;
      pages++;
      visit(`${set}/${name}`, readFileSync(join(dir, name), 'utf8'));
    }
  }
  assert.ok(pages >= 250, `${pages} pages`);
}

/**
 * Calls `visit` with every line of every harvested page (the first `perPage` lines of each when given) and where
 * it is (`set/NN.txt`); returns how many lines were visited. For the tests of cheap gates that must never turn
 * down a line the reader after them would take.
 */
export function forEachPageLine(visit: (line: string, where: string) => void, perPage = Infinity): number {
  let lines = 0;
  forEachPage((page, text) => {
    for (const l of text.split(/\r?\n/).slice(0, perPage)) { lines++; visit(l, page); }
  });
  return lines;
}

/** Only the `known` pages differ, and each of them still does. */
export function assertRatchet(differ: readonly string[], known: ReadonlySet<string>, what: string): void {
  const fresh = differ.filter((d) => !known.has(d.slice(0, d.indexOf(':'))));
  assert.deepEqual(fresh, [], `pages read differently (${what})`);
  const gone = [...known].filter((k) => !differ.some((d) => d.startsWith(`${k}:`)));
  assert.deepEqual(gone, [], `listed pages that now read the same (${what}): remove them from the list`);
}
