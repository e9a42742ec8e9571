// Hand-written drafts with their expectations in the margin (house style, principle 7):
// a line that must get a finding ends with `  <-- rule-id` (several ids separated by
// commas). The markers are stripped, leaving every other byte as it was, the draft is
// linted, and the errors and warnings must be exactly the marked (line, rule) pairs.
// Info findings may appear unmarked; a marked rule may be reported at any severity.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyFixes, lint } from '../../server/src/core';
import type { Fix, FormatId } from '../../server/src/core';
import { byLine, serious, show } from '../gen/findings';

/** From out/test/core to the sources. */
const DIR = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'drafts');

/** What each draft is: the kind and year the core must read from it (null: not a report). */
const EXPECT: Record<string, { kind: FormatId | null; year: number | null }> = {
  '2021-county-clean.md': { kind: 'gov-info-2021', year: 2021 },
  '2020-department-tab-clean.txt': { kind: 'gov-info-2019', year: 2020 },
  '2022-several-faults.md': { kind: 'gov-info-2021', year: 2022 },
  '2020-traditional-loose.txt': { kind: 'gov-info-2019', year: 2020 },
  '2023-disable-line.md': { kind: 'gov-info-2021', year: 2023 },
  '2021-tables-lost.txt': { kind: 'gov-info-2021', year: 2021 },
  '2022-rule-of-law.txt': { kind: 'rule-of-law', year: 2022 },
  '2015-old-terms.txt': { kind: 'gov-info-2008', year: 2015 },
  'weekly-note.md': { kind: null, year: null },
  'meeting-minutes.txt': { kind: null, year: null },
};

/** A margin marker: two spaces, `<--`, rule ids; only at the very end of a line. */
const MARKER = / {2}<-- ([a-z0-9]+(?:-[a-z0-9]+)*(?:, ?[a-z0-9]+(?:-[a-z0-9]+)*)*)$/;

export interface Stripped {
  text: string;
  /** "line:rule" pairs (0-based lines) the margin asks for. */
  expected: Set<string>;
}

/** Removes the margin markers; line breaks and all other text stay byte-identical. */
export function stripMarkers(source: string): Stripped {
  const parts = source.split(/(\r\n|\n|\r)/);
  const expected = new Set<string>();
  for (let i = 0, line = 0; i < parts.length; i += 2, line++) {
    const m = MARKER.exec(parts[i]);
    if (!m) continue;
    parts[i] = parts[i].slice(0, m.index);
    for (const rule of m[1].split(',')) expected.add(`${line}:${rule.trim()}`);
  }
  return { text: parts.join(''), expected };
}

const files = readdirSync(DIR).filter((f) => /\.(md|txt)$/.test(f)).sort();

describe('margin-marker fixtures', () => {
  test('every fixture has an expected kind, and every expectation a fixture', () => {
    assert.deepEqual(files, Object.keys(EXPECT).sort());
  });

  test('markers are stripped from line ends only', () => {
    const s = stripMarkers('a  <-- x-y\r\nb <-- not-a-marker\n  <-- z, w-v\nc  <-- q\n');
    assert.equal(s.text, 'a\r\nb <-- not-a-marker\n\nc\n');
    assert.deepEqual([...s.expected].sort(), ['0:x-y', '2:w-v', '2:z', '3:q']);
  });

  for (const name of files) {
    const source = readFileSync(join(DIR, name), 'utf8');
    const { text, expected } = stripMarkers(source);
    const want = EXPECT[name] ?? { kind: undefined, year: undefined };

    describe(name, () => {
      test('the margin is well-formed', () => {
        assert.ok(!/<--/.test(text.replace(/<!--/g, '')), 'a "<--" is left after stripping: malformed marker?');
      });

      test(`is read as ${want.kind ?? 'not a report'}${want.year ? ` for ${want.year}` : ''}`, () => {
        const r = lint(text);
        assert.equal(r.kind, want.kind, `kind of ${name}`);
        assert.equal(r.year, want.year, `year of ${name}`);
        assert.deepEqual(r.internalErrors, []);
        if (want.kind === null) assert.deepEqual(byLine(text, r).map(show), [], 'a text that is not a report gets no findings');
      });

      test('errors and warnings are exactly the marked lines', () => {
        const found = byLine(text, lint(text));
        const all = new Set(found.map((f) => `${f.line}:${f.rule}`));
        const seriousAt = new Set(found.filter(serious).map((f) => `${f.line}:${f.rule}`));
        const human = (k: string) => { const [l, r] = k.split(':'); return `L${Number(l) + 1} ${r}`; };
        const missing = [...expected].filter((k) => !all.has(k)).map(human);
        const unexpected = found.filter((f) => serious(f) && !expected.has(`${f.line}:${f.rule}`)).map(show);
        assert.deepEqual({ missing, unexpected }, { missing: [], unexpected: [] },
          `${name}: ${seriousAt.size} error/warning positions found, ${expected.size} marked`);
      });

      test('after applying every safe fix, nothing fixable remains', () => {
        let current = text;
        const safe = (t: string): Fix[] => lint(t).findings.flatMap((f) => (f.fix?.safe ? [f.fix] : []));
        for (let round = 0; round < 3; round++) {
          const fixes = safe(current);
          if (!fixes.length) break;
          current = applyFixes(current, fixes).text;
        }
        const after = lint(current);
        assert.equal(after.kind, want.kind, 'fixing changed the kind');
        assert.deepEqual(after.findings.filter((f) => f.fix?.safe).map((f) => `${f.rule}: ${f.message}`), []);
      });
    });
  }
});

