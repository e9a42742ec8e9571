// Batch benchmark: one corpus of generated drafts (bench/corpus.mjs, ≈ 1900 files, ≈ 10 MB, every
// layout and format), timed side by side in one run, each as its own node process so that process
// start-up counts the same for all three:
//   (a) govreport      node bin/govreport.js check --format json <corpus>
//   (b) markdownlint   markdownlint-cli2 '**/*.md' '**/*.txt' run from the corpus folder (its
//                      default rules; .txt linted as Markdown; output off by the corpus's
//                      .markdownlint-cli2.jsonc). Started as `node <its bin>`, which is what `npx
//                      markdownlint-cli2` runs after npx's own start-up (timed once, separately).
//   (c) bare read      a node one-liner that walks the corpus, reads every *.md/*.txt and splits lines.
// The three are interleaved, REPS rounds (default 3), after one untimed warm-up read of the corpus.
// Prints each median and the ratios; never fails.
//
// Then, in this process (compiled modules from out/), where the CLI's time goes: reading, and the
// batch as the CLI runs it now (each file analysed once) next to the way it ran before (every file
// summarised, then analysed again). With --profile, also a CPU profile of (a).
//
// Usage: npm run build && npx tsc -p tsconfig.json && node bench/batch.mjs [--reps N] [--profile] [--no-breakdown] [--quick]
// (--quick: one round of the side-by-side only: no npx run, no 20 MB draft, no breakdown.)
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { availableParallelism, cpus } from 'node:os';
import { ensureCorpus, ROOT } from './corpus.mjs';
import { largeDraft } from './editor-latency.mjs';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const REPS = args.includes('--reps') && Number(args[args.indexOf('--reps') + 1]) > 0 ? Number(args[args.indexOf('--reps') + 1]) : QUICK ? 1 : 3;

const BIN = join(ROOT, 'bin', 'govreport.js');
const MDL_PKG = join(ROOT, 'node_modules', 'markdownlint-cli2', 'package.json');
const MDL_BIN = join(ROOT, 'node_modules', 'markdownlint-cli2', JSON.parse(readFileSync(MDL_PKG, 'utf8')).bin['markdownlint-cli2']);
const MDL_VERSION = JSON.parse(readFileSync(MDL_PKG, 'utf8')).version;

const BARE = `const fs=require('fs'),p=require('path');let lines=0;` +
  `(function w(d){for(const e of fs.readdirSync(d,{withFileTypes:true})){const f=p.join(d,e.name);` +
  `if(e.isDirectory())w(f);else if(/\\.(md|txt)$/i.test(e.name))lines+=fs.readFileSync(f,'utf8').split(/\\r?\\n/).length}})(process.argv[1]);` +
  `process.stdout.write(String(lines))`;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const RSS_FILE = join(ROOT, '.cache', 'bench-rss.txt');
/** The peak RSS (MB) of the last timed() run, worker threads included, when /usr/bin/time is there. */
let lastRssMb = null;

function timed(cmd, argv, cwd, okStatuses, env = process.env) {
  mkdirSync(dirname(RSS_FILE), { recursive: true });
  const [c, a] = TIME ? [TIME, ['-f', '%M', '-o', RSS_FILE, cmd, ...argv]] : [cmd, argv];
  const t0 = performance.now();
  const r = spawnSync(c, a, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  lastRssMb = TIME ? Number(readFileSync(RSS_FILE, 'utf8').trim().split('\n').pop()) / 1024 : null;
  const ms = performance.now() - t0;
  if (r.error || !okStatuses.includes(r.status)) {
    throw new Error(`${cmd} ${argv.join(' ')} failed (status ${r.status}): ${r.error?.message ?? ''}${(r.stderr ?? '').slice(0, 2000)}`);
  }
  return ms;
}

const tools = (corpus) => ({
  govreport: () => timed(process.execPath, [BIN, 'check', '--format', 'json', corpus], ROOT, [0, 1]),
  // The same on a pool of POOL worker threads (GOVREPORT_WORKERS), whatever the default.
  pool: () => timed(process.execPath, [BIN, 'check', '--format', 'json', corpus], ROOT, [0, 1], { ...process.env, GOVREPORT_WORKERS: String(POOL) }),
  markdownlint: () => timed(process.execPath, [MDL_BIN, '**/*.md', '**/*.txt'], corpus, [0, 1]),
  bare: () => timed(process.execPath, ['-e', BARE, corpus], ROOT, [0]),
});

function sideBySide(corpus) {
  const run = tools(corpus);
  run.bare(); // warm the page cache: every tool then reads from memory
  const times = { govreport: [], pool: [], markdownlint: [], bare: [] };
  const rss = { govreport: [], pool: [], markdownlint: [], bare: [] };
  for (let i = 0; i < REPS; i++) {
    for (const name of Object.keys(times)) {
      times[name].push(run[name]());
      rss[name].push(lastRssMb);
    }
    process.stdout.write(`  round ${i + 1}/${REPS}: ${Object.entries(times).map(([n, t]) => `${n} ${(t[i] / 1000).toFixed(2)} s`).join(', ')}\n`);
  }
  return Object.fromEntries(Object.entries(times).map(([n, t]) => [n, { runs: t, median: median(t), rssMb: TIME ? Math.max(...rss[n]) : null }]));
}

/** Output facts of one govreport run (files, kinds, findings), from its JSON. */
function govreportFacts(corpus) {
  const r = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', corpus], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const json = JSON.parse(r.stdout);
  const kinds = {};
  let findings = 0;
  for (const f of json.files) {
    kinds[f.kind] = (kinds[f.kind] ?? 0) + 1;
    findings += f.diagnostics.length;
  }
  return { files: json.files.length, kinds, findings, jsonBytes: Buffer.byteLength(r.stdout) };
}

/**
 * The CLI's phases in process (out/server/src/cli, the same code as dist/cli.js unbundled): the
 * batch as the CLI runs it now (server/src/cli/run.ts: each file read, analysed, linted and
 * summarised once by checkAlone; checked again by checkFile only when a previous-year report of
 * the same issuer is in the run), next to the way it ran before (every file summarised, then every
 * file read, analysed and linted again). The findings of both are compared, so the times are for
 * the same answer.
 */
function breakdown(corpus) {
  const out = (p) => join(ROOT, 'out', 'server', 'src', p);
  const { expandPaths } = require(out('cli/files.js'));
  const { readTextFile } = require(out('cli/decode.js'));
  const { checkAlone, checkFile } = require(out('cli/check.js'));
  const core = require(out('core/index.js'));
  const paths = expandPaths([corpus]).entries.map((e) => e.path);
  const settings = core.DEFAULT_SETTINGS;
  // Warm the JIT and the OpenCC dictionaries so the first phase is not charged for them.
  for (const p of paths.slice(0, 30)) checkFile(p, settings, false, []);

  let t0 = performance.now();
  for (const p of paths) readTextFile(p);
  const readMs = performance.now() - t0;

  const twiceRun = () => {
    let t = performance.now();
    const related = [];
    for (const p of paths) {
      const read = readTextFile(p);
      if (!read.ok) continue;
      const s = core.summarize(read.text, p);
      if (s.kind !== null) related.push(s);
    }
    const summarizeMs = performance.now() - t;
    t = performance.now();
    const results = paths.map((p) => checkFile(p, settings, false, related).result);
    return { summarizeMs, checkMs: performance.now() - t, results };
  };
  const onceRun = () => {
    const t = performance.now();
    const alone = paths.map((p) => checkAlone(p, settings));
    const related = alone.flatMap((a) => (a.summary ? [a.summary] : []));
    let relinted = 0;
    const results = paths.map((p, i) => {
      const s = alone[i].summary;
      if (!s || !core.previousOf(s, related.filter((r) => r.path !== p))) return alone[i].outcome.result;
      relinted++;
      return checkFile(p, settings, false, related).result;
    });
    return { ms: performance.now() - t, results, relinted };
  };
  // Alternated twice, the faster of each counts: the two compete for the same warm JIT and heap.
  const c1 = twiceRun();
  const p1 = onceRun();
  const c2 = twiceRun();
  const p2 = onceRun();
  const cur = c1.summarizeMs + c1.checkMs <= c2.summarizeMs + c2.checkMs ? c1 : c2;
  const once = p1.ms <= p2.ms ? p1 : p2;
  const key = (f) => `${f.rule}@${f.line}:${f.column}-${f.endLine}:${f.endColumn}`;
  const same = cur.results.every((r, i) => r.diagnostics.map(key).sort().join('|') === once.results[i].diagnostics.map(key).sort().join('|'));
  return {
    files: paths.length, readMs, summarizeMs: cur.summarizeMs, checkMs: cur.checkMs, prototypeMs: once.ms, relinted: once.relinted, same,
    runs: [c1, c2].map((c) => c.summarizeMs + c.checkMs), protoRuns: [p1.ms, p2.ms],
  };
}

function profile(corpus) {
  const dir = join(ROOT, '.cache', 'bench-profile');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, BIN, 'check', '--format', 'json', corpus], { cwd: ROOT, stdio: 'ignore' });
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  const prof = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  let total = 0;
  prof.samples.forEach((id, i) => { self.set(id, (self.get(id) ?? 0) + prof.timeDeltas[i]); total += prof.timeDeltas[i]; });
  const name = (n) => n.callFrame.functionName || '(anonymous)';
  const selfBy = new Map();
  const inclBy = new Map();
  for (const [id, t] of self) {
    const n = byId.get(id);
    const k = n.callFrame.url ? `${name(n)} (${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1})` : name(n).slice(0, 60);
    selfBy.set(k, (selfBy.get(k) ?? 0) + t);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const fn = name(byId.get(cur));
      if (!seen.has(fn)) { seen.add(fn); inclBy.set(fn, (inclBy.get(fn) ?? 0) + t); }
    }
  }
  const pct = (t) => `${(t / 1000).toFixed(0).padStart(5)} ms ${((100 * t) / total).toFixed(1).padStart(5)}%`;
  console.log(`\nCPU profile of (a) (${relative(ROOT, join(dir, file))}), ${(total / 1e6).toFixed(2)} s sampled`);
  console.log('  inclusive, by phase:');
  for (const fn of ['runCheck', 'checkAlone', 'checkFile', 'readTextFile', 'analyze', 'parseDocument', 'buildReport', 'interpretTable', 'bestRow', 'lintAnalysis', 'convert', 'normalize', 'simplifyEdits', 'proseSentences', 'formatJson']) {
    if (inclBy.has(fn)) console.log(`    ${fn.padEnd(16)} ${pct(inclBy.get(fn))}`);
  }
  console.log('  self time, top 12:');
  for (const [k, t] of [...selfBy].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`    ${pct(t)}  ${k}`);
}

/** The CLI's worker count for a batch of `files` (its own workerCount, from out/): 1 or less is the main thread. */
function workersFor(files) {
  return require(join(ROOT, 'out', 'server', 'src', 'cli', 'pool.js')).workerCount(files);
}

/** The pool timed beside the default: as many workers as cores, at least two. */
const POOL = Math.max(2, availableParallelism());

/**
 * Scaling: three corpora of distinct generated drafts, 1×, 4× and 16× (bench/corpus.mjs at those
 * sizes, plus the same 21 real files in each), govreport (default workers) and the bare read one
 * after the other for each size; time per file and peak RSS against 1×.
 */
function scaling() {
  const base = { matrix: 100, meaning: 12 };
  const rows = [];
  for (const k of [1, 4, 16]) {
    const c = ensureCorpus({ matrix: base.matrix * k, meaning: base.meaning * k }, join(ROOT, '.cache', `bench-scale-${k}`));
    tools(c.dir).bare();
    const g = timed(process.execPath, [BIN, 'check', '--format', 'json', c.dir], ROOT, [0, 1]);
    const rss = lastRssMb;
    const b = timed(process.execPath, ['-e', BARE, c.dir], ROOT, [0]);
    rows.push({ k, files: c.files, mb: c.bytes / 1024 / 1024, g, b, rss });
  }
  console.log(`\nscaling (distinct drafts; govreport with its default workers; one run each):`);
  for (const r of rows) {
    console.log(`  ${String(r.k).padStart(2)}×  ${String(r.files).padStart(5)} files ${r.mb.toFixed(1).padStart(6)} MB  govreport ${(r.g / 1000).toFixed(2).padStart(6)} s (${(r.g / r.files).toFixed(1)} ms/file, ×${(r.g / rows[0].g).toFixed(1)} of 1×)  bare ${(r.b / 1000).toFixed(2)} s  ratio ${(r.g / r.b).toFixed(1)}${r.rss === null ? '' : `  peak RSS ${r.rss.toFixed(0)} MB (×${(r.rss / rows[0].rss).toFixed(2)} of 1×)`}`);
  }
}

async function main() {
  for (const [f, what] of [[join(ROOT, 'dist', 'cli.js'), 'npm run build'], [join(ROOT, 'out', 'test', 'gen', 'drafts.js'), 'npx tsc -p tsconfig.json']]) {
    if (!existsSync(f)) {
      console.error(`${relative(ROOT, f)} is missing: run "${what}" first`);
      process.exit(2);
    }
  }
  const c = ensureCorpus();
  console.log(`batch: ${c.files} files, ${(c.bytes / 1024 / 1024).toFixed(2)} MB in ${relative(ROOT, c.dir)}${c.generatedMs ? ` (generated in ${(c.generatedMs / 1000).toFixed(1)} s)` : ''}; markdownlint-cli2 ${MDL_VERSION}; ${REPS} rounds`);
  const facts = govreportFacts(c.dir);
  console.log(`  govreport reads ${facts.files} files: ${Object.entries(facts.kinds).map(([k, n]) => `${n} ${k}`).join(', ')}; ${facts.findings} findings; ${(facts.jsonBytes / 1024 / 1024).toFixed(1)} MB of JSON`);
  const m = sideBySide(c.dir);
  const mb = c.bytes / 1024 / 1024;
  const rssOf = (n) => (m[n].rssMb === null ? '' : `, peak RSS ${m[n].rssMb.toFixed(0)} MB`);
  const line = (n, label) => console.log(`  ${label.padEnd(40)} median ${(m[n].median / 1000).toFixed(2).padStart(6)} s  (${(mb / (m[n].median / 1000)).toFixed(1)} MB/s; runs ${m[n].runs.map((t) => (t / 1000).toFixed(2)).join(', ')}${rssOf(n)})`);
  const defaultWorkers = workersFor(c.files);
  line('govreport', `(a) govreport check --format json (${defaultWorkers > 1 ? `${defaultWorkers} workers` : 'main thread'})`);
  line('pool', `(a2) the same, GOVREPORT_WORKERS=${POOL}`);
  line('markdownlint', '(b) markdownlint-cli2 (default rules)');
  line('bare', '(c) bare read + split lines');
  const r1 = m.govreport.median / m.markdownlint.median;
  const r2 = m.govreport.median / m.bare.median;
  console.log(`  govreport / markdownlint = ${r1.toFixed(2)} (target ≤ 0.15: ${r1 <= 0.15 ? 'met' : 'missed'})`);
  console.log(`  govreport / bare read    = ${r2.toFixed(1)} (target ≤ 12: ${r2 <= 12 ? 'met' : 'missed'})`);
  console.log(`  ${POOL} workers / default    = ${(m.pool.median / m.govreport.median).toFixed(2)} (${cpus().length} cores; peak RSS ${m.pool.rssMb === null ? '?' : m.pool.rssMb.toFixed(0)} against ${m.govreport.rssMb === null ? '?' : m.govreport.rssMb.toFixed(0)} MB)`);
  if (QUICK) return;
  const npx = spawnSync('npx', ['--no-install', 'markdownlint-cli2', '--help'], { cwd: c.dir, stdio: 'ignore' });
  if (!npx.error) {
    const t0 = performance.now();
    spawnSync('npx', ['--no-install', 'markdownlint-cli2', '**/*.md', '**/*.txt'], { cwd: c.dir, stdio: 'ignore' });
    console.log(`  (b) once through npx instead of node: ${((performance.now() - t0) / 1000).toFixed(2)} s (npx's own start-up added)`);
  }

  // One very large draft (the editor benchmark's 20 MB concatenation of drafts), once.
  const big = largeDraft(20 * 1024 * 1024);
  const bigMs = timed(process.execPath, [BIN, 'check', '--format', 'json', big], ROOT, [0, 1]);
  const bigRss = lastRssMb;
  const bare = timed(process.execPath, ['-e', BARE, dirname(big)], ROOT, [0]);
  console.log(`  one 20 MB draft (${relative(ROOT, big)}): govreport ${(bigMs / 1000).toFixed(2)} s (${(20 / (bigMs / 1000)).toFixed(1)} MB/s${bigRss === null ? '' : `, peak RSS ${bigRss.toFixed(0)} MB`}), bare read ${(bare / 1000).toFixed(2)} s; ratio ${(bigMs / bare).toFixed(1)} (target ≤ 20, peak ≤ 300 MB)`);

  scaling();

  if (!args.includes('--no-breakdown')) {
    const b = breakdown(c.dir);
    console.log(`\nwhere the CLI's time goes (in process, ${b.files} files, JIT warmed):`);
    console.log(`  read + decode every file          ${(b.readMs / 1000).toFixed(2)} s`);
    console.log(`  before: summaries of every file     ${(b.summarizeMs / 1000).toFixed(2)} s  (${((100 * b.summarizeMs) / (b.summarizeMs + b.checkMs)).toFixed(0)}% of its total: every file read and analysed a second time)`);
    console.log(`  before: checkFile × ${b.files} (read, lint, convert) ${(b.checkMs / 1000).toFixed(2)} s`);
    console.log(`  before: total                       ${((b.summarizeMs + b.checkMs) / 1000).toFixed(2)} s  (faster of ${b.runs.map((t) => (t / 1000).toFixed(2)).join(', ')})`);
    console.log(`  now: each file analysed once        ${(b.prototypeMs / 1000).toFixed(2)} s  (${b.relinted} files with a previous-year report checked again for the across-file rules; same findings: ${b.same ? 'yes' : 'NO'}; faster of ${b.protoRuns.map((t) => (t / 1000).toFixed(2)).join(', ')}; ratio now/before ${(b.prototypeMs / (b.summarizeMs + b.checkMs)).toFixed(2)})`);
  }
  if (args.includes('--profile')) profile(c.dir);
}

await main();
