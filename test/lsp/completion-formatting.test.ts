// Completion, formatting and the English diagnostics of an English editor, over real JSON-RPC.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CompletionItem, CompletionList, TextEdit } from 'vscode-languageserver/node';
import { LineMap } from '../../server/src/core';
import { ROOT, TestClient, applyLspEdits } from './harness';

const SAMPLE = readFileSync(path.join(ROOT, 'samples', 'sample-2023-report.md'), 'utf8');

function items(r: CompletionItem[] | CompletionList | null): CompletionItem[] {
  return !r ? [] : Array.isArray(r) ? r : r.items;
}

describe('completion and formatting over JSON-RPC', () => {
  let client: TestClient;
  before(async () => {
    client = TestClient.create();
    const caps = (await client.initialize()).capabilities;
    assert.ok(caps.completionProvider, 'completionProvider advertised');
    assert.equal(caps.documentFormattingProvider, true);
    assert.equal(caps.documentRangeFormattingProvider, true);
  });
  after(() => client.dispose());

  it('offers statutory row labels in the label cell of a table row, replacing what was typed', async () => {
    // A new row typed under （二）部分公开 in table 三: "| （三" so far.
    const anchor = '| （二）部分公开（区分处理的，只计这一情形，不计其他情形） |';
    const lineStart = SAMPLE.indexOf(anchor);
    const lineEnd = SAMPLE.indexOf('\n', lineStart);
    const text = SAMPLE.slice(0, lineEnd + 1) + '| （三\n' + SAMPLE.slice(lineEnd + 1);
    const uri = 'file:///completion-row.md';
    await client.open(uri, 'markdown', text);
    const at = new LineMap(text).positionAt(lineEnd + 1 + '| （三'.length);
    const got = items(await client.request('textDocument/completion', { textDocument: { uri }, position: at }));
    const labels = got.map((i) => i.label);
    assert.ok(labels.some((l) => l.includes('不予公开') || l.includes('属于国家秘密')), `labels: ${labels.slice(0, 8).join(' / ')}`);
    const edit = got[0].textEdit as TextEdit;
    assert.equal(edit.range.start.line, at.line);
    assert.equal(edit.range.end.character, at.character);
  });

  it('offers the missing statutory heading at the start of a line', async () => {
    const text = SAMPLE.replace(/## 五、存在的主要问题及改进情况[\s\S]*?(?=## 六)/, '## 五\n\n');
    const uri = 'file:///completion-heading.md';
    await client.open(uri, 'markdown', text);
    const at = new LineMap(text).positionAt(text.indexOf('## 五') + '## 五'.length);
    const got = items(await client.request('textDocument/completion', { textDocument: { uri }, position: at }));
    assert.ok(got.some((i) => (i.textEdit as TextEdit).newText.includes('五、存在的主要问题及改进情况')), got.map((i) => i.label).join(' / '));
  });

  it('formats a ragged pipe table by changing whitespace only', async () => {
    const text = ['# 示例市2023年政府信息公开工作年度报告', '', '| 信息内容 | 本年制发件数 |', '|---|---|', '| 规章 | 0 |', '| 行政规范性文件 | 12 |', ''].join('\n');
    const uri = 'file:///format.md';
    await client.open(uri, 'markdown', text);
    const edits = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    assert.ok(edits.length > 0, 'something to align');
    const out = applyLspEdits(text, edits);
    assert.equal(out.replace(/[\s-]/g, ''), text.replace(/[\s-]/g, ''));
    const again = await (async () => {
      await client.change(uri, 2, out);
      return client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    })();
    assert.equal(applyLspEdits(out, again), out, 'idempotent');
  });
});

describe('an editor running in English', () => {
  it('gets the English message of each finding; a Chinese editor the Chinese one', async () => {
    const en = TestClient.create();
    const zh = TestClient.create();
    try {
      await en.initialize(undefined, 'en-US');
      await zh.initialize(undefined, 'zh-cn');
      const uri = 'file:///samples/sample-2023-report.md';
      const dEn = (await en.open(uri, 'markdown', SAMPLE)).diagnostics;
      const dZh = (await zh.open(uri, 'markdown', SAMPLE)).diagnostics;
      const rowEn = dEn.find((d) => d.code === 'table-row-total')!;
      const rowZh = dZh.find((d) => d.code === 'table-row-total')!;
      assert.match(rowEn.message, /^Column 1 “自然人”, row “（一）予以公开” should be 24 \(the table has 25\)/);
      assert.match(rowZh.message, /^第1列“自然人”“（一）予以公开”应为 24（表中为 25）/);
      assert.deepEqual(rowEn.range, rowZh.range);
      // The code actions follow the editor's language, the rule's own fix title too (issue #14).
      const titles = async (c: TestClient, d: typeof rowEn) =>
        (await c.codeActions({ textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })).map((a) => a.title);
      assert.deepEqual(await titles(en, rowEn), ['Change to 24', 'Disable table-row-total for this line', 'Show the rule page: table-row-total']);
      assert.deepEqual(await titles(zh, rowZh), ['改为 24', '在此行禁用 table-row-total', '查看规则说明：table-row-total']);
      const fixAll = async (c: TestClient) => (await c.codeActions({
        textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      })).map((a) => a.title);
      assert.deepEqual(await fixAll(en), ['Fix all safely fixable problems (GovReport)']);
      assert.deepEqual(await fixAll(zh), ['修复所有可安全自动修复的问题（GovReport）']);
      // The rule part of the hover over a finding too (the table's own labels stay as written).
      const hoverText = async (c: TestClient) => {
        const h = await c.hover(uri, rowEn.range.start);
        return h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '';
      };
      const hEn = await hoverText(en);
      assert.match(hEn, /\*\*[A-Za-z][^*]*\*\* `table-row-total`/);
      assert.match(hEn, /\[Rule page\]\(/);
      assert.match(hEn, /Basis: /);
      const hZh = await hoverText(zh);
      assert.match(hZh, /`table-row-total`/);
      assert.match(hZh, /\[查看规则说明\]\(/);
      assert.doesNotMatch(hZh, /Rule page/);
    } finally {
      en.dispose();
      zh.dispose();
    }
  });
});
