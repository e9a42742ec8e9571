// The V8 flags each process entry sets for the lint's cold start (server/src/v8-flags.ts): every flag
// is one this node knows (an unknown flag is not an error, only a line on stderr, so nothing else
// would notice), and both bundles set them before any of the lint's code.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { COLD_START_V8_FLAGS } from '../../server/src/v8-flags';
import { ROOT } from './harness';

/** What V8 prints on stderr when `flag` is set at run time in a fresh node. */
function stderrOf(flag: string): string {
  const r = spawnSync(process.execPath, ['-e', `require('node:v8').setFlagsFromString(${JSON.stringify(flag)})`], { encoding: 'utf8' });
  return r.stderr;
}

describe('V8 flags for the cold start', () => {
  it('sets at least one flag, and each is a flag this node knows', () => {
    assert.ok(COLD_START_V8_FLAGS.length > 0);
    assert.match(stderrOf('--no-such-v8-flag-at-all'), /unrecognized flag/, 'an unknown flag shows on stderr');
    for (const flag of COLD_START_V8_FLAGS) assert.equal(stderrOf(flag), '', flag);
  });

  for (const bundle of ['server.js', 'cli.js']) {
    const file = path.join(ROOT, 'dist', bundle);
    it(`dist/${bundle} sets them before the lint's code`, { skip: existsSync(file) ? false : `dist/${bundle} is not built (run node esbuild.mjs)` }, () => {
      const text = readFileSync(file, 'utf8');
      const set = text.indexOf('setFlagsFromString');
      const lint = text.indexOf('function* lintSteps(');
      assert.ok(set >= 0, 'the bundle calls setFlagsFromString');
      assert.ok(lint > set, 'before the lint is defined');
      for (const flag of COLD_START_V8_FLAGS) assert.ok(text.lastIndexOf(JSON.stringify(flag), lint) >= 0, flag);
    });
  }
});
