// The layers of docs/architecture.md, checked on the sources: core/ is a pure language service
// (no Node I/O, no LSP, no vscode), what the client and the server exchange is declared once in
// shared/ (which imports nothing), the CLI reuses core and nothing of the editor side, the
// client bundles no server code, and no module imports itself back through others (a runtime
// import cycle: type-only imports are erased and do not count).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const SERVER = path.join(ROOT, 'server', 'src');
const CLIENT = path.join(ROOT, 'client', 'src');
const SHARED = path.join(ROOT, 'shared');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []);
}

interface Import { spec: string; typeOnly: boolean }

/** The module specifiers a file imports or re-exports, and require()s. */
export function importsOf(src: string): Import[] {
  const out: Import[] = [];
  for (const m of src.matchAll(/^(?:import|export)(\s+type)?\s[^;]*?from\s+'([^']+)'/gm)) out.push({ spec: m[2], typeOnly: !!m[1] });
  for (const m of src.matchAll(/^import\s+'([^']+)'/gm)) out.push({ spec: m[1], typeOnly: false });
  for (const m of src.matchAll(/\brequire\(\s*'([^']+)'\s*\)/g)) out.push({ spec: m[1], typeOnly: false });
  return out;
}

function resolve(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [base + '.ts', path.join(base, 'index.ts')]) if (existsSync(c)) return c;
  return null;
}

const rel = (f: string) => path.relative(ROOT, f);

test('core/ imports only core/ and its data, shared/ (plus opencc-js): no Node, LSP or vscode', () => {
  const core = path.join(SERVER, 'core');
  const bad: string[] = [];
  for (const f of walk(core)) {
    for (const { spec } of importsOf(readFileSync(f, 'utf8'))) {
      if (spec.startsWith('.')) {
        const target = path.resolve(path.dirname(f), spec);
        if (!target.startsWith(core + path.sep) && target !== core && !target.startsWith(SHARED + path.sep)) bad.push(`${rel(f)} → ${spec}`);
      } else if (!/^opencc-js(\/|$)/.test(spec)) bad.push(`${rel(f)} → ${spec}`);
    }
  }
  assert.deepEqual(bad, []);
});

test('rules/ holds only rules, the registry and the rule shape; model/ never imports rules/', () => {
  const rules = path.join(SERVER, 'core', 'rules');
  const registry = readFileSync(path.join(rules, 'index.ts'), 'utf8');
  const notRules = readdirSync(rules).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'rule.ts')
    .filter((f) => !/^export const \w+: Rule = \{/m.test(readFileSync(path.join(rules, f), 'utf8'))
      || !registry.includes(`from './${f.replace(/\.ts$/, '')}';`));
  assert.deepEqual(notRules, [], 'helpers that are not rules belong in core/model/');
  // Rules ask the format data (their \`formats\`: a family and a first report year), never a format id.
  const ids = /(?<!family: )'(?:gov-info-(?:2008|2019|2021)|rule-of-law)'/;
  const naming = readdirSync(rules).filter((f) => f.endsWith('.ts') && ids.test(readFileSync(path.join(rules, f), 'utf8')));
  assert.deepEqual(naming, [], 'rules that name a format id');
  const model = path.join(SERVER, 'core', 'model');
  const bad: string[] = [];
  for (const f of walk(model)) {
    for (const { spec } of importsOf(readFileSync(f, 'utf8'))) {
      if (spec.startsWith('.') && path.resolve(path.dirname(f), spec).startsWith(rules)) bad.push(`${rel(f)} → ${spec}`);
    }
  }
  assert.deepEqual(bad, []);
});

test('no source file over 400 lines (split by what the parts do, as docs/architecture.md lists them)', () => {
  const long = [...walk(SERVER), ...walk(CLIENT), ...walk(SHARED)]
    .map((f) => ({ f: rel(f), n: readFileSync(f, 'utf8').split('\n').length }))
    .filter((x) => x.n > 401).map((x) => `${x.f}: ${x.n}`);
  assert.deepEqual(long, []);
});

test('the CLI uses core and Node, never the editor side', () => {
  const cli = path.join(SERVER, 'cli');
  const editorSide = ['server.ts', 'document-store.ts', 'code-actions.ts', 'convert.ts', 'related.ts', 'workspace-config.ts', 'server-main.ts', 'features'].map((x) => path.join(SERVER, x));
  const bad: string[] = [];
  for (const f of walk(cli)) {
    for (const { spec } of importsOf(readFileSync(f, 'utf8'))) {
      if (/^vscode/.test(spec)) bad.push(`${rel(f)} → ${spec}`);
      if (!spec.startsWith('.')) continue;
      const target = path.resolve(path.dirname(f), spec);
      if (editorSide.some((e) => target === e.replace(/\.ts$/, '') || target.startsWith(e + path.sep))) bad.push(`${rel(f)} → ${spec}`);
    }
  }
  assert.deepEqual(bad, []);
});

test('the client bundles no server code', () => {
  const bad: string[] = [];
  for (const f of walk(path.join(ROOT, 'client', 'src'))) {
    for (const { spec, typeOnly } of importsOf(readFileSync(f, 'utf8'))) {
      if (!typeOnly && spec.startsWith('.') && path.resolve(path.dirname(f), spec).startsWith(path.join(ROOT, 'server'))) bad.push(`${rel(f)} → ${spec}`);
    }
  }
  assert.deepEqual(bad, []);
});

test('no runtime import cycle in server/src and shared/', () => {
  const files = [...walk(SERVER), ...walk(SHARED)];
  const graph = new Map<string, string[]>();
  for (const f of files) {
    graph.set(f, importsOf(readFileSync(f, 'utf8')).filter((i) => !i.typeOnly && i.spec.startsWith('.')).map((i) => resolve(f, i.spec)).filter((x): x is string => !!x));
  }
  // Tarjan's strongly connected components.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(scc.map(rel).sort());
    }
  };
  for (const f of files) if (!index.has(f)) visit(f);
  assert.deepEqual(cycles, []);
});

test('the import scanner sees multi-line, type-only and require imports', () => {
  const got = importsOf("import {\n  a,\n  b,\n} from './x';\nimport type { T } from './t';\nexport { c } from '../y';\nconst z = require('opencc-js/t2cn');\n");
  assert.deepEqual(got, [
    { spec: './x', typeOnly: false },
    { spec: './t', typeOnly: true },
    { spec: '../y', typeOnly: false },
    { spec: 'opencc-js/t2cn', typeOnly: false },
  ]);
});
