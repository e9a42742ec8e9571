// Activation benchmark: how long from the extension being loaded to the language server answering
// `initialize`. There is no VS Code here, so two honest approximations, each over REPS fresh
// processes (default 10), medians printed; never fails:
//
// 1. Server alone: start dist/server.js as vscode-languageclient does for TransportKind.ipc
//    (child_process.fork, `--node-ipc --clientProcessId=…`, silent) and time fork → initialize
//    result; the same over --stdio (spawn) for generic LSP clients.
// 2. Client + server: in a fresh node process, require dist/extension.js against a stub `vscode`
//    module (every top-level name of @types/vscode, each a permissive proxy; env.language and
//    workspace.workspaceFolders given real values) and call activate() with a minimal
//    ExtensionContext. The real vscode-languageclient code runs: it forks the real server and
//    activate() resolves once client.start() has the initialize result. Times: require of the
//    bundle, activate() → fork, fork → initialize result (seen on the IPC channel), activate()
//    → resolved, and require + activate in all.
//
// Not measured: VS Code's extension host start-up and activation-event dispatch, the real vscode
// API behind the proxies (output channel, diagnostic collection, status bar: near zero here), and
// Electron's node (ELECTRON_RUN_AS_NODE) which VS Code uses to run the server instead of `node`.
//
// Usage: npm run build && node bench/activation.mjs [--reps N]
import { fork, spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import Module from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as rpc from 'vscode-jsonrpc/node.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SERVER = join(ROOT, 'dist', 'server.js');
const EXTENSION = join(ROOT, 'dist', 'extension.js');
const args = process.argv.slice(2);
const REPS = args.includes('--reps') ? Number(args[args.indexOf('--reps') + 1]) : 10;
const INIT = { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function serverAlone(transport) {
  const t0 = performance.now();
  const child = transport === 'ipc'
    ? fork(SERVER, ['--node-ipc', `--clientProcessId=${process.pid}`], { silent: true, execArgv: [] })
    : spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = transport === 'ipc'
    ? rpc.createMessageConnection(new rpc.IPCMessageReader(child), new rpc.IPCMessageWriter(child))
    : rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  conn.listen();
  await conn.sendRequest('initialize', INIT);
  const ms = performance.now() - t0;
  const exited = new Promise((res) => child.once('exit', res));
  await conn.sendRequest('shutdown');
  await conn.sendNotification('exit');
  await exited;
  conn.dispose();
  return ms;
}

/** A callable, constructible object that answers every property with another such object. */
function permissive(name) {
  const props = new Map();
  return new Proxy(function () {}, {
    get(target, p) {
      if (props.has(p)) return props.get(p);
      if (p === 'then') return undefined; // not a thenable: `await stub.x` must not hang
      if (p === 'prototype') return target.prototype;
      if (p === Symbol.toPrimitive) return (hint) => (hint === 'number' ? 0 : '');
      if (p === Symbol.iterator) return function* () {};
      if (typeof p === 'symbol') return undefined;
      const v = permissive(`${name}.${p}`);
      props.set(p, v);
      return v;
    },
    set(_, p, v) {
      props.set(p, v);
      return true;
    },
    apply: () => permissive(`${name}()`),
    construct: () => permissive(`new ${name}`),
  });
}

function vscodeStub() {
  const dts = readFileSync(join(ROOT, 'node_modules', '@types', 'vscode', 'index.d.ts'), 'utf8');
  const stub = {};
  for (const m of dts.matchAll(/^\texport (?:namespace|class|enum|const|function|let) ([A-Za-z_]\w*)/gm)) stub[m[1]] = permissive(`vscode.${m[1]}`);
  const withDefaults = (name, values) => {
    const rest = permissive(`vscode.${name}`);
    return new Proxy(values, { get: (t, p) => (p in t ? t[p] : rest[p]) });
  };
  stub.version = '1.82.0';
  stub.env = withDefaults('env', { language: 'zh-cn', appName: 'bench', uriScheme: 'vscode' });
  stub.workspace = withDefaults('workspace', { workspaceFolders: undefined, textDocuments: [], name: undefined });
  return stub;
}

/** Runs in a fresh process (`--host`): loads and activates the extension; prints its times as JSON. */
async function host() {
  const stub = vscodeStub();
  const resolveFilename = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    return request === 'vscode' ? 'vscode' : resolveFilename.call(this, request, ...rest);
  };
  const require = createRequire(import.meta.url);
  require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: stub };
  // Watch the fork vscode-languageclient makes, and the initialize result on its IPC channel.
  const cp = require('node:child_process');
  const realFork = cp.fork;
  const seen = {};
  cp.fork = function (...a) {
    seen.fork = performance.now();
    const child = realFork.apply(this, a);
    child.on('message', (m) => {
      if (seen.initialized === undefined && m && m.result && m.result.capabilities) seen.initialized = performance.now();
    });
    return child;
  };
  const t0 = performance.now();
  const extension = require(EXTENSION);
  const t1 = performance.now();
  const context = {
    subscriptions: [],
    asAbsolutePath: (p) => join(ROOT, p),
    extensionPath: ROOT,
    extensionUri: permissive('extensionUri'),
    globalState: permissive('globalState'),
    workspaceState: permissive('workspaceState'),
    extensionMode: 1,
  };
  await extension.activate(context);
  const t2 = performance.now();
  await extension.deactivate();
  process.stdout.write(JSON.stringify({
    require: t1 - t0,
    toFork: seen.fork - t1,
    forkToInit: seen.initialized - seen.fork,
    activate: t2 - t1,
    total: t2 - t0,
    serverStarted: seen.initialized !== undefined,
  }));
  // Stub objects may hold the event loop open (the real vscode API would be torn down by VS Code).
  process.exit(0);
}

async function main() {
  for (const f of [SERVER, EXTENSION]) {
    if (!existsSync(f)) {
      console.error(`${f} is missing: run "npm run build" first`);
      process.exit(2);
    }
  }
  await serverAlone('ipc'); // warm the file cache
  const ipc = [];
  const stdio = [];
  for (let i = 0; i < REPS; i++) {
    ipc.push(await serverAlone('ipc'));
    stdio.push(await serverAlone('stdio'));
  }
  console.log(`activation (${REPS} fresh processes each; medians)`);
  console.log(`  server alone, fork --node-ipc → initialize result: ${median(ipc).toFixed(1)} ms (min ${Math.min(...ipc).toFixed(1)}, max ${Math.max(...ipc).toFixed(1)})`);
  console.log(`  server alone, spawn --stdio → initialize result:   ${median(stdio).toFixed(1)} ms (min ${Math.min(...stdio).toFixed(1)}, max ${Math.max(...stdio).toFixed(1)})`);

  const runs = [];
  for (let i = 0; i < REPS; i++) {
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--host'], { cwd: ROOT, encoding: 'utf8' });
    try {
      runs.push(JSON.parse(r.stdout));
    } catch {
      console.log(`  client + server: the stubbed activation failed (status ${r.status}): ${r.stderr.slice(0, 1000)}`);
      return;
    }
  }
  if (!runs.every((r) => r.serverStarted)) {
    console.log('  client + server: activate() resolved without the server answering initialize; no figure');
    return;
  }
  const m = (k) => median(runs.map((r) => r[k])).toFixed(1);
  console.log(`  client + server (real vscode-languageclient, stub vscode API):`);
  console.log(`    require('dist/extension.js')           ${m('require')} ms`);
  console.log(`    activate() → fork of the server        ${m('toFork')} ms`);
  console.log(`    fork → initialize result               ${m('forkToInit')} ms`);
  console.log(`    activate() → resolved (client started) ${m('activate')} ms`);
  const total = median(runs.map((r) => r.total));
  console.log(`    require + activate, in all             ${total.toFixed(1)} ms (target ≤ 100 ms: ${total <= 100 ? 'met' : 'missed'})`);
}

if (args.includes('--host')) await host();
else await main();
