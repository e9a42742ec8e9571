// Runs inside VS Code's extension host (loaded through extensionTestsPath): mocha over the
// *.test.js files beside this one. Besides mocha's own spec output, each result is written as
// JSON to $GOVREPORT_TEST_RESULTS so that test/vscode/extension-host.test.ts can report every
// case to node's test runner.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export interface CaseResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs: number;
  error?: string;
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000, reporter: 'spec' });
  const grep = process.env.GOVREPORT_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const name of fs.readdirSync(__dirname).sort()) {
    if (name.endsWith('.test.js')) mocha.addFile(path.join(__dirname, name));
  }
  const results: CaseResult[] = [];
  const out = process.env.GOVREPORT_TEST_RESULTS;
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        if (out) fs.writeFileSync(out, JSON.stringify(results, null, 1));
        if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
        else resolve();
      });
      runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration ?? 0 }));
      runner.on('pending', (t) => results.push({ title: t.fullTitle(), state: 'pending', durationMs: 0 }));
      runner.on('fail', (t, err: Error) =>
        results.push({ title: t.fullTitle(), state: 'failed', durationMs: t.duration ?? 0, error: err?.stack ?? String(err) }),
      );
    } catch (e) {
      reject(e);
    }
  });
}
