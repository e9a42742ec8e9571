// V8 flags for the lint's cold start, set by each process entry before any of the lint runs:
// dist/server.js (server-main.ts: in VS Code, and under any other client, with no execArgv or
// NODE_OPTIONS for anyone to set) and dist/cli.js (cli/main.ts; its worker threads share the
// process's V8 flags). V8 reads these when it optimises a function, so setting them at run time,
// before the first lint, is the same as on the command line (bench/RESULTS.md, measured both ways).
import { setFlagsFromString } from 'node:v8';

/**
 * TurboFan without inlining. The first lints of a process are slow because V8 optimises the lint's
 * large functions (line classification, the table readers, the document parse, the prose rules) with
 * their callees inlined: hundreds of milliseconds of compilation each, on the same two cores, some
 * more than once after a deoptimisation. Without inlining the compilations are small and the optimised
 * code is as fast on this workload (150 KB draft, fresh processes, side by side: CPU of lints 1–10
 * −24 %, later lints unchanged; bench/cold-start.mjs). A flag every V8 of Node 18+ and Electron knows;
 * an unknown one would only print a line on stderr, never on the LSP's stdout.
 */
export const COLD_START_V8_FLAGS: readonly string[] = ['--no-turbo-inlining'];

for (const flag of COLD_START_V8_FLAGS) setFlagsFromString(flag);
