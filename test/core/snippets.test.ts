// snippets/*.json are generated from the format data (run `npm run snippets`) and must be
// fresh. Each table snippet, filled with zeros, is read by the core as a clean statutory
// table; each skeleton, filled in, is read as the right kind of report.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../server/src/core';
import type { FormatId, LintResult } from '../../server/src/core';
import { FORMATS } from '../../server/src/core/formats/index';
import type { FormatSpec } from '../../server/src/core/formats/index';
import { renderTable } from '../../server/src/core/features/table-skeleton';
import { statutoryHeading } from '../../server/src/core/engine/draft-style';
import { allSnippetFiles, escapeSnippet, Flavour, FLAVOURS, PLACEHOLDER, SKELETON_KINDS } from '../../scripts/gen-snippets';
import { CatalogEntry, readCatalog, SNIPPET_FILES, tablesFor } from '../../client/src/snippet-catalog';
import { ROOT } from './helpers';

/** The rules a statutory table is checked by: shape, cell values, arithmetic. */
const TABLE_RULES = ['table-shape', 'table-cell-invalid', 'table-balance', 'table-subtotal', 'table-row-total', 'review-total'];
const LAYOUT = { markdown: 'gfm', plaintext: 'tab' } as const;

type Part = { text: string } | { stop: number; def?: string };

/**
 * Parses snippet syntax as VS Code does for the subset we generate: `${n:text}`, `${n}`, `$n`
 * and the escapes `\$`, `\}`, `\\`. Anything else with a `$` is a generator bug.
 */
function parseSnippet(body: string): Part[] {
  const parts: Part[] = [];
  let text = '';
  let i = 0;
  const flush = () => { if (text) parts.push({ text }); text = ''; };
  const unescape = (s: string) => s.replace(/\\([\\$}])/g, '$1');
  while (i < body.length) {
    const c = body[i];
    if (c === '\\' && '\\$}'.includes(body[i + 1] ?? '')) { text += body[i + 1]; i += 2; continue; }
    if (c === '$') {
      const m = /^\$(?:(\d+)|\{(\d+)\}|\{(\d+):((?:\\[\\$}]|[^\\$}])*)\})/.exec(body.slice(i));
      assert.ok(m, `unescaped $ at ${i}: ${JSON.stringify(body.slice(i, i + 20))}`);
      flush();
      const n = Number(m[1] ?? m[2] ?? m[3]);
      parts.push(m[4] !== undefined ? { stop: n, def: unescape(m[4]) } : { stop: n });
      i += m[0].length;
      continue;
    }
    assert.notEqual(c, '}', `unescaped } at ${i}`);
    text += c;
    i++;
  }
  flush();
  return parts;
}

/** Tab stops with their default text, in order of first appearance. */
function stops(parts: Part[]): { n: number; def: string }[] {
  const seen = new Map<number, string>();
  for (const p of parts) if ('stop' in p && p.def !== undefined && !seen.has(p.stop)) seen.set(p.stop, p.def);
  return [...seen].map(([n, def]) => ({ n, def }));
}

/** The text VS Code inserts when every tab stop gets `value(default)`; mirrors repeat it. */
function expand(body: string, value: (def: string, n: number) => string = (d) => d): string {
  const parts = parseSnippet(body);
  const values = new Map(stops(parts).map(({ n, def }) => [n, value(def, n)]));
  return parts.map((p) => ('text' in p ? p.text : values.get(p.stop) ?? '')).join('');
}

function catalog(flavour: Flavour) {
  return readCatalog(JSON.parse(readFileSync(join(ROOT, 'snippets', SNIPPET_FILES[flavour]), 'utf8')));
}

function tableSections(format: FormatSpec) {
  return format.sections.filter((s) => s.table && format.tables[s.table]);
}

/** A report year the format applies to. */
function yearOf(format: FormatSpec): number {
  return format.years[1] ?? (format.years[0] ?? 2019) + 2;
}

function tableFindings(r: LintResult) {
  return r.findings.filter((f) => TABLE_RULES.includes(f.rule)).map((f) => `${f.rule}: ${f.message}`);
}

const ISSUER = '临江市临江区人民政府';

test('escapeSnippet escapes $, } and \\', () => {
  assert.equal(escapeSnippet('a$b}c\\d{e'), 'a\\$b\\}c\\\\d{e');
  assert.equal(expand(escapeSnippet('¥$1 ${x} \\n')), '¥$1 ${x} \\n');
});

test('snippets/ files exist and are fresh', () => {
  for (const [name, text] of allSnippetFiles()) {
    const p = join(ROOT, 'snippets', name);
    assert.ok(existsSync(p), `snippets/${name} is missing: run npm run snippets`);
    const actual = readFileSync(p, 'utf8').split('\n');
    const expected = text.split('\n');
    const line = expected.findIndex((l, i) => l !== actual[i]);
    // Only the first differing line: the files are long.
    assert.ok(line < 0 && actual.length === expected.length,
      `snippets/${name} is stale: run npm run snippets (line ${line < 0 ? expected.length + 1 : line + 1}: ` +
      `${JSON.stringify(actual[line < 0 ? expected.length : line])} should be ${JSON.stringify(expected[line] ?? '(end)')})`);
  }
});

test('package.json contributes both snippet files', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { snippets?: { language: string; path: string }[] } };
  for (const flavour of FLAVOURS) {
    assert.ok(pkg.contributes.snippets?.some((s) => s.language === flavour && s.path === `./snippets/${SNIPPET_FILES[flavour]}`), `no snippets contribution for ${flavour}`);
  }
});

for (const flavour of FLAVOURS) {
  describe(`${flavour} snippets`, () => {
    const cat = catalog(flavour);

    test('every statutory table of every format has a snippet, in table order, with Chinese and ASCII prefixes', () => {
      const tabular = Object.values(FORMATS).filter((f) => tableSections(f).length > 0).map((f) => f.id);
      assert.deepEqual(tabular.sort(), ['gov-info-2019', 'gov-info-2021']);
      for (const kind of tabular) {
        const expected = tableSections(FORMATS[kind]).map((s) => s.number);
        assert.deepEqual(tablesFor(cat, kind).map((e) => e.table), expected, kind);
      }
      const file = JSON.parse(readFileSync(join(ROOT, 'snippets', SNIPPET_FILES[flavour]), 'utf8')) as Record<string, { prefix: string[] }>;
      for (const [name, e] of Object.entries(file)) {
        assert.ok(e.prefix.some((p) => /[\u4e00-\u9fff]/.test(p)) && e.prefix.some((p) => /^[a-z0-9-]+$/.test(p)), name);
      }
      assert.deepEqual(cat.skeletons.map((e) => e.kind), [...SKELETON_KINDS]);
    });

    for (const kind of ['gov-info-2021', 'gov-info-2019'] as FormatId[]) {
      const format = FORMATS[kind];
      for (const section of tableSections(format)) {
        const spec = format.tables[section.table as string];
        const entry = (): CatalogEntry => {
          const e = tablesFor(cat, kind).find((x) => x.table === section.number);
          assert.ok(e, `no snippet for ${kind} table ${section.number}`);
          return e;
        };
        describe(`${kind} ${spec.title}`, () => {
          test('tab stops 1..N, one per value cell, default 0; defaults give the rendered table', () => {
            const body = entry().body;
            const s = stops(parseSnippet(body));
            assert.deepEqual(s.map((x) => x.n), s.map((_, i) => i + 1));
            assert.ok(s.every((x) => x.def === '0'));
            assert.equal(expand(body), renderTable(spec, LAYOUT[flavour], () => '0'));
          });

          test('filled with zeros inside a report: no table-shape, cell or arithmetic finding', () => {
            const year = yearOf(format);
            const md = flavour === 'markdown';
            const doc = (cells: (def: string, n: number) => string) => [
              `${md ? '# ' : ''}${ISSUER}${year}年政府信息公开工作年度报告`, '',
              `${md ? '## ' : ''}${statutoryHeading(section)}`, '',
              expand(entry().body, cells), '',
            ].join('\n');
            const r = lint(doc(() => '0'));
            assert.equal(r.kind, kind);
            assert.deepEqual(tableFindings(r), []);
            // The table really was read: a bad cell or a broken sum is reported.
            assert.ok(lint(doc((d, n) => (n === 1 ? '—' : '0'))).findings.some((f) => f.rule === 'table-cell-invalid'), 'a dash cell is not reported');
            if (format.constraints.some((c) => c.table === section.table)) {
              const broken = tableFindings(lint(doc((d, n) => (n === 1 ? '1' : '0'))));
              assert.ok(broken.length > 0, 'a broken sum is not reported');
            }
          });
        });
      }
    }

    for (const kind of SKELETON_KINDS) {
      const format = FORMATS[kind];
      describe(`${kind} skeleton`, () => {
        const entry = () => {
          const e = cat.skeletons.find((x) => x.kind === kind);
          assert.ok(e, `no skeleton for ${kind}`);
          return e;
        };
        const year = yearOf(format);
        const filled = () => expand(entry().body, (def) =>
          def === PLACEHOLDER.issuer ? ISSUER
            : def === PLACEHOLDER.year ? String(year)
              : def === PLACEHOLDER.date ? `${year + 1}年1月20日`
                : def === PLACEHOLDER.body ? '本年度，我单位认真贯彻落实有关规定，各项工作有序开展。'
                  : def);

        test('filled in: detected as the right kind, year and issuer; complete; tables clean', () => {
          const text = filled();
          const r = lint(text);
          assert.equal(r.kind, kind);
          assert.equal(r.year, year);
          assert.equal(r.issuer, ISSUER);
          assert.deepEqual(tableFindings(r), []);
          assert.deepEqual(r.findings.filter((f) => f.rule.startsWith('section-')).map((f) => `${f.rule}: ${f.message}`), []);
          assert.deepEqual(r.internalErrors, []);
          // The issuer typed in the title is mirrored in the signature.
          assert.equal(text.split(ISSUER).length - 1, 2);
          for (const s of format.sections) assert.ok(text.includes(s.title), s.title);
          for (const id of Object.keys(format.tables)) assert.ok(text.includes(renderTable(format.tables[id], LAYOUT[flavour], () => '0')), id);
        });

        test('left as inserted (placeholders unchanged): still read as the right kind', () => {
          const r = lint(expand(entry().body));
          assert.equal(r.kind, kind);
          assert.deepEqual(tableFindings(r), []);
        });
      });
    }
  });
}
