// Across files in the editor: a report is compared with last year's report in the same folder.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, TestClient } from './harness';

const Y2023 = readFileSync(path.join(ROOT, 'samples', 'sample-2023-report.md'), 'utf8');

describe('related reports in the same folder', () => {
  it('reports carryover-mismatch against last year\'s file on disk, and follows its unsaved edits', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'govreport-lsp-related-'));
    const client = TestClient.create();
    try {
      const y2022 = Y2023.replace(/2023年/g, '2022年').replace('2024年1月25日', '2023年1月20日')
        .replace(/\| 四、结转下年度继续办理 \|[^\n]*/, '| 四、结转下年度继续办理 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |');
      writeFileSync(path.join(dir, '2022.md'), y2022);
      writeFileSync(path.join(dir, '2023.md'), Y2023);
      await client.initialize(undefined, undefined, [dir]);
      const uri = pathToFileURL(path.join(dir, '2023.md')).href;
      const d = (await client.open(uri, 'markdown', Y2023)).diagnostics.filter((x) => x.code === 'carryover-mismatch');
      assert.equal(d.length, 2);
      assert.match(d[0].message, /2022 年度报告（2022\.md）结转下年度为 4/);
      // Open last year's report and make it agree (unsaved): this year's warning goes away.
      const prevUri = pathToFileURL(path.join(dir, '2022.md')).href;
      await client.open(prevUri, 'markdown', y2022.replace('| 四、结转下年度继续办理 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |', '| 四、结转下年度继续办理 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |'));
      const next = client.nextDiagnostics(uri, (p) => p.version === 2);
      await client.change(uri, 2, Y2023 + '\n');
      const after = (await next).diagnostics.filter((x) => x.code === 'carryover-mismatch');
      assert.deepEqual(after, []);
    } finally {
      client.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads no file outside the workspace folders: next to a file opened from elsewhere only open documents count', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'govreport-lsp-outside-'));
    const workspace = mkdtempSync(path.join(tmpdir(), 'govreport-lsp-workspace-'));
    const client = TestClient.create();
    try {
      const y2022 = Y2023.replace(/2023年/g, '2022年').replace('2024年1月25日', '2023年1月20日')
        .replace(/\| 四、结转下年度继续办理 \|[^\n]*/, '| 四、结转下年度继续办理 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |');
      writeFileSync(path.join(dir, '2022.md'), y2022);
      await client.initialize(undefined, undefined, [workspace]);
      const uri = pathToFileURL(path.join(dir, '2023.md')).href;
      const d = (await client.open(uri, 'markdown', Y2023)).diagnostics.filter((x) => x.code === 'carryover-mismatch');
      assert.deepEqual(d, [], 'last year\'s file on disk outside the workspace is not read');
      // The same file opened in the editor is the user's own choice: it counts.
      await client.open(pathToFileURL(path.join(dir, '2022.md')).href, 'markdown', y2022);
      const next = client.nextDiagnostics(uri, (p) => p.version === 2);
      await client.change(uri, 2, Y2023 + '\n');
      assert.equal((await next).diagnostics.filter((x) => x.code === 'carryover-mismatch').length, 2);
    } finally {
      client.dispose();
      rmSync(dir, { recursive: true, force: true });
      rmSync(workspace, { recursive: true, force: true });
    }
  });
});
