// directive-unused: disable directives that silenced nothing, only when reportUnusedDisableDirectives is on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFixes, lint, normalizeSettings } from '../../../server/src/core';
import { buildDraft, findings } from './build';

const RULE = 'directive-unused';
const GENERAL = '全年新收政府信息公开申请12件，上年结转1件。';
const ON = { reportUnusedDisableDirectives: true };
const withGeneral = (s: string): string => buildDraft().replace(GENERAL, s);

test('the setting: off by default, a boolean, anything else a problem', () => {
  assert.equal(normalizeSettings({}).reportUnusedDisableDirectives, undefined);
  assert.equal(normalizeSettings({ reportUnusedDisableDirectives: true }).reportUnusedDisableDirectives, true);
  assert.equal(normalizeSettings({ 'govReport.reportUnusedDisableDirectives': true }).reportUnusedDisableDirectives, true);
  const problems: { path: string; message: string }[] = [];
  normalizeSettings({ reportUnusedDisableDirectives: 'yes' }, problems);
  assert.deepEqual(problems.map((p) => p.path), ['reportUnusedDisableDirectives']);
});

test('off by default; with the setting, a directive that silenced nothing is reported with a fix that removes it', () => {
  const text = withGeneral(`${GENERAL}<!-- govreport-disable-line table-balance -->`);
  assert.deepEqual(findings(text, RULE), []);
  const [f, ...more] = findings(text, RULE, lint(text, { settings: ON }));
  assert.equal(more.length, 0);
  assert.equal(text.slice(f.start, f.end), '<!-- govreport-disable-line table-balance -->');
  assert.equal(f.severity, 'warning');
  assert.equal(f.message, '停用指令没有停用任何问题（table-balance）');
  assert.ok(f.fix && !f.fix.safe);
  const fixed = applyFixes(text, [f.fix]).text;
  assert.equal(fixed, withGeneral(GENERAL));
});

test('a directive that silences a finding is used; only the unused rule of a list is named, without a fix', () => {
  const base = withGeneral('规范政府信息信息公开工作流程。');
  assert.ok(findings(base, 'text-doubled').length > 0);
  const used = withGeneral('规范政府信息信息公开工作流程。<!-- govreport-disable-line text-doubled -->');
  assert.deepEqual(findings(used, 'text-doubled', lint(used, { settings: ON })), []);
  assert.deepEqual(findings(used, RULE, lint(used, { settings: ON })), []);
  const partly = withGeneral('规范政府信息信息公开工作流程。<!-- govreport-disable-line text-doubled, table-unit -->');
  const [f] = findings(partly, RULE, lint(partly, { settings: ON }));
  assert.equal(f.message, '停用指令没有停用任何问题（table-unit）');
  assert.equal(f.fix, undefined);
  // A bare disable-line that silences the doubled word is used too; a block around clean text is not.
  const bare = withGeneral('规范政府信息信息公开工作流程。<!-- govreport-disable-line -->');
  assert.deepEqual(findings(bare, RULE, lint(bare, { settings: ON })), []);
  const block = withGeneral(`<!-- govreport-disable text-doubled -->${GENERAL}<!-- govreport-enable text-doubled -->`);
  assert.equal(findings(block, RULE, lint(block, { settings: ON })).length, 1);
});

test('an unknown rule name is left to directive-unknown; the rule can be turned off', () => {
  const text = withGeneral(`${GENERAL}<!-- govreport-disable-line table-units -->`);
  assert.deepEqual(findings(text, RULE, lint(text, { settings: ON })), []);
  assert.equal(findings(text, 'directive-unknown').length, 1);
  const other = withGeneral(`${GENERAL}<!-- govreport-disable-line table-balance -->`);
  assert.deepEqual(findings(other, RULE, lint(other, { settings: { ...ON, rules: { [RULE]: 'off' } } })), []);
});
