// The engine: rule registry, a throwing rule, settings, suppressions, fixes, silence on non-reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, applyFixes, lint, normalizeSettings, RULES, ruleById, ruleDocPath } from '../../server/src/core';
import { lintAnalysis } from '../../server/src/core/engine/lint';
import type { Rule } from '../../server/src/core';
import { lineRules, readSeed, ROOT } from './helpers';

test('registry: ids are unique kebab-case, each rule documented in Chinese and English', () => {
  const ids = RULES.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const r of RULES) {
    assert.match(r.id, /^[a-z]+(-[a-z]+)*$/);
    assert.ok(/[\u4e00-\u9fff]/.test(r.title.zh) && /[\u4e00-\u9fff]/.test(r.description.zh), r.id);
    assert.ok(r.title.en && r.description.en && r.basis, r.id);
    assert.equal(ruleById(r.id), r);
    assert.equal(ruleDocPath(r.id), `docs/rules/${r.id}.md`);
  }
});

test('a rule that throws is reported as an internal error; the other rules still run', () => {
  const a = analyze(readSeed('000'));
  const boom: Rule = { ...RULES[0], id: 'boom', check() { throw new Error('kaput'); } };
  const r = lintAnalysis(a, [boom, ...RULES]);
  assert.deepEqual(r.internalErrors, [{ rule: 'boom', message: 'kaput' }]);
  assert.ok(r.findings.some((f) => f.rule === 'section-empty'));
});

test('findings with ranges outside the text are clamped by the engine', () => {
  const a = analyze(readSeed('001'));
  const wild: Rule = { ...RULES[0], id: 'wild', formats: 'all', check(ctx) { ctx.report({ start: -5, end: 1e9, message: 'x' }); } };
  const r = lintAnalysis(a, [wild]);
  assert.deepEqual([r.findings[0].start, r.findings[0].end], [0, a.doc.text.length]);
});

test('settings: a rule can be turned off or given another severity', () => {
  const text = readSeed('001');
  const off = lint(text, { settings: { rules: { 'category-misfiled': 'off' } } });
  assert.equal(off.findings.filter((f) => f.rule === 'category-misfiled').length, 0);
  const err = lint(text, { settings: { rules: { 'category-misfiled': 'error' } } });
  assert.equal(err.findings.find((f) => f.rule === 'category-misfiled')?.severity, 'error');
});

test('settings normaliser: editor shape, nested and dotted keys, bad values reported', () => {
  const problems: { path: string; message: string }[] = [];
  const s = normalizeSettings({ govReport: { format: 'gov-info-2019', rules: { a: 'warn', b: 'off', c: 'loud' }, run: 'onSave' } }, problems);
  assert.deepEqual(s, { format: 'gov-info-2019', rules: { a: 'warning', b: 'off' }, run: 'onSave' });
  assert.equal(problems.length, 1);
  assert.equal(normalizeSettings({ 'govReport.format': 'rule-of-law' }).format, 'rule-of-law');
  assert.deepEqual(normalizeSettings('nonsense'), { format: 'auto', rules: {}, run: 'onType' });
});

test('kind: directive beats setting beats detection', () => {
  const text = readSeed('001');
  assert.equal(lint(text, { settings: { format: 'gov-info-2021' } }).kind, 'gov-info-2021');
  assert.equal(lint(text, { settings: { format: 'gov-info-2021' } }).kindSource, 'setting');
  const pinned = '<!-- govreport-kind: gov-info-2008 -->\n' + text;
  const r = lint(pinned, { settings: { format: 'gov-info-2021' } });
  assert.deepEqual([r.kind, r.kindSource], ['gov-info-2008', 'directive']);
});

test('inline directives silence a finding on a line', () => {
  const text = readSeed('001').replace('不予公开的1件', '不予公开的1件<!-- govreport-disable-line category-misfiled -->');
  assert.equal(lint(text).findings.filter((f) => f.rule === 'category-misfiled').length, 0);
});

test('a markdown note with a table of numbers is not a report: kind null, no findings', () => {
  const note = ['# 第 12 周工作周报', '', '本周完成事项如下。', '', '| 事项 | 数量 | 合计 |', '| --- | --- | --- |', '| 来文 | 3 | 5 |', '| 发文 | 2 | 9 |', '', '一、下周计划', '继续推进。'].join('\n');
  const r = lint(note);
  assert.deepEqual([r.kind, r.findings.length], [null, 0]);
  assert.equal(lint('').kind, null);
  assert.equal(lint('\u0000\u0001\uFFFD'.repeat(100)).kind, null);
});

test('fixes: applying the section-empty fixes of seed 000 inserts the tables and changes nothing else', () => {
  const text = readSeed('000');
  // Quick fixes, not safe ones: fix-all must not hide a missing table behind a blank one.
  const fixes = lint(text).findings.filter((f) => f.rule === 'section-empty' && f.fix && !f.fix.safe).map((f) => f.fix!);
  assert.equal(fixes.length, 3);
  const out = applyFixes(text, fixes);
  assert.equal(out.applied, 3);
  // Every original character survives in order: the fix only inserted.
  let i = 0;
  for (const ch of out.text) if (ch === text[i]) i++;
  assert.equal(i, text.length);
  const again = lint(out.text);
  assert.deepEqual(again.findings.filter((f) => f.rule === 'section-empty'), []);
});

test('fixes: every safe fix of every seed, applied until none is left, settles and stays a report', () => {
  for (const seed of ['000', '001', '002', '003', '004']) {
    let text = readSeed(seed);
    const kind = lint(text).kind;
    for (let pass = 0; pass < 10; pass++) {
      const fixes = lint(text).findings.filter((f) => f.fix?.safe).map((f) => f.fix!);
      if (!fixes.length) break;
      text = applyFixes(text, fixes).text;
    }
    const after = lint(text);
    assert.deepEqual(after.findings.filter((f) => f.fix?.safe).map((f) => f.rule), [], `seed ${seed}: nothing safely fixable remains`);
    assert.equal(after.kind, kind, `seed ${seed} keeps its kind`);
  }
});

test('applyFixes: overlapping fixes are skipped, order is by position', () => {
  const r = applyFixes('abcdef', [
    { title: '2', edits: [{ start: 3, end: 4, newText: 'X' }], safe: true },
    { title: '1', edits: [{ start: 0, end: 1, newText: 'Y' }], safe: true },
    { title: 'clash', edits: [{ start: 3, end: 5, newText: 'Z' }], safe: true },
  ]);
  assert.deepEqual(r, { text: 'YbcXef', applied: 2, skipped: 1 });
});

test('corpus: a converted 2025 county report (sub-tables per row group) is read whole and balances', () => {
  const text = readFileSync(join(ROOT, 'test', 'fixtures', 'corpus', '2025-county-government-converted.md'), 'utf8');
  const a = analyze(text);
  assert.deepEqual([a.kind, a.doc.year, a.doc.issuer], ['gov-info-2021', 2025, '沐阳县人民政府']);
  const t = a.report!.tables.get('applications')!;
  const total = t.rows.find((r) => r.rowId === 'total')!;
  assert.deepEqual([...total.values.values()].map((c) => c.text), ['710', '3', '0', '0', '5', '0', '718']);
  const review = a.report!.tables.get('review')!;
  assert.equal(review.rows.filter((r) => r.rowId === 'data').length, 3);
  assert.deepEqual(lineRules(text, lintAnalysis(a)), []);
});

test('every finding of the seeds and the sample has an English message too', () => {
  const texts = ['000', '001', '002', '003', '004'].map(readSeed);
  texts.push(readFileSync(join(ROOT, 'samples', 'sample-2023-report.md'), 'utf8'));
  for (const t of texts) {
    for (const f of lint(t).findings) {
      assert.ok(f.messageEn && !/[\u4e00-\u9fff]{6,}/.test(f.messageEn.replace(/[“"][^”"]*[”"]/g, '')), `${f.rule}: ${f.messageEn}`);
    }
  }
});
