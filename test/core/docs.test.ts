// Every rule has its page in docs/rules/, and the pages match the registry (run `npm run docs`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { allPages } from '../../scripts/gen-rule-docs';
import { ROOT } from './helpers';
import { RULES } from '../../server/src/core';

test('docs/rules pages exist and are fresh', () => {
  for (const [name, text] of allPages()) {
    const p = join(ROOT, 'docs', 'rules', name);
    assert.ok(existsSync(p), `${name} is missing: run npm run docs`);
    assert.equal(readFileSync(p, 'utf8'), text, `${name} is stale: run npm run docs`);
  }
});

// The README says how many rules there are, in its Chinese and its English part: both follow the registry
// (they said 69 and 67 when a 70th rule came in).
test('the README states the number of rules the registry has', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const zh = [...readme.matchAll(/共 (\d+) 条规则/g)].map((m) => Number(m[1]));
  const en = [...readme.matchAll(/\*\*What it checks:\*\* (\d+) rules/g)].map((m) => Number(m[1]));
  assert.ok(zh.length >= 1 && en.length >= 1, 'the README names the number of rules in Chinese and in English');
  for (const n of [...zh, ...en]) assert.equal(n, RULES.length, `README says ${n} rules; the registry has ${RULES.length}`);
});
