// Sums a V8 .cpuprofile (node --cpu-prof) by function: self time by function and location, total
// (inclusive) time by function (a function counted once per sample however deep it recurses), and
// with --callers PATTERN the time of the functions matching PATTERN by their nearest caller that
// does not match. Prints the top N of each (default 40). Never fails on a well-formed profile.
//
// Usage:
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bin/govreport.js check --format json .cache/bench-corpus > /dev/null
//   node bench/cpuprofile-top.mjs /tmp/prof/CPU….cpuprofile [N] [--callers '^(normalize|memoised) ']
// Function keys read `name file:line`, the file relative to out/server/src/core/ or dist/.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const at = args.indexOf('--callers');
const callers = at >= 0 ? new RegExp(args.splice(at, 2)[1]) : null;
const [file, n = '40'] = args;
if (!file) {
  console.error('usage: node bench/cpuprofile-top.mjs FILE.cpuprofile [N] [--callers PATTERN]');
  process.exit(2);
}
const top = Number(n) || 40;
const p = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(p.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of p.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
const key = (node) => {
  const f = node.callFrame;
  const url = (f.url ?? '').replace(/.*\/out\/server\/src\/core\//, '').replace(/.*\/dist\//, 'dist/');
  return `${f.functionName || '(anonymous)'} ${url}:${f.lineNumber + 1}`.slice(0, 160);
};
// Self time per node, from the samples and the time between them (microseconds).
const self = new Map();
for (let i = 0; i < p.samples.length; i++) self.set(p.samples[i], (self.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0));
const selfBy = new Map();
const totalBy = new Map();
const callerBy = new Map();
let all = 0;
const add = (m, k, t) => m.set(k, (m.get(k) ?? 0) + t);
for (const [id, t] of self) {
  all += t;
  add(selfBy, key(byId.get(id)), t);
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const k = key(byId.get(cur));
    if (!seen.has(k)) { seen.add(k); add(totalBy, k, t); }
  }
  if (!callers) continue;
  // Each run of matching frames on the stack, counted for the frame above it.
  const seenCaller = new Set();
  for (let cur = id; cur !== undefined;) {
    if (!callers.test(key(byId.get(cur)))) { cur = parent.get(cur); continue; }
    let up = parent.get(cur);
    while (up !== undefined && callers.test(key(byId.get(up)))) up = parent.get(up);
    const c = up === undefined ? '(none)' : key(byId.get(up));
    if (!seenCaller.has(c)) { seenCaller.add(c); add(callerBy, c, t); }
    cur = up;
  }
}
const show = (m, title) => {
  console.log(`== ${title}`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(v / 1000).toFixed(0).padStart(7)} ms ${(100 * v / all).toFixed(1).padStart(5)} %  ${k}`);
  }
};
console.log(`${(all / 1000).toFixed(0)} ms sampled`);
show(selfBy, 'self time by function');
show(totalBy, 'total time by function');
if (callers) show(callerBy, `time of ${callers.source} by caller`);
