// Page and wrapping debris inside statutory tables, as PDF text and browser copies carry it:
// 表四's one row of figures wrapped over lines, a running page header (the organ's name, or the
// title with its page number) after a page footer, numbered labels broken over lines (with the
// figures on the last line, and vertical header characters between the pieces), and a tab
// copy's label cell broken in two.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FORMATS } from '../../../server/src/core/formats';
import type { GridTable } from '../../../server/src/core/formats/types';
import { analyze } from '../../../server/src/core/engine/lint';
import { lintText } from '../helpers';

const HEAD = '某区人民政府2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我区依法做好政府信息公开工作。\n';
const SPEC = FORMATS['gov-info-2021'].tables.applications as GridTable;
const COLS = SPEC.columns.map((c) => c.label);
const T4 = '四、政府信息公开行政复议、行政诉讼情况';
const T4_HEADER = [
  '        行政复议                    行政诉讼',
  '                                  未经复议直接起诉            复议后起诉',
  ' 结果 结果 其他 尚未  总    结果 结果 其他 尚未  总    结果 结果 其他 尚未  总',
  ' 维持 纠正 结果 审结  计    维持 纠正 结果 审结  计    维持 纠正 结果 审结  计',
  '',
];
const T5 = '五、存在的主要问题及改进情况\n一是政务公开工作机制有待完善。\n';

const reviewValues = (text: string) => {
  const t = analyze(text).report!.tables.get('review')!;
  const out: string[] = [];
  for (const r of t.rows) for (const c of r.values.values()) { assert.equal(text.slice(c.start, c.end), c.text); out.push(c.text); }
  return out;
};
const problems = (text: string) => lintText(text).findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.rule);

test('pdf pages: 表四 wrapped over two or three lines of figures is one row in the statutory order', () => {
  const vs = ['10', '1', '0', '0', '11', '0', '0', '0', '0', '0', '5', '0', '0', '0', '5'];
  for (const lines of [[vs.slice(0, 8), vs.slice(8)], [vs.slice(0, 5), vs.slice(5, 10), vs.slice(10)], [vs.slice(0, 10), vs.slice(10)]]) {
    const text = `${HEAD}${T4}\n${[...T4_HEADER, ...lines.map((l) => l.join('    '))].join('\n')}\n${T5}`;
    assert.deepEqual(reviewValues(text), vs);
    assert.deepEqual(problems(text).filter((r) => r.startsWith('table-') || r === 'review-total'), []);
  }
  // A wrong total is found on the wrapped row.
  const wrong = [...vs.slice(0, 4), '0', ...vs.slice(5)];
  const text = `${HEAD}${T4}\n${[...T4_HEADER, wrong.slice(0, 8).join('    '), wrong.slice(8).join('    ')].join('\n')}\n${T5}`;
  assert.ok(lintText(text).findings.some((f) => f.rule === 'review-total'));
});

test('pdf pages: figures that do not make exactly 表四\'s row are not placed', () => {
  const text = `${HEAD}${T4}\n${[...T4_HEADER, '1    0    0    0    1    0    0    0', '0    0    0    0    0    0'].join('\n')}\n${T5}`;
  // Two short rows and no full one: the table is unreadable (or read without figures), never guessed.
  const t = analyze(text).report!.tables.get('review');
  assert.equal(t ? t.rows.filter((r) => r.values.size).length : 0, 0);
  assert.ok(!problems(text).some((r) => r.startsWith('review-total') || r.startsWith('table-shape')));
});

/** Table 三 printed one cell per line, row by row, with a page break (footer + running header) before deny-5. */
function table3(header: string): string {
  const out = ['三、收到和处理政府信息公开申请情况', '申请人情况', ...COLS];
  for (const r of SPEC.rows) {
    if (r.id === 'deny-5') out.push('', '', '-3-', '', header, '', ...COLS);
    const label = [...r.label];
    for (let i = 0; i < label.length; i += 20) out.push(label.slice(i, i + 20).join(''));
    if (!r.group) out.push(...(['new', 'open', 'total'].includes(r.id) ? ['1', '0', '0', '0', '0', '0', '1'] : ['0', '0', '0', '0', '0', '0', '0']));
  }
  return `${HEAD}${out.join('\n')}\n${T4}\n本年度未发生行政复议、行政诉讼。\n`;
}

test('pdf pages: a running page header (organ, title with its page) after a page footer in PDF reading order is skipped', () => {
  for (const header of ['某区人民政府办公室', '某区人民政府2023年政府信息公开工作年度报告 第 3 页', '第 4 页  某区人民政府2023年政府信息公开工作年度报告']) {
    const text = table3(header);
    const t = analyze(text).report!.tables.get('applications');
    assert.ok(t && !t.unreadable, header);
    assert.equal(t.rows.find((r) => r.rowId === 'total')!.values.get('total')!.text, '1');
    assert.deepEqual(problems(text).filter((r) => r.startsWith('table-')), [], header);
  }
});

test('pdf pages: an unknown line after the page footer leaves the row it interrupts unread (info), not guessed', () => {
  const text = table3('本表数据截至2023年12月31日');
  const t = analyze(text).report!.tables.get('applications');
  assert.equal(t?.partial, true);
  assert.ok(lintText(text).findings.some((f) => f.rule === 'table-unreadable' && f.severity === 'info'));
  assert.deepEqual(problems(text).filter((r) => r.startsWith('table-')), []);
});

const T3_SPACED = (rows: string[]) => [
  '三、收到和处理政府信息公开申请情况',
  '                                    自然    商业    科研    社会    法律    其他    总计',
  '                                     人    企业    机构    公益    服务',
  '',
  ...rows,
  '三、本年度办理结果',
  '     （一）予以公开                           1     0     0     0     0     0     1',
  '     （七）总计                              1     0     0     0     0     0     1',
  '四、结转下年度继续办理                            0     0     0     0     0     0     0',
].join('\n');

test('pdf pages: numbered labels over two or three lines with the figures on the last, vertical characters between', () => {
  const text = `${HEAD}${T3_SPACED([
    '一、本年新收',
    '  办',
    '  政府信息公开',
    '  申请数量                                1     0     0     0     0     0     1',
    '二、上年结转政府信息公开',
    '  理',
    '  申请数量                                0     0     0     0     0     0     0',
  ])}\n${T4}\n本年度未发生行政复议、行政诉讼。\n`;
  const t = analyze(text).report!.tables.get('applications')!;
  const row = (id: string) => t.rows.find((r) => r.rowId === id);
  assert.equal(row('new')?.values.get('total')?.text, '1');
  assert.equal(row('carried')?.values.get('total')?.text, '0');
  assert.equal(row('new')!.raw.line, 7);
  assert.deepEqual(problems(text).filter((r) => r === 'table-row-unknown' || r === 'table-shape'), []);
});


test('pdf pages: a section heading above a one-piece label and a row of figures stays a heading', () => {
  const text = `${HEAD}${T3_SPACED([
    '一、本年新收政府信息公开申请数量                1     0     0     0     0     0     1',
    '二、上年结转政府信息公开申请数量                0     0     0     0     0     0     0',
  ])}\n四、政府信息公开行政复议、行政诉讼情况\n  办\n  行政复议\n  总计                                0     0     0     0     0\n五、存在的主要问题及改进情况\n无。\n`;
  const a = analyze(text);
  assert.ok(a.doc.headings.some((h) => h.title.includes('行政复议、行政诉讼情况')), a.doc.headings.map((h) => h.title).join(' | '));
});

test('pdf pages: a tab copy\'s label cell broken in two (line without tabs, or with empty tabs) is one row', () => {
  const head = `（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t${COLS.join('\t')}`;
  for (const broken of [['一、本年新收政府信', '息公开申请数量\t1\t0\t0\t0\t0\t0\t1'], ['一、本年新收政府信\t\t\t\t\t\t\t', '息公开申请数量\t1\t0\t0\t0\t0\t0\t1']]) {
    const text = `${HEAD}三、收到和处理政府信息公开申请情况\n${[head, ...broken,
      '二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0', '三、本年度办理结果\t\t\t\t\t\t\t',
      '（一）予以公开\t1\t0\t0\t0\t0\t0\t1', '（七）总计\t1\t0\t0\t0\t0\t0\t1', '四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0'].join('\n')}\n${T4}\n本年度未发生行政复议、行政诉讼。\n`;
    const t = analyze(text).report!.tables.get('applications')!;
    const row = t.rows.find((r) => r.rowId === 'new');
    assert.equal(row?.values.get('total')?.text, '1', JSON.stringify(broken));
    assert.deepEqual(lintText(text).findings.filter((f) => f.rule === 'table-row-unknown').map((f) => f.message), []);
  }
  // A section title above a table that lacks its header is no label piece.
  const text = `${HEAD}三、收到和处理政府信息公开申请情况\n本年新收\t1\t0\t0\t0\t0\t0\t1\n`;
  const a = analyze(text);
  assert.ok(a.doc.headings.some((h) => h.title.includes('收到和处理政府信息公开申请情况')));
});
