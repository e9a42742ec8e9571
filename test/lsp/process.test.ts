// The bundled server (dist/server.js, built by esbuild.mjs) as a real child process, over the
// two transports clients use: --stdio (generic LSP clients) and --node-ipc (vscode-languageclient).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  IPCMessageReader,
  IPCMessageWriter,
  MessageConnection,
  MessageReader,
  MessageWriter,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
  createMessageConnection,
} from 'vscode-languageserver/node';
import { FULL_CAPABILITIES, ROOT, SEEDS, withTimeout } from './harness';

const SERVER = path.join(ROOT, 'dist', 'server.js');
const skip = existsSync(SERVER) ? false : 'dist/server.js is not built (run node esbuild.mjs)';

async function roundTrip(child: ChildProcess, reader: MessageReader, writer: MessageWriter): Promise<void> {
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const conn: MessageConnection = createMessageConnection(reader, writer);
  const uri = 'file:///seeds/001.txt';
  const published = new Promise<PublishDiagnosticsParams>((resolve) =>
    conn.onNotification(PublishDiagnosticsNotification.type, (p) => p.uri === uri && resolve(p)),
  );
  conn.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
  conn.listen();
  try {
    const init = await withTimeout(
      conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: FULL_CAPABILITIES }),
      20_000,
      'initialize',
    );
    assert.ok((init as { capabilities: object }).capabilities);
    await conn.sendNotification('initialized', {});
    const text = readFileSync(path.join(SEEDS, '001_e1d25a63a80be9ed.txt'), 'utf8');
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    const p = await withTimeout(published, 20_000, 'publishDiagnostics');
    assert.ok(p.diagnostics.length > 0);
    assert.ok(p.diagnostics.every((d) => d.source === 'govreport' && typeof d.code === 'string' && d.codeDescription?.href));
    await withTimeout(conn.sendRequest('shutdown'), 10_000, 'shutdown');
    await conn.sendNotification('exit');
    assert.equal(await withTimeout(exited, 10_000, 'server exit'), 0);
  } finally {
    conn.dispose();
    if (child.exitCode === null) child.kill();
  }
}

describe('bundled server process', { skip }, () => {
  it('speaks LSP over --stdio', async () => {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    await roundTrip(child, new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  });

  it('speaks LSP over --node-ipc', async () => {
    const child = spawn(process.execPath, [SERVER, '--node-ipc'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    await roundTrip(child, new IPCMessageReader(child), new IPCMessageWriter(child));
  });
});
