// LSP-level tests: the real server over real JSON-RPC (in-process streams).
// The key check: what the server publishes is exactly what core lint() finds, converted.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeAction, CodeActionKind, Diagnostic, DiagnosticSeverity, MarkupContent } from 'vscode-languageserver/node';
import { LineMap, applyFixes, lint, normalizeSettings, ruleById, ruleDocPath, RULE_DOC_BASE, Finding } from '../../server/src/core';
import { ruleDocUrl, type DiagnosticData } from '../../server/src/convert';
import { ROOT, SEEDS, TestClient, applyLspEdits, editsFor, isCodeAction } from './harness';

const DOC_BASE = /^[a-z][a-z0-9+.-]*:/i.test(RULE_DOC_BASE) ? RULE_DOC_BASE : pathToFileURL(ROOT).href + '/';

const SEED_001 = path.join(SEEDS, '001_e1d25a63a80be9ed.txt');
const DEFAULTS = { format: 'auto', rules: {}, run: 'onType' };
const SEVERITY: Record<string, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const WEEKLY_NOTE = [
  '# 第12周工作周记',
  '',
  '本周完成了三件事：整理会议纪要、更新台账、回复邮件。',
  '',
  '| 事项 | 数量 | 备注 |',
  '|---|---|---|',
  '| 会议 | 3 | 含周例会 |',
  '| 邮件 | 41 | |',
  '| 合计 | 44 | |',
  '',
  '下周计划：继续推进。',
  '',
].join('\n');

function expectedDiagnostics(text: string, settings: unknown = DEFAULTS) {
  const result = lint(text, { settings: normalizeSettings(settings) });
  const lines = new LineMap(text);
  return {
    result,
    shapes: result.findings.map((f) => ({
      code: f.rule,
      severity: SEVERITY[f.severity],
      message: f.message,
      range: { start: lines.positionAt(f.start), end: lines.positionAt(f.end) },
    })),
  };
}

function shape(d: Diagnostic) {
  return { code: d.code, severity: d.severity, message: d.message, range: d.range };
}

function dataOf(d: Diagnostic): DiagnosticData {
  return d.data as DiagnosticData;
}

describe('GovReport language server over JSON-RPC', () => {
  let client: TestClient;
  const seedText = readFileSync(SEED_001, 'utf8');

  before(async () => {
    client = TestClient.create();
    const init = await client.initialize();
    const caps = init.capabilities;
    assert.ok(caps.codeActionProvider, 'codeActionProvider advertised');
    assert.ok(caps.hoverProvider, 'hoverProvider advertised');
    assert.ok(caps.textDocumentSync, 'textDocumentSync advertised');
    const kinds = typeof caps.codeActionProvider === 'object' ? caps.codeActionProvider.codeActionKinds ?? [] : [];
    assert.ok(kinds.includes(CodeActionKind.QuickFix));
    assert.ok(kinds.includes('source.fixAll.govreport'));
  });

  after(() => client.dispose());

  it('publishes for the seed report exactly what core lint() finds', async () => {
    const uri = 'file:///seeds/001.txt';
    const published = await client.open(uri, 'plaintext', seedText);
    const { result, shapes } = expectedDiagnostics(seedText);
    assert.notEqual(result.kind, null, 'the core recognises seed 001 as a report');
    assert.ok(result.findings.length > 0, 'the core finds something in seed 001');
    assert.equal(published.version, 1);
    assert.deepEqual(published.diagnostics.map(shape), shapes);
    for (const d of published.diagnostics) {
      assert.equal(d.source, 'govreport');
      assert.equal(typeof d.code, 'string');
      // An absolute URL: the core's RULE_DOC_BASE, or the page inside the package when that is empty.
      assert.equal(d.codeDescription?.href, ruleDocUrl(String(d.code), DOC_BASE));
      assert.ok(new URL(d.codeDescription!.href).href.endsWith(ruleDocPath(String(d.code))));
      assert.equal(dataOf(d).rule, d.code);
      assert.equal(dataOf(d).version, 1);
    }
    // Fix data on the diagnostic = only the key to the finding's fix (its index), no edits.
    result.findings.forEach((f, i) => {
      const data = dataOf(published.diagnostics[i]);
      if (!f.fix || f.fix.edits.length === 0) return assert.equal(data.fix, undefined);
      assert.deepEqual(data.fix, { index: i });
    });
  });

  it('answers govReport/documentInfo with the kind, year and issuer of lint()', async () => {
    const uri = 'file:///seeds/001-info.txt';
    await client.open(uri, 'plaintext', seedText);
    const info = await client.documentInfo(uri);
    const r = lint(seedText, { settings: normalizeSettings(DEFAULTS) });
    assert.deepEqual(
      { kind: info.kind, kindSource: info.kindSource, year: info.year, issuer: info.issuer, version: info.version },
      { kind: r.kind, kindSource: r.kindSource, year: r.year, issuer: r.issuer, version: 1 },
    );
    const unknown = await client.documentInfo('file:///not/open.md');
    assert.equal(unknown.kind, null);
  });

  it('stays silent on a Markdown note that is not a report', async () => {
    const uri = 'file:///notes/week-12.md';
    const published = await client.open(uri, 'markdown', WEEKLY_NOTE);
    assert.deepEqual(published.diagnostics, []);
    assert.equal((await client.documentInfo(uri)).kind, null);
  });

  it('ignores languages other than markdown and plaintext', async () => {
    const uri = 'file:///seeds/001.json';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: 1, text: seedText } });
    const info = await client.documentInfo(uri);
    assert.equal(info.kind, null);
    assert.equal(client.published.filter((p) => p.uri === uri).length, 0);
  });

  it('pulls govReport settings per document and re-lints on didChangeConfiguration', async () => {
    const uri = 'file:///seeds/001-config.txt';
    const before = await client.open(uri, 'plaintext', seedText);
    assert.ok(before.diagnostics.length > 0);
    assert.ok(client.configurationRequests > 0, 'the server asked for workspace/configuration');
    const rule = String(before.diagnostics[0].code);
    const others = before.diagnostics.filter((d) => d.code !== rule).map(shape);

    client.configuration = (item) => {
      assert.equal(item.section, 'govReport');
      return { ...DEFAULTS, rules: { [rule]: 'off' } };
    };
    try {
      const next = client.nextDiagnostics(uri);
      await client.changeConfiguration(null);
      const after = await next;
      assert.ok(!after.diagnostics.some((d) => d.code === rule), `${rule} is off`);
      assert.deepEqual(after.diagnostics.map(shape), others);
      assert.deepEqual(after.diagnostics.map(shape), expectedDiagnostics(seedText, { rules: { [rule]: 'off' } }).shapes);
    } finally {
      client.configuration = () => DEFAULTS;
      const restored = client.nextDiagnostics(uri);
      await client.changeConfiguration(null);
      await restored;
    }
  });

  it('in onSave mode lints on open and save but not while typing', async () => {
    const uri = 'file:///seeds/001-onsave.txt';
    client.configuration = () => ({ ...DEFAULTS, run: 'onSave' });
    try {
      // Messages are handled in order: the new settings are pulled when the document opens.
      await client.changeConfiguration(null);
      const opened = await client.open(uri, 'plaintext', seedText);
      assert.ok(opened.diagnostics.length > 0, 'linted on open');
      const saved = client.nextDiagnostics(uri, (p) => p.version === 3);
      await client.change(uri, 2, seedText + '\n甲');
      await client.change(uri, 3, seedText + '\n乙');
      await client.save(uri);
      await saved;
      assert.deepEqual(
        client.published.filter((p) => p.uri === uri).map((p) => p.version),
        [1, 3],
        'no diagnostics for the typed-only version 2',
      );
    } finally {
      client.configuration = () => DEFAULTS;
      const restored = client.nextDiagnostics(uri);
      await client.changeConfiguration(null);
      await restored;
    }
  });

  describe('code actions', () => {
    const uri = 'file:///seeds/001-actions.txt';
    let diagnostics: Diagnostic[];
    let findings: Finding[];

    before(async () => {
      diagnostics = (await client.open(uri, 'plaintext', seedText)).diagnostics;
      findings = lint(seedText, { settings: normalizeSettings(DEFAULTS) }).findings;
    });

    it('turns the fix on a diagnostic into a preferred quick fix with a versioned WorkspaceEdit', async (t) => {
      const i = diagnostics.findIndex((d) => dataOf(d).fix);
      if (i < 0) return t.skip('the core offers no fix on seed 001');
      const d = diagnostics[i];
      const actions = (await client.codeActions({ textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })).filter(isCodeAction);
      const title = findings[i].fix!.title;
      const fix = actions.find((a) => a.title === title);
      assert.ok(fix, `quick fix "${title}" offered; got ${actions.map((a) => a.title).join(' | ')}`);
      assert.equal(fix.kind, CodeActionKind.QuickFix);
      assert.equal(fix.isPreferred, true);
      assert.deepEqual(fix.diagnostics, [d]);
      const { version, edits } = editsFor(fix.edit, uri);
      assert.equal(version, 1);
      assert.equal(applyLspEdits(seedText, edits), applyFixes(seedText, [findings[i].fix!]).text);
    });

    it('offers no fix for a diagnostic whose data was forged or altered by the client', async (t) => {
      const i = diagnostics.findIndex((d) => dataOf(d).fix);
      if (i < 0) return t.skip('the core offers no fix on seed 001');
      const d = diagnostics[i];
      const data = dataOf(d);
      const forgedEdit = { range: { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } }, newText: '' };
      // Another finding (of another range), one past the end, a malformed key, another rule,
      // the old shape carrying edits, another version; and the right key on a moved range.
      const other = diagnostics.findIndex((x, j) => j !== i && JSON.stringify(x.range) !== JSON.stringify(d.range));
      const forgedRange = { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } };
      const variants: [Diagnostic['range'], unknown][] = [
        [d.range, { ...data, fix: { index: other < 0 ? diagnostics.length : other } }],
        [d.range, { ...data, fix: { index: diagnostics.length } }],
        [d.range, { ...data, fix: { index: -1 } }],
        [d.range, { ...data, fix: { index: 0.5 } }],
        [d.range, { ...data, rule: 'section-missing' }],
        [d.range, { ...data, fix: { title: findings[i].fix!.title, safe: true, edits: [forgedEdit] } }],
        [d.range, { ...data, version: data.version + 1 }],
        [forgedRange, data],
      ];
      for (const [range, v] of variants) {
        const forged = { ...d, range, data: v };
        const actions = (await client.codeActions({ textDocument: { uri }, range: d.range, context: { diagnostics: [forged] } })).filter(isCodeAction);
        assert.ok(!actions.some((a) => a.isPreferred || (a.edit && editsFor(a.edit, uri).edits.some((e) => e.newText === '' && e.range.end.line === 3))),
          `no fix from forged data ${JSON.stringify(v).slice(0, 80)}: ${actions.map((a) => a.title).join(' | ')}`);
      }
    });

    it('builds a whole-draft fix (script-traditional, lazy in core) only for the code action, with the same edits', async () => {
      // The fixture marks expected findings at line ends (`  <-- rule`, test/core/fixtures.test.ts).
      const source = readFileSync(path.join(ROOT, 'test', 'fixtures', 'drafts', '2020-traditional-loose.txt'), 'utf8');
      const text = source.replace(/ {2}<-- [a-z0-9, -]+$/gm, '');
      const uriT = 'file:///drafts/traditional-actions.txt';
      const found = (await client.open(uriT, 'plaintext', text)).diagnostics;
      const d = found.find((x) => x.code === 'script-traditional');
      assert.ok(d, 'script-traditional reported');
      assert.equal(typeof dataOf(d).fix?.index, 'number');
      assert.ok(!JSON.stringify(d.data).includes('newText'), 'no edits travel on the diagnostic');
      const f = lint(text, { settings: normalizeSettings(DEFAULTS) }).findings.find((x) => x.rule === 'script-traditional')!;
      const actions = (await client.codeActions({ textDocument: { uri: uriT }, range: d.range, context: { diagnostics: [d] } })).filter(isCodeAction);
      const fix = actions.find((a) => a.isPreferred);
      assert.ok(fix, `quick fix offered; got ${actions.map((a) => a.title).join(' | ')}`);
      assert.equal(fix.title, f.fix!.title);
      const { edits } = editsFor(fix.edit, uriT);
      assert.equal(applyLspEdits(text, edits), applyFixes(text, [f.fix!]).text);
      await client.close(uriT);
    });

    it('offers "disable for this line" whose comment silences the rule on that line', async () => {
      const d = diagnostics[0];
      const rule = String(d.code);
      const actions = (await client.codeActions({ textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })).filter(isCodeAction);
      const disable = actions.find((a) => a.title.includes('禁用') && a.title.includes(rule));
      assert.ok(disable, 'disable-line action offered');
      const { edits } = editsFor(disable.edit, uri);
      assert.equal(edits.length, 1);
      assert.match(edits[0].newText, new RegExp(`<!-- govreport-disable-line ${rule} -->$`));
      const fixed = applyLspEdits(seedText, edits);
      const lines = new LineMap(fixed);
      const still = lint(fixed, { settings: normalizeSettings(DEFAULTS) }).findings.filter(
        (f) => f.rule === rule && lines.lineAt(f.start) === d.range.start.line,
      );
      assert.deepEqual(still, [], 'the core honours the inserted directive');
    });

    it('offers "open the rule page" as the govReport.openRuleDoc command', async () => {
      const d = diagnostics[0];
      const actions = (await client.codeActions({ textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })).filter(isCodeAction);
      const open = actions.find((a) => a.command?.command === 'govReport.openRuleDoc');
      assert.ok(open);
      assert.deepEqual(open.command!.arguments, [d.code, d.codeDescription!.href]);
    });

    it('offers "fix all of this rule" when the rule has two or more fixes', async () => {
      // Seed 000 lost its three tables: three section-empty findings, each with an insert-table fix.
      const text = readFileSync(path.join(SEEDS, '000_716b3ab937427b7d.txt'), 'utf8');
      const uri000 = 'file:///seeds/000-actions.txt';
      const found = (await client.open(uri000, 'plaintext', text)).diagnostics;
      const all000 = lint(text, { settings: normalizeSettings(DEFAULTS) }).findings;
      const counts = new Map<string, number>();
      for (const f of all000) if (f.fix) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
      const rule = [...counts].find(([, n]) => n >= 2)?.[0];
      assert.ok(rule, 'the core offers two fixes of one rule on seed 000');
      const d = found.find((x) => x.code === rule && dataOf(x).fix)!;
      const actions = (await client.codeActions({ textDocument: { uri: uri000 }, range: d.range, context: { diagnostics: [d] } })).filter(isCodeAction);
      const all = actions.find((a) => a.title.includes('所有') && a.title.includes(rule));
      assert.ok(all, `fix-all-of-rule offered; got ${actions.map((a) => a.title).join(' | ')}`);
      const { edits } = editsFor(all.edit, uri000);
      const ruleFixes = all000.filter((f) => f.rule === rule && f.fix).map((f) => f.fix!);
      assert.equal(applyLspEdits(text, edits), applyFixes(text, ruleFixes).text);
      // A rule with a single fix gets no fix-all action.
      const single = diagnostics.find((x) => dataOf(x).fix && counts.get(String(x.code)) === undefined);
      if (single) {
        const one = (await client.codeActions({ textDocument: { uri }, range: single.range, context: { diagnostics: [single] } })).filter(isCodeAction);
        assert.ok(!one.some((a) => a.title.includes('所有')));
      }
      await client.close(uri000);
    });

    it('source.fixAll applies every safe fix with applyFixes semantics', async () => {
      const actions = (
        await client.codeActions({
          textDocument: { uri },
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          context: { diagnostics: [], only: [CodeActionKind.SourceFixAll] },
        })
      ).filter(isCodeAction);
      assert.ok(actions.every((a) => a.kind === 'source.fixAll.govreport'), 'only fix-all actions under only=source.fixAll');
      const safe = findings.filter((f) => f.fix?.safe).map((f) => f.fix!);
      const expected = applyFixes(seedText, safe);
      if (expected.applied === 0) return assert.deepEqual(actions, []);
      assert.equal(actions.length, 1);
      const { version, edits } = editsFor(actions[0].edit, uri);
      assert.equal(version, 1);
      assert.equal(applyLspEdits(seedText, edits), expected.text);
    });

    it('refuses a fix once the document version has moved on', async (t) => {
      const i = diagnostics.findIndex((x) => dataOf(x).fix);
      if (i < 0) return t.skip('the core offers no fix on seed 001');
      const d = diagnostics[i];
      const republished = client.nextDiagnostics(uri, (p) => p.version === 2);
      await client.change(uri, 2, seedText + '\n');
      await republished;
      const actions = (await client.codeActions({ textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })).filter(isCodeAction);
      assert.ok(!actions.some((a) => a.title === findings[i].fix!.title || a.isPreferred), 'stale fix refused');
      assert.ok(actions.some((a) => a.command?.command === 'govReport.openRuleDoc'), 'other actions still offered');
    });
  });

  it('hovers a diagnostic with the rule title, description, basis and link', async (t) => {
    const uri = 'file:///seeds/001-hover.txt';
    const { diagnostics } = await client.open(uri, 'plaintext', seedText);
    const d = diagnostics.find((x) => ruleById(String(x.code)));
    if (!d) return t.skip('no diagnostic of a registered rule');
    const info = ruleById(String(d.code))!;
    const hover = await client.hover(uri, d.range.start);
    assert.ok(hover, 'hover inside a diagnostic');
    const value = (hover.contents as MarkupContent).value;
    assert.equal((hover.contents as MarkupContent).kind, 'markdown');
    assert.ok(value.includes(info.id));
    assert.ok(value.includes(d.codeDescription!.href));
    const outside = await client.hover(uri, { line: 100_000, character: 0 });
    assert.equal(outside, null);
  });

  it('survives binary junk and keeps answering', async () => {
    const junk = binaryJunk(40_000);
    for (const [uri, lang] of [
      ['file:///junk/a.txt', 'plaintext'],
      ['file:///junk/a.md', 'markdown'],
    ] as const) {
      const published = await client.open(uri, lang, junk);
      assert.ok(Array.isArray(published.diagnostics));
      const edited = client.nextDiagnostics(uri, (p) => p.version === 2);
      await client.change(uri, 2, junk.slice(0, 20_000) + '\u0000二、\ud800' + junk.slice(20_000));
      await edited;
      await client.hover(uri, { line: 3, character: 5 });
      await client.codeActions({
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
        context: { diagnostics: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'x', source: 'govreport', data: { rule: 5 } }], only: undefined },
      });
      await client.close(uri);
    }
    // A malformed request gets an answer (the guard), not a dead server.
    assert.equal(await client.request('textDocument/hover', { textDocument: {}, position: null }), null);
    assert.deepEqual(await client.request('textDocument/codeAction', { textDocument: { uri: 'file:///nowhere.md' }, context: {} }), []);
    const info = await client.documentInfo('file:///seeds/001.txt');
    assert.notEqual(info.kind, null, 'the server still answers');
  });
});

describe('GovReport language server without workspace/configuration', () => {
  let client: TestClient;
  before(async () => {
    client = TestClient.create();
    await client.initialize({ textDocument: { publishDiagnostics: {} } });
  });
  after(() => client.dispose());

  it('takes settings pushed with didChangeConfiguration and plain `changes` edits', async () => {
    const text = readFileSync(SEED_001, 'utf8');
    const uri = 'file:///push/001.txt';
    const first = await client.open(uri, 'plaintext', text);
    assert.equal(client.configurationRequests, 0);
    assert.deepEqual(first.diagnostics.map(shape), expectedDiagnostics(text).shapes);
    const rule = String(first.diagnostics[0]?.code);
    const next = client.nextDiagnostics(uri);
    await client.changeConfiguration({ govReport: { rules: { [rule]: 'off' } } });
    const second = await next;
    assert.deepEqual(second.diagnostics.map(shape), expectedDiagnostics(text, { rules: { [rule]: 'off' } }).shapes);
    const d = second.diagnostics.find((x) => dataOf(x).fix);
    if (d) {
      const actions = (await client.codeActions({ textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
      const fix = actions.find((a) => a.isPreferred)!;
      assert.ok(fix.edit?.changes?.[uri], 'plain changes when the client has no documentChanges');
    }
  });
});

/** Deterministic junk: random bytes read as latin1, NULs, lone surrogates, stray table pipes. */
function binaryJunk(length: number): string {
  let seed = 0x9e3779b9;
  const rand = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 0x100000000;
  };
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) bytes[i] = Math.floor(rand() * 256);
  let s = bytes.toString('latin1');
  const inserts = ['\u0000', '\ud800', '\udfff', '\ud83d', '|', '| 1 | 2 |', '\r', '\n一、总体情况\n', '（一）予以公开 | 3 |', '\ufeff', '\u2028'];
  const parts: string[] = [];
  for (let i = 0; i < s.length; i += 97) parts.push(s.slice(i, i + 97), inserts[Math.floor(rand() * inserts.length)]);
  s = parts.join('');
  return s;
}
