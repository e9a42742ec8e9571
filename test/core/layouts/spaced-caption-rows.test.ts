// 表二's 第二十条 blocks as plain lines, a label and its figure one space apart (a PDF→Markdown
// conversion: 第二十条第（五）项 / 信息内容本年处理决定数量 / 行政许可 97; real-pages nK/01). Below a block
// caption such lines are the table's rows; without one, a short label and a number one space apart
// stay prose (会议 7).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, LineMap } from '../../../server/src/core';
import { findTables } from '../../../server/src/core/parse/layouts';
import { bestRatio } from '../growth';

const BLOCKS = ['第二十条第（五）项', '信息内容本年处理决定数量', '行政许可 97', '第二十条第（六）项', '信息内容本年处理决定数量', '行政处罚 3', '行政强制 0',
  '第二十条第（八）项', '信息内容本年收费金额（单位：万元）', '行政事业性收费 0'];

test('label and figure one space apart below a 第二十条 caption are rows of 表二', () => {
  const text = ['某某局2024年政府信息公开工作年度报告', '一、总体情况', '2024年，我局认真贯彻《条例》。', '二、主动公开政府信息情况', ...BLOCKS,
    '三、收到和处理政府信息公开申请情况', '略。'].join('\n');
  const t = analyze(text).report!.tables.get('active')!;
  const read = t.rows.filter((r) => r.kind === 'data').map((r) => `${r.rowId}=${[...r.values.values()].map((c) => c.text).join(',')}`);
  assert.deepEqual(read, ['licensing=97', 'penalty=3', 'enforcement=0', 'fees=0']);
});

test('without a caption, short labels with a number one space apart stay prose', () => {
  const text = ['工作会议', '召开会议 7', '培训人员 120', '印发文件 3'].join('\n');
  assert.deepEqual(findTables(new LineMap(text)), []);
});

test('a long run of rows below a caption is read in time linear in its length', () => {
  // 16× the rows: at most 2 × 16× the time (the reader once searched the whole run at every row).
  const text = (n: number) => `第二十条第（五）项\n${'行政许可 97\n'.repeat(n)}`;
  // (The small run takes 5–17 ms as the JIT and the collector fall: a floor of 25 ms keeps that noise out;
  // the quadratic path this guards against took seconds on the large run.)
  const { ratio, small, large } = bestRatio(text(2000), text(32000), (t) => findTables(new LineMap(t)), { limit: 32, floorMs: 25 });
  assert.ok(ratio <= 32, `16× the rows took ${ratio.toFixed(1)}× the time (${small.toFixed(0)} → ${large.toFixed(0)} ms)`);
});
