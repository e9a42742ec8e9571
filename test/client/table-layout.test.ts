// Which table layout the insert command and the "插入表X" CodeLens put into a document
// (client/src/snippet-catalog.ts: tableSnippetFile), and that GovReport reads the pipe table in a
// plain-text draft as it reads it in Markdown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { readCatalog, tableSnippetFile, tablesFor } from '../../client/src/snippet-catalog';
import { analyze } from '../../server/src/core';

const ROOT = path.resolve(__dirname, '../../..');

test('plain text gets the pipe tables unless govReport.plainTextTables is tab; Markdown always pipes', () => {
  assert.equal(tableSnippetFile('plaintext', undefined), 'markdown.json');
  assert.equal(tableSnippetFile('plaintext', 'pipe'), 'markdown.json');
  assert.equal(tableSnippetFile('plaintext', 'tab'), 'plaintext.json');
  assert.equal(tableSnippetFile('plaintext', 'nonsense'), 'markdown.json');
  assert.equal(tableSnippetFile('markdown', 'tab'), 'markdown.json');
  assert.equal(tableSnippetFile('markdown', undefined), 'markdown.json');
});

test('the pipe table 三 of the catalog, zeros filled in, is read in a .txt draft', () => {
  const catalog = readCatalog(JSON.parse(readFileSync(path.join(ROOT, 'snippets', tableSnippetFile('plaintext', undefined)), 'utf8')));
  const entry = tablesFor(catalog, 'gov-info-2021').find((e) => e.table === 3);
  assert.ok(entry);
  const table = entry.body.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
  assert.match(table, /^\| /m);
  const draft = ['临江市临江区人民政府2023年政府信息公开工作年度报告', '', '三、收到和处理政府信息公开申请情况', '', table, '', '四、政府信息公开行政复议、行政诉讼情况', '', '无。', ''].join('\n');
  const a = analyze(draft);
  assert.equal(a.kind, 'gov-info-2021');
  assert.ok(a.report?.tables.has('applications'), 'table 三 read');
});
