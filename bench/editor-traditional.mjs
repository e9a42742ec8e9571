// Editor memory on Traditional-script drafts (issue 13): script-traditional's whole-draft fix has
// one edit per changed run of characters. The server (dist/server.js --stdio, a fresh process per
// draft) opens the draft; figures:
//   - first diagnostics: time from textDocument/didOpen to the publishDiagnostics of version 1;
//   - the size of that publishDiagnostics notification (JSON characters);
//   - the server's V8 heap after a full GC with the analysis cached (heapUsed), and its peak RSS
//     (VmHWM) over the session;
//   - the time of the quick-fix code action on the script-traditional diagnostic (it builds the
//     whole-draft fix) and the number of edits it returns.
// The heap is read inside the server process: it runs under a small wrapper (this file with
// --child) started with --expose-gc, which writes process.memoryUsage() after gc() on SIGUSR2.
// Drafts: Simplified drafts (generated drafts and the real seeds, as in editor-latency.mjs)
// converted to Traditional with opencc-js (cn → tw), about 150 KB and 5 MB, in .cache/.
// Prints figures; never fails.
//
// Usage (after `npm run build` and `npx tsc -p tsconfig.json`):
//   node bench/editor-traditional.mjs [--server PATH/dist/server.js ...] [--reps N]
// Several --server arguments (say an old build in a git worktree and this one) are run one after
// the other on each draft, N rounds, so that their figures come from the same minutes.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { connectServer, shutdown } from './lsp-connection.mjs';

const self = fileURLToPath(import.meta.url);
const root = join(dirname(self), '..');
const require = createRequire(import.meta.url);

if (process.argv[2] === '--child') {
  // node --expose-gc editor-traditional.mjs --child SERVER OUT --stdio
  const [, , , serverJs, out] = process.argv;
  process.on('SIGUSR2', () => {
    globalThis.gc?.();
    globalThis.gc?.();
    const m = process.memoryUsage();
    writeFileSync(out, JSON.stringify({ heapUsed: m.heapUsed, rss: m.rss }));
  });
  process.argv = [process.argv[0], serverJs, '--stdio'];
  require(serverJs);
} else {
  await main();
}

function peakOf(pid) {
  try {
    return Number(/^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;
  } catch {
    return NaN;
  }
}

async function heapOf(child, out) {
  rmSync(out, { force: true });
  child.kill('SIGUSR2');
  for (let i = 0; i < 600 && !existsSync(out); i++) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 50));
  return JSON.parse(readFileSync(out, 'utf8'));
}

async function measure(serverJs, file, text) {
  const out = join(tmpdir(), `govreport-heap-${process.pid}.json`);
  const child = spawn(process.execPath, ['--expose-gc', self, '--child', serverJs, out, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const { conn, diagnosticsFor } = connectServer(child);
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { configuration: true, workspaceEdit: { documentChanges: true } }, textDocument: { codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } } } },
  });
  conn.sendNotification('initialized', {});
  const base = await heapOf(child, out);
  const uri = pathToFileURL(file).href;
  const first = diagnosticsFor(1);
  let t0 = performance.now();
  conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  const published = await first;
  const openMs = performance.now() - t0;
  const bytes = JSON.stringify(published).length;
  const opened = await heapOf(child, out);
  const d = published.diagnostics.find((x) => x.code === 'script-traditional');
  let actionMs = NaN;
  let edits = 0;
  if (d) {
    t0 = performance.now();
    const actions = await conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
    actionMs = performance.now() - t0;
    const fix = actions.find((a) => a.isPreferred);
    edits = fix?.edit?.documentChanges?.[0]?.edits.length ?? fix?.edit?.changes?.[uri]?.length ?? 0;
  }
  const peak = peakOf(child.pid);
  await shutdown(child, conn);
  rmSync(out, { force: true });
  return { diagnostics: published.diagnostics.length, openMs, bytes, heapBase: base.heapUsed, heapOpen: opened.heapUsed, peak, actionMs, edits };
}

/** About `bytes` UTF-8 bytes of Traditional text; with `maxChars`, cut to at most that many UTF-16 units. */
function traditionalDraft(bytes, maxChars = Infinity) {
  const label = (bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)}mb` : `${Math.round(bytes / 1024)}kb`) + (maxChars < Infinity ? '-editor-limit' : '');
  const dir = join(root, '.cache', 'bench-editor', `traditional-${label}`);
  const file = join(dir, `draft-${label}.txt`);
  if (existsSync(file)) return file;
  const { generateDraft, matrixOptions } = require(join(root, 'out', 'test', 'gen', 'drafts.js'));
  const seedsDir = join(root, 'test', 'fixtures', 'seeds');
  const seeds = ['000_716b3ab937427b7d.txt', '001_e1d25a63a80be9ed.txt'].filter((n) => existsSync(join(seedsDir, n))).map((n) => readFileSync(join(seedsDir, n), 'utf8'));
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const t = (i % 20 === 19 && seeds.length ? seeds[(i / 20 | 0) % seeds.length] : generateDraft(matrixOptions(i % 600)).text).replace(/\r\n?/g, '\n');
    parts.push(t);
    size += Buffer.byteLength(t) + 1;
  }
  const OpenCC = require('opencc-js');
  const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
  mkdirSync(dir, { recursive: true });
  let text = parts.map((p) => toTw(p)).join('\n');
  // Cut at a line end (whole drafts are not needed: it is one long document either way).
  if (text.length > maxChars) text = text.slice(0, text.lastIndexOf('\n', maxChars) + 1);
  writeFileSync(file, text);
  return file;
}

async function main() {
  const args = process.argv.slice(2);
  const servers = [];
  let reps = 1;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--server') servers.push(resolve(args[++i]));
    else if (args[i] === '--reps') reps = Number(args[++i]);
  }
  if (servers.length === 0) servers.push(join(root, 'dist', 'server.js'));
  const mb = (x) => `${(x / 1024 / 1024).toFixed(1)} MB`;
  // The editor checks documents up to MAX_EDITOR_CHARS (server/src/limits.ts, 2 Mi UTF-16 units):
  // a 5 MB draft is over it (read for its kind only), so the largest draft it checks is measured too.
  const limit = 2 * 1024 * 1024 - 1024;
  for (const [size, maxChars] of [[150 * 1024, Infinity], [5 * 1024 * 1024, Infinity], [6 * 1024 * 1024, limit]]) {
    const file = traditionalDraft(size, maxChars);
    const text = readFileSync(file, 'utf8');
    console.log(`${file.slice(root.length + 1)} (${(Buffer.byteLength(text) / 1024).toFixed(0)} KB, ${text.length} UTF-16 units)`);
    for (let r = 0; r < reps; r++) {
      for (const s of servers) {
        const m = await measure(s, file, text);
        console.log(`  ${s}: ${m.diagnostics} diagnostics, first diagnostics ${m.openMs.toFixed(0)} ms, publish ${(m.bytes / 1024).toFixed(0)} K chars; ` +
          `heap after GC ${mb(m.heapBase)} → ${mb(m.heapOpen)} (+${mb(m.heapOpen - m.heapBase)}), peak RSS ${m.peak.toFixed(0)} MB; ` +
          `quick fix ${m.actionMs.toFixed(0)} ms, ${m.edits} edits`);
      }
    }
  }
}
