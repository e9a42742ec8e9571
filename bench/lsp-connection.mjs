// The client side of a language server session for the editor benchmarks: a JSON-RPC connection
// over the child's stdio that answers the server's configuration and registration requests and
// resolves a promise when the diagnostics of a given document version arrive.
import * as rpc from 'vscode-jsonrpc/node.js';

/**
 * Connects to a spawned server; `diagnosticsFor(version)` waits for that version's diagnostics.
 * `timing` records, per document version, how long the server's lint of it took (`lintMs`: the
 * `ms` of govReport/checkStatus with checking: false, measured in the server from the end of the
 * debounce to the result, slices and yields included) and when its diagnostics arrived
 * (performance.now()), and when the server said it started and ended that lint (`started`, `ended`,
 * as the notifications arrived), so a benchmark can tell the lint itself from the wait before it;
 * `timing.lintsStarted` / `timing.published` count lints started and diagnostics received.
 */
export function connectServer(child) {
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const waiting = new Map();
  const timing = { lintMs: new Map(), started: new Map(), ended: new Map(), arrived: new Map(), lintsStarted: 0, published: 0 };
  conn.onNotification('govReport/checkStatus', (p) => {
    if (p.checking) {
      timing.lintsStarted++;
      timing.started.set(p.version, performance.now());
    } else if (typeof p.ms === 'number') {
      timing.lintMs.set(p.version, p.ms);
      timing.ended.set(p.version, performance.now());
    }
  });
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    timing.published++;
    timing.arrived.set(p.version, performance.now());
    const w = waiting.get(p.version);
    if (w) { waiting.delete(p.version); w(p); }
  });
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('workspace/inlayHint/refresh', () => null);
  conn.listen();
  const diagnosticsFor = (version) => new Promise((res) => waiting.set(version, res));
  return { conn, diagnosticsFor, timing };
}

/** LSP shutdown + exit, then waits for the process (killing it if it lingers). */
export async function shutdown(child, conn) {
  const exited = new Promise((res) => (child.exitCode !== null ? res() : child.once('exit', res)));
  await conn.sendRequest('shutdown');
  await conn.sendNotification('exit');
  const timer = setTimeout(() => child.kill(), 5000);
  await exited;
  clearTimeout(timer);
  conn.dispose();
}
