// Entry of the CLI bundle (dist/cli.js, required by bin/govreport.js): binds
// run() to the process. Kept apart from run.ts because in the bundle
// require.main is bin/govreport.js, so "am I the entry" tests do not work.
import '../v8-flags';
import * as fs from 'node:fs';
import { progressLine, wantsProgress } from './progress';
import { EXIT_TROUBLE, runAsync } from './run';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  // `govreport check . | head` closes the pipe early; that is not a failure.
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const fail = (e: unknown) => {
  process.stderr.write(`govreport: 内部错误 (internal error): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = EXIT_TROUBLE;
};
try {
  // exitCode rather than exit(): a piped stdout gets to flush everything first.
  runAsync(process.argv.slice(2), {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    stdin: () => fs.readFileSync(0),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    // Long batches on a terminal only: never in a pipe, a file or CI.
    ...(wantsProgress(process.stderr.isTTY, process.env) ? { progress: progressLine((t) => process.stderr.write(t)) } : {}),
  }).then((code) => {
    process.exitCode = code;
  }, fail);
} catch (e) {
  fail(e);
}
