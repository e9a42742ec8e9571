// Unit tests of server/src/convert.ts: core data → LSP types, no connection involved.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticSeverity, MarkupKind } from 'vscode-languageserver/node';
import { Finding, Fix, LineMap, RULE_DOC_BASE, RuleInfo, applyFixes, ruleDocPath } from '../../server/src/core';
import {
  DIAGNOSTIC_SOURCE,
  FIX_ALL_KIND,
  diagnosticData,
  disableLineEdit,
  fixesToTextEdits,
  isDiagnosticData,
  isKindWanted,
  rangeContains,
  ruleDocUrl,
  ruleHover,
  selectFixes,
  toDiagnostic,
  toDiagnostics,
  toLspSeverity,
  toLspTextEdits,
  toRange,
  toWorkspaceEdit,
} from '../../server/src/convert';
import { applyLspEdits } from './harness';
import { lazyFix } from '../../server/src/core/engine/lazy-fix';

describe('convert: positions', () => {
  it('maps severities', () => {
    assert.equal(toLspSeverity('error'), DiagnosticSeverity.Error);
    assert.equal(toLspSeverity('warning'), DiagnosticSeverity.Warning);
    assert.equal(toLspSeverity('info'), DiagnosticSeverity.Information);
    assert.equal(toLspSeverity('hint'), DiagnosticSeverity.Hint);
  });

  it('counts UTF-16 code units and all three line breaks', () => {
    const text = 'a\r\nb𠀀c\rd\n表三';
    const map = new LineMap(text);
    const c = text.indexOf('c');
    assert.equal(c, 6);
    assert.deepEqual(toRange(map, c, c + 1), { start: { line: 1, character: 3 }, end: { line: 1, character: 4 } });
    assert.deepEqual(toRange(map, text.indexOf('d'), text.length), { start: { line: 2, character: 0 }, end: { line: 3, character: 2 } });
    // end before start is clamped, offsets past the end land at the end
    assert.deepEqual(toRange(map, 3, 1), { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } });
    assert.deepEqual(toRange(map, 0, 999).end, { line: 3, character: 2 });
  });

  it('converts and orders text edits', () => {
    const map = new LineMap('一、总体情况\n二、主动公开');
    const edits = toLspTextEdits(map, [
      { start: 9, end: 11, newText: '依' },
      { start: 0, end: 1, newText: '壹' },
    ]);
    assert.deepEqual(edits, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, newText: '壹' },
      { range: { start: { line: 1, character: 2 }, end: { line: 1, character: 4 } }, newText: '依' },
    ]);
  });
});

describe('convert: diagnostics', () => {
  const text = '澳门皇冠 2020年报告\n第二行';
  const map = new LineMap(text);
  const finding: Finding = {
    rule: 'artifact-spam',
    severity: 'error',
    message: '删除垃圾信息“澳门皇冠”',
    start: 0,
    end: 4,
    fix: { title: '删除“澳门皇冠”', safe: true, edits: [{ start: 0, end: 5, newText: '' }] },
  };

  it('carries code, link, source and fix data', () => {
    const d = toDiagnostic(finding, map, 7);
    assert.equal(d.code, 'artifact-spam');
    assert.equal(d.source, DIAGNOSTIC_SOURCE);
    assert.equal(d.severity, DiagnosticSeverity.Error);
    assert.equal(d.message, finding.message);
    assert.deepEqual(d.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } });
    assert.equal(d.codeDescription?.href, ruleDocUrl('artifact-spam', RULE_DOC_BASE));
    // The fix travels as a key (the finding's index), its edits stay on the server.
    assert.deepEqual(d.data, { rule: 'artifact-spam', version: 7, fix: { index: 0 } });
    assert.deepEqual(toDiagnostic(finding, map, 7, RULE_DOC_BASE, false, 3).data, { rule: 'artifact-spam', version: 7, fix: { index: 3 } });
    assert.ok(isDiagnosticData(d.data));
    assert.deepEqual(diagnosticData(d), d.data);
    // the data survives a JSON round trip (it travels to the client and back)
    assert.ok(isDiagnosticData(JSON.parse(JSON.stringify(d.data))));
  });

  it('leaves fix out when there is none or it is empty', () => {
    const plain = toDiagnostic({ ...finding, fix: undefined }, map, 1);
    assert.deepEqual(plain.data, { rule: 'artifact-spam', version: 1 });
    const empty = toDiagnostic({ ...finding, fix: { title: 'x', safe: true, edits: [] } }, map, 1);
    assert.deepEqual(empty.data, { rule: 'artifact-spam', version: 1 });
  });

  it('keys a lazy fix without building its edits', () => {
    let builds = 0;
    const fix = lazyFix(false, text.length, () => {
      builds++;
      return { title: 't', edits: [{ start: 0, end: 1, newText: 'x' }] };
    });
    const ds = toDiagnostics([{ ...finding, fix: undefined }, { ...finding, fix }], map, 2);
    assert.deepEqual(ds.map((d) => d.data), [{ rule: 'artifact-spam', version: 2 }, { rule: 'artifact-spam', version: 2, fix: { index: 1 } }]);
    assert.equal(builds, 0);
  });

  it('joins the rule page to the base with one slash', () => {
    const want = 'https://x.invalid/govreport/' + ruleDocPath('table-balance');
    assert.equal(ruleDocUrl('table-balance', 'https://x.invalid/govreport/'), want);
    assert.equal(ruleDocUrl('table-balance', 'https://x.invalid/govreport'), want);
    assert.equal(ruleDocUrl('table-balance', ''), ruleDocPath('table-balance'));
    const d = toDiagnostic(finding, map, 1, 'file:///ext/');
    assert.equal(d.codeDescription?.href, 'file:///ext/' + ruleDocPath('artifact-spam'));
  });

  it('rejects foreign or malformed data', () => {
    assert.equal(isDiagnosticData(undefined), false);
    assert.equal(isDiagnosticData({ rule: 5, version: 1 }), false);
    assert.equal(isDiagnosticData({ rule: 'x' }), false);
    assert.equal(isDiagnosticData({ rule: 'x', version: 1, fix: { title: 't', safe: true, edits: [{ newText: '' }] } }), false);
    for (const index of [-1, 0.5, '0', null]) assert.equal(isDiagnosticData({ rule: 'x', version: 1, fix: { index } }), false);
    assert.equal(isDiagnosticData({ rule: 'x', version: 1, fix: null }), false);
    assert.equal(isDiagnosticData({ rule: 'x', version: 1, fix: { index: 2 } }), true);
    assert.equal(isDiagnosticData({ rule: 'x', version: 1 }), true);
    const d = toDiagnostic(finding, map, 1);
    assert.equal(diagnosticData({ ...d, source: 'eslint' }), undefined);
  });
});

describe('convert: edits and actions', () => {
  it('builds versioned or plain workspace edits', () => {
    const edits = [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, newText: 'x' }];
    assert.deepEqual(toWorkspaceEdit('file:///a.md', 3, edits, true), {
      documentChanges: [{ textDocument: { uri: 'file:///a.md', version: 3 }, edits }],
    });
    assert.deepEqual(toWorkspaceEdit('file:///a.md', 3, edits, false), { changes: { 'file:///a.md': edits } });
  });

  it('appends a disable-line directive, or extends one already there', () => {
    const text = '一、总体情况\n| 规章 | 0 | 0 |\r\n\n末行 ';
    const map = new LineMap(text);
    const apply = (line: number, rule: string) => applyLspEdits(text, [disableLineEdit(map, line, rule)]);
    assert.equal(apply(1, 'table-shape'), '一、总体情况\n| 规章 | 0 | 0 | <!-- govreport-disable-line table-shape -->\r\n\n末行 ');
    assert.equal(apply(2, 'x'), '一、总体情况\n| 规章 | 0 | 0 |\r\n<!-- govreport-disable-line x -->\n末行 ');
    assert.equal(apply(3, 'x'), '一、总体情况\n| 规章 | 0 | 0 |\r\n\n末行 <!-- govreport-disable-line x -->');
    const twice = '表 <!-- govreport-disable-line a-b -->';
    assert.equal(
      applyLspEdits(twice, [disableLineEdit(new LineMap(twice), 0, 'c-d')]),
      '表 <!-- govreport-disable-line a-b c-d -->',
    );
  });

  it('matches code action kinds the LSP way', () => {
    assert.equal(FIX_ALL_KIND, 'source.fixAll.govreport');
    assert.ok(isKindWanted(undefined, 'quickfix'));
    assert.ok(isKindWanted(['source.fixAll'], FIX_ALL_KIND));
    assert.ok(isKindWanted(['source'], FIX_ALL_KIND));
    assert.ok(isKindWanted([FIX_ALL_KIND], FIX_ALL_KIND));
    assert.ok(!isKindWanted(['source.fixAll'], 'quickfix'));
    assert.ok(!isKindWanted(['source.fix'], FIX_ALL_KIND));
    assert.ok(!isKindWanted(['quickfix'], FIX_ALL_KIND));
  });

  it('tells whether a position is inside a range (ends included)', () => {
    const r = { start: { line: 1, character: 2 }, end: { line: 2, character: 0 } };
    assert.ok(rangeContains(r, { line: 1, character: 2 }));
    assert.ok(rangeContains(r, { line: 1, character: 99 }));
    assert.ok(rangeContains(r, { line: 2, character: 0 }));
    assert.ok(!rangeContains(r, { line: 1, character: 1 }));
    assert.ok(!rangeContains(r, { line: 2, character: 1 }));
  });

  it('renders the rule hover as Markdown with basis and link', () => {
    const info: RuleInfo = {
      id: 'table-balance',
      formats: { family: 'gov-info', since: 2019 },
      defaultSeverity: 'error',
      title: { zh: '表三勾稽关系', en: 'Table 3 balance' },
      description: { zh: '每列：一 + 二 = 三（七） + 四。', en: '' },
      basis: '国办公开办函〔2021〕30号，表三',
    };
    const h = ruleHover(info, 'https://example.invalid/docs/rules/table-balance.md');
    assert.equal(h.kind, MarkupKind.Markdown);
    assert.ok(h.value.includes('表三勾稽关系'));
    assert.ok(h.value.includes('`table-balance`'));
    assert.ok(h.value.includes('一 + 二 = 三（七） + 四'));
    assert.ok(h.value.includes('依据：国办公开办函〔2021〕30号，表三'));
    assert.ok(h.value.includes('(https://example.invalid/docs/rules/table-balance.md)'));
    // On the first line, so that a hover clipped at the bottom still shows it.
    assert.ok(h.value.split('\n')[0].includes('[查看规则说明](https://example.invalid/docs/rules/table-balance.md)'), h.value);
  });
});

describe('convert: selecting fixes like applyFixes', () => {
  const fix = (title: string, ...edits: [number, number, string][]): Fix => ({
    title,
    safe: true,
    edits: edits.map(([start, end, newText]) => ({ start, end, newText })),
  });

  it('skips overlapping fixes whole, in document order', () => {
    const text = '0123456789';
    const fixes = [fix('b', [5, 7, 'B']), fix('a', [1, 3, 'A'], [6, 6, 'x']), fix('c', [8, 9, 'C'])];
    const chosen = selectFixes(text.length, fixes).map((f) => f.title);
    assert.deepEqual(chosen, ['a', 'c']);
    assert.equal(applyLspEdits(text, fixesToTextEdits(new LineMap(text), fixes)), applyFixes(text, fixes).text);
  });

  it('treats an insertion at the start of another fix\'s replacement as a clash (no text repeated)', () => {
    const text = 'abcdef';
    const fixes = [fix('replace', [2, 4, 'XY']), fix('insert', [2, 2, '_'])];
    assert.deepEqual(selectFixes(text.length, fixes).map((f) => f.title), ['replace']);
    assert.equal(applyLspEdits(text, fixesToTextEdits(new LineMap(text), fixes)), 'abXYef');
  });

  it('gives the same text as applyFixes on random fixes', () => {
    let seed = 12345;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const alphabet = ['a', '表', '\n', '\r\n', '𠀀', '|', ' ', '1'];
    for (let round = 0; round < 500; round++) {
      let text = '';
      const len = rand(40);
      for (let i = 0; i < len; i++) text += alphabet[rand(alphabet.length)];
      const fixes: Fix[] = [];
      const n = rand(6);
      for (let k = 0; k < n; k++) {
        const edits: [number, number, string][] = [];
        const m = 1 + rand(3);
        for (let j = 0; j < m; j++) {
          // Stay on UTF-16 boundaries that LineMap can express: any offset is fine for it,
          // but an offset inside \r\n is not a position. Avoid those.
          const start = safeOffset(text, rand(text.length + 2));
          const end = rand(4) === 0 ? start : safeOffset(text, Math.min(text.length + (rand(8) === 0 ? 1 : 0), start + rand(6)));
          edits.push([start, Math.max(start, end), ['', 'X', '表表'][rand(3)]]);
        }
        fixes.push(fix(`f${k}`, ...edits));
      }
      if (hasCoreAmbiguity(fixes)) continue;
      const map = new LineMap(text);
      const got = applyLspEdits(text, fixesToTextEdits(map, fixes));
      assert.equal(got, applyFixes(text, fixes).text, `round ${round}: ${JSON.stringify({ text, fixes })}`);
      assert.equal(selectFixes(text.length, fixes).length, applyFixes(text, fixes).applied);
    }
  });
});

/** Offsets between \r and \n (and past the end) have no LSP position; move them off. */
function safeOffset(text: string, o: number): number {
  if (o > text.length) return o; // invalid on purpose: both sides must skip the fix
  if (o > 0 && text[o - 1] === '\r' && text[o] === '\n') return o - 1;
  if (o > 0 && /[\ud800-\udbff]/.test(text[o - 1]) && /[\udc00-\udfff]/.test(text[o] ?? '')) return o - 1;
  return o;
}

/** The one case where convert deliberately differs from applyFixes (see the test above). */
function hasCoreAmbiguity(fixes: Fix[]): boolean {
  for (const a of fixes)
    for (const b of fixes)
      if (a !== b)
        for (const x of a.edits)
          for (const y of b.edits) if (x.start === x.end && y.start === x.start && y.end > y.start) return true;
  return false;
}
