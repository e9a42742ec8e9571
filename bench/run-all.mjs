// Runs every benchmark in turn and prints their figures; never fails on a figure (a missing build
// is exit 2). Wired as `npm run bench` = `npm run build && npm run compile-tests && node bench/run-all.mjs`.
// --quick runs less: activation 5 processes, editor the two small drafts, batch one round of the
// side-by-side only. Results and targets: bench/RESULTS.md.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
for (const [f, what] of [['dist/server.js', 'npm run build'], ['dist/cli.js', 'npm run build'], ['dist/extension.js', 'npm run build'], ['out/test/gen/drafts.js', 'npm run compile-tests']]) {
  if (!existsSync(join(root, f))) {
    console.error(`${f} is missing: run "${what}" first`);
    process.exit(2);
  }
}
const quick = process.argv.includes('--quick');
const runs = [
  ['activation.mjs', quick ? ['--reps', '5'] : []],
  ['editor-latency.mjs', quick ? ['--small'] : []],
  ['batch.mjs', quick ? ['--quick'] : ['--profile']],
];
console.log(`GovReport benchmarks — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} cores, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB\n`);
let failed = false;
for (const [script, args] of runs) {
  console.log(`$ node bench/${script} ${args.join(' ')}`.trimEnd());
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(here, script), ...args], { cwd: root, stdio: 'inherit' });
  console.log(`(${((performance.now() - t0) / 1000).toFixed(0)} s)\n`);
  if (r.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
