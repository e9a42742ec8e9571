// Editor benchmark: time from a one-cell edit (textDocument/didChange) to the fresh
// publishDiagnostics for that version, over real JSON-RPC with the bundled server
// (dist/server.js --stdio). Prints median and p95; never fails: targets are in RESULTS.md.
// Usage: npm run build && node bench/editor-latency.mjs [FILE] [EDITS]
import { spawn } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import * as rpc from 'vscode-jsonrpc/node.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const server = join(root, 'dist', 'server.js');
if (!existsSync(server)) {
  console.error('dist/server.js is missing: run "npm run build" first');
  process.exit(2);
}
const file = resolve(process.argv[2] ?? join(root, 'samples', 'sample-2023-report.md'));
const edits = Number(process.argv[3] ?? 50);
const text = readFileSync(file, 'utf8');
const uri = pathToFileURL(file).href;

const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
const waiting = new Map();
conn.onNotification('textDocument/publishDiagnostics', (p) => {
  const w = waiting.get(p.version);
  if (w) { waiting.delete(p.version); w(p); }
});
conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
conn.onRequest('client/registerCapability', () => null);
conn.listen();
const diagnosticsFor = (version) => new Promise((res) => waiting.set(version, res));

await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
conn.sendNotification('initialized', {});
const languageId = file.endsWith('.md') ? 'markdown' : 'plaintext';
let first = diagnosticsFor(1);
let t0 = performance.now();
conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
const opened = await first;
const openMs = performance.now() - t0;

// Edit the first number of the last table row, one digit at a time, as a user typing would.
const lines = text.split('\n');
const row = lines.findLastIndex((l) => /\|\s*\d+\s*\|/.test(l) || /\t\d+/.test(l));
const m = /(\|\s*|\t)(\d+)/.exec(lines[row]);
const character = m.index + m[1].length;
const times = [];
for (let i = 0; i < edits; i++) {
  const version = i + 2;
  const digit = String((i % 9) + 1);
  const p = diagnosticsFor(version);
  t0 = performance.now();
  conn.sendNotification('textDocument/didChange', {
    textDocument: { uri, version },
    contentChanges: [{ range: { start: { line: row, character }, end: { line: row, character: character + 1 } }, text: digit }],
  });
  await p;
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const q = (f) => times[Math.min(times.length - 1, Math.floor(f * times.length))];
console.log(`editor latency (${file.replace(root + '/', '')}, ${(text.length / 1024).toFixed(1)} KB, ${opened.diagnostics.length} diagnostics)`);
console.log(`  first diagnostics after open: ${openMs.toFixed(1)} ms`);
console.log(`  one-cell edit → diagnostics over ${edits} edits: median ${q(0.5).toFixed(2)} ms, p95 ${q(0.95).toFixed(2)} ms (target: median ≤ 10 ms, p95 ≤ 25 ms)`);
await conn.sendRequest('shutdown');
conn.sendNotification('exit');
conn.dispose();
child.kill();
