// govReport/importDraft: the server turns a Word, web or PDF file into the text of a new draft for
// the editor's import command; failures come back as a message in the editor's language.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, TestClient } from './harness';
import { messageIn } from '../../server/src/features/import-draft';

const INPUT = path.join(ROOT, 'test', 'fixtures', 'input');
type Result = { ok: true; text: string } | { ok: false; message: string };

describe('govReport/importDraft', () => {
  it('converts a saved web page into a draft with pipe tables; a draft opened from it has the page\'s findings', async () => {
    const client = TestClient.create();
    try {
      await client.initialize();
      const r = await client.request<Result>('govReport/importDraft', { uri: pathToFileURL(path.join(INPUT, 'sample-2023-report.html')).href });
      assert.ok(r.ok, !r.ok ? r.message : '');
      assert.match(r.text, /\n\| 一、本年新收政府信息公开申请数量 \| 40 \|/);
      const d = await client.open('untitled:Untitled-1', 'markdown', r.text);
      const rules = d.diagnostics.map((x) => x.code);
      assert.ok(rules.includes('table-row-total') || rules.includes('table-subtotal'), rules.join(','));
    } finally {
      client.dispose();
    }
  });

  it('says in the editor\'s language why a file cannot be imported', async () => {
    for (const [locale, want] of [[undefined, /只能导入 Word/], ['en', /^only \.docx, \.html\/\.htm and \.pdf files can be imported$/]] as const) {
      const client = TestClient.create();
      try {
        await client.initialize(undefined, locale);
        const r = await client.request<Result>('govReport/importDraft', { uri: pathToFileURL(path.join(ROOT, 'samples', 'sample-2023-report.md')).href });
        assert.equal(r.ok, false);
        assert.match(!r.ok ? r.message : '', want);
        const none = await client.request<Result>('govReport/importDraft', { uri: 'untitled:Untitled-2' });
        assert.equal(none.ok, false);
      } finally {
        client.dispose();
      }
    }
  });

  it('messageIn picks the Chinese or the English half of a reader\'s message', () => {
    const m = '文件过大（51.0 MB，上限 50 MB），已跳过 (file too large: 51.0 MB, limit 50 MB; skipped)';
    assert.equal(messageIn(m, false), '文件过大（51.0 MB，上限 50 MB），已跳过');
    assert.equal(messageIn(m, true), 'file too large: 51.0 MB, limit 50 MB; skipped');
    assert.equal(messageIn('无法读取 (cannot read (the file))', true), 'cannot read (the file)');
    assert.equal(messageIn('只有中文', true), '只有中文');
  });
});
