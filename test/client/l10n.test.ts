// Runtime strings are Chinese in client/src and translated through l10n/bundle.l10n.en.json
// (see client/src/l10n.ts for why VS Code's own lookup cannot be used for English). Every
// message has its English entry, no entry is stale, and the placeholders agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const SRC = join(ROOT, 'client', 'src');
/** Chinese characters and Chinese (full-width) punctuation. */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** The message of every t('…') call in the client, except the definition in l10n.ts. */
function messages(): Map<string, string> {
  const found = new Map<string, string>();
  for (const name of readdirSync(SRC).filter((n) => n.endsWith('.ts') && n !== 'l10n.ts')) {
    const text = readFileSync(join(SRC, name), 'utf8');
    for (const m of text.matchAll(/(?<![\w.$])t\(/g)) {
      const rest = text.slice((m.index ?? 0) + 2);
      const lit = /^'((?:[^'\\\n]|\\.)*)'/.exec(rest);
      assert.ok(lit, `${name}: t() must be called with a string literal: t(${rest.slice(0, 30)}`);
      found.set(lit[1].replace(/\\(.)/g, '$1'), name);
    }
  }
  return found;
}

const placeholders = (s: string) => [...s.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort().join(',');

test('every runtime message is Chinese and has an English translation with the same placeholders', () => {
  const bundle = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.en.json'), 'utf8')) as Record<string, string>;
  const used = messages();
  assert.ok(used.size > 20);
  for (const [message, file] of used) {
    assert.match(message, CJK, `${file}: source strings are Simplified Chinese: ${message}`);
    const en = bundle[message];
    assert.equal(typeof en, 'string', `${file}: no English for ${JSON.stringify(message)} in l10n/bundle.l10n.en.json`);
    assert.equal(placeholders(en), placeholders(message), `placeholders differ: ${message}`);
    // Chinese may remain only in official document numbers (国办公开办函〔2021〕30号).
    assert.doesNotMatch(en.replace(/国办公开办函〔\d{4}〕\d+号/g, ''), CJK, `English still has Chinese: ${en}`);
  }
  for (const key of Object.keys(bundle)) assert.ok(used.has(key), `stale entry in l10n/bundle.l10n.en.json: ${key}`);
});

test('package.json declares the l10n folder', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { l10n?: string };
  assert.equal(pkg.l10n, './l10n');
});
