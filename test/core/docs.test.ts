// Every rule has its page in docs/rules/, and the pages match the registry (run `npm run docs`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { allPages } from '../../scripts/gen-rule-docs';
import { ROOT } from './helpers';

test('docs/rules pages exist and are fresh', () => {
  for (const [name, text] of allPages()) {
    const p = join(ROOT, 'docs', 'rules', name);
    assert.ok(existsSync(p), `${name} is missing: run npm run docs`);
    assert.equal(readFileSync(p, 'utf8'), text, `${name} is stale: run npm run docs`);
  }
});
