// Cold-start benchmark: what the first lints of a fresh process cost, under V8 flags and with a V8
// code cache, side by side in one run (issue 13: the first lints after a draft is opened run cold code).
//   1. Lints in a fresh process: for each configuration (node flags), ROUNDS fresh processes each
//      analyse and lint the same draft LINTS times (one character changed each time, so no memo keyed
//      by the text hits), the configurations interleaved round by round. Printed, medians over the
//      rounds: the CPU time (all threads: V8's background compilers and GC count) and the wall time of
//      the first lint, of lints 1–10 together, per lint after the tenth, and the peak RSS.
//   2. The CLI on one file (bin/govreport.js check --format json FILE), ROUNDS fresh processes, plain
//      and through a V8 code cache of dist/cli.js (vm.Script cachedData made by a first run, with every
//      function that run compiled), interleaved: user and system CPU and peak RSS (/usr/bin/time).
//      Only a measurement: the CLI does not ship a code cache (bench/RESULTS.md says why).
// The load average is printed with each section: on a shared machine only the CPU times compare.
// Prints figures; never fails.
//
// Usage (after `npm run build && npx tsc -p tsconfig.json`; the 150 KB draft is made by
// `node bench/editor-latency.mjs --typing`):
//   node bench/cold-start.mjs [--rounds N] [--lints N] [--config 'label:flags' …] [--no-cli] [FILE]
// Without --config: the default node, --maglev, --always-sparkplug, --no-lazy-feedback-allocation,
// --max-semi-space-size=32, --interrupt-budget=16896 (a quarter of V8 11.3's default), and
// --no-turbo-inlining (what the bundles' entries set: server/src/v8-flags.ts).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const ROUNDS = Number(option('--rounds', 5));
const LINTS = Math.max(Number(option('--lints', 12)), 11);
const configs = args.flatMap((a, i) => (args[i - 1] === '--config' ? [a] : []));
const positional = args.filter((a, i) => !a.startsWith('--') && !['--rounds', '--lints', '--config'].includes(args[i - 1]));
const FILE = resolve(positional[0] ?? join(root, '.cache', 'bench-editor', '150kb', 'draft-150kb.md'));
const DEFAULT_CONFIGS = [
  'default:',
  'maglev:--maglev',
  'always-sparkplug:--always-sparkplug',
  'eager-feedback:--no-lazy-feedback-allocation',
  'semi-space-32:--max-semi-space-size=32',
  'budget/4:--interrupt-budget=16896',
  // What dist/server.js and dist/cli.js set (server/src/v8-flags.ts); the children here load out/ without it.
  'no-turbo-inlining:--no-turbo-inlining',
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const load = () => loadavg()[0].toFixed(2);

/** The child: lint FILE LINTS times with the compiled core from out/, print the figures as JSON. */
const CHILD = `
const core = require(process.argv[1]);
const text = require('fs').readFileSync(process.argv[2], 'utf8');
const cpu = [], wall = [];
for (let i = 0; i < Number(process.argv[3]); i++) {
  const t = text + (i % 10), c = process.cpuUsage(), s = performance.now();
  core.lintAnalysis(core.analyze(t, {}));
  wall.push(performance.now() - s);
  const d = process.cpuUsage(c);
  cpu.push((d.user + d.system) / 1000);
}
process.stdout.write(JSON.stringify({ cpu, wall, rss: process.resourceUsage().maxRSS / 1024 }));`;

function lintsInFreshProcesses() {
  const core = join(root, 'out', 'server', 'src', 'core', 'index.js');
  if (!existsSync(core)) return console.log('out/ is not built: run npx tsc -p tsconfig.json');
  if (!existsSync(FILE)) return console.log(`${FILE} is missing: run node bench/editor-latency.mjs --typing first`);
  const list = (configs.length ? configs : DEFAULT_CONFIGS).map((c) => {
    const i = c.indexOf(':');
    return { label: i < 0 ? c : c.slice(0, i), flags: i < 0 ? [] : c.slice(i + 1).split(' ').filter(Boolean), runs: [] };
  });
  const loads = [];
  for (let r = 0; r < ROUNDS; r++) {
    loads.push(load());
    for (const c of list) {
      const out = execFileSync(process.execPath, [...c.flags, '-e', CHILD, core, FILE, String(LINTS)], { encoding: 'utf8', maxBuffer: 1 << 24 });
      c.runs.push(JSON.parse(out));
    }
  }
  console.log(`\n1. ${LINTS} lints of ${FILE} in a fresh process, medians of ${ROUNDS} rounds (load average ${loads.join(' ')})`);
  console.log('configuration          | lint 1 CPU / wall ms | lints 1–10 CPU / wall ms | after 10: CPU / wall ms a lint | peak RSS MB');
  for (const c of list) {
    const m = (f) => median(c.runs.map(f)).toFixed(0);
    console.log(
      `${c.label.padEnd(22)} | ${m((r) => r.cpu[0])} / ${m((r) => r.wall[0])} | ${m((r) => sum(r.cpu.slice(0, 10)))} / ${m((r) => sum(r.wall.slice(0, 10)))}` +
        ` | ${m((r) => sum(r.cpu.slice(10)) / (r.cpu.length - 10))} / ${m((r) => sum(r.wall.slice(10)) / (r.wall.length - 10))} | ${m((r) => r.rss)}`,
    );
  }
}

/** Runs dist/cli.js as the main module through a vm.Script with a code cache (made at exit when none was accepted). */
const CACHED_CLI = `
const fs = require('fs'), vm = require('vm'), path = require('path'), Module = require('module');
const [bundle, cacheFile] = process.argv.splice(1, 2);
process.argv.splice(1, 0, bundle);
let cachedData; try { cachedData = fs.readFileSync(cacheFile); } catch {}
const script = new vm.Script(Module.wrap(fs.readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
const m = new Module(bundle, null); m.filename = bundle; m.paths = Module._nodeModulePaths(path.dirname(bundle));
if (!cachedData || script.cachedDataRejected) process.on('exit', () => fs.writeFileSync(cacheFile, script.createCachedData()));
script.runInThisContext().call(m.exports, m.exports, (id) => m.require(id), m, bundle, path.dirname(bundle));`;

function cliWithCodeCache() {
  const cli = join(root, 'dist', 'cli.js');
  if (!existsSync(cli)) return console.log('dist/cli.js is not built: run npm run build');
  if (!existsSync('/usr/bin/time')) return console.log('/usr/bin/time is missing: no CPU figures for the CLI');
  const dir = mkdtempSync(join(tmpdir(), 'govreport-cold-'));
  const cache = join(dir, 'cli.cache');
  const rssFile = join(dir, 'time.txt');
  const argv = ['check', '--format', 'json', FILE];
  const run = (nodeArgs) => {
    const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', '-o', rssFile, process.execPath, ...nodeArgs, ...argv], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const [u, s, kb] = readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    return { out: r.stdout, cpu: (u + s) * 1000, rss: kb / 1024 };
  };
  const plainArgs = [join(root, 'bin', 'govreport.js')];
  const cachedArgs = ['-e', CACHED_CLI, cli, cache];
  run(cachedArgs); // makes the cache
  const plain = [], cached = [];
  const loads = [];
  for (let r = 0; r < ROUNDS; r++) {
    loads.push(load());
    plain.push(run(plainArgs));
    cached.push(run(cachedArgs));
  }
  const same = cached.every((c) => c.out === plain[0].out) && plain.every((p) => p.out === plain[0].out);
  rmSync(dir, { recursive: true, force: true });
  console.log(`\n2. The CLI on ${FILE}, medians of ${ROUNDS} interleaved rounds (load average ${loads.join(' ')}); output the same: ${same}`);
  for (const [label, runs] of [['plain', plain], ['code cache', cached]]) {
    console.log(`${label.padEnd(10)} | CPU ${median(runs.map((r) => r.cpu)).toFixed(0)} ms | peak RSS ${median(runs.map((r) => r.rss)).toFixed(1)} MB`);
  }
}

lintsInFreshProcesses();
if (!args.includes('--no-cli')) cliWithCodeCache();
