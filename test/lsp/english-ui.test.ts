// An English editor (initialize locale en-US): hovers, inlay hints, code action titles and the
// documentInfo reason carry no Chinese outside quotes — only quoted draft text and statutory
// labels stay as written. Also: the default inlay hints show only the mismatches.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { MarkupContent } from 'vscode-languageserver/node';
import { LineMap } from '../../server/src/core';
import { fixTitleEn } from '../../server/src/core';
import { kindReasonEn } from '../../server/src/core/formats/kind-reason-en';
import { ROOT, SEEDS, TestClient, isCodeAction } from './harness';

const SAMPLE = readFileSync(path.join(ROOT, 'samples', 'sample-2023-report.md'), 'utf8');
const SEED = readFileSync(path.join(SEEDS, readdirSync(SEEDS).find((n) => n.startsWith('001_'))!), 'utf8');
const HAN = /\p{Script=Han}/u;
/** Han characters outside “…” quotes, `code` and link targets. */
function hanOutside(s: string): string | null {
  const rest = s.replace(/“[^”]*”/g, '').replace(/`[^`]*`/g, '').replace(/\]\([^)]*\)/g, ']');
  const m = /.{0,20}\p{Script=Han}.{0,20}/u.exec(rest);
  return m ? m[0] : null;
}

/** Positions to hover: the start of every cell and word of every line. */
function positions(text: string): { line: number; character: number }[] {
  const lm = new LineMap(text);
  const out: { line: number; character: number }[] = [];
  for (let line = 0; line < lm.lineCount; line++) {
    const t = lm.lineText(line);
    for (let c = 0; c < t.length; c++) if (c === 0 || /[|\s]/.test(t[c - 1]) && !/[|\s]/.test(t[c])) out.push({ line, character: c });
  }
  return out;
}

for (const [name, uri, languageId, text] of [
  ['the sample', 'file:///en/sample.md', 'markdown', SAMPLE],
  ['seed 001', 'file:///en/001.txt', 'plaintext', SEED],
] as const) {
  describe(`English UI on ${name}`, () => {
    let client: TestClient;
    before(async () => {
      client = TestClient.create();
      client.configuration = () => ({ format: 'auto', rules: {}, run: 'onType', inlayHints: 'all' });
      await client.initialize(undefined, 'en-US');
    });
    after(() => client.dispose());

    it('hovers, inlay hints and code action titles have no Chinese outside quotes', async () => {
      const { diagnostics } = await client.open(uri, languageId, text);
      assert.ok(diagnostics.length > 0);
      let hovers = 0;
      for (const p of positions(text)) {
        const h = await client.hover(uri, p);
        if (!h) continue;
        hovers++;
        const value = (h.contents as MarkupContent).value;
        const bad = hanOutside(value);
        assert.equal(bad, null, `hover at ${p.line}:${p.character}: …${bad}…\n${value}`);
      }
      assert.ok(hovers > 10, `${hovers} hovers`);
      const lm = new LineMap(text);
      const hints = (await client.inlayHints(uri, { start: { line: 0, character: 0 }, end: { line: lm.lineCount, character: 0 } }))!;
      assert.ok(hints.length > 0);
      for (const h of hints) {
        assert.equal(hanOutside(String(h.label)), null, String(h.label));
        assert.equal(hanOutside(String(h.tooltip)), null, String(h.tooltip));
      }
      let titles = 0;
      const all: string[] = [];
      for (const d of diagnostics) {
        const actions = (await client.codeActions({ textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })).filter(isCodeAction);
        for (const a of actions) {
          titles++;
          all.push(a.title);
          assert.equal(hanOutside(a.title), null, a.title);
        }
      }
      assert.ok(titles > 0);
      if (text === SAMPLE) assert.ok(all.includes('Change to 24'), all.join('\n'));
      const info = await client.documentInfo(uri);
      assert.ok(info.kindReason && !HAN.test(info.kindReason.replace(/“[^”]*”/g, '')), info.kindReason);
    });
  });
}

describe('default inlay hints (govReport.inlayHints unset): only the mismatches', () => {
  let client: TestClient;
  before(async () => {
    client = TestClient.create();
    await client.initialize(undefined, 'en-US');
  });
  after(() => client.dispose());

  it('the sample shows ≠ hints only, in English', async () => {
    const uri = 'file:///en/default.md';
    await client.open(uri, 'markdown', SAMPLE);
    const hints = (await client.inlayHints(uri, { start: { line: 0, character: 0 }, end: { line: 999, character: 0 } }))!;
    assert.ok(hints.length > 0);
    assert.ok(hints.every((h) => String(h.label).startsWith('≠')), hints.map((h) => h.label).join(', '));
    assert.ok(hints.some((h) => h.label === '≠ should be 24'));
    assert.ok(hints.some((h) => /^row total: /.test(String(h.tooltip))));
  });

  it('inlayHints off: none; formatTables off: no edits', async () => {
    client.configuration = () => ({ format: 'auto', rules: {}, run: 'onType', inlayHints: 'off', formatTables: 'off' });
    await client.changeConfiguration(null);
    const uri = 'file:///en/off.md';
    await client.open(uri, 'markdown', SAMPLE.replace('| （一）予以公开 | 25 |', '| （一）予以公开   |   25 |'));
    const hints = await client.inlayHints(uri, { start: { line: 0, character: 0 }, end: { line: 999, character: 0 } });
    assert.deepEqual(hints ?? [], []);
    const edits = await client.connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    assert.deepEqual(edits ?? [], []);
  });
});

describe('English fix titles and detection reasons', () => {
  it('build English from the rules\' Chinese titles, quoting what is quoted', () => {
    assert.equal(fixTitleEn({ title: '改为 24' }), 'Change to 24');
    assert.equal(fixTitleEn({ title: '改为计算值 46' }), 'Change to the computed value 46');
    assert.equal(fixTitleEn({ title: '改为“予以公开”' }), 'Change to “予以公开”');
    assert.equal(fixTitleEn({ title: '删除此行' }), 'Delete this line');
    assert.equal(fixTitleEn({ title: '这 3 栏填入 0' }), 'Fill in 0 in these 3 cells');
    assert.equal(fixTitleEn({ title: '某种新的修复' }), 'Apply: “某种新的修复”');
    assert.equal(fixTitleEn({ title: '改为 24', titleEn: 'Set to 24' }), 'Set to 24');
    assert.equal(kindReasonEn('标题为政府信息公开工作报告；2023 年度（据标题），适用政府信息公开工作年度报告（2021 年格式，适用于 2021 年度起）'),
      'the title names a government information disclosure report; report year 2023 (from the title), so the Government information disclosure annual report (2021 format, years 2021 on) applies');
    assert.equal(kindReasonEn('没有报告标题，法定章节标题少于两个'), 'no report title, and fewer than two statutory section headings');
    assert.equal(kindReasonEn('标题“2025年澳门赌场推荐工作年度报告”中的报告名称被植入的垃圾词替换，其余为政府信息公开工作报告的写法'),
      'the title “2025年澳门赌场推荐工作年度报告” had its report name replaced by injected spam; the rest reads as a government information disclosure report');
    assert.equal(kindReasonEn('新的理由'), '“新的理由”');
  });
});
