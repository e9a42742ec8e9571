// The editor's path through one draft's versions (issue 13): what the core remembers from one
// analysis to the next (the headings read per line text: parse/headings.ts headingOfLine, the
// normalised text shared per parsed document: parse/normalized-work.ts) and the pauses of the
// sliced analysis (analyzeSteps, parseDocumentSteps, findTablesSteps, buildReportSteps) change no
// output: after a series of random edits analysed one after the other, the last version's
// analysis and findings are those of a core loaded afresh that sees only that version.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as core from '../../../server/src/core';
import { analyzeSteps, lintSteps } from '../../../server/src/core/engine/lint';
import type { Analysis } from '../../../server/src/core/engine/lint';
import type { Section } from '../../../server/src/core/parse/document';
import { headingOfLine, parseHeading } from '../../../server/src/core/parse/headings';
import { ALL_DRAFTS, faultyDrafts, hostileString, REPORT_LINES, Sample } from '../hostile';

const SCALE = Math.max(1, Number(process.env.GOVREPORT_FC_SCALE) || 1);
const runs = (n: number) => ({ numRuns: n * SCALE });

const POOL: Sample[] = [...ALL_DRAFTS, ...faultyDrafts()];

/** A copy of the core with nothing remembered: every core module loaded again. */
function freshCore(): typeof core {
  const dir = require.resolve('../../../server/src/core').replace(/index\.js$/, '');
  const saved = new Map<string, NodeModule>();
  for (const k of Object.keys(require.cache)) if (k.startsWith(dir)) { saved.set(k, require.cache[k]!); delete require.cache[k]; }
  try {
    return require('../../../server/src/core') as typeof core;
  } finally {
    // Put the first copy back, so that the other tests of this process keep one core.
    for (const k of Object.keys(require.cache)) if (k.startsWith(dir)) delete require.cache[k];
    for (const [k, m] of saved) require.cache[k] = m;
  }
}

/** The analysis without its cycles (a section's parent), as plain data. */
function modelOf(a: Analysis): string {
  const section = (s: Section): unknown => ({ h: s.heading, start: s.start, bodyStart: s.bodyStart, end: s.end, children: s.children.map(section) });
  const d = a.doc;
  const report = a.report
    ? { sections: [...a.report.sections].map(([id, m]) => [id, m.inText, m.sections.map((s) => s.start)]), tables: [...a.report.tables.keys()], unreadable: a.report.unreadable?.length ?? 0 }
    : null;
  return JSON.stringify({
    starts: d.lines.lineStarts, headings: d.headings, sections: d.sections.map(section), tables: d.tables, tableLines: [...d.tableLines],
    title: d.title, year: d.year, yearSource: d.yearSource, issuer: d.issuer, numbers: d.numbers, dates: d.dates,
    view: d.view ? { starts: d.view.lines.lineStarts, headings: d.view.headings, title: d.view.title } : null,
    detection: a.detection, report,
  });
}

/** The editor's way: analysis and lint drained step by step. */
function sliced(text: string): { analysis: Analysis; result: core.LintResult } {
  const steps = analyzeSteps(text);
  let s = steps.next();
  while (!s.done) s = steps.next();
  const lint = lintSteps(s.value);
  let l = lint.next();
  while (!l.done) l = lint.next();
  return { analysis: s.value, result: l.value };
}

/** One edit: a range of the text replaced by a digit, a hostile string, a report line or nothing. */
const edit = fc.tuple(
  fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  fc.integer({ min: 0, max: 40 }),
  fc.oneof(
    fc.constantFrom('0', '1', '7', '12', '\n', '\t', '|', ' ', '。', '一、', '（二）', '# '),
    hostileString(20),
    fc.constantFrom(...REPORT_LINES.slice(0, 400)).map((l) => `${l}\n`),
    fc.constant(''),
  ),
);

const applyEdit = (text: string, [at, len, insert]: [number, number, string]) => {
  const start = Math.floor(at * text.length);
  return text.slice(0, start) + insert + text.slice(Math.min(text.length, start + len));
};

test('headingOfLine (remembered per line text) gives what parseHeading gives, a new object each time', () => {
  for (const line of [...REPORT_LINES, '一、\t总体情况', '\t（二）主动公开情况。本年度…', '## 三、收到和处理政府信息公开申请情况']) {
    for (const [n, at] of [[0, 0], [17, 1234]]) {
      const want = parseHeading(line.replace(/\t/g, ' '), n, at);
      const got = headingOfLine(line, n, at);
      assert.deepEqual(got, want, JSON.stringify(line));
      if (got) {
        got.level = 99;
        assert.deepEqual(headingOfLine(line, n, at), want, `${JSON.stringify(line)}: a caller's change stays its own`);
      }
    }
  }
});

test('property: the last version of a series of edits, analysed in steps after the others, is analysed as by a fresh core', () => {
  fc.assert(fc.property(fc.constantFrom(...POOL), fc.array(edit, { minLength: 1, maxLength: 5 }), (s, edits) => {
    let text = s.text;
    sliced(text);
    for (const e of edits) {
      text = applyEdit(text, e);
      sliced(text);
    }
    const warm = sliced(text);
    const fresh = freshCore();
    const cold = fresh.analyze(text);
    assert.equal(modelOf(warm.analysis), modelOf(cold as unknown as Analysis), `${s.name}: the model`);
    assert.deepEqual(warm.result, fresh.lintAnalysis(cold), `${s.name}: the findings`);
  }), runs(25));
});
