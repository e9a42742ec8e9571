// readCellValue's quick test (parse/cell-value.ts valueUnitTable): a cell with any code unit outside
// the table is text, so the table must hold every code unit a value cell may contain — white space
// exactly as /\s/ reads it, and the full-width forms fold() turns into the ASCII ones — and a
// cell read through the quick test reads as before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readCellValue, valueUnitTable } from '../../../server/src/core/parse/cell-value';

test('the value-unit table holds every white space code unit /\\s/ matches', () => {
  const t = valueUnitTable();
  for (let c = 0; c < 0x10000; c++) {
    if (/\s/.test(String.fromCharCode(c))) assert.equal(t[c], 1, `U+${c.toString(16)} is white space`);
  }
});

test('the value-unit table holds the full-width form of every ASCII character it holds', () => {
  const t = valueUnitTable();
  for (let c = 0x21; c <= 0x7e; c++) assert.equal(t[c + 0xfee0], t[c], `U+${(c + 0xfee0).toString(16)}`);
});

test('cells read as before, values and text alike', () => {
  const cases: [string, unknown][] = [
    ['', { type: 'empty' }], [' \u3000\t', { type: 'empty' }], ['—', { type: 'dash' }], ['／', { type: 'dash' }], ['\\', { type: 'dash' }],
    ['12', { type: 'int', value: 12 }], ['１２', { type: 'int', value: 12 }], ['1 322', { type: 'int', value: 1322 }], ['1,322', { type: 'int', value: 1322 }],
    ['7.12', { type: 'decimal', value: 7.12 }], ['+14', { type: 'signed', value: 14 }], ['－2', { type: 'signed', value: -2 }],
    ['增30', { type: 'signed', value: 30 }], ['減少3', { type: 'signed', value: -3 }], ['6566.23萬元', { type: 'amount', value: 6566.23, unit: '万元' }],
    ['1〇', { type: 'lookalike', suggestion: '10' }], ['ＵＩ', { type: 'lookalike', suggestion: '01' }],
    ['2件', { type: 'text' }], ['约10', { type: 'text' }], ['无', { type: 'text' }], ['Ａ1', { type: 'text' }], ['一、本年新收政府信息公开申请数量', { type: 'text' }],
    ['万元', { type: 'text' }], ['\ud83d\ude00', { type: 'text' }],
  ];
  for (const [raw, want] of cases) assert.deepEqual(readCellValue(raw), want, JSON.stringify(raw));
});
