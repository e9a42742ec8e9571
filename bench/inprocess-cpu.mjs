// Process CPU time of two builds side by side in one process: each build's compiled CLI check
// (out/server/src/cli/check.js, checkAlone: read, analyse, lint, summarise one file, as the CLI's
// batch runs it) loaded from its own out/ tree, file by file alternated, and the CPU time of each
// call summed (process.cpuUsage, user + system: on a machine shared with other work the wall time
// measures the scheduler more than the work). One pass with cold memos, as the CLI runs; the order
// within each file alternates too (old first on even files, new first on odd ones), and the
// findings of both are compared, so the times are for the same answer.
//
// Usage: node bench/inprocess-cpu.mjs OLD_OUT NEW_OUT [CORPUS] [--reverse] [--passes N]
//   OLD_OUT, NEW_OUT: the out/ folders of two builds (npx tsc -p tsconfig.json), e.g. a copy of the
//   start's out/ and ./out; CORPUS defaults to .cache/bench-corpus (node bench/batch.mjs --quick).
//   --reverse loads NEW first (the build loaded first tends to run a few per cent slower: run both).
//   --passes N: N passes over the corpus (memos warm after the first), each pass's sum printed.
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { ROOT } from './corpus.mjs';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const flag = (f) => { const i = args.indexOf(f); if (i < 0) return false; args.splice(i, 1); return true; };
const opt = (f, d) => { const i = args.indexOf(f); if (i < 0) return d; const v = args[i + 1]; args.splice(i, 2); return v; };
const reverse = flag('--reverse');
const passes = Number(opt('--passes', '1')) || 1;
const [oldOut, newOut, corpus = join(ROOT, '.cache', 'bench-corpus')] = args;
if (!oldOut || !newOut) {
  console.error('usage: node bench/inprocess-cpu.mjs OLD_OUT NEW_OUT [CORPUS] [--reverse] [--passes N]');
  process.exit(2);
}

function load(out) {
  const cli = (p) => require(join(resolve(out), 'server', 'src', 'cli', p));
  return { checkAlone: cli('check.js').checkAlone, settings: require(join(resolve(out), 'server', 'src', 'core', 'index.js')).DEFAULT_SETTINGS, expandPaths: cli('files.js').expandPaths };
}
const builds = reverse ? [['new', load(newOut)], ['old', load(oldOut)]] : [['old', load(oldOut)], ['new', load(newOut)]];
const paths = builds[0][1].expandPaths([corpus]).entries.map((e) => e.path);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const key = (r) => JSON.stringify(r.outcome.result.diagnostics);

console.log(`${paths.length} files; loaded ${builds.map((b) => b[0]).join(' then ')}`);
for (let pass = 1; pass <= passes; pass++) {
  const sum = { old: 0, new: 0 };
  let differ = 0;
  paths.forEach((p, i) => {
    const order = i % 2 === 0 ? builds : [builds[1], builds[0]];
    const got = {};
    for (const [name, b] of order) {
      const t = cpu();
      got[name] = b.checkAlone(p, b.settings);
      sum[name] += cpu() - t;
    }
    if (key(got.old) !== key(got.new)) differ++;
  });
  console.log(`pass ${pass}: old ${sum.old.toFixed(0)} ms, new ${sum.new.toFixed(0)} ms, new/old ${(sum.new / sum.old).toFixed(3)}; files whose findings differ: ${differ}`);
}
