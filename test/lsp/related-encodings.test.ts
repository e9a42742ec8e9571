// Last year's report beside this one is read as every file GovReport reads is decoded
// (server/src/decode.ts): a UTF-16 export from Word counts as much as a UTF-8 file.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, TestClient } from './harness';

const Y2023 = readFileSync(path.join(ROOT, 'samples', 'sample-2023-report.md'), 'utf8');

describe('related reports in other encodings', () => {
  it('compares with last year\'s report saved as UTF-16 with a BOM', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'govreport-lsp-related-utf16-'));
    const client = TestClient.create();
    try {
      const y2022 = Y2023.replace(/2023年/g, '2022年').replace('2024年1月25日', '2023年1月20日')
        .replace(/\| 四、结转下年度继续办理 \|[^\n]*/, '| 四、结转下年度继续办理 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |');
      writeFileSync(path.join(dir, '2022.txt'), Buffer.from('\ufeff' + y2022, 'utf16le'));
      await client.initialize(undefined, undefined, [dir]);
      const uri = pathToFileURL(path.join(dir, '2023.md')).href;
      const d = (await client.open(uri, 'markdown', Y2023)).diagnostics.filter((x) => x.code === 'carryover-mismatch');
      assert.equal(d.length, 2);
      assert.match(d[0].message, /2022 年度报告（2022\.txt）结转下年度为 4/);
    } finally {
      client.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
