// Runs every compiled test file under out/test with node's built-in test runner: unit, LSP,
// CLI, and the real-editor suites (test/vscode: extension host and workbench, in the VS Code
// that code-server serves). Node 20's --test does not expand globs, so the files are collected
// here. Arguments select files by substring: `node scripts/run-tests.mjs lsp/ core/rules`.
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const root = 'out/test';
if (!existsSync(root)) {
  console.error('out/test is missing: run "npm run compile-tests" first (npm test does it for you).');
  process.exit(2);
}
const only = process.argv.slice(2);
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    // out/test/vscode/suite/ runs inside VS Code's extension host (test/vscode/extension-host.test.ts).
    if (p === join(root, 'vscode', 'suite')) continue;
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.test.js') && (only.length === 0 || only.some((o) => p.includes(o)))) files.push(p);
  }
})(root);

// The real-editor suites need code-server, Node 24 and Chromium (and the report test Chromium).
// Install them (into the ignored .vscode-real/) when they are missing; if that fails, the suites
// themselves fail and say what is missing: they are never skipped.
if (files.some((f) => f.startsWith(join(root, 'vscode')) || f.endsWith('report-browser.test.js'))) {
  const real = createRequire(import.meta.url)('./real-vscode/lib.cjs');
  if (real.missing().length > 0) {
    console.log('# the real-editor suites need code-server and Chromium: running scripts/real-vscode/setup.sh');
    spawnSync('bash', ['scripts/real-vscode/setup.sh'], { stdio: 'inherit' });
  }
}

// One file at a time: the real-editor suites each start an editor, and a second editor beside
// them would only make both slower.
const r = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
