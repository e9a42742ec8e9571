// The editor's time budget (server.ts, DocumentStore.analyzeSliced): a burst of changes is linted
// once at its latest version, a lint whose version was replaced is dropped at its next time slice
// and never published, other requests are answered while a long lint runs, a version going
// backwards is ignored, and a cancelled request stops waiting. Nothing here measures time: the
// slow rules below only make a lint long enough to have several slices.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CancellationTokenSource } from 'vscode-languageserver/node';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentStore } from '../../server/src/document-store';
import { RULES } from '../../server/src/core';
import type { Rule } from '../../server/src/core';
import { MAX_EDITOR_CHARS } from '../../server/src/limits';
import { SEEDS, TestClient, testRule } from './harness';

const SEED = readFileSync(path.join(SEEDS, '001_e1d25a63a80be9ed.txt'), 'utf8');

/** What the slow rules saw: one entry per (rule, text) they ran on. */
const seen: { rule: string; text: string }[] = [];
/** Texts the slow rules are slow on (others pass at once). */
const slowTexts = new Set<string>();
/** Called once a slow rule has run, so that a test can act while the lint is under way. */
let onSlowRule: (() => void) | null = null;

function slowRule(n: number): Rule {
  const id = `test-slow-${n}`;
  return testRule(id, (ctx) => {
    const text = ctx.analysis.doc.text;
    seen.push({ rule: id, text });
    if (!slowTexts.has(text)) return;
    // Longer than a time slice, so the lint yields after every slow rule.
    const until = Date.now() + 25;
    while (Date.now() < until) {
      // busy: a rule that takes its time
    }
    const cb = onSlowRule;
    onSlowRule = null;
    cb?.();
  });
}

const SLOW = Array.from({ length: 8 }, (_, i) => slowRule(i));

describe('editor time budget', () => {
  let client: TestClient;
  before(async () => {
    // No JIT warm-up here: its background lints would add to what the slow rules see (warm-up.test.ts tests it).
    client = TestClient.create({ rules: [...SLOW.slice(0, 4), ...RULES, ...SLOW.slice(4)], debounceMs: 300, warmUp: false });
    await client.initialize();
  });
  after(() => client.dispose());

  it('lints a burst of changes once, at its latest version', async () => {
    const uri = 'file:///budget/burst.txt';
    await client.open(uri, 'plaintext', SEED);
    const before = client.published.length;
    const last = client.nextDiagnostics(uri, (p) => p.version === 21);
    for (let v = 2; v <= 21; v++) await client.change(uri, v, SEED.replace('2020年', `2020年${'。'.repeat(v)}`));
    const published = await last;
    assert.equal(published.version, 21);
    const during = client.published.slice(before).filter((p) => p.uri === uri).map((p) => p.version);
    assert.deepEqual(during, [21], 'one publish for the whole burst');
    const linted = new Set(seen.filter((s) => s.rule === 'test-slow-0' && s.text.startsWith(SEED.slice(0, 20))).map((s) => s.text));
    // version 1 and version 21: nothing in between was linted
    assert.ok(linted.size <= 2, `texts linted: ${linted.size}`);
  });

  it('answers a request sent in the middle of a burst after the burst, from its latest version, linting nothing in between', async () => {
    const uri = 'file:///budget/mid-burst.txt';
    await client.open(uri, 'plaintext', SEED);
    const text = (v: number) => SEED.replace('2020年', `2020年${'，'.repeat(v)}`);
    const before = seen.length;
    await client.change(uri, 2, text(2));
    await client.change(uri, 3, text(3));
    // Without waiting for the burst's end the request would start a lint of version 3, which
    // runs its first time slice (the rules of this small seed) before version 4 comes.
    const info = client.documentInfo(uri);
    for (let v = 4; v <= 6; v++) await client.change(uri, v, text(v));
    assert.equal((await info).version, 6, 'the answer is read from the burst\'s latest version');
    const linted = new Set(seen.slice(before).filter((s) => s.rule === 'test-slow-0').map((s) => s.text));
    assert.deepEqual([...linted], [text(6)], 'only the latest version was linted');
  });

  it('drops a lint whose version was replaced at its next slice, and never publishes it', async () => {
    const uri = 'file:///budget/superseded.txt';
    const slow = SEED + '\n（慢）\n';
    const replaced = SEED + '\n（快）\n';
    slowTexts.add(slow);
    const first = client.nextDiagnostics(uri, () => true);
    const started = new Promise<void>((resolve) => (onSlowRule = resolve));
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: slow } });
    await started;
    // The lint of version 1 is under way (one slow rule done): replace the text.
    await client.change(uri, 2, replaced);
    const published = await first;
    assert.equal(published.version, 2, 'the first diagnostics published are those of version 2');
    assert.ok(!client.published.some((p) => p.uri === uri && p.version === 1), 'version 1 is never published');
    const ranOnSlow = seen.filter((s) => s.text === slow).length;
    assert.ok(ranOnSlow < SLOW.length, `the lint of version 1 stopped part-way (${ranOnSlow} of ${SLOW.length} slow rules ran)`);
    slowTexts.delete(slow);
  });

  it('answers other requests while a long lint runs', async () => {
    const other = 'file:///budget/other.txt';
    await client.open(other, 'plaintext', SEED);
    // In another folder: opening it must not change the other document's neighbours (and so its cached analysis).
    const uri = 'file:///budget-long/long.txt';
    const slow = SEED + '\n（很慢）\n';
    slowTexts.add(slow);
    const done = client.nextDiagnostics(uri, (p) => p.version === 1);
    const started = new Promise<void>((resolve) => (onSlowRule = resolve));
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: slow } });
    await started;
    const info = await client.documentInfo(other);
    const slowRulesWhenAnswered = seen.filter((s) => s.text === slow).length;
    assert.notEqual(info.kind, null);
    assert.ok(slowRulesWhenAnswered < SLOW.length, `answered during the lint (${slowRulesWhenAnswered} of ${SLOW.length} slow rules had run)`);
    assert.equal((await done).version, 1, 'and the long lint still finishes and is published');
    assert.equal(seen.filter((s) => s.text === slow).length, SLOW.length);
    slowTexts.delete(slow);
  });

  it('ignores a change whose version goes backwards', async () => {
    const uri = 'file:///budget/backwards.txt';
    await client.open(uri, 'plaintext', SEED, 5);
    await client.change(uri, 3, '这不是报告。');
    // A later, valid change is applied on top of version 5's text, not of the ignored one.
    const next = client.nextDiagnostics(uri, (p) => p.version === 6);
    await client.change(uri, 6, SEED + '\n');
    await next;
    assert.ok(client.logs.some((l) => l.includes('version 3 is not newer than 5')), client.logs.join('\n'));
    assert.ok(!client.published.some((p) => p.uri === uri && p.version === 3));
    const info = await client.documentInfo(uri);
    assert.equal(info.version, 6);
    assert.notEqual(info.kind, null);
  });

  it('does not format a document larger than the editor checks', async () => {
    const uri = 'file:///budget/huge.md';
    const huge = '| a | b |\n|---|---|\n| 1 | 2 |\n' + 'x'.repeat(MAX_EDITOR_CHARS + 10);
    await client.open(uri, 'markdown', huge);
    const edits = await client.request<unknown[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    assert.deepEqual(edits, []);
    assert.ok(client.logs.some((l) => l.includes('is not formatted')));
  });
});

describe('DocumentStore.analysis with a cancelled token', () => {
  it('stops waiting and answers undefined, while the shared lint goes on for the others', async () => {
    const uri = 'file:///budget/cancel.txt';
    const text = SEED + '\n（取消）\n';
    slowTexts.add(text);
    const docs = new Map([[uri, TextDocument.create(uri, 'plaintext', 1, text)]]);
    const documents = { get: (u: string) => docs.get(u) } as unknown as TextDocuments<TextDocument>;
    const store = new DocumentStore({} as Connection, documents, { configuration: false, documentChanges: false, inlayHintRefresh: false, english: false }, () => {}, [...SLOW, ...RULES]);
    const source = new CancellationTokenSource();
    const cancelled = store.analysis(uri, source.token);
    const patient = store.analysis(uri);
    const started = new Promise<void>((resolve) => (onSlowRule = resolve));
    await started;
    source.cancel();
    assert.equal(await cancelled, undefined, 'the cancelled caller stops waiting');
    const entry = await patient;
    assert.ok(entry, 'the other caller gets the finished analysis');
    assert.equal(entry.version, 1);
    assert.equal(seen.filter((s) => s.text === text).length, SLOW.length, 'one lint, run to its end');
    assert.equal(store.cached(docs.get(uri)!), entry);
    slowTexts.delete(text);
  });

  it('drops the lint when the document changes under it', async () => {
    const uri = 'file:///budget/changed.txt';
    const text = SEED + '\n（改动）\n';
    slowTexts.add(text);
    const docs = new Map([[uri, TextDocument.create(uri, 'plaintext', 1, text)]]);
    const documents = { get: (u: string) => docs.get(u) } as unknown as TextDocuments<TextDocument>;
    const store = new DocumentStore({} as Connection, documents, { configuration: false, documentChanges: false, inlayHintRefresh: false, english: false }, () => {}, [...SLOW, ...RULES]);
    const pending = store.analysis(uri);
    await new Promise<void>((resolve) => (onSlowRule = resolve));
    docs.set(uri, TextDocument.create(uri, 'plaintext', 2, SEED));
    assert.equal(await pending, undefined);
    assert.ok(seen.filter((s) => s.text === text).length < SLOW.length, 'stopped part-way');
    assert.equal((await store.analysis(uri))?.version, 2);
    slowTexts.delete(text);
  });
});
