// server/src/document-store.ts: one analysis per document version, shared by every feature.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from '../../server/src/core';
import { DocumentStore } from '../../server/src/document-store';
import { ROOT } from './harness';

const SAMPLE = readFileSync(path.join(ROOT, 'samples', 'sample-2023-report.md'), 'utf8');

function storeWith(docs: Map<string, TextDocument>): DocumentStore {
  const documents = { get: (uri: string) => docs.get(uri) } as unknown as TextDocuments<TextDocument>;
  // Without workspace/configuration the connection is never used.
  return new DocumentStore({} as Connection, documents, { configuration: false, documentChanges: false, inlayHintRefresh: false, english: false }, () => {});
}

describe('DocumentStore', () => {
  it('analyses a version once: diagnostics and features get the same core analysis and lint result', async () => {
    const uri = 'file:///r.md';
    const docs = new Map([[uri, TextDocument.create(uri, 'markdown', 1, SAMPLE)]]);
    const store = storeWith(docs);
    const first = (await store.analysis(uri))!;
    const again = (await store.report(uri))!;
    assert.equal(again.entry, first, 'cached entry');
    assert.equal(again.analysis, first.analysis, 'one core analysis');
    assert.equal(first.lines, first.analysis!.doc.lines, 'one line map');
    assert.deepEqual(first.result, lint(SAMPLE));
    assert.equal(store.cached(docs.get(uri)!), first);

    docs.set(uri, TextDocument.create(uri, 'markdown', 2, SAMPLE + '\n'));
    const next = (await store.analysis(uri))!;
    assert.notEqual(next, first);
    assert.equal(next.version, 2);
  });

  it('report() is undefined for a non-report, an unsupported language and a closed document', async () => {
    const docs = new Map([
      ['file:///note.md', TextDocument.create('file:///note.md', 'markdown', 1, '# 周记\n\n本周无事。\n')],
      ['file:///r.json', TextDocument.create('file:///r.json', 'json', 1, SAMPLE)],
    ]);
    const store = storeWith(docs);
    assert.equal((await store.analysis('file:///note.md'))!.result.kind, null);
    assert.equal(await store.report('file:///note.md'), undefined);
    assert.equal(await store.report('file:///r.json'), undefined);
    assert.equal(await store.report('file:///closed.md'), undefined);
  });
});
