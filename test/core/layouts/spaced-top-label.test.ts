// A 表三 as an office prints it (Word/WPS/LibreOffice, the text at each cell's top) and copied back with
// `pdftotext -layout`: the group label (（三）不予公开) wrapped in its own narrow column, each row label
// wrapped in the next one, the figures on the label's first line and the rest of the label in pieces
// below, in the label's column (（三） 1.属于  4 0 … / 不予公 国家 / 开   秘密), past a blank line (a
// paragraph break in the cell) and over a page break (\f, the columns standing elsewhere on the new page).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lint } from '../../../server/src/core';

const G = 7; // the row labels' column
const W = 4; // characters a label line holds
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(1, n - s.length));

/** Lines of one row: group label pieces (one a line) left, the row label wrapped W characters a line, figures on the first. */
function rowLines(group: string[], label: string, values: number[], opt: { blankAfter?: number; pageAt?: number; shift?: number; tight?: boolean } = {}): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < label.length; i += W) pieces.push(label.slice(i, i + W));
  const total = values.reduce((s, x) => s + x, 0);
  const out: string[] = [];
  pieces.forEach((p, i) => {
    const g = group[i] ?? '';
    const onNewPage = opt.pageAt !== undefined && i > opt.pageAt;
    let line = i === 0 ? `${pad(g, G)}${pad(p, 12)}${[...values, total].join('   ')}` : `${pad(g, onNewPage ? 4 : G)}${p}`.replace(/^ +$/, '');
    // A new page: its lines start further left (shift spaces, or the group piece one space before the label's).
    if (opt.pageAt === i) line = `\f${opt.tight ? `${g} ${p}` : `${' '.repeat(opt.shift ?? 0)}${line.trimStart()}`}`;
    out.push(line);
    if (opt.blankAfter === i) out.push('');
  });
  return out;
}

const z = [0, 0, 0, 0, 0, 0];
function table(): string {
  return [
    '三、收到和处理政府信息公开申请情况',
    '',
    '（本列数据的勾稽关系       申请人情况',
    '为：第一项加第二项之',
    '和，等于第三项加第四       自然人 法人或其他组织                             总计',
    '项之和）                   商业       科研   社会        法律   其他',
    '',
    `${pad('一、本年新收政府信息', 27)}${[40, 2, 0, 0, 0, 0, 42].join('   ')}`,
    '公开申请数量',
    '',
    `${pad('二、上年结转政府信息', 27)}${[1, 0, 0, 0, 0, 0, 1].join('   ')}`,
    '公开申请数量',
    ...rowLines(['三、', '本'], '（一）予以公开', [20, 1, 0, 0, 0, 0]),
    '',
    ...rowLines(['年度', '办', '理结', '果'], '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', [3, 0, 0, 0, 0, 0]),
    '',
    ...rowLines(['（三）', '不予公', '开'], '1.属于国家秘密', z),
    '',
    ...rowLines([], '2.其他法律行政法规禁止公开', z),
    '',
    ...rowLines([], '3.危及“三安全一稳定”', z),
    '',
    ...rowLines([], '4.保护第三方合法权益', z),
    '',
    ...rowLines([], '5.属于三类内部事务信息', z),
    '',
    ...rowLines([], '6.属于四类过程性信息', z),
    '',
    ...rowLines([], '7.属于行政执法案卷', z, { pageAt: 2, shift: 1 }),
    '',
    ...rowLines([], '8.属于行政查询事项', z),
    '',
    ...rowLines(['（四）', '无法提', '供'], '1.本机关不掌握相关政府信息', [15, 1, 0, 0, 0, 0], { pageAt: 1, tight: true }),
    '',
    ...rowLines([], '2.没有现成信息需要另行制作', z),
    '',
    ...rowLines([], '3.补正后申请内容仍不明确', z),
    '',
    ...rowLines(['（五）', '不予处', '理'], '1.信访举报投诉类申请', z),
    '',
    ...rowLines([], '2.重复申请', z),
    '',
    ...rowLines([], '3.要求提供公开出版物', z),
    '',
    ...rowLines([], '4.无正当理由大量反复申请', z),
    '',
    ...rowLines([], '5.要求行政机关确认或重新出具已获取信息', z),
    '',
    ...rowLines(['（六）', '其他处', '理'], '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', [1, 0, 0, 0, 0, 0], { blankAfter: 4 }),
    '',
    ...rowLines([], '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', z, { blankAfter: 4 }),
    '',
    ...rowLines([], '3.其他', z),
    '',
    `${pad('', G)}${pad('（七）总计', 12)}${[39, 2, 0, 0, 0, 0, 41].join('   ')}`,
    '',
    `${pad('四、结转下年度继续办理', 27)}${[2, 0, 0, 0, 0, 0, 2].join('   ')}`,
    '',
    '四、政府信息公开行政复议、行政诉讼情况',
  ].join('\n');
}

const HEAD = '某某区2024年度政府信息公开工作年度报告\n\n一、总体情况\n\n本机关认真做好政府信息公开工作。\n\n';

test('office layout: the row labels wrapped below their figures in their own column are read whole, past the group label pieces', () => {
  const t = analyze(HEAD + table()).report!.tables.get('applications')!;
  assert.ok(t && !t.unreadable, 'table 三 is read');
  const row = (id: string) => t.rows.find((r) => r.rowId === id);
  const ids = ['open', 'partial', ...[1, 2, 3, 4, 5, 6, 7, 8].map((k) => `deny-${k}`), 'unable-1', 'unable-2', 'unable-3',
    ...[1, 2, 3, 4, 5].map((k) => `noproc-${k}`), 'otherproc-1', 'otherproc-2', 'otherproc-3', 'total', 'next'];
  for (const id of ids) assert.ok(row(id), `row ${id} is read`);
  assert.match(row('deny-1')!.label.replace(/\s/g, ''), /^(?:（三）)?1\.属于国家秘密$/);
  // The group label's pieces (不予公, 开) stay out of the row label; the label goes on past a blank line and a page break.
  assert.match(row('otherproc-1')!.label.replace(/\s/g, ''), /^(?:（六）)?1\.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请$/);
  assert.equal(row('otherproc-2')!.label, '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请');
  assert.equal(row('deny-7')!.label, '7.属于行政执法案卷');
  assert.match(row('unable-1')!.label.replace(/\s/g, ''), /^(?:（四）)?1\.本机关不掌握相关政府信息$/);
  assert.deepEqual([...row('unable-1')!.values.values()].map((c) => c.text), ['15', '1', '0', '0', '0', '0', '16']);
  assert.ok(!t.rows.some((r) => r.kind === 'unknown' && /\d/.test([...r.values.values()].map((c) => c.text).join(''))), 'no row of figures without its row');
  const found = lint(HEAD + table()).findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.rule);
  assert.deepEqual(found.filter((r) => r.startsWith('table-')), []);
});

test('office layout: a piece in the group label\'s column, or a line after the table, is no part of a row label', () => {
  const lines = table().split('\n');
  // 不予公 moved right to the row labels' column would be read as the label's; left where it is, it never is.
  const t = analyze(HEAD + lines.join('\n')).report!.tables.get('applications')!;
  assert.ok(!t.rows.some((r) => /不予公|无法提|不予处|其他处/.test(r.label)));
  // A line at the label's column after the table (the next heading, a note) is no piece of the last row's label.
  const u = analyze(HEAD + lines.join('\n') + `\n${' '.repeat(G)}注：本表无数据`).report!.tables.get('applications')!;
  assert.equal(u.rows.find((r) => r.rowId === 'next')?.label, '四、结转下年度继续办理');
  assert.equal(u.rows.find((r) => r.rowId === 'total')?.label.trim(), '（七）总计');
});

test('a group label printed one character a line below a row (三 / 、 / 本 / 年 …) is no piece of that row\'s label', () => {
  const r = (label: string, v: number[]) => `${label} ${[...v, v.reduce((a, b) => a + b, 0)].join(' ')}`;
  const text = HEAD + [
    '三、收到和处理政府信息公开申请情况', '申请人情况', '自然人', '法人或其他组织', '总计',
    r('一、本年新收政府信息公开申请数量', [21, 0, 0, 0, 0, 0]),
    r('二、上年结转政府信息公开申请数量', z),
    ...'三、本年度办理结果'.split(''),
    r('（一）予以公开', [21, 0, 0, 0, 0, 0]),
    r('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', z),
  ].join('\n') + '\n';
  const t = analyze(text).report!.tables.get('applications')!;
  assert.equal(t.rows.find((x) => x.rowId === 'carried')?.label, '二、上年结转政府信息公开申请数量');
});
