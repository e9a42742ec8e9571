// The extension-host suites (test/vscode/suite/*.test.ts, mocha, the `vscode` API) in a real VS
// Code, launched with @vscode/test-electron's runTests. The VS Code is found the usual way:
//   1. GOVREPORT_VSCODE_EXECUTABLE names one (a desktop VS Code, or any stand-in);
//   2. otherwise test-electron downloads one (fails at once where there is no internet);
//   3. otherwise scripts/real-vscode/code: our stand-in that runs the same suites in the real
//      VS Code 1.139 served by code-server (installed by scripts/real-vscode/setup.sh).
// Each mocha case is reported here as a node:test case. A missing editor fails, never skips.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import type { CaseResult } from './suite/index';
import { ROOT } from '../core/helpers';
import { real } from './real-editor';


/** The drafts the suites open, each in a folder of its own (no across-file neighbours). */
const WORKSPACE: Record<string, string> = {
  'activation/report.txt': 'test/fixtures/seeds/003_64090608850f335c.txt',
  'activation/report.md': 'samples/sample-2023-report.md',
  'seed-003/003_64090608850f335c.txt': 'test/fixtures/seeds/003_64090608850f335c.txt',
  'hover/sample.md': 'samples/sample-2023-report.md',
  'quickfix/sample.md': 'samples/sample-2023-report.md',
  'fixall-action/sample.md': 'samples/sample-2023-report.md',
  'fixall-save/sample.md': 'samples/sample-2023-report.md',
  'fixall-command/sample.md': 'samples/sample-2023-report.md',
  'settings/sample.md': 'samples/sample-2023-report.md',
  'kind/2020-department-tab-clean.txt': 'test/fixtures/drafts/2020-department-tab-clean.txt',
  'note/weekly-note.md': 'test/fixtures/drafts/weekly-note.md',
  'import/sample-2023-report.html': 'test/fixtures/input/sample-2023-report.html',
  'import/sample-2023-report.docx': 'test/fixtures/input/sample-2023-report.docx',
};

function prepareWorkspace(): string {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-ws-'));
  for (const [rel, src] of Object.entries(WORKSPACE)) {
    fs.mkdirSync(path.dirname(path.join(ws, rel)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, src), path.join(ws, rel));
  }
  return ws;
}

async function findVSCode(): Promise<{ executable: string; how: string }> {
  const named = process.env.GOVREPORT_VSCODE_EXECUTABLE;
  if (named) return { executable: named, how: `GOVREPORT_VSCODE_EXECUTABLE=${named}` };
  if (process.env.GOVREPORT_VSCODE_DOWNLOAD !== '0') {
    try {
      const executable = await downloadAndUnzipVSCode({ cachePath: path.join(ROOT, '.vscode-test'), timeout: 15000 });
      return { executable, how: `downloaded by @vscode/test-electron: ${executable}` };
    } catch (e) {
      console.log(`# no VS Code download (${e instanceof Error ? e.message : String(e)}): using code-server`);
    }
  }
  const missing = real.missing();
  assert.deepEqual(missing, [], `No VS Code to run the extension-host tests in:\n  - ${missing.join('\n  - ')}`);
  return { executable: path.join(ROOT, 'scripts', 'real-vscode', 'code'), how: 'code-server through scripts/real-vscode/code' };
}

test('extension-host suites in a real VS Code', { timeout: 600000 }, async (t) => {
  assert.ok(fs.existsSync(path.join(ROOT, 'dist', 'extension.js')), 'dist/extension.js is missing: run npm run build');
  const { executable, how } = await findVSCode();
  console.log(`# VS Code: ${how}`);
  const ws = prepareWorkspace();
  const results = path.join(ws, '..', `${path.basename(ws)}-results.json`);
  const started = Date.now();
  let failure: unknown;
  try {
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(ROOT, 'out', 'test', 'vscode', 'suite', 'index'),
      launchArgs: [ws, '--disable-extensions'],
      extensionTestsEnv: { GOVREPORT_TEST_RESULTS: results },
    });
  } catch (e) {
    failure = e;
  }
  console.log(`# extension-host run: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  try {
    assert.ok(fs.existsSync(results), `the suites did not report (${failure instanceof Error ? failure.message : String(failure)})`);
    const cases = JSON.parse(fs.readFileSync(results, 'utf8')) as CaseResult[];
    if (!process.env.GOVREPORT_TEST_GREP) assert.ok(cases.length >= 10, `only ${cases.length} extension-host cases ran`);
    for (const c of cases) {
      await t.test(c.title, { skip: c.state === 'pending' ? 'pending in mocha' : undefined }, () => {
        if (c.state === 'failed') assert.fail(c.error ?? 'failed');
      });
    }
    assert.equal(failure, undefined, `VS Code exited with failure: ${String(failure)}`);
  } finally {
    fs.rmSync(ws, { recursive: true, force: true });
    fs.rmSync(results, { force: true });
  }
});
