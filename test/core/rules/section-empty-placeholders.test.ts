// section-empty: a table part whose only lines are the names of the images its table was
// (1675156994710 / d5b5f316b2d8c8b60cedb05304df1cf: a web copy kept the image's name) is empty:
// the statutory table is missing (kF harvest, issue #12). Own text, same structure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';

const text = (two: string, three: string) => [
  '某某分局2022年政府信息公开工作年度报告',
  '一、总体情况',
  '2022年度公开信息164条。',
  '二、主动公开政府信息情况',
  two,
  '三、收到和处理政府信息公开申请情况',
  three,
  '四、政府信息公开行政复议、行政诉讼情况',
  '本年度未发生。',
  '五、存在的主要问题及改进情况',
  '信息公开形式有待拓展。',
  '六、其他需要报告的事项',
  '无。',
].join('\n');

const empty = (t: string) => lint(t).findings.filter((f) => f.rule === 'section-empty').map((f) => f.message);

test('image names alone under a table part: the table is missing', () => {
  const m = empty(text('1675156994710', 'd5b5f316b2d8c8b60cedb05304df1cf'));
  assert.equal(m.filter((x) => x.includes('主动公开') || x.includes('收到和处理')).length, 2, m.join('\n'));
});

test('a figure or words under the part are content', () => {
  const m = empty(text('本年新公开规范性文件3件。', '2022年未收到申请，共0件。'));
  assert.ok(!m.some((x) => x.includes('主动公开') || x.includes('收到和处理')), m.join('\n'));
});

// mP harvest: a web copy that lost the part's table kept the page's QR prompt and a lone table border.
test('the page chrome alone under a table part (扫一扫在手机打开当前页, |): the table is missing', () => {
  const m = empty(text('扫一扫在手机打开当前页', '打印本页\n|'));
  assert.equal(m.filter((x) => x.includes('主动公开') || x.includes('收到和处理')).length, 2, m.join('\n'));
});

test('a lone border, or words beside the chrome, are not taken for chrome alone', () => {
  const m = empty(text('本年度制发规范性文件0件。\n扫一扫在手机打开当前页', '|'));
  assert.ok(!m.some((x) => x.includes('主动公开')), m.join('\n'));
});

// oE harvest: `pandoc -t plain` writes [TABLE] for a table with joined cells (every statutory table
// 三 and 四 of a web page): the copy has no table there.
test('pandoc\'s [TABLE] stand-in alone under a table part: the table is missing', () => {
  const m = empty(text('[TABLE]', '\n[TABLE]\n'));
  assert.equal(m.filter((x) => x.includes('主动公开') || x.includes('收到和处理')).length, 2, m.join('\n'));
});

test('[TABLE] beside words is content', () => {
  const m = empty(text('本年新公开规范性文件3件。\n[TABLE]', '[TABLE]\n2022年未收到申请。'));
  assert.ok(!m.some((x) => x.includes('主动公开') || x.includes('收到和处理')), m.join('\n'));
});

// pX harvest (layout variant `pages`): a PDF's page number fell between a part that lost its table and the next part.
test('a page number alone under a table part (— 1 —, 第 2 页): the table is missing; a figure beside it is content', () => {
  const m = empty(text('\n— 1 —\n', '第 2 页'));
  assert.equal(m.filter((x) => x.includes('主动公开') || x.includes('收到和处理')).length, 2, m.join('\n'));
  const kept = empty(text('— 1 —\n本年新公开规范性文件3件。', '2022年未收到申请，共0件。'));
  assert.ok(!kept.some((x) => x.includes('主动公开')), kept.join('\n'));
});
