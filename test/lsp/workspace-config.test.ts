// .govreportrc.json in the editor (server/src/workspace-config.ts): the editor obeys the same file
// as the CLI, over the govReport.* settings; a change of the file (workspace/didChangeWatchedFiles)
// re-checks the open documents; an invalid file is reported on the file itself; a file outside
// the workspace folders is never read.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver/node';
import { overlaySettings, normalizeSettings } from '../../server/src/core';
import { SEEDS, TestClient } from './harness';

const SEED = readFileSync(path.join(SEEDS, '001_e1d25a63a80be9ed.txt'), 'utf8');
const codes = (p: { diagnostics: { code?: unknown }[] }) => p.diagnostics.map((d) => String(d.code)).sort();

describe('.govreportrc.json in the editor', () => {
  it('is obeyed over the settings, re-read when it changes, and reported on itself when invalid', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'govreport-rc-'));
    const sub = path.join(ws, 'units', 'a');
    mkdirSync(sub, { recursive: true });
    const rc = path.join(ws, '.govreportrc.json');
    const rcUri = pathToFileURL(rc).href;
    writeFileSync(rc, JSON.stringify({ rules: { 'artifact-spam': 'off' } }));
    const client = TestClient.create({ debounceMs: 0 });
    // The user's settings ask for category-misfiled as an error and artifact-spam as a warning.
    client.configuration = () => ({ format: 'auto', rules: { 'category-misfiled': 'error', 'artifact-spam': 'warning' }, run: 'onType' });
    try {
      await client.initialize(undefined, undefined, [ws]);
      const uri = pathToFileURL(path.join(sub, 'report.txt')).href;
      const first = await client.open(uri, 'plaintext', SEED);
      assert.deepEqual(codes(first), ['category-misfiled'], 'the file turns artifact-spam off (the file wins over the setting)');
      assert.equal(first.diagnostics[0].severity, DiagnosticSeverity.Error, 'what the file does not set comes from the settings');

      // The file changes: artifact-spam back on as a hint.
      writeFileSync(rc, JSON.stringify({ rules: { 'artifact-spam': 'hint' } }));
      let next = client.nextDiagnostics(uri, () => true);
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: rcUri, type: FileChangeType.Changed }] });
      const second = await next;
      assert.deepEqual(codes(second), ['artifact-spam', 'category-misfiled']);
      assert.equal(second.diagnostics.find((d) => d.code === 'artifact-spam')?.severity, DiagnosticSeverity.Hint);

      // An invalid file: an error on the file, and the draft checked with the settings alone.
      writeFileSync(rc, '{ "rules": { "artifact-spam": "off", } }');
      const onFile = client.nextDiagnostics(rcUri, (p) => p.diagnostics.length > 0);
      next = client.nextDiagnostics(uri, () => true);
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: rcUri, type: FileChangeType.Changed }] });
      const problems = (await onFile).diagnostics;
      assert.equal(problems.length, 1);
      assert.equal(problems[0].severity, DiagnosticSeverity.Error);
      assert.match(problems[0].message, /\.govreportrc\.json：不是有效的 JSON/);
      assert.equal(problems[0].range.start.line, 0);
      assert.ok(problems[0].range.start.character > 30, 'at the offending comma');
      const third = await next;
      assert.deepEqual(codes(third), ['artifact-spam', 'category-misfiled']);
      assert.equal(third.diagnostics.find((d) => d.code === 'artifact-spam')?.severity, DiagnosticSeverity.Warning, 'the setting applies again');

      // Fixed, with an unknown rule: a warning on the rule's key; deleted: the file's problems go away.
      writeFileSync(rc, '{\n  "rules": { "no-such-rule": "off" }\n}\n');
      const warned = client.nextDiagnostics(rcUri, () => true);
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: rcUri, type: FileChangeType.Changed }] });
      const w = (await warned).diagnostics;
      await client.nextDiagnostics(uri, () => true);
      assert.equal(w.length, 1);
      assert.equal(w[0].severity, DiagnosticSeverity.Warning);
      assert.deepEqual(w[0].range.start, { line: 1, character: 13 });
      rmSync(rc);
      const cleared = client.nextDiagnostics(rcUri, () => true);
      // Wait for the re-check too, so that no request of the server is under way at dispose.
      const rechecked = client.nextDiagnostics(uri, () => true);
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: rcUri, type: FileChangeType.Deleted }] });
      assert.deepEqual((await cleared).diagnostics, []);
      assert.deepEqual(codes(await rechecked), ['artifact-spam', 'category-misfiled']);
    } finally {
      client.dispose();
      rmSync(ws, { recursive: true, force: true });
    }
  });

  it('never reads a settings file outside the workspace folders', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'govreport-rc-outside-'));
    const ws = mkdtempSync(path.join(tmpdir(), 'govreport-rc-ws-'));
    writeFileSync(path.join(outside, '.govreportrc.json'), JSON.stringify({ rules: { 'artifact-spam': 'off' } }));
    const client = TestClient.create({ debounceMs: 0 });
    try {
      await client.initialize(undefined, undefined, [ws]);
      const uri = pathToFileURL(path.join(outside, 'report.txt')).href;
      assert.deepEqual(codes(await client.open(uri, 'plaintext', SEED)), ['artifact-spam', 'category-misfiled']);
    } finally {
      client.dispose();
      rmSync(outside, { recursive: true, force: true });
      rmSync(ws, { recursive: true, force: true });
    }
  });
});

describe('overlaySettings', () => {
  it('puts the file over the settings key by key and rule by rule', () => {
    const merged = normalizeSettings(overlaySettings(
      { format: 'gov-info-2021', run: 'onSave', rules: { a: 'error', b: 'warning' } },
      { rules: { b: 'off', c: 'hint' }, run: 'onType' },
    ));
    assert.deepEqual(merged, { format: 'gov-info-2021', run: 'onType', rules: { a: 'error', b: 'off', c: 'hint' } });
    // Nested and dotted shapes are folded like normalizeSettings folds them.
    assert.deepEqual(normalizeSettings(overlaySettings({ govReport: { format: 'auto' } }, { 'govReport.format': 'gov-info-2019' })).format, 'gov-info-2019');
    assert.deepEqual(normalizeSettings(overlaySettings(undefined, {})), normalizeSettings(undefined));
  });
});
