// core/features/folding.ts: sections and table blocks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldingRanges } from '../../../server/src/core/features/folding';
import { buildDraft } from '../rules/build';
import { analyzed, corpus, SAMPLE, WEEKLY_NOTE } from './corpus';

test('the sample: every section from its heading to its last non-blank line, and every table', () => {
  assert.deepEqual(foldingRanges(analyzed(SAMPLE)).map((r) => `${r.kind} ${r.startLine}-${r.endLine}`), [
    'section 0-80', 'section 4-8', 'section 10-26', 'table 12-26', 'section 28-61', 'table 30-61',
    'section 63-69', 'table 65-69', 'section 71-73', 'section 75-80',
  ]);
});

test('trailing blank lines are not folded; one-line sections give nothing; CRLF counts the same', () => {
  const text = ['示例区人民政府办公室2023年政府信息公开工作年度报告', '', '一、总体情况', '正文。', '', '', '', '二、主动公开政府信息情况', '',
    '三、收到和处理政府信息公开申请情况', '甲', '乙', '', '四、政府信息公开行政复议、行政诉讼情况', '', '五、存在的主要问题及改进情况', '', '六、其他需要报告的事项', '无。', ''].join('\n');
  const lf = foldingRanges(analyzed(text));
  assert.deepEqual(lf.map((r) => `${r.kind} ${r.startLine}-${r.endLine}`), ['section 2-3', 'section 9-11', 'section 17-18']);
  assert.deepEqual(foldingRanges(analyzed(text.replace(/\n/g, '\r\n'))), lf);
});

test('tab-separated tables with blank lines inside fold as one block', () => {
  const text = buildDraft({ layout: 'tab', flavour: 'txt' });
  const tables = foldingRanges(analyzed(text)).filter((r) => r.kind === 'table');
  assert.equal(tables.length, 3);
});

test('nothing for a text that is not a report; ranges are well formed on every text', () => {
  assert.deepEqual(foldingRanges(analyzed(WEEKLY_NOTE)), []);
  for (const { name, text } of corpus()) {
    const lines = text.split(/\r\n|\r|\n/).length;
    for (const r of foldingRanges(analyzed(text))) {
      assert.ok(0 <= r.startLine && r.startLine < r.endLine && r.endLine < lines, `${name}: ${JSON.stringify(r)}`);
    }
  }
});
