// No network access and no execution of anything from the workspace, checked on what ships:
//   1. The three bundles are built again in memory (esbuild metafile, the options of esbuild.mjs)
//      and every Node built-in each source file imports is attributed to that file. The honest
//      invariant, from what is actually there:
//      - no bundle imports http, https, http2, tls, dgram or dns, nor cluster, nor worker_threads
//        except the CLI's worker pool (server/src/cli/pool.ts starts its own dist/cli-worker.js, whose
//        entry cli-worker.ts takes files to check from the main thread: nothing from the workspace runs);
//      - the CLI imports neither child_process nor net;
//      - the server imports net only in vscode-jsonrpc's node transport (the --pipe/--socket
//        transports; the client uses --node-ipc), and child_process only in
//        vscode-languageserver's lib/node/files.js, whose module-resolving helpers (the `Files`
//        namespace: npm/yarn prefix lookup, a forked resolver) our server never calls;
//      - the client imports child_process only in vscode-languageclient's lib/node (it forks
//        dist/server.js, and kills the process tree on shutdown) and net only in vscode-jsonrpc.
//      - GovReport's own sources (server/src, client/src) import none of these.
//   2. The bundles in dist/ (minified or not) contain no require of a network module, no fetch,
//      XMLHttpRequest or WebSocket, no eval or new Function.
//   3. Sources: the server never touches `Files`; the client starts the server as a module
//      (fork of dist/server.js), never as a command or through a shell; settings files are parsed
//      as JSON, never required; the only dynamic-looking requires are the OpenCC dictionaries.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import { ROOT } from './harness';

const NETWORK = ['http', 'https', 'http2', 'tls', 'dgram', 'dns', 'net'];
const PROCESSES = ['child_process', 'cluster', 'worker_threads'];
const BUILTINS = new Set(builtinModules);

type Importers = Map<string, string[]>;

/** Node built-ins imported by each input of one bundle: module name → importing files. */
function builtinImports(entry: string, external: string[] = []): Importers {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require('esbuild') as typeof import('esbuild');
  const r = esbuild.buildSync({
    absWorkingDir: ROOT, entryPoints: [entry], bundle: true, platform: 'node', target: 'node18', format: 'cjs',
    write: false, metafile: true, outfile: path.join(ROOT, '.cache', 'bundle-safety', 'out.js'), external, logLevel: 'silent',
  });
  const out: Importers = new Map();
  for (const [file, input] of Object.entries(r.metafile!.inputs)) {
    for (const imp of input.imports) {
      const name = imp.path.replace(/^node:/, '');
      if (!imp.external || !BUILTINS.has(name)) continue;
      out.set(name, [...new Set([...(out.get(name) ?? []), file.split(path.sep).join('/')])].sort());
    }
  }
  return out;
}

const importersOf = (m: Importers, names: string[]) => names.flatMap((n) => (m.get(n) ?? []).map((f) => `${n} ← ${f}`));

describe('bundles: no network, no processes beyond starting the server', () => {
  // Same entries as esbuild.mjs; the first test checks they still are.
  const ENTRIES = {
    client: 'client/src/extension.ts', server: 'server/src/server-main.ts', cli: 'server/src/cli/main.ts', cliWorker: 'server/src/cli/cli-worker.ts',
  };
  const graph = {
    client: builtinImports(ENTRIES.client, ['vscode']),
    server: builtinImports(ENTRIES.server),
    cli: builtinImports(ENTRIES.cli, ['mammoth', 'pdfjs-dist']),
    cliWorker: builtinImports(ENTRIES.cliWorker, ['mammoth', 'pdfjs-dist']),
  };
  /** The CLI's own worker pool: worker_threads in these two files only. */
  const POOL = ['worker_threads ← server/src/cli/cli-worker.ts', 'worker_threads ← server/src/cli/pool.ts'];
  const outsidePool = (lines: string[]) => lines.filter((l) => !POOL.includes(l));

  it('esbuild.mjs still bundles these four entries', () => {
    const script = readFileSync(path.join(ROOT, 'esbuild.mjs'), 'utf8');
    for (const entry of Object.values(ENTRIES)) assert.ok(script.includes(`'${entry}'`), entry);
  });

  it('no bundle imports http, https, http2, tls, dgram, dns, cluster or worker_threads', () => {
    for (const [name, m] of Object.entries(graph)) {
      assert.deepEqual(outsidePool(importersOf(m, ['http', 'https', 'http2', 'tls', 'dgram', 'dns', 'cluster', 'worker_threads'])), [], name);
    }
  });

  it('the CLI imports neither child_process nor net; worker_threads only in its pool', () => {
    for (const m of [graph.cli, graph.cliWorker]) assert.deepEqual(outsidePool(importersOf(m, [...NETWORK, ...PROCESSES])), []);
    assert.deepEqual(importersOf(graph.cli, ['worker_threads']), [POOL[1]]);
    assert.deepEqual(importersOf(graph.cliWorker, ['worker_threads']), [POOL[0]]);
  });

  it('the server: net only in the JSON-RPC transport, child_process only in the unused Files helpers', () => {
    assert.deepEqual(importersOf(graph.server, NETWORK), ['net ← node_modules/vscode-jsonrpc/lib/node/main.js']);
    assert.deepEqual(importersOf(graph.server, PROCESSES), ['child_process ← node_modules/vscode-languageserver/lib/node/files.js']);
  });

  it('the client: child_process only where vscode-languageclient starts and stops the server', () => {
    assert.ok(importersOf(graph.client, ['child_process']).length > 0, 'the metafile shows the client starting the server');
    for (const line of importersOf(graph.client, PROCESSES)) {
      assert.match(line, /^child_process ← node_modules\/vscode-languageclient\/lib\/node\/(main|processes)\.js$/);
    }
    assert.deepEqual(importersOf(graph.client, NETWORK), ['net ← node_modules/vscode-jsonrpc/lib/node/main.js']);
  });

  it("GovReport's own sources import no network or process module", () => {
    for (const [name, m] of Object.entries(graph)) {
      const own = outsidePool(importersOf(m, [...NETWORK, ...PROCESSES])).filter((l) => !l.includes('node_modules/'));
      assert.deepEqual(own, [], name);
    }
  });
});

describe('dist/*.js as shipped', () => {
  const dist = path.join(ROOT, 'dist');
  const bundles = existsSync(dist) ? readdirSync(dist).filter((f) => f.endsWith('.js')) : [];
  const skip = bundles.length === 0 ? 'dist/ is not built (run node esbuild.mjs)' : false;

  it('no require of a network module, no fetch/XMLHttpRequest/WebSocket, no eval or new Function', { skip }, () => {
    const banned = new RegExp(
      [
        `require\\(["'](?:node:)?(?:${['http', 'https', 'http2', 'tls', 'dgram', 'dns'].join('|')})["']\\)`,
        String.raw`\bfetch\(`, 'XMLHttpRequest', 'WebSocket', String.raw`\beval\(`, String.raw`new Function\(`,
      ].join('|'),
      'g',
    );
    for (const f of bundles) {
      const text = readFileSync(path.join(dist, f), 'utf8');
      assert.deepEqual(text.match(banned) ?? [], [], f);
    }
  });

  it('the CLI bundle requires no child_process or net; the server requires each once at most', { skip }, () => {
    const count = (f: string, m: string) => (readFileSync(path.join(dist, f), 'utf8').match(new RegExp(`require\\(["'](?:node:)?${m}["']\\)`, 'g')) ?? []).length;
    for (const f of ['cli.js', 'cli-worker.js'].filter((b) => bundles.includes(b))) {
      assert.equal(count(f, 'child_process'), 0, f);
      assert.equal(count(f, 'net'), 0, f);
    }
    if (bundles.includes('server.js')) {
      assert.ok(count('server.js', 'child_process') <= 1);
      assert.ok(count('server.js', 'net') <= 1);
    }
  });
});

describe('sources: nothing from the workspace is executed', () => {
  const files = (dir: string): string[] =>
    readdirSync(path.join(ROOT, dir)).flatMap((n) => {
      const rel = path.join(dir, n);
      return statSync(path.join(ROOT, rel)).isDirectory() ? files(rel) : rel.endsWith('.ts') ? [rel] : [];
    });
  const sources = [...files('server/src'), ...files('client/src')].map((f) => ({ f, text: readFileSync(path.join(ROOT, f), 'utf8') }));

  it("the server never uses vscode-languageserver's Files (which runs npm, yarn or a forked resolver)", () => {
    for (const { f, text } of sources) assert.doesNotMatch(text, /\bFiles\s*\.|import\s*\{[^}]*\bFiles\b/, f);
  });

  it('the only requires are the OpenCC dictionaries and, in the CLI, mammoth loaded on the first .docx; the only dynamic import is pdfjs on the first .pdf', () => {
    for (const { f, text } of sources) {
      const code = text.replace(/^\s*\/\/.*$/gm, '');
      for (const m of code.matchAll(/\brequire\(([^)]*)\)/g)) {
        if (f === path.join('server', 'src', 'cli', 'input', 'docx.ts')) assert.match(m[1], /^'mammoth'$/, `${f}: require(${m[1]})`);
        else assert.match(m[1], /^'opencc-js\/t2cn'$/, `${f}: require(${m[1]})`);
      }
      const imports = [...code.matchAll(/\bimport\(([^)]*)\)/g)].map((m) => m[1]);
      if (f === path.join('server', 'src', 'cli', 'input', 'pdf.ts')) assert.deepEqual(imports, ["'pdfjs-dist/legacy/build/pdf.mjs'"], f);
      else assert.deepEqual(imports, [], f);
    }
  });

  it('the client starts the bundled server as a module, never a command or a shell', () => {
    const ext = readFileSync(path.join(ROOT, 'client', 'src', 'extension.ts'), 'utf8');
    assert.match(ext, /module: serverModule/);
    assert.doesNotMatch(ext, /\bcommand\s*:|shell\s*:/);
  });

  it('settings files are parsed as JSON, not required', () => {
    // One reader for the CLI and the editor (.govreportrc.json): parsed, never loaded as code.
    const reader = readFileSync(path.join(ROOT, 'server', 'src', 'config-file.ts'), 'utf8');
    assert.match(reader, /JSON\.parse\(/);
    for (const f of ['config-file.ts', 'workspace-config.ts', path.join('cli', 'config.ts')]) {
      const src = readFileSync(path.join(ROOT, 'server', 'src', f), 'utf8');
      assert.doesNotMatch(src, /\brequire\(|\bimport\(/, f);
    }
    assert.match(readFileSync(path.join(ROOT, 'server', 'src', 'cli', 'config.ts'), 'utf8'), /from '\.\.\/config-file'/);
  });
});
