// The five real seed reports: kind, year, issuer, sections, every table cell of seeds
// 001 (loose pipe) and 003 (tab, OCR-damaged), and the findings each must (and must not) get.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lint } from '../../server/src/core';
import type { StatTable } from '../../server/src/core/parse/interpret-table';
import { lineRules, readSeed } from './helpers';

function table(prefix: string, id: string): StatTable {
  const a = analyze(readSeed(prefix));
  const t = a.report?.tables.get(id);
  assert.ok(t, `seed ${prefix} has table ${id}`);
  return t;
}

/** [1-based line, row id, cell texts in statutory column order] for every data row. */
function rowsOf(t: StatTable): [number, string | null, string[]][] {
  return t.rows.filter((r) => r.values.size > 0).map((r) => [r.raw.line + 1, r.rowId, [...r.values.values()].map((c) => c.text)]);
}

const Z7 = ['0', '0', '0', '0', '0', '0', '0'];
const Z15 = new Array(15).fill('0');

test('seeds: kind, year and issuer', () => {
  const expect: [string, string | null, number | null, string | null][] = [
    ['000', 'gov-info-2019', 2020, '广州市荔湾区政务服务数据管理局'],
    ['001', 'gov-info-2019', 2020, null],
    ['002', 'rule-of-law', 2020, '海珠区政务服务数据管理局'],
    ['003', 'gov-info-2019', 2020, '石壁街道办事处'],
    ['004', 'gov-info-2008', 2011, '广州市荔湾区人民政府'],
  ];
  for (const [seed, kind, year, issuer] of expect) {
    const r = lint(readSeed(seed));
    assert.deepEqual([r.kind, r.year, r.issuer], [kind, year, issuer], `seed ${seed}`);
    assert.equal(r.kindSource, 'detected');
    assert.deepEqual(r.internalErrors, []);
  }
});

test('seed 001: section 二 table read cell by cell (loose pipe, signed changes, amounts)', () => {
  assert.deepEqual(rowsOf(table('001', 'active')), [
    [12, 'rules', ['0', '0', '0']],
    [13, 'normative', ['5', '2', '29']],
    [16, 'licensing', ['45', '0', '1322']],
    [17, 'otherServices', ['0', '0', '0']],
    [20, 'penalty', ['7', '增30', '51']],
    [21, 'enforcement', ['0', '0', '0']],
    [24, 'fees', ['12', '减3']],
    [27, 'procurement', ['58', '6566.23万元']],
  ]);
  const t = table('001', 'active');
  const change = t.rows.find((r) => r.rowId === 'penalty')!.values.get('change')!;
  assert.deepEqual(change.value, { type: 'signed', value: 30 });
  const fee = t.rows.find((r) => r.rowId === 'fees')!.values.get('change')!;
  assert.deepEqual(fee.value, { type: 'signed', value: -3 });
  const amount = t.rows.find((r) => r.rowId === 'procurement')!.values.get('amount')!;
  assert.deepEqual(amount.value, { type: 'amount', value: 6566.23, unit: '万元' });
});

test('seed 001: section 三 table read cell by cell', () => {
  const row = (n: number, total: number) => [String(n), '0', '0', '0', '0', '0', String(total)];
  assert.deepEqual(rowsOf(table('001', 'applications')), [
    [32, 'new', row(3, 3)],
    [33, 'carried', Z7],
    [34, 'open', row(2, 2)],
    [35, 'partial', Z7],
    ...[1, 2, 3, 4, 5, 6, 7, 8].map((k, i) => [36 + i, `deny-${k}`, Z7] as [number, string, string[]]),
    ...[1, 2, 3].map((k, i) => [44 + i, `unable-${k}`, Z7] as [number, string, string[]]),
    [47, 'noproc-1', Z7],
    [48, 'noproc-2', row(1, 1)],
    [49, 'noproc-3', Z7],
    [50, 'noproc-4', Z7],
    [51, 'noproc-5', Z7],
    [52, 'otherproc', Z7],
    [53, 'total', row(3, 3)],
    [54, 'next', Z7],
  ]);
});

test('seed 001: section 四 table: one row of fifteen numbers', () => {
  assert.deepEqual(rowsOf(table('001', 'review')), [[59, 'data', Z15]]);
});

test('seed 003: section 二 table (tab layout, split labels, a value glued to a label)', () => {
  assert.deepEqual(rowsOf(table('003', 'active')), [
    [23, 'rules', ['0', '0', '0']],
    [24, 'normative', ['2', '+2', '2']],
    [27, 'licensing', ['1', '+14', '15']],
    [28, 'otherServices', ['0', '0', '0']],
    [29, null, ['U', '0', '0']],
    [32, 'penalty', ['3', '+127', '130']],
    [34, 'enforcement', ['2', '-2', '0']],
    [37, 'fees', ['0', '+140']],
    [40, 'procurement', ['60', '11750 万元']],
  ]);
  const u = table('003', 'active').rows.find((r) => r.raw.line === 28)!.values.get('lastYear')!;
  assert.deepEqual(u.value, { type: 'lookalike', suggestion: '0' });
});

test('seed 003: section 三 table (OCR-damaged labels, group labels once per block, a blank cell)', () => {
  const rows = rowsOf(table('003', 'applications'));
  const blankFirst = ['', '0', '0', '0', '0', '0', '0'];
  assert.deepEqual(rows, [
    [47, 'new', Z7],
    [48, 'carried', blankFirst],
    [49, 'open', Z7],
    [50, 'partial', Z7],
    [51, 'deny-1', Z7],
    [52, 'deny-2', Z7],
    ...[3, 4, 5, 6, 7, 8].map((k, i) => [54 + i, `deny-${k}`, Z7] as [number, string, string[]]),
    ...[1, 2, 3].map((k, i) => [60 + i, `unable-${k}`, Z7] as [number, string, string[]]),
    ...[1, 2, 3, 4, 5].map((k, i) => [63 + i, `noproc-${k}`, Z7] as [number, string, string[]]),
    [69, 'otherproc', Z7],
    [70, 'total', Z7],
    [71, 'next', Z7],
  ]);
  const t = table('003', 'applications');
  // Row 52's label is OCR debris ("理结果 结公开 7.12"): identified from its neighbours, and flagged as such.
  assert.equal(t.rows.find((r) => r.raw.line === 51)!.inferred, true);
  assert.equal(t.rows.filter((r) => r.inferred).length, 1);
});

test('seed 003: section 四 table', () => {
  assert.deepEqual(rowsOf(table('003', 'review')), [[78, 'data', Z15]]);
});

const ARITHMETIC = ['table-balance', 'table-subtotal', 'table-row-total', 'review-total'];

test('seeds 001 and 003 balance: no arithmetic findings', () => {
  for (const seed of ['001', '003']) {
    const r = lint(readSeed(seed));
    assert.deepEqual(r.findings.filter((f) => ARITHMETIC.includes(f.rule)), [], `seed ${seed}`);
  }
});

test('seed 000: sections 二/三/四 reported as empty, with the table skeleton as fix', () => {
  const text = readSeed('000');
  const r = lint(text);
  const empty = r.findings.filter((f) => f.rule === 'section-empty');
  assert.deepEqual(lineRules(text, { ...r, findings: empty }), ['6:section-empty', '7:section-empty', '8:section-empty']);
  // The skeleton is a quick fix only (issue #14): fix-all must not hide the missing tables.
  assert.ok(empty.every((f) => f.severity === 'error' && f.fix && !f.fix.safe));
  assert.match(empty[1].fix!.edits[0].newText, /本年新收政府信息公开申请数量/);
  assert.deepEqual(r.findings.filter((f) => f.rule === 'section-missing'), []);
});

test('seed 001: 重复申请 described as 不予公开 is misfiled, with a rewrite', () => {
  const text = readSeed('001');
  const r = lint(text);
  const f = r.findings.filter((x) => x.rule === 'category-misfiled');
  assert.deepEqual(lineRules(text, { ...r, findings: f }), ['4:category-misfiled']);
  assert.equal(text.slice(f[0].start, f[0].end), '不予公开');
  assert.equal(f[0].fix!.edits[0].newText, '不予处理');
});

test('seed 002: rule-of-law report lacks the 第一责任人 item, nothing else missing', () => {
  const r = lint(readSeed('002'));
  const missing = r.findings.filter((f) => f.rule === 'section-missing');
  assert.equal(missing.length, 1);
  assert.match(missing[0].message, /第一责任人/);
});

test('seed 003: the U cell is invalid with a digit fix; the blank cell is only incomplete', () => {
  const text = readSeed('003');
  const r = lint(text);
  assert.deepEqual(lineRules(text, r), ['29:table-cell-invalid', '93:date-order']);
  const u = r.findings.find((f) => f.rule === 'table-cell-invalid' && f.severity === 'error')!;
  assert.equal(text.slice(u.start, u.end), 'U');
  assert.deepEqual(u.fix!.edits, [{ start: u.start, end: u.end, newText: '0' }]);
  const blank = r.findings.filter((f) => f.severity === 'info' && f.rule === 'table-cell-invalid');
  assert.deepEqual(lineRules(text, { ...r, findings: blank }, ['info']), ['48:table-cell-invalid']);
});

test('seed 004: old categories are not flagged in a 2008-regulation report; 收费及减免 is missing', () => {
  const r = lint(readSeed('004'));
  assert.deepEqual(r.findings.filter((f) => f.rule.startsWith('category-')), []);
  const missing = r.findings.filter((f) => f.rule === 'section-missing');
  assert.equal(missing.length, 1);
  assert.match(missing[0].message, /收费及减免/);
});

test('the seeds get exactly the findings a reviewer expects at error and warning level, and nothing else', () => {
  const expect: Record<string, string[]> = {
    // Traditional script, pinyin debris on every line that has it, three empty table sections, the stray .pdf line.
    '000': ['1:script-traditional', ...[2, 3, 4, 5].map((l) => `${l}:artifact-conversion`),
      '6:section-empty', '6:artifact-conversion', '7:section-empty', '7:artifact-conversion', '8:section-empty', '8:artifact-conversion',
      '9:artifact-conversion', '10:artifact-conversion', '11:artifact-conversion', '13:artifact-ocr', '13:artifact-conversion'],
    // Spam on line 1, 重复申请 filed under 不予公开.
    '001': ['1:artifact-spam', '4:category-misfiled'],
    // Web chrome (breadcrumb, page header, 分享到, 浏览量, footer) and the missing 第一责任人 item.
    '002': ['1:artifact-web', '3:section-missing', ...[5, 6, 7, 56, 57, 58, 60, 62, 64, 66].map((l) => `${l}:artifact-web`)],
    // The U cell and the signing date 2020年1月20日 on a 2020 report.
    '003': ['29:table-cell-invalid', '93:date-order'],
    // Traditional script, the 咨询 channels that do not add up, the missing 收费及减免 item.
    '004': ['1:script-traditional', '1:section-missing', '33:text-sum'],
  };
  for (const [seed, lines] of Object.entries(expect)) {
    const text = readSeed(seed);
    assert.deepEqual(lineRules(text, lint(text)).sort(), [...lines].sort(), `seed ${seed}`);
  }
});
