// What the VS Code client and the language server exchange (method names, their parameters and
// replies, command ids, the fix-all kind) and the directive grammar are declared once, in
// shared/protocol.ts and shared/directives.ts, which import nothing: client/src and server/src
// import them and keep no copy of their own (issue #11: no logic twice).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { importsOf } from './layering.test';
import { COMMANDS, FIX_ALL_KIND } from '../../shared/protocol';

const ROOT = path.resolve(__dirname, '../../..');
const SHARED = path.join(ROOT, 'shared');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []);
}

const rel = (f: string) => path.relative(ROOT, f);
const sources = () => [...walk(path.join(ROOT, 'client', 'src')), ...walk(path.join(ROOT, 'server', 'src'))]
  .map((f) => ({ f: rel(f), src: readFileSync(f, 'utf8') }));

/** Source text without comments (line comments from `//` outside strings are rare enough to strip naively at line start). */
function code(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

/** The names shared/ declares (interfaces, types, constants, functions). */
export function sharedNames(): string[] {
  return walk(SHARED).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/^export (?:interface|type|const|function\*?) ?(\w+)/gm)].map((m) => m[1]));
}

/** Places in `src` that declare one of `names` anew (re-exports `export { X } from` do not count). */
export function redeclared(src: string, names: readonly string[]): string[] {
  const out: string[] = [];
  for (const n of names) {
    if (new RegExp(`^\\s*(?:export\\s+)?(?:interface|type|const|let|var|function|class)\\s+${n}\\b`, 'm').test(code(src))) out.push(n);
  }
  return out;
}

/** String literals in `src` that spell a method name, a command id or the fix-all kind. */
export function spelled(src: string, values: readonly string[]): string[] {
  const body = code(src);
  const out = values.filter((v) => ['\'', '"', '`'].some((q) => body.includes(q + v + q)));
  for (const m of body.matchAll(/['"`](govReport\/\w+)['"`]/g)) if (!out.includes(m[1])) out.push(m[1]);
  return out;
}

test('shared/ imports nothing: the client bundles it without server code, the core without Node or LSP', () => {
  const bad = walk(SHARED).flatMap((f) => importsOf(readFileSync(f, 'utf8')).map((i) => `${rel(f)} → ${i.spec}`));
  assert.deepEqual(bad, []);
});

test('neither the client nor the server declares its own copy of what shared/ declares', () => {
  const names = sharedNames();
  assert.ok(names.includes('DocumentInfo') && names.includes('CheckStatus') && names.includes('InsertTableArgs') && names.includes('kindDirective'));
  const bad = sources().flatMap(({ f, src }) => redeclared(src, names).map((n) => `${f}: ${n}`));
  assert.deepEqual(bad, []);
});

test('method names, command ids and the fix-all kind are spelled only in shared/protocol.ts', () => {
  const values = [...Object.values(COMMANDS), FIX_ALL_KIND];
  const bad = sources().flatMap(({ f, src }) => spelled(src, values).map((v) => `${f}: ${v}`));
  assert.deepEqual(bad, []);
});

test('the client reads no directive with a regex of its own: no govreport- or <!-- pattern in client/src', () => {
  const bad: string[] = [];
  for (const f of walk(path.join(ROOT, 'client', 'src'))) {
    for (const m of code(readFileSync(f, 'utf8')).matchAll(/\/(?![/*])(?:\\.|[^\\/\n])+\/[dgimsuy]*/g)) {
      if (/govreport-kind|govreport-disable|<!--/.test(m[0])) bad.push(`${rel(f)}: ${m[0]}`);
    }
  }
  assert.deepEqual(bad, []);
});

test('the checks catch a copy', () => {
  assert.deepEqual(redeclared('export interface DocumentInfo {\n  uri: string;\n}\n', ['DocumentInfo', 'CheckStatus']), ['DocumentInfo']);
  assert.deepEqual(redeclared("export type { DocumentInfo } from '../../shared/protocol';\n", ['DocumentInfo']), []);
  assert.deepEqual(spelled("client.sendRequest('govReport/documentInfo', p);\nregisterCommand('govReport.fixAll', f);\n", ['govReport.fixAll']), ['govReport.fixAll', 'govReport/documentInfo']);
  assert.deepEqual(spelled("// govReport/documentInfo: comments may name it\nconst x = 1;\n", []), []);
});
