// A copy that mixes `pdftotext -layout` text and a browser's tab row: table 四's header lines laid out with
// spaces and its one data row of 15 figures separated by tabs. The lone tab row is table 四's row (read and
// checked), not lost text; a lone tab row of a few figures (a 表三 row's 7 or fewer) stays no table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lint } from '../../../server/src/core';
import { buildDraft } from '../rules/build';

const HEAD = [
  '                    行政复议                                          行政诉讼',
  '                                              未经复议直接起诉                  复议后起诉',
  '结果   结果     其他   尚未  总计   结果 结果 其他  尚未 总计   结果 结果 其他  尚未 总计',
  '维持   纠正     结果   审结         维持 纠正 结果  审结        维持 纠正 结果  审结',
  '',
];

function mixed(row: string): string {
  const lines = buildDraft({ layout: 'tab' }).split('\n');
  const i = lines.findIndex((l) => l.startsWith('## 四、'));
  return [...lines.slice(0, i + 2), ...HEAD, row, ...lines.slice(i + 5)].join('\n');
}

test('a lone tab row of 15 figures under header lines laid out with spaces is table 四', () => {
  const text = mixed('1\t1\t0\t0\t2\t0\t0\t0\t1\t1\t0\t0\t0\t0\t0');
  const t = analyze(text).report!.tables.get('review');
  assert.ok(t, 'table 四 is read');
  const data = t!.rows.find((r) => r.rowId === 'data')!;
  assert.equal(data.values.size, 15);
  assert.deepEqual(lint(text).findings.filter((f) => f.rule.startsWith('table-') || f.rule === 'review-total').filter((f) => f.severity !== 'hint').map((f) => f.rule), []);
  // A wrong total in it is caught.
  const wrong = mixed('1\t1\t0\t0\t3\t0\t0\t0\t1\t1\t0\t0\t0\t0\t0');
  assert.ok(lint(wrong).findings.some((f) => f.rule === 'review-total' && f.severity === 'error'));
});

test('a lone tab row of 无 and figures is table 四 too; one of fewer figures is no table', () => {
  const none = mixed('1\t1\t无\t无\t2\t无\t无\t无\t1\t1\t无\t无\t无\t无\t无');
  assert.equal(analyze(none).report!.tables.get('review')?.rows.find((r) => r.rowId === 'data')?.values.size, 15);
  const short = mixed('1\t1\t0\t0\t2\t0\t0');
  assert.equal(analyze(short).report!.tables.get('review'), undefined);
});

test('a lone tab row whose figures are written with their unit (0件) is table 四 too, the row read', () => {
  const unit = mixed('1\t1\t0件\t0件\t2\t0件\t0件\t0件\t1\t1\t0件\t0件\t0件\t0件\t0件');
  const data = analyze(unit).report!.tables.get('review')?.rows.find((r) => r.rowId === 'data');
  assert.equal(data?.values.size, 15);
  assert.deepEqual(lint(unit).findings.filter((f) => f.rule === 'table-row-missing' || f.rule === 'table-shape').map((f) => f.message), []);
});

test('a lone tab row beside table 四 cells in reading order is no table of its own: no row short of figures', () => {
  const lines = buildDraft({ layout: 'tab' }).split('\n');
  const i = lines.findIndex((l) => l.startsWith('## 四、'));
  // The first six figures one per line after the header words (PDF text in reading order), the other nine on a tab row.
  const order = ['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '1', '1', '0', '0', '2', '0', ''];
  const text = [...lines.slice(0, i + 2), ...order, '0\t0\t1\t1\t0\t0\t0\t0\t0', ...lines.slice(i + 5)].join('\n');
  const fs = lint(text).findings;
  assert.deepEqual(fs.filter((f) => f.rule === 'table-shape').map((f) => f.message), []);
  assert.ok(analyze(text).report!.tables.get('review') || fs.some((f) => f.rule === 'table-unreadable' && f.message.startsWith('表四')), fs.map((f) => f.message).join('\n'));
});

/** Table 二 laid out with spaces (`pdftotext -layout`) but for the rows whose label is in `tabbed`, copied as tab rows. */
function mixedActive(tabbed: string[]): string {
  const lines = buildDraft({ layout: 'tab' }).split('\n');
  const from = lines.findIndex((l) => l.startsWith('## 二、'));
  const to = lines.findIndex((l) => l.startsWith('## 三、'));
  return lines.map((l, i) => (i > from && i < to && !tabbed.includes(l.split('\t')[0]) ? l.replace(/\t+$/, '').replace(/\t/g, '   ') : l)).join('\n');
}

test('a lone label⇥figure tab row among table 二 lines laid out with spaces is its row (行政许可⇥3215), read and checked', () => {
  for (const tabbed of [['行政许可'], ['行政事业性收费'], ['规章', '行政规范性文件', '行政许可']]) {
    const text = mixedActive(tabbed);
    const t = analyze(text).report!.tables.get('active')!;
    const read = new Map(t.rows.filter((r) => r.rowId).map((r) => [r.rowId, [...r.values.values()].map((c) => c.text).join(' ')]));
    assert.equal(read.get('licensing'), '3215', tabbed.join());
    assert.equal(read.get('fees'), '1.2', tabbed.join());
    assert.equal(read.get('normative'), '4 1 27', tabbed.join());
    assert.deepEqual(lint(text).findings.filter((f) => f.rule.startsWith('table-') && f.severity !== 'info' && f.severity !== 'hint').map((f) => f.message), [], tabbed.join());
  }
});

test('a label⇥figure tab row under a caption tab row of one cell (本年收费金额（单位：万元）⇥⇥ / 行政事业性收费⇥1.2) is its row', () => {
  const text = mixedActive(['行政事业性收费']).replace(/^信息内容 +(本年收费金额（单位：万元）)$/m, '信息内容\n$1\t\t');
  assert.match(text, /\n本年收费金额（单位：万元）\t\t\n行政事业性收费\t1\.2/);
  const t = analyze(text).report!.tables.get('active')!;
  assert.equal(t.rows.find((r) => r.rowId === 'fees')?.values.get([...t.rows.find((r) => r.rowId === 'fees')!.values.keys()][0])?.text, '1.2');
  assert.deepEqual(lint(text).findings.filter((f) => f.rule.startsWith('table-') && f.severity !== 'info' && f.severity !== 'hint').map((f) => f.message), []);
});

test('a converter\'s one-row Markdown table of a label and its figure (| 行政许可 | 3215 | over its |---|, or alone) is its row', () => {
  // Table 二 as a PDF converter writes it: each small table its own Markdown table, the captions plain lines.
  const lines = buildDraft({ layout: 'tab' }).split('\n');
  const from = lines.findIndex((l) => l.startsWith('## 二、'));
  const to = lines.findIndex((l) => l.startsWith('## 三、'));
  const md = [
    '第二十条第（一）项', '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |', '| --- | --- | --- | --- |', '| 规章 | 0 | 0 | 0 |', '| 行政规范性文件 | 4 | 1 | 27 |',
    '第二十条第（五）项', '信息内容本年处理决定数量', '| 行政许可 | 3215 |', '| --- | --- |',
    '第二十条第（六）项', '信息内容本年处理决定数量', '| 行政处罚 | 412 |', '| 行政强制 | 17 |',
    '第二十条第（八）项', '信息内容本年收费金额（单位：万元）', '| 行政事业性收费 | 1.2 |', '',
  ];
  const text = [...lines.slice(0, from + 2), ...md, ...lines.slice(to)].join('\n');
  const t = analyze(text).report!.tables.get('active')!;
  const read = new Map(t.rows.filter((r) => r.rowId).map((r) => [r.rowId, [...r.values.values()].map((c) => c.text).join(' ')]));
  assert.equal(read.get('licensing'), '3215');
  assert.equal(read.get('fees'), '1.2');
  assert.equal(read.get('enforcement'), '17');
  assert.deepEqual(lint(text).findings.filter((f) => f.rule.startsWith('table-') && f.severity !== 'info' && f.severity !== 'hint').map((f) => f.message), []);
});

test('a lone tab row of a clause, a label without a figure or a figure alone is no table', () => {
  for (const row of ['联系电话：\t0511', '其他需要报告的事项\t无', '本年度\t2023年', '2023\t12']) {
    const lines = buildDraft({ layout: 'tab' }).split('\n');
    const i = lines.findIndex((l) => l.startsWith('## 六、'));
    const text = [...lines.slice(0, i + 2), row, ...lines.slice(i + 2)].join('\n');
    const at = text.indexOf(row);
    assert.ok(!analyze(text).doc.tables.some((b) => b.start <= at && at < b.end), row);
  }
});
