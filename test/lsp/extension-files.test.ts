// The extension's own files (the rule pages "查看规则说明" opens, its README) are never linted.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, TestClient } from './harness';

const REPORT = readFileSync(path.join(ROOT, 'samples', 'sample-2023-report.md'), 'utf8');

describe('files of the installed extension', () => {
  it('are not linted, unless they are inside a workspace folder (developing GovReport itself)', async () => {
    const ext = mkdtempSync(path.join(tmpdir(), 'govreport-ext-'));
    const workspace = mkdtempSync(path.join(tmpdir(), 'govreport-ws-'));
    mkdirSync(path.join(ext, 'docs', 'rules'), { recursive: true });
    const client = TestClient.create();
    try {
      await client.initialize(undefined, undefined, [workspace], { extensionPath: ext });
      const inside = pathToFileURL(path.join(ext, 'docs', 'rules', 'page.md')).href;
      const outside = pathToFileURL(path.join(workspace, 'report.md')).href;
      // The workspace draft is linted and published; the same text inside the extension is not.
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: inside, languageId: 'markdown', version: 1, text: REPORT } });
      await client.open(outside, 'markdown', REPORT);
      const info = await client.request<{ kind: string | null }>('govReport/documentInfo', { uri: inside });
      assert.equal(info.kind, null, 'the extension\'s file is not read as a report');
      const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: inside } });
      assert.ok(symbols === null || symbols.length === 0, 'no outline for the extension\'s file');
      const draft = await client.request<{ kind: string | null }>('govReport/documentInfo', { uri: outside });
      assert.equal(draft.kind, 'gov-info-2021');
      // A save round-trip later, still nothing was published for the extension's file.
      await client.change(outside, 2, REPORT + '\n');
      await client.request('govReport/documentInfo', { uri: outside });
      assert.ok(!client.published.some((p) => p.uri === inside), 'no diagnostics published for the extension\'s file');
    } finally {
      client.dispose();
      rmSync(ext, { recursive: true, force: true });
      rmSync(workspace, { recursive: true, force: true });
    }
  });

  it('a workspace folder inside the extension path is linted as usual', async () => {
    const ext = mkdtempSync(path.join(tmpdir(), 'govreport-ext-'));
    const workspace = path.join(ext, 'samples');
    mkdirSync(workspace);
    const client = TestClient.create();
    try {
      await client.initialize(undefined, undefined, [workspace], { extensionPath: ext });
      const uri = pathToFileURL(path.join(workspace, 'report.md')).href;
      const d = await client.open(uri, 'markdown', REPORT);
      assert.equal(d.uri, uri);
      const info = await client.request<{ kind: string | null }>('govReport/documentInfo', { uri });
      assert.equal(info.kind, 'gov-info-2021');
    } finally {
      client.dispose();
      rmSync(ext, { recursive: true, force: true });
    }
  });
});
