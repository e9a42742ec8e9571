// directive-unknown: a misspelt rule id, directive verb or kind in a govreport directive.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFixes, LineMap, lint, RULES } from '../../../server/src/core';
import { scanDirectives } from '../../../server/src/core/parse/directives';
import { closestName, editDistance } from '../../../server/src/core/rules/directive-unknown';
import { buildDraft, findings, slicesOf } from './build';

const RULE = 'directive-unknown';
const GENERAL = '全年新收政府信息公开申请12件，上年结转1件。';
const withGeneral = (s: string, flavour: 'md' | 'txt' = 'md'): string => buildDraft({ flavour }).replace(GENERAL, s);
const slices = slicesOf(RULE);

test('registered, and silent on valid directives and on drafts without any', () => {
  assert.ok(RULES.some((r) => r.id === RULE));
  assert.deepEqual(slices(buildDraft()), []);
  for (const d of [
    '<!-- govreport-disable table-unit, text-sum -->',
    '<!-- govreport-enable -->',
    '<!-- govreport-disable-line table-unit -- 原表如此 as in the original -->',
    '<!-- govreport-disable-next-line text-sum，text-rate -->',
    '<!-- govreport-disable-file -->',
    '<!-- govreport-kind: gov-info-2021 -->',
    '<!-- 一条普通注释 govreport 无关 -->',
  ]) assert.deepEqual(slices(withGeneral(`${GENERAL}${d}`)), [], d);
});

test('an unknown rule id: warning on the id, closest rule named, a fix to confirm', () => {
  const text = withGeneral(`${GENERAL}<!-- govreport-disable-line table-units, text-sum -->`);
  const [f, ...more] = findings(text, RULE);
  assert.equal(more.length, 0);
  assert.equal(text.slice(f.start, f.end), 'table-units');
  assert.equal(f.severity, 'warning');
  assert.equal(f.message, '规则 table-units 不存在，是否指 table-unit？');
  assert.equal(f.messageEn, 'unknown rule table-units; did you mean table-unit?');
  assert.ok(f.fix);
  assert.equal(f.fix.safe, false);
  const fixed = applyFixes(text, [f.fix]).text;
  assert.ok(fixed.includes('<!-- govreport-disable-line table-unit, text-sum -->'));
  assert.deepEqual(slices(fixed), []);
});

test('every directive form, .txt line comments too; far-off names get no suggestion', () => {
  const text = withGeneral(`${GENERAL}\n// govreport-disable Text-Sum\n<!-- govreport-enable frobnicate -->\n`, 'txt');
  const fs = findings(text, RULE);
  assert.deepEqual(fs.map((f) => text.slice(f.start, f.end)), ['Text-Sum', 'frobnicate']);
  assert.match(fs[0].message, /是否指 text-sum/);
  assert.equal(fs[1].message, '规则 frobnicate 不存在');
  assert.equal(fs[1].fix, undefined);
});

test('a misspelt verb is reported even though it silences its own line', () => {
  const text = withGeneral(`${GENERAL}<!-- govreport-disable-nextline -->`);
  const [f] = findings(text, RULE);
  assert.equal(text.slice(f.start, f.end), 'disable-nextline');
  assert.equal(f.message, '指令 govreport-disable-nextline 不存在，是否指 govreport-disable-next-line？');
});

test('an unknown kind in the kind pin', () => {
  const text = `<!-- govreport-kind: gov-info-2012 -->\n${buildDraft()}`;
  const [f] = findings(text, RULE);
  assert.equal(text.slice(f.start, f.end), 'gov-info-2012');
  assert.match(f.messageEn ?? '', /unknown report kind gov-info-2012; did you mean gov-info-20\d\d\?/);
});

test('words after -- are an explanation, not rule ids, for the suppression too', () => {
  const clean = lint(withGeneral(`${GENERAL}<!-- govreport-disable-line -- because -->`));
  assert.deepEqual(clean.findings.filter((f) => f.rule === RULE), []);
  const text = '<!-- govreport-disable-line text-sum -- because table-unit -->';
  assert.deepEqual(scanDirectives(text, new LineMap(text)).directives.map((d) => d.rules), [['text-sum']]);
});

test('edit distance and the closeness bound', () => {
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('', 'abc'), 3);
  assert.equal(closestName('TABLE_UNIT', ['table-unit', 'text-sum']), 'table-unit');
  assert.equal(closestName('zzzzzz', ['table-unit', 'text-sum']), undefined);
});
