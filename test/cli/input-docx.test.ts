// Word files through mammoth: headings, the table grid with merged cells, and the files that
// cannot be read (corrupt, encrypted or old .doc, pictures only), each a clear error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { docxToDraft } from '../../server/src/cli/input/docx';
import { ROOT } from './helpers';

const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'input', 'sample-2023-report.docx');

// jszip comes with mammoth (node_modules); used here only to rewrite a fixture's XML.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const JSZip = require('jszip') as {
  loadAsync(b: Buffer): Promise<{ file(name: string): { async(t: 'string'): Promise<string> } | null; file(name: string, data: string): void; generateAsync(o: { type: 'nodebuffer' }): Promise<Buffer> }>;
};

test('a Word report: headings as Markdown headings, table 三 with its merged header on the grid', async () => {
  const r = await docxToDraft(fs.readFileSync(FIXTURE));
  if (!r.ok) assert.fail(r.message);
  const lines = r.draft.text.split('\n');
  assert.ok(lines.includes('# 示例市示例区人民政府办公室2023年政府信息公开工作年度报告'), lines.slice(0, 5).join('\n'));
  assert.ok(lines.includes('## 三、收到和处理政府信息公开申请情况'));
  const header = lines.findIndex((l) => l.startsWith('| （本列数据的勾稽关系'));
  assert.ok(header >= 0);
  assert.equal(lines[header], '| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 |  |  |  |  |  |  |');
  assert.equal(lines[header + 2], '|  | 自然人 | 法人或其他组织 |  |  |  |  | 总计 |');
  assert.equal(lines[header + 3], '|  |  | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |  |');
  const m = r.draft.map[header + 3];
  assert.ok(m !== null && m !== undefined && 'table' in m && m.table === 2 && m.row === 3, JSON.stringify(m));
});

test('corrupt, truncated, encrypted or old .doc files and empty buffers are errors, not crashes', async () => {
  const good = fs.readFileSync(FIXTURE);
  const cases: Buffer[] = [
    Buffer.alloc(0),
    Buffer.from('not a word file at all'),
    good.subarray(0, good.length >> 1),
    Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(2000, 7)]),
    Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4000)]),
  ];
  for (const bytes of cases) {
    const r = await docxToDraft(bytes);
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.message, /Word/);
  }
  const enc = await docxToDraft(cases[4]);
  assert.ok(!enc.ok && /加密/.test(enc.message));
});

test('a Word file with no text (a scan, pictures only) is an error saying so', async () => {
  const zip = await JSZip.loadAsync(fs.readFileSync(FIXTURE));
  const xml = await zip.file('word/document.xml')!.async('string');
  const empty = xml.replace(/<w:body>[\s\S]*<\/w:body>/, '<w:body><w:p/></w:body>');
  assert.notEqual(empty, xml);
  zip.file('word/document.xml', empty);
  const r = await docxToDraft(await zip.generateAsync({ type: 'nodebuffer' }));
  assert.equal(r.ok, false);
  if (!r.ok) assert.match(r.message, /扫描件/);
});
