// engine/lazy-fix.ts: a fix built only when read, once; the engine keeps it unbuilt.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lazyFix, isLazyFix } from '../../../server/src/core/engine/lazy-fix';
import { applyFixes, lint } from '../../../server/src/core';
import { buildDraft } from '../rules/build';

test('lazyFix: built on first read of title or edits, once; safe known without building', () => {
  let builds = 0;
  const fix = lazyFix(false, 10, () => {
    builds++;
    return { title: 't', edits: [{ start: 1, end: 2, newText: 'x' }] };
  });
  assert.equal(isLazyFix(fix), true);
  assert.equal(fix.safe, false);
  assert.equal(builds, 0);
  assert.equal(fix.title, 't');
  assert.equal(fix.titleEn, undefined);
  assert.deepEqual(fix.edits, [{ start: 1, end: 2, newText: 'x' }]);
  assert.equal(builds, 1);
  assert.equal(applyFixes('0123456789', [fix]).text, '0x23456789');
});

test('lazyFix: edits outside the text are dropped whole, as the engine drops an eager fix', () => {
  const fix = lazyFix(true, 5, () => ({ title: 't', edits: [{ start: 1, end: 2, newText: 'x' }, { start: 4, end: 9, newText: '' }] }));
  assert.deepEqual(fix.edits, []);
  assert.equal(isLazyFix({ title: 't', edits: [], safe: true }), false);
});

test('script-traditional: the whole-draft conversion is built only when its fix is read', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const OpenCC = require('opencc-js') as { Converter(o: { from: string; to: string }): (s: string) => string };
  const simplified = buildDraft({ kind: 2019, layout: 'tab' });
  const text = OpenCC.Converter({ from: 'cn', to: 'tw' })(simplified);
  const f = lint(text).findings.find((x) => x.rule === 'script-traditional');
  assert.ok(f?.fix, 'the rule reports with a fix');
  assert.equal(isLazyFix(f.fix), true);
  assert.equal(f.fix.title, '全文转换为简体');
  assert.ok(f.fix.edits.length > 0);
  assert.equal(applyFixes(text, [f.fix]).text, simplified);
});
