// table-empty: a statutory table present but wholly blank (labels only) is one error on the
// table; its rows are not reported one by one; a missing table is never "fixed" by fix-all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFixes, lint } from '../../../server/src/core';
import { build2008, buildDraft, buildRuleOfLaw, findings, LAYOUTS, setCell } from './build';
import { readSeed } from '../helpers';

const RULE = 'table-empty';
/** Loose-pipe rows closed by a trailing pipe keep their blank cells, so every layout is read. */
const BLANK_LAYOUTS = LAYOUTS;

/** Every value cell of the table whose rows start with one of `labels` made blank. */
function blankTable(text: string, rowLabels: (string | number)[], width: number): string {
  for (const label of rowLabels) for (let k = 0; k < width; k++) text = setCell(text, label, k, '').text;
  return text;
}

function applicationLabels(text: string): string[] {
  const start = text.indexOf('一、本年新收政府信息公开申请数量');
  const end = text.indexOf('四、结转下年度继续办理');
  const lines = text.slice(start, text.indexOf('\n', end)).split('\n');
  return lines.map((l) => l.replace(/^\|/, '').split(/[|\t]/)[0].trim()).filter((l) => l && /\S/.test(l) && !/^-+$/.test(l));
}

test('silent on complete drafts', () => {
  for (const kind of [2019, 2021] as const) {
    for (const layout of LAYOUTS) assert.deepEqual(findings(buildDraft({ kind, layout }), RULE), [], `${kind} ${layout}`);
  }
});

test('table 三 with every value cell blank: one error on the table; table-cell-invalid stays quiet about it', () => {
  for (const layout of BLANK_LAYOUTS) {
    const base = buildDraft({ layout });
    const text = blankTable(base, applicationLabels(base), 7);
    const fs = findings(text, RULE);
    assert.equal(fs.length, 1, layout);
    assert.equal(fs[0].severity, 'error');
    assert.match(fs[0].message, /^表三“收到和处理政府信息公开申请情况”没有填写：所有数字栏都是空的/);
    assert.match(fs[0].messageEn!, /^Table 3 /);
    assert.equal(fs[0].fix, undefined, 'the author must fill it in');
    assert.deepEqual(findings(text, 'table-cell-invalid'), [], layout);
    for (const rule of ['table-balance', 'table-subtotal', 'table-row-total']) assert.deepEqual(findings(text, rule), [], rule);
  }
});

test('precision: one number (or a dash) left in the table makes it incomplete, not blank', () => {
  for (const layout of BLANK_LAYOUTS) {
    const base = buildDraft({ layout });
    const labels = applicationLabels(base);
    const text = blankTable(base, labels, 7);
    const one = setCell(text, labels[0], 0, '3').text;
    assert.deepEqual(findings(one, RULE), [], layout);
    if (layout === 'gfm') assert.ok(findings(one, 'table-cell-invalid').length > 1, 'its rows are reported as incomplete');
    assert.deepEqual(findings(setCell(text, labels[0], 0, '—').text, RULE), [], `${layout} dash`);
  }
});

test('precision: values printed away from the labels (PDF copy) are not a blank table', () => {
  const base = buildDraft({ layout: 'gfm' });
  const text = blankTable(base, applicationLabels(base), 7);
  const i = text.indexOf('\n\n', text.indexOf('四、结转下年度继续办理'));
  const moved = text.slice(0, i) + '\n\n3\n\n0\n\n3' + text.slice(i);
  assert.deepEqual(findings(moved, RULE), []);
});

test('seed 000: fix-all no longer inserts blank tables, so tables 二/三/四 keep their errors; the quick fix gives table-empty', () => {
  let text = readSeed('000');
  for (let pass = 0; pass < 10; pass++) {
    const fixes = lint(text).findings.filter((f) => f.fix?.safe).map((f) => f.fix!);
    if (!fixes.length) break;
    text = applyFixes(text, fixes).text;
  }
  const after = lint(text).findings.filter((f) => f.severity === 'error').map((f) => f.rule);
  assert.deepEqual(after, ['section-empty', 'section-empty', 'section-empty']);
  // Applied by hand, the quick fix inserts the blank tables: a blank table is still an error.
  const quick = lint(text).findings.filter((f) => f.rule === 'section-empty').map((f) => f.fix!);
  const inserted = applyFixes(text, quick).text;
  const errors = lint(inserted).findings.filter((f) => f.severity === 'error');
  assert.ok(errors.some((f) => f.rule === RULE && /^表二/.test(f.message)), errors.map((f) => f.message).join('\n'));
});

test('fix-all over a draft with a wholly blank table leaves the error in place', () => {
  for (const layout of BLANK_LAYOUTS) {
    const base = buildDraft({ layout });
    let text = blankTable(base, applicationLabels(base), 7);
    const safe = lint(text).findings.filter((f) => f.fix?.safe).map((f) => f.fix!);
    text = applyFixes(text, safe).text;
    assert.equal(findings(text, RULE).length, 1, layout);
  }
});

test('does not apply outside 2019/2021', () => {
  const base = buildDraft({ layout: 'tab' });
  const table = blankTable(base, applicationLabels(base), 7).split('\n\n').find((b) => b.includes('予以公开'))!;
  assert.deepEqual(findings(buildRuleOfLaw('\n' + table + '\n'), RULE), []);
  assert.deepEqual(findings(build2008('\n' + table + '\n'), RULE), []);
});
