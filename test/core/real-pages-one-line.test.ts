// The harvested real pages (test/fixtures/real-pages/) pasted on one line (every line break a
// space: a page copied from a view that lost its breaks) and without any space or break (a copy
// that lost every separator), as scripts/layout-variants.mjs makes them: the kind and the year
// read from each must be those read from the page itself (parse/flat-view.ts reads such a line as
// its former lines). The pages listed are the ones that still differ (a ratchet: one that no longer
// differs fails too, so the lists only shrink).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core';

/** From out/test/core to the sources. */
const DIR = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'real-pages');

/**
 * Still read differently on one line: a 2008 report of some 300 characters, shorter than the long
 * line a page pasted on one line is taken for (mW/08).
 */
const ONE_KNOWN = new Set(['mW/08.txt']);
/**
 * Still read differently without spaces: a title whose year follows its report words glued
 * between the site's buttons and a date field (…长者模式某某局政府信息公开工作年度报告(2024年度)日期:…,
 * mP/03); the report issued inside a notice glued to its metadata (…关于印发2025年……年度报告的通知时间:…,
 * mP/16); a Traditional page whose title carries pinyin glosses (建設(shè)) and a site's name
 * glued after it (mY/34: the kind stays, the year is lost).
 */
const NOSPACE_KNOWN = new Set(['mP/03.txt', 'mP/16.txt', 'mY/34.txt']);

const MAKE = {
  one: (t: string) => t.replace(/\r?\n+/g, ' '),
  nospace: (t: string) => t.replace(/[\s\u3000]+/g, ''),
};

test('real pages pasted on one line, or without spaces, keep their kind and year', () => {
  const differ: Record<keyof typeof MAKE, string[]> = { one: [], nospace: [] };
  let pages = 0;
  for (const set of readdirSync(DIR).sort()) {
    const dir = join(DIR, set);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.txt')) continue;
      const text = readFileSync(join(dir, name), 'utf8');
      pages++;
      const a = analyze(text);
      for (const mode of Object.keys(MAKE) as (keyof typeof MAKE)[]) {
        const b = analyze(MAKE[mode](text));
        if (a.kind !== b.kind || (a.kind && a.doc.year !== b.doc.year)) differ[mode].push(`${set}/${name}: ${a.kind}/${a.doc.year} -> ${b.kind}/${b.doc.year}`);
      }
    }
  }
  assert.ok(pages >= 250, `${pages} pages`);
  for (const [mode, known] of [['one', ONE_KNOWN], ['nospace', NOSPACE_KNOWN]] as const) {
    const fresh = differ[mode].filter((d) => !known.has(d.slice(0, d.indexOf(':'))));
    assert.deepEqual(fresh, [], `pages read differently (${mode})`);
    const gone = [...known].filter((k) => !differ[mode].some((d) => d.startsWith(`${k}:`)));
    assert.deepEqual(gone, [], `listed pages that now read the same (${mode}): remove them from the list`);
  }
});
