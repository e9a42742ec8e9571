// The editor's operational basics over real JSON-RPC (in-process): the "插入表X" CodeLens on a
// section missing its table (and govReport.codeLens), the lint start/end notifications behind the
// status bar's 正在检查…, the oversized flag of govReport/documentInfo, the server's log levels
// (govReport.logLevel), and govReport/checkFile behind "检查工作区中的所有报告".
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeLens, ConfigurationItem } from 'vscode-languageserver/node';
import { MAX_EDITOR_CHARS } from '../../server/src/limits';
import type { CheckFileResult } from '../../server/src/features/check-files';
import type { InsertTableArgs } from '../../server/src/features/code-lens';
import { FULL_CAPABILITIES, ROOT, SEEDS, TestClient, withTimeout } from './harness';
import { withoutTable3 } from '../core/helpers';

const SAMPLE = readFileSync(path.join(ROOT, 'samples', 'sample-2023-report.md'), 'utf8');
/** The sample without its table 三 (the heading and prose stay). */
const NO_TABLE3 = withoutTable3(SAMPLE);
const CAPS = { ...FULL_CAPABILITIES, workspace: { ...FULL_CAPABILITIES.workspace, codeLens: { refreshSupport: true } } };

function codeLenses(client: TestClient, uri: string): Promise<CodeLens[]> {
  return client.request<CodeLens[] | null>('textDocument/codeLens', { textDocument: { uri } }).then((r) => r ?? []);
}

describe('CodeLens: 插入表X on a section whose statutory table is missing', () => {
  let client: TestClient;
  let codeLensSetting: unknown = undefined;
  let refreshes = 0;
  before(async () => {
    client = TestClient.create();
    client.configuration = (item: ConfigurationItem) => (item.section === 'govReport.codeLens' ? codeLensSetting : { format: 'auto', rules: {}, run: 'onType' });
    client.connection.onRequest('workspace/codeLens/refresh', () => {
      refreshes++;
      return null;
    });
    const caps = (await client.initialize(CAPS)).capabilities;
    assert.deepEqual(caps.codeLensProvider, { resolveProvider: false });
  });
  after(() => client.dispose());

  it('offers 插入表三 on the heading of 三 when its table is missing, with the place after the part\'s prose', async () => {
    const uri = 'file:///lens/no-table3.md';
    await client.open(uri, 'markdown', NO_TABLE3);
    const lenses = await codeLenses(client, uri);
    assert.equal(lenses.length, 1, JSON.stringify(lenses));
    const [lens] = lenses;
    const lines = NO_TABLE3.split('\n');
    assert.match(lines[lens.range.start.line], /三、收到和处理政府信息公开申请情况/);
    assert.equal(lens.command?.title, '插入表三');
    assert.equal(lens.command?.command, 'govReport.insertTable');
    const args = lens.command?.arguments?.[0] as InsertTableArgs;
    assert.deepEqual({ ...args, position: undefined }, { uri, version: 1, kind: 'gov-info-2021', table: 3, position: undefined });
    assert.equal(lines[args.position.line], '本年度共收到政府信息公开申请 29 件。');
    assert.equal(args.position.character, lines[args.position.line].length);
  });

  it('offers nothing where every table is there, and nothing on a note that is not a report', async () => {
    await client.open('file:///lens/sample.md', 'markdown', SAMPLE);
    assert.deepEqual(await codeLenses(client, 'file:///lens/sample.md'), []);
    const note = '# 第12周工作周记\n\n## 三、收到和处理政府信息公开申请情况\n\n无。\n';
    await client.open('file:///lens/note.md', 'markdown', note);
    assert.deepEqual(await codeLenses(client, 'file:///lens/note.md'), []);
  });

  it('govReport.codeLens false turns the lenses off; a settings change asks the editor to pull them again', async () => {
    const uri = 'file:///lens/no-table3.md';
    codeLensSetting = false;
    const before = refreshes;
    await client.changeConfiguration();
    await withTimeout((async () => {
      while (refreshes === before) await new Promise((r) => setImmediate(r));
    })(), 5000, 'workspace/codeLens/refresh');
    assert.deepEqual(await codeLenses(client, uri), []);
    codeLensSetting = true;
    assert.equal((await codeLenses(client, uri)).length, 1);
    codeLensSetting = undefined; // unset: the default, on
    assert.equal((await codeLenses(client, uri)).length, 1);
  });

  it('in English: Insert table 3', async () => {
    const en = TestClient.create();
    try {
      await en.initialize(CAPS, 'en');
      await en.open('file:///lens/en.md', 'markdown', NO_TABLE3);
      assert.deepEqual((await codeLenses(en, 'file:///lens/en.md')).map((l) => l.command?.title), ['Insert table 3']);
    } finally {
      en.dispose();
    }
  });
});

describe('status and logs', () => {
  it('tells when a lint starts and ends, and flags an oversized report in documentInfo', async () => {
    const client = TestClient.create();
    try {
      const status: { uri: string; version: number; checking: boolean; ms?: number }[] = [];
      client.connection.onNotification('govReport/checkStatus', (p: { uri: string; version: number; checking: boolean; ms?: number }) => status.push(p));
      await client.initialize();
      const uri = 'file:///status/sample.md';
      await client.open(uri, 'markdown', SAMPLE);
      const mine = status.filter((s) => s.uri === uri);
      // The end carries the lint's duration in the server (benchmarks read it; the client ignores it).
      assert.ok(typeof mine[1]?.ms === 'number' && mine[1].ms >= 0, JSON.stringify(mine));
      assert.deepEqual(mine.map(({ ms: _ms, ...s }) => s), [{ uri, version: 1, checking: true }, { uri, version: 1, checking: false }]);
      assert.equal((await client.documentInfo(uri)).tooLarge, undefined);
      const filler = '本年度，我单位继续做好政府信息公开各项工作，按时答复各类申请。\n';
      const big = SAMPLE + '\n' + filler.repeat(Math.ceil(MAX_EDITOR_CHARS / filler.length));
      const bigUri = 'file:///status/huge.md';
      await client.open(bigUri, 'markdown', big);
      const info = await client.documentInfo(bigUri);
      assert.equal(info.kind, 'gov-info-2021');
      assert.equal(info.tooLarge, true);
      assert.deepEqual(status.filter((s) => s.uri === bigUri).map((s) => s.checking), [true, false]);
    } finally {
      client.dispose();
    }
  });

  it('logs start-up at info, each lint at debug, and nothing but errors at error', async () => {
    const run = async (logLevel: string | undefined) => {
      const client = TestClient.create();
      try {
        await client.initialize(FULL_CAPABILITIES, undefined, null, logLevel ? { logLevel } : undefined);
        await client.open('file:///log/sample.md', 'markdown', SAMPLE);
        return [...client.logs];
      } finally {
        client.dispose();
      }
    };
    const info = await run(undefined); // the default: info
    assert.ok(info.some((l) => /^\[govreport\] started: .*Node v\d+.*log level info/.test(l)), info.join('\n'));
    assert.ok(!info.some((l) => l.includes('findings in')), info.join('\n'));
    const debug = await run('debug');
    assert.ok(debug.some((l) => /file:\/\/\/log\/sample\.md version 1 \(open\): gov-info-2021, \d+ findings in \d+ ms/.test(l)), debug.join('\n'));
    assert.deepEqual(await run('error'), []);
  });

  it('a configuration change sets the level (govReport.logLevel pulled again)', async () => {
    const client = TestClient.create();
    try {
      let level = 'error';
      client.configuration = (item) => (item.section === 'govReport.logLevel' ? level : { format: 'auto', rules: {}, run: 'onType' });
      await client.initialize(FULL_CAPABILITIES, undefined, null, { logLevel: 'error' });
      await client.open('file:///log/a.md', 'markdown', SAMPLE);
      assert.deepEqual(client.logs, []);
      level = 'debug';
      const next = client.nextDiagnostics('file:///log/a.md');
      await client.changeConfiguration();
      await next;
      const lines = async () => {
        await client.open('file:///log/b.md', 'markdown', SAMPLE);
        return client.logs;
      };
      const logs = await lines();
      assert.ok(logs.some((l) => l.includes('configuration changed')), logs.join('\n'));
      assert.ok(logs.some((l) => l.includes('file:///log/b.md version 1 (open)')), logs.join('\n'));
    } finally {
      client.dispose();
    }
  });
});

describe('govReport/checkFile: the workspace check', () => {
  let dir: string;
  let client: TestClient;
  const uriOf = (name: string) => pathToFileURL(path.join(dir, name)).href;
  const check = (uri: string) => client.request<CheckFileResult>('govReport/checkFile', { uri });

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'govreport-check-'));
    mkdirSync(path.join(dir, 'a'));
    mkdirSync(path.join(dir, 'b'));
    writeFileSync(path.join(dir, 'a', 'seed.txt'), readFileSync(path.join(SEEDS, '001_e1d25a63a80be9ed.txt')));
    writeFileSync(path.join(dir, 'b', 'note.md'), '# 第12周工作周记\n\n同意公开的材料已归档。\n');
    client = TestClient.create();
    await client.initialize(FULL_CAPABILITIES, undefined, [dir]);
  });
  after(() => {
    client.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('checks a closed report from disk and publishes its findings, as when it is opened', async () => {
    const uri = uriOf('a/seed.txt');
    const published = client.nextDiagnostics(uri);
    const r = await check(uri);
    assert.equal(r.state, 'checked');
    assert.equal(r.kind, 'gov-info-2019'); // seed 001: a 2020 report
    const p = await published;
    assert.ok(p.diagnostics.length > 0);
    assert.equal(r.findings, p.diagnostics.length);
    const shape = (d: { code?: unknown; range: { start: { line: number } } }) => `${String(d.code)}@${d.range.start.line}`;
    const opened = await client.open(uri, 'plaintext', readFileSync(path.join(dir, 'a', 'seed.txt'), 'utf8'));
    assert.deepEqual(opened.diagnostics.map(shape).sort(), p.diagnostics.map(shape).sort());
    // Open: the editor's own check stands.
    assert.equal((await check(uri)).state, 'open');
    await client.close(uri);
  });

  it('publishes nothing for a file that is no report, and reads nothing outside the workspace folders', async () => {
    const before = client.published.length;
    const r = await check(uriOf('b/note.md'));
    assert.deepEqual({ state: r.state, kind: r.kind, findings: r.findings }, { state: 'checked', kind: null, findings: 0 });
    assert.equal(client.published.filter((p) => p.uri === uriOf('b/note.md')).length, 0);
    const outside = pathToFileURL(path.join(SEEDS, '001_e1d25a63a80be9ed.txt')).href;
    assert.equal((await check(outside)).state, 'outside');
    assert.equal((await check(uriOf('a/missing.txt'))).state, 'unreadable');
    assert.equal((await check(uriOf('a/seed.docx'))).state, 'outside');
    // (The close at the end of the test before may clear seed.txt's diagnostics meanwhile.)
    assert.deepEqual(client.published.slice(before).filter((p) => p.uri !== uriOf('a/seed.txt')).map((p) => p.uri), []);
  });

  it('skips a file over the editor\'s size limit', async () => {
    const big = path.join(dir, 'a', 'big.txt');
    writeFileSync(big, 'x'.repeat(MAX_EDITOR_CHARS + 10));
    assert.equal((await check(pathToFileURL(big).href)).state, 'tooLarge');
  });
});
