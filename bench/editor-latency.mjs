// Editor benchmark over real JSON-RPC with the bundled server (dist/server.js --stdio), one fresh
// server process per draft:
//   - first diagnostics: time from textDocument/didOpen to the publishDiagnostics of version 1;
//   - one-cell edit: time from a one-digit didChange of a table cell to the publishDiagnostics of
//     that version (median and p95), which includes the server's debounce (DEBOUNCE_MS), and the
//     lint alone: the server's own time for that version's lint, from the end of the debounce to
//     the result (govReport/checkStatus \`ms\`);
//   - typing bursts (15 KB and 150 KB drafts): 40 characters typed into a paragraph with 0 ms and
//     20 ms between keystrokes; the lag from the last keystroke to the last version's diagnostics,
//     how many lints ran for the burst, and how long a hover sent in the middle of it waited;
//   - memory of the server process (Linux /proc/PID/status): VmRSS after initialize (baseline),
//     after the first diagnostics, and VmHWM (peak RSS) over the whole session.
// Large drafts (1, 5 and 20 MB) are built by concatenating generated drafts and the real seeds, to
// show that time and memory grow about linearly with size. Prints figures; never fails: targets
// are in RESULTS.md.
//
// Usage (after `npm run build`; the large drafts also need `npx tsc -p tsconfig.json`):
//   node bench/editor-latency.mjs                    all drafts: sample, seed 001, 1 MB, 5 MB, 20 MB
//   node bench/editor-latency.mjs --small            the sample and seed 001, typing on 15 KB only
//   node bench/editor-latency.mjs FILE [EDITS]       one file (EDITS one-cell edits, default 50)
//   node bench/editor-latency.mjs --typing           the typing bursts only (15 KB and 150 KB);
//                                                    BENCH_READ_MS=N: the first burst N ms after the open
//   BENCH_SERVER=other/dist/server.js node bench/editor-latency.mjs …   time another build's server
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { connectServer, shutdown } from './lsp-connection.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The server bundle timed: dist/server.js, or BENCH_SERVER (another build's bundle, to compare two builds side by side). */
const server = process.env.BENCH_SERVER ? resolve(process.env.BENCH_SERVER) : join(root, 'dist', 'server.js');
const require = createRequire(import.meta.url);

/** Memory of a process in MB from /proc (Linux), or from ps elsewhere (no peak there). */
function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return { rss: NaN, peak: NaN };
  }
}

const quantile = (sorted, f) => sorted[Math.min(sorted.length - 1, Math.floor(f * sorted.length))];


/**
 * Runs one server session on one text; returns the figures. `steady` more edits follow the measured
 * ones, of which the last `edits` are timed again (`steadyMedian` …): a writer's server after a few
 * hundred edits, its hot paths compiled, where the first edits after the open run colder code.
 */
export async function measure(file, text, edits, steady = 0) {
  const uri = pathToFileURL(file).href;
  const child = spawn(process.execPath, [...SERVER_NODE_ARGS, server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const { conn, diagnosticsFor, timing } = connectServer(child);

  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
  conn.sendNotification('initialized', {});
  const baseline = memoryOf(child.pid);
  const languageId = file.endsWith('.md') ? 'markdown' : 'plaintext';
  const first = diagnosticsFor(1);
  let t0 = performance.now();
  conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  const opened = await first;
  const openMs = performance.now() - t0;
  const afterOpen = memoryOf(child.pid);
  if (READ_MS) await sleep(READ_MS);

  // Edit the first number of the last table row, one digit at a time, as a user typing would.
  const lines = text.split('\n');
  const row = lines.findLastIndex((l) => /\|\s*\d+\s*\|/.test(l) || /\t\d+/.test(l));
  const m = /(\|\s*|\t)(\d+)/.exec(lines[row]);
  const character = m.index + m[1].length;
  const times = [];
  const lint = [];
  const steadyTimes = [];
  const steadyLint = [];
  for (let i = 0; i < edits + steady; i++) {
    const version = i + 2;
    const digit = String((i % 9) + 1);
    const p = diagnosticsFor(version);
    t0 = performance.now();
    conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line: row, character }, end: { line: row, character: character + 1 } }, text: digit }],
    });
    await p;
    const ms = performance.now() - t0;
    if (i < edits) {
      times.push(ms);
      if (timing.lintMs.has(version)) lint.push(timing.lintMs.get(version));
    } else if (i >= edits + steady - edits) {
      steadyTimes.push(ms);
      if (timing.lintMs.has(version)) steadyLint.push(timing.lintMs.get(version));
    }
  }
  const end = memoryOf(child.pid);
  await shutdown(child, conn);
  for (const xs of [times, lint, steadyTimes, steadyLint]) xs.sort((a, b) => a - b);
  return {
    file: relative(root, file),
    bytes: Buffer.byteLength(text),
    diagnostics: opened.diagnostics.length,
    openMs,
    edits,
    median: edits ? quantile(times, 0.5) : NaN,
    p95: edits ? quantile(times, 0.95) : NaN,
    lintMedian: lint.length ? quantile(lint, 0.5) : NaN,
    lintP95: lint.length ? quantile(lint, 0.95) : NaN,
    steady: steadyTimes.length,
    steadyMedian: steadyTimes.length ? quantile(steadyTimes, 0.5) : NaN,
    steadyLintMedian: steadyLint.length ? quantile(steadyLint, 0.5) : NaN,
    steadyLintP95: steadyLint.length ? quantile(steadyLint, 0.95) : NaN,
    rssBaseline: baseline.rss,
    rssAfterOpen: afterOpen.rss,
    peak: end.peak,
  };
}

/**
 * A draft of about `bytes` UTF-8 bytes: generated drafts (all layouts, LF) and the five real seeds
 * concatenated, one blank line apart. Written to .cache/bench-editor/<size>/ so that the server's
 * folder scan (across-file rules) finds nothing else next to it.
 */
export function largeDraft(bytes) {
  const label = bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)}mb` : `${Math.round(bytes / 1024)}kb`;
  const dir = join(root, '.cache', 'bench-editor', label);
  const file = join(dir, `draft-${label}.md`);
  if (existsSync(file) && Math.abs(statSync(file).size - bytes) < 64 * 1024) return file;
  const { generateDraft, matrixOptions } = require(join(root, 'out', 'test', 'gen', 'drafts.js'));
  const seedsDir = join(root, 'test', 'fixtures', 'seeds');
  const seeds = readdirSync(seedsDir).filter((n) => /^\d{3}_.*\.txt$/.test(n)).sort().map((n) => readFileSync(join(seedsDir, n), 'utf8'));
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const t = (i % 20 === 19 ? seeds[(i / 20 | 0) % seeds.length] : generateDraft(matrixOptions(i % 600)).text).replace(/\r\n?/g, '\n');
    parts.push(t);
    size += Buffer.byteLength(t) + 1;
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, parts.join('\n'));
  return file;
}

/** Node options for the server processes (BENCH_SERVER_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/p" to profile them). */
const SERVER_NODE_ARGS = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);

const sleep = (ms) => new Promise((res) => setTimeout(res, ms));
/** The server's debounce, read from the bundle's source so the printout says what was measured. */
const DEBOUNCE = Number(/DEBOUNCE_MS = (\d+)/.exec(readFileSync(server, 'utf8'))?.[1] ?? NaN);

/**
 * Typing bursts: `keystrokes` characters typed one at a time at the end of a prose line, `gapMs`
 * apart (0: sent back to back), `bursts` times in one server, each burst after the diagnostics of the
 * one before. Each burst times the lag from its last keystroke to the diagnostics of its last version,
 * counts the lints the server ran for it, and times a hover on a table cell sent in its middle (it
 * must not wait behind a lint for long). The first burst comes right after the open, on a server
 * whose code has run once (cold); the later ones are a writer's steady state (the JIT has compiled
 * the lint's hot paths), reported as their median.
 */
export async function typing(file, text, keystrokes, gapMs, bursts = 1) {
  const uri = pathToFileURL(file).href;
  const child = spawn(process.execPath, [...SERVER_NODE_ARGS, server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const { conn, diagnosticsFor, timing } = connectServer(child);
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
  conn.sendNotification('initialized', {});
  const languageId = file.endsWith('.md') ? 'markdown' : 'plaintext';
  const opened = diagnosticsFor(1);
  conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  await opened;
  // A writer reads a draft before typing into it (BENCH_READ_MS, default 0: typing at once).
  if (READ_MS) await sleep(READ_MS);
  const lines = text.split('\n');
  // The last long prose line (no table separators): where a writer adds a sentence.
  const line = lines.findLastIndex((l) => l.length > 30 && !/[|\t]/.test(l));
  let character = lines[line].length;
  const cell = lines.findLastIndex((l) => /\|\s*\d+\s*\|/.test(l) || /\t\d+/.test(l));
  const cellAt = /(\|\s*|\t)(\d+)/.exec(lines[cell]);
  const typed = '全年共受理政府信息公开申请件，办结率百分之百。同比增长，较上年有所增加，情况良好。';
  const results = [];
  let version = 1;
  for (let b = 0; b < bursts; b++) {
    const lintsBefore = timing.lintsStarted;
    const publishedBefore = timing.published;
    let hoverMs = NaN;
    let hover;
    let last = 0;
    for (let i = 0; i < keystrokes; i++) {
      version++;
      conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: typed[(b * keystrokes + i) % typed.length] }],
      });
      character++;
      last = performance.now();
      if (i === keystrokes >> 1) {
        const h0 = performance.now();
        hover = conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: cell, character: cellAt.index + cellAt[1].length } })
          .then(() => { hoverMs = performance.now() - h0; });
      }
      if (gapMs) await sleep(gapMs);
    }
    await diagnosticsFor(version);
    const lagMs = performance.now() - last;
    const lintMs = timing.lintMs.get(version) ?? NaN;
    await hover;
    // Last keystroke → the server starts the lint (debounce, the queued changes, settings); lint ended → diagnostics received.
    const waitMs = (timing.started.get(version) ?? NaN) - last;
    const publishMs = (timing.arrived.get(version) ?? NaN) - (timing.ended.get(version) ?? NaN);
    results.push({ keystrokes, gapMs, lagMs, lintMs, waitMs, publishMs, lints: timing.lintsStarted - lintsBefore, published: timing.published - publishedBefore, hoverMs });
    // A pause between bursts, as a writer's between sentences.
    await sleep(200);
  }
  await shutdown(child, conn);
  return bursts === 1 ? results[0] : results;
}

/** A pause between the open's diagnostics and the first burst (ms): BENCH_READ_MS, default 0. */
const READ_MS = Math.max(0, Number(process.env.BENCH_READ_MS) || 0);
/** Bursts per server: the first (cold), bursts 2–6 (early: the JIT still compiling), the last 10 (a writer's steady state). */
const BURSTS = 25;
const STEADY_BURSTS = 10;
/** Edits after the first 50, of which the last 50 are timed as the steady state. */
const STEADY = 250;

async function typingReport(sizes, keystrokes) {
  console.log(`typing bursts: ${keystrokes} characters typed at the end of a paragraph, ${BURSTS} bursts in one server; lag = last keystroke → diagnostics of the burst's last version (target ≤ 100 ms on 150 KB); debounce ${DEBOUNCE} ms; ${READ_MS ? `the first burst ${READ_MS} ms after the open's diagnostics (BENCH_READ_MS)` : 'the first burst right after the open\'s diagnostics'}`);
  const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
  for (const bytes of sizes) {
    const file = largeDraft(bytes);
    const text = readFileSync(file, 'utf8');
    for (const gap of [0, 20]) {
      const rs = await typing(file, text, keystrokes, gap, BURSTS);
      const [first] = rs;
      const early = rs.slice(1, 6);
      const steady = rs.slice(-STEADY_BURSTS);
      const kb = (Buffer.byteLength(text) / 1024).toFixed(0).padStart(4);
      const part = (name, xs) => `${name} median lag ${med(xs.map((r) => r.lagMs)).toFixed(1)} ms (max ${Math.max(...xs.map((r) => r.lagMs)).toFixed(1)}; `
        + `medians: last keystroke → lint starts ${med(xs.map((r) => r.waitMs)).toFixed(1)} ms, lint ${med(xs.map((r) => r.lintMs)).toFixed(1)} ms, lint end → diagnostics received ${med(xs.map((r) => r.publishMs)).toFixed(1)} ms)`;
      console.log(`  ${kb} KB, ${String(gap).padStart(2)} ms between keystrokes: first burst (cold) lag ${first.lagMs.toFixed(1)} ms (its lint ${first.lintMs.toFixed(1)} ms); `
        + `${part('bursts 2–6 (early)', early)}; ${part(`last ${STEADY_BURSTS} of ${BURSTS} (steady)`, steady)}; `
        + `lints started per burst median ${med(rs.map((r) => r.lints))}, published ${med(rs.map((r) => r.published))}, for ${keystrokes} versions each; hover mid-burst median ${med(rs.map((r) => r.hoverMs)).toFixed(1)} ms (max ${Math.max(...rs.map((r) => r.hoverMs)).toFixed(1)})`);
    }
  }
}

const mb = (x) => `${x.toFixed(0)} MB`;

function print(r) {
  const kb = r.bytes / 1024;
  console.log(`editor latency (${r.file}, ${kb >= 1024 ? `${(kb / 1024).toFixed(1)} MB` : `${kb.toFixed(1)} KB`}, ${r.diagnostics} diagnostics)`);
  console.log(`  first diagnostics after open: ${r.openMs.toFixed(1)} ms`);
  if (r.edits) {
    console.log(`  one-cell edit → diagnostics over ${r.edits} edits: median ${r.median.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms (includes the ${DEBOUNCE} ms debounce)`);
    console.log(`  the lint alone (timed in the server, checkStatus \`ms\`): median ${r.lintMedian.toFixed(2)} ms, p95 ${r.lintP95.toFixed(2)} ms (target on a full report: median ≤ 5 ms, p95 ≤ 15 ms)`);
    if (r.steady) console.log(`  after ${STEADY} more edits (a writer's steady state): edit → diagnostics median ${r.steadyMedian.toFixed(2)} ms; the lint alone median ${r.steadyLintMedian.toFixed(2)} ms, p95 ${r.steadyLintP95.toFixed(2)} ms`);
  }
  console.log(`  server RSS: ${mb(r.rssBaseline)} after initialize, ${mb(r.rssAfterOpen)} after first diagnostics (+${mb(r.rssAfterOpen - r.rssBaseline)}), peak ${mb(r.peak)}`);
}

async function main() {
  if (!existsSync(server)) {
    console.error('dist/server.js is missing: run "npm run build" first');
    process.exit(2);
  }
  const args = process.argv.slice(2);
  const positional = args.filter((a) => !a.startsWith('--'));
  if (positional.length) {
    const file = resolve(positional[0]);
    print(await measure(file, readFileSync(file, 'utf8'), Number(positional[1] ?? 50)));
    return;
  }
  if (args.includes('--typing')) {
    await typingReport([15 * 1024, 150 * 1024], 40);
    return;
  }
  const small = [join(root, 'samples', 'sample-2023-report.md'), join(root, 'test', 'fixtures', 'seeds', '001_e1d25a63a80be9ed.txt')];
  for (const f of small) {
    const text = readFileSync(f, 'utf8');
    print(await measure(f, text, 50, STEADY));
    // The same text under a URI whose folder does not exist: the server's scan of the folder for
    // the across-file rules (server/src/related.ts) finds nothing, not even the document itself.
    const alone = await measure(join(root, '.cache', 'bench-editor', 'no-such-folder', basename(f)), text, 50);
    console.log(`  the same text in a folder that does not exist (no across-file summaries): first diagnostics ${alone.openMs.toFixed(1)} ms, edit median ${alone.median.toFixed(2)} ms, p95 ${alone.p95.toFixed(2)} ms`);
  }
  if (!existsSync(join(root, 'out', 'test', 'gen', 'drafts.js'))) {
    console.error('out/test/gen/drafts.js is missing: run "npx tsc -p tsconfig.json" for the generated drafts');
    process.exit(2);
  }
  await typingReport(args.includes('--small') ? [15 * 1024] : [15 * 1024, 150 * 1024], 40);
  if (args.includes('--small')) return;
  const large = [];
  for (const size of [1, 5, 20]) {
    const file = largeDraft(size * 1024 * 1024);
    const r = await measure(file, readFileSync(file, 'utf8'), 3);
    print(r);
    large.push(r);
  }
  console.log('growth with size (large drafts; per MB of UTF-8 text):');
  for (const r of large) {
    const size = r.bytes / 1024 / 1024;
    console.log(`  ${size.toFixed(1).padStart(5)} MB: first diagnostics ${(r.openMs / size).toFixed(0)} ms/MB, edit median ${(r.median / size).toFixed(0)} ms/MB, ` +
      `RSS growth ${((r.rssAfterOpen - r.rssBaseline) / size).toFixed(0)} MB/MB, peak growth ${((r.peak - r.rssBaseline) / size).toFixed(0)} MB/MB`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await main();
