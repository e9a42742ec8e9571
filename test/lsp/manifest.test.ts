// The static pieces of the extension that have no code: localisation keys and the grammar.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './harness';

const readJson = (p: string) => JSON.parse(readFileSync(path.join(ROOT, p), 'utf8'));

describe('extension manifest', () => {
  it('has every %key% of package.json in package.nls.json and package.nls.en.json', () => {
    const manifest = readFileSync(path.join(ROOT, 'package.json'), 'utf8');
    const keys = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 0);
    for (const file of ['package.nls.json', 'package.nls.en.json']) {
      const nls = readJson(file);
      for (const k of keys) assert.equal(typeof nls[k], 'string', `${file} lacks ${k}`);
    }
  });

  it('has the same keys in both localisations', () => {
    assert.deepEqual(Object.keys(readJson('package.nls.en.json')).sort(), Object.keys(readJson('package.nls.json')).sort());
  });

  it('has an injection grammar for Markdown and plain text', () => {
    const g = readJson('syntaxes/govreport.injection.tmLanguage.json');
    assert.equal(g.scopeName, 'govreport.injection');
    assert.match(g.injectionSelector, /L:text\.html\.markdown/);
    assert.match(g.injectionSelector, /L:text\.plain/);
    // every include points into the repository
    const includes = [...JSON.stringify(g).matchAll(/"include":"#([^"]+)"/g)].map((m) => m[1]);
    for (const name of includes) assert.ok(g.repository[name], `#${name} defined`);
  });
});
