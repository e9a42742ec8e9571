// The server keeps serving whatever happens inside the core, over real JSON-RPC (in-process
// streams): a rule that throws, a rule that corrupts the shared analysis so that other rules and
// the editor features throw, a 20 MB document, an empty one, CRLF line ends. (Binary junk:
// server.test.ts.) The extra rules reach the server
// through its test-only `rules` option (ServerOptions in server/src/server.ts).
//
// Crash recovery of the server process is vscode-languageclient's job, not tested here: its
// default error handler (client.ts DefaultErrorHandler, maxRestartCount 4) restarts a server whose
// connection closed unless it closed five times within three minutes; the extension keeps that
// default (client/src/extension.ts sets no errorHandler).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Diagnostic, DiagnosticSeverity, MessageType } from 'vscode-languageserver/node';
import { MAX_EDITOR_CHARS } from '../../server/src/limits';
import { LineMap, lint, RULES } from '../../server/src/core';
import type { Rule } from '../../server/src/core';
import { SEEDS, TestClient } from './harness';

const SEED = readFileSync(path.join(SEEDS, '001_e1d25a63a80be9ed.txt'), 'utf8');
const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint };

/** What the server must publish for `text`: core lint() with the real registry, as LSP shapes. */
function expected(text: string) {
  const r = lint(text);
  const lines = new LineMap(text);
  return r.findings.map((f) => ({ code: f.rule, severity: SEVERITY[f.severity], message: f.message, range: { start: lines.positionAt(f.start), end: lines.positionAt(f.end) } }));
}
const shape = (d: Diagnostic) => ({ code: d.code, severity: d.severity, message: d.message, range: d.range });

const info = { formats: 'all' as const, defaultSeverity: 'error' as const, title: { zh: '测试', en: 'test' }, description: { zh: '测试用', en: 'for tests' }, basis: 'test' };

/** Throws an Error on every report. */
const throwsError: Rule = { ...info, id: 'test-throws', check() { throw new Error('boom from a test rule'); } };
/** Throws something that is not an Error. */
const throwsString: Rule = { ...info, id: 'test-throws-string', check() { throw 'a bare string'; } };
/** Reports a finding, then throws: the engine keeps none of a rule that threw. */
const reportsThenThrows: Rule = {
  ...info,
  id: 'test-reports-then-throws',
  check(ctx) {
    ctx.report({ start: 0, end: 1, message: 'half a result' });
    throw new RangeError('after reporting');
  },
};

/**
 * When the text holds CORRUPT, turns the shared parse into a trap: reading its sections or tables
 * throws. The rules after it, and every editor feature reading the model, then throw too.
 */
const corrupts: Rule = {
  ...info,
  id: 'test-corrupts',
  check(ctx) {
    if (!ctx.analysis.doc.text.includes('CORRUPT')) return;
    for (const key of ['sections', 'tables', 'headings'] as const) {
      Object.defineProperty(ctx.analysis.doc, key, { get() { throw new Error(`corrupted ${key}`); } });
    }
  },
};

describe('a rule that throws does not stop diagnostics', () => {
  let client: TestClient;
  // The throwing rules sit between real rules, so that rules after them must still run.
  const third = Math.floor(RULES.length / 3);
  before(async () => {
    client = TestClient.create({ rules: [...RULES.slice(0, third), throwsError, throwsString, ...RULES.slice(third, 2 * third), reportsThenThrows, ...RULES.slice(2 * third)] });
    await client.initialize();
  });
  after(() => client.dispose());

  it('publishes exactly what the real rules find, logs each throwing rule, and keeps serving edits', async () => {
    const uri = 'file:///hostile/throwing.txt';
    const published = await client.open(uri, 'plaintext', SEED);
    assert.ok(published.diagnostics.length > 0);
    assert.deepEqual(published.diagnostics.map(shape), expected(SEED));
    for (const id of ['test-throws', 'test-throws-string', 'test-reports-then-throws']) {
      assert.ok(client.logs.some((l) => l.includes(`rule ${id} threw`)), `a log line names ${id}: ${client.logs.join('\n')}`);
    }
    // Edits keep coming back with fresh diagnostics, and the other features still answer.
    const edited = SEED.replace('2020年', '2020 年');
    const next = client.nextDiagnostics(uri, (p) => p.version === 2);
    await client.change(uri, 2, edited);
    assert.deepEqual((await next).diagnostics.map(shape), expected(edited));
    assert.ok(await client.documentSymbols(uri));
    assert.notEqual((await client.documentInfo(uri)).kind, null);
  });
});

describe('a rule that corrupts the shared model: every feature answers, and the next version recovers', () => {
  let client: TestClient;
  before(async () => {
    client = TestClient.create({ rules: [corrupts, ...RULES] });
    await client.initialize();
  });
  after(() => client.dispose());

  it('answers every request while the model is corrupt, then publishes the real findings again', async () => {
    const uri = 'file:///hostile/corrupt.txt';
    const corrupt = SEED + '\nCORRUPT\n';
    const first = await client.open(uri, 'plaintext', corrupt);
    assert.ok(Array.isArray(first.diagnostics), 'diagnostics still published');
    assert.ok(client.logs.some((l) => /rule [a-z-]+ threw .*corrupted/.test(l)), 'the failing rules are logged');
    const range = { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } };
    const requests: [string, unknown][] = [
      ['textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 2 } }],
      ['textDocument/documentSymbol', { textDocument: { uri } }],
      ['textDocument/foldingRange', { textDocument: { uri } }],
      ['textDocument/inlayHint', { textDocument: { uri }, range }],
      ['textDocument/completion', { textDocument: { uri }, position: { line: 4, character: 0 } }],
      ['textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } }],
      ['textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: first.diagnostics, only: ['quickfix', 'source.fixAll'] } }],
      ['govReport/documentInfo', { uri }],
    ];
    for (const [method, params] of requests) {
      // An answer (a fallback is fine), not an error response and not a dead connection.
      await assert.doesNotReject(client.request(method, params), method);
    }
    // The handlers did meet the corrupt model, and their guards turned it into a log line.
    for (const what of ['document symbols', 'folding ranges', 'completion', 'formatting']) {
      assert.ok(client.logs.some((l) => l.includes(`${what} failed`) && l.includes('corrupted')), `${what}: ${client.logs.join('\n')}`);
    }
    const recovered = client.nextDiagnostics(uri, (p) => p.version === 2);
    await client.change(uri, 2, SEED);
    assert.deepEqual((await recovered).diagnostics.map(shape), expected(SEED));
    assert.ok(await client.documentSymbols(uri), 'the outline is back');
  });
});

describe('large and unusual documents', () => {
  let client: TestClient;
  before(async () => {
    client = TestClient.create();
    await client.initialize();
  });
  after(() => client.dispose());

  it('a 20 MB document gets its diagnostics and the server still answers', async () => {
    // Markdown notes with tables, not a report: over the editor's size limit, so only the
    // beginning is read to tell that it is not a report (and nothing is said about it).
    const note = '# 第12周工作周记\n\n本周完成了三项任务，整理了会议纪要。\n\n| 事项 | 数量 |\n| --- | --- |\n| 会议 | 3 |\n| 合计 | 3 |\n\n';
    const text = note.repeat(Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(note)));
    const uri = 'file:///hostile/big.md';
    const published = await client.open(uri, 'markdown', text);
    assert.deepEqual(published.diagnostics, []);
    assert.equal(await client.hover(uri, { line: 200_000, character: 3 }), null);
    assert.equal((await client.documentInfo(uri)).kind, null);
    await client.close(uri);
    // And the next document is served as usual.
    const seed = await client.open('file:///hostile/after-big.txt', 'plaintext', SEED);
    assert.deepEqual(seed.diagnostics.map(shape), expected(SEED));
  });

  it('a report over the editor\'s size limit is not checked, says so once, and is checked again once it is small', async () => {
    const filler = '本年度，我单位继续做好政府信息公开各项工作，按时答复各类申请。\n';
    const big = SEED + '\n' + filler.repeat(Math.ceil(MAX_EDITOR_CHARS / filler.length));
    assert.ok(big.length > MAX_EDITOR_CHARS);
    const uri = 'file:///hostile/huge-report.txt';
    const told = client.messages.length;
    const published = await client.open(uri, 'plaintext', big);
    assert.deepEqual(published.diagnostics, []);
    // Still known as a report (status bar), from its beginning.
    const info = await client.documentInfo(uri);
    assert.equal(info.kind, lint(SEED).kind);
    const said = client.messages.slice(told);
    assert.equal(said.length, 1, JSON.stringify(said));
    assert.equal(said[0].type, MessageType.Warning);
    assert.match(said[0].message, /huge-report\.txt 有 \d+\.\d MB 文本，超过编辑器中检查的上限/);
    assert.match(said[0].message, /govreport check/);
    // A second version of the oversized text: no second message.
    const again = client.nextDiagnostics(uri, (p) => p.version === 2);
    await client.change(uri, 2, big + filler);
    assert.deepEqual((await again).diagnostics, []);
    assert.equal(client.messages.length, told + 1);
    // Cut back to the report itself: checked as usual.
    const small = client.nextDiagnostics(uri, (p) => p.version === 3);
    await client.change(uri, 3, SEED);
    assert.deepEqual((await small).diagnostics.map(shape), expected(SEED));
    await client.close(uri);
  });

  it('an oversized document that is not a report gets no message', async () => {
    const told = client.messages.length;
    const line = '2023-11-22 10:00:00 INFO request handled in 12 ms\n';
    const published = await client.open('file:///hostile/server.log.txt', 'plaintext', line.repeat(Math.ceil(MAX_EDITOR_CHARS / line.length) + 1));
    assert.deepEqual(published.diagnostics, []);
    assert.equal(client.messages.length, told);
  });

  it('an empty document, and one emptied by an edit, get empty diagnostics', async () => {
    const uri = 'file:///hostile/empty.md';
    assert.deepEqual((await client.open(uri, 'markdown', '')).diagnostics, []);
    const filled = client.nextDiagnostics(uri, (p) => p.version === 2);
    await client.change(uri, 2, SEED);
    assert.ok((await filled).diagnostics.length > 0);
    const emptied = client.nextDiagnostics(uri, (p) => p.version === 3);
    await client.change(uri, 3, '');
    assert.deepEqual((await emptied).diagnostics, []);
  });

  it('CRLF line ends: the same ranges as the LF text', async () => {
    const lf = SEED.replace(/\r\n/g, '\n');
    const a = await client.open('file:///hostile/lf.txt', 'plaintext', lf);
    const b = await client.open('file:///hostile/crlf.txt', 'plaintext', lf.replace(/\n/g, '\r\n'));
    assert.ok(a.diagnostics.length > 0);
    assert.deepEqual(b.diagnostics.map(shape), a.diagnostics.map(shape));
  });
});
