// Statutory sections whose table is missing (the "插入表三" CodeLens): offered only where the
// heading is there and no table of that section is, in any layout or as bare labels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../../server/src/core';
import { missingTables } from '../../../server/src/core/features/missing-tables';

const ROOT = path.resolve(__dirname, '../../../..');

function draft(parts: Record<string, string>): string {
  const heads = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
  return ['# 临江市临江区人民政府2023年政府信息公开工作年度报告', '', ...heads.flatMap((h, i) => [`## ${h}`, '', ...(parts[String(i + 1)] !== undefined ? [parts[String(i + 1)], ''] : [])]),
    '临江市临江区人民政府办公室', '2024年1月20日', ''].join('\n');
}

function offered(text: string) {
  const a = analyze(text);
  return missingTables(a).map((m) => ({ name: m.name, heading: a.doc.lines.lineText(a.doc.lines.lineAt(m.headingStart)), after: a.doc.lines.lineText(a.doc.lines.lineAt(m.insertAt)) }));
}

test('offers 表二、表三、表四 under their headings when the draft has none of them', () => {
  const text = draft({ 1: '本年度我区认真贯彻落实条例。', 3: '本年度共收到申请 3 件。', 5: '问题。', 6: '无。' });
  assert.deepEqual(offered(text), [
    // An empty part: right under its heading (never on the next heading's line).
    { name: '表二', heading: '## 二、主动公开政府信息情况', after: '## 二、主动公开政府信息情况' },
    // A part with prose: after its prose.
    { name: '表三', heading: '## 三、收到和处理政府信息公开申请情况', after: '本年度共收到申请 3 件。' },
    { name: '表四', heading: '## 四、政府信息公开行政复议、行政诉讼情况', after: '## 四、政府信息公开行政复议、行政诉讼情况' },
  ]);
});

test('offers nothing for a table that is there (the sample draft), blank or filled', () => {
  const sample = readFileSync(path.join(ROOT, 'samples', 'sample-2023-report.md'), 'utf8');
  assert.deepEqual(offered(sample), []);
  // Table 三 removed from the sample: only 表三 is offered.
  const lines = sample.split('\n');
  const head = lines.findIndex((l) => l.includes('三、收到和处理政府信息公开申请情况'));
  const next = lines.findIndex((l, i) => i > head && /^#+ 四、/.test(l));
  assert.ok(head > 0 && next > head);
  const without = [...lines.slice(0, head + 1), '', ...lines.slice(next)].join('\n');
  assert.deepEqual(offered(without).map((o) => o.name), ['表三']);
});

test('offers nothing where the part holds the table\'s labels without cells (a table pasted as bare labels)', () => {
  const labels = ['本年新收政府信息公开申请数量', '上年结转政府信息公开申请数量', '本年度办理结果', '予以公开'].join('\n');
  assert.deepEqual(offered(draft({ 2: '已公开。', 3: labels, 4: '无。' })).map((o) => o.name), ['表二', '表四']);
});

test('offers nothing for a text that is not a report, nor for a part without its heading', () => {
  assert.deepEqual(offered('# 第12周工作周记\n\n## 三、收到和处理政府信息公开申请情况\n\n无。\n'), []);
  const noFour = draft({ 2: '已公开。', 3: '无。' }).replace('## 四、政府信息公开行政复议、行政诉讼情况\n\n', '');
  assert.ok(!offered(noFour).some((o) => o.name === '表四'));
});

test('the last part of a draft: the table goes right under the heading, never after the signature', () => {
  const text = ['# 临江市临江区人民政府2023年政府信息公开工作年度报告', '', '## 一、总体情况', '', '概述。', '', '## 二、主动公开政府信息情况', '',
    '已公开。', '', '临江市临江区人民政府办公室', '2024年1月20日', ''].join('\n');
  const o = offered(text);
  assert.deepEqual(o.map((x) => x.name), ['表二']);
  assert.deepEqual(o.map((x) => x.after), o.map((x) => x.heading));
});
