// Unit tests of the editor-feature conversions of server/src/convert.ts (core features → LSP).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FoldingRangeKind, MarkupKind, SymbolKind } from 'vscode-languageserver/node';
import { LineMap } from '../../server/src/core';
import type { OutlineSymbol } from '../../server/src/core/features/symbols';
import { toDocumentSymbols, toFoldingRanges, toHoverContent, toInlayHints } from '../../server/src/convert';

const TEXT = '# 报告\r\n\r\n## 三、申请\n| 𠀀 | 28 |\n';
const map = new LineMap(TEXT);

function sym(name: string, kind: OutlineSymbol['kind'], start: number, end: number, children: OutlineSymbol[] = [], sel = [start, end]): OutlineSymbol {
  return { name, detail: '', kind, level: 1, start, end, selectionStart: sel[0], selectionEnd: sel[1], children };
}

describe('convert: editor features', () => {
  it('a feature hover: Markdown with its range in UTF-16 positions', () => {
    const at = TEXT.indexOf('28');
    assert.deepEqual(toHoverContent(map, { start: at, end: at + 2, markdown: '**表三**' }), {
      contents: { kind: MarkupKind.Markdown, value: '**表三**' },
      range: { start: { line: 3, character: 7 }, end: { line: 3, character: 9 } },
    });
  });

  it('outline symbols: kinds, nesting, detail only when there is one, selection kept inside the range', () => {
    const table = TEXT.indexOf('|');
    const section = TEXT.indexOf('## 三');
    const tree = [sym('报告', 'title', 0, TEXT.length - 1, [
      sym('三、申请', 'statutory-section', section, TEXT.length - 1, [sym('表：申请', 'table', table, TEXT.length - 1)], [section + 3, section + 7]),
    ])];
    tree[0].detail = '格式';
    const [root] = toDocumentSymbols(map, tree);
    assert.equal(root.kind, SymbolKind.File);
    assert.equal(root.detail, '格式');
    assert.deepEqual(root.range, { start: { line: 0, character: 0 }, end: { line: 3, character: 11 } });
    const [s] = root.children!;
    assert.equal(s.kind, SymbolKind.Module);
    assert.equal('detail' in s, false);
    assert.deepEqual(s.selectionRange, { start: { line: 2, character: 3 }, end: { line: 2, character: 7 } });
    assert.equal(s.children![0].kind, SymbolKind.Array);
    assert.equal(toDocumentSymbols(map, [sym('', 'section', 0, 2)])[0].name, '（无标题）', 'LSP names are never empty');
    const clamped = toDocumentSymbols(map, [sym('x', 'section', 2, 4, [], [1, 9])])[0];
    assert.deepEqual(clamped.selectionRange, { start: { line: 0, character: 2 }, end: { line: 0, character: 4 } });
  });

  it('folding ranges are regions', () => {
    assert.deepEqual(toFoldingRanges([{ startLine: 2, endLine: 3, kind: 'section' }, { startLine: 3, endLine: 4, kind: 'table' }]), [
      { startLine: 2, endLine: 3, kind: FoldingRangeKind.Region },
      { startLine: 3, endLine: 4, kind: FoldingRangeKind.Region },
    ]);
  });

  it('inlay hints sit right after the cell, padded on the left, with their tooltip', () => {
    const end = TEXT.indexOf('28') + 2;
    assert.deepEqual(toInlayHints(map, [{ offset: end, label: '≠ 应为 29', tooltip: '行总计：…', ok: false }]), [
      { position: { line: 3, character: 9 }, label: '≠ 应为 29', paddingLeft: true, tooltip: '行总计：…' },
    ]);
  });
});
