// Units of the parser: line map, normalisation, headings, cell values, tables, prose, directives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineMap } from '../../server/src/core';
import { normalize, normalizeMapped, toSimplified, chineseNumeral, labelKey, lcs } from '../../server/src/core/text/normalize';
import { parseHeading } from '../../server/src/core/parse/headings';
import { readCellValue } from '../../server/src/core/parse/cell-value';
import { findTables } from '../../server/src/core/parse/layouts';
import { findDates, findNumbers } from '../../server/src/core/parse/prose';
import { scanDirectives, suppressor } from '../../server/src/core/parse/directives';
import { parseDocument, issuerFrom } from '../../server/src/core/parse/document';

test('line map: LF, CRLF and lone CR, positions round-trip', () => {
  const text = 'a\r\nbb\ncc\rd';
  const lm = new LineMap(text);
  assert.equal(lm.lineCount, 4);
  assert.deepEqual(lm.positionAt(3), { line: 1, character: 0 });
  assert.equal(lm.lineText(1), 'bb');
  assert.equal(lm.lineText(2), 'cc');
  for (let o = 0; o <= text.length; o++) {
    const p = lm.positionAt(o);
    if (text[o - 1] === '\r' && text[o] === '\n') continue; // inside a CRLF
    assert.equal(lm.offsetAt(p), o, `offset ${o}`);
  }
});

test('normalisation: width, quotes, spaces, Traditional, pinyin debris', () => {
  assert.equal(normalize('（一） 予以公开'), '(一)予以公开');
  assert.equal(normalize('“三安全一稳定”'), '"三安全一稳定"');
  assert.equal(normalize('商业 企业'), '商业企业');
  assert.equal(normalize('主動(dòng)公開政府信息情況'), '主动公开政府信息情况');
  assert.equal(toSimplified('廣州市荔灣區'), '广州市荔湾区');
  assert.equal(normalize('(一)予以公开'), '(一)予以公开', 'a parenthesised numeral is not pinyin');
  assert.equal(labelKey('3. 危及"三安 全一稳定"'), '3危及三安全一稳定');
});

test('normalisation keeps a map back to original offsets', () => {
  const src = '落實(shí)　同意公開';
  const m = normalizeMapped(src);
  assert.equal(m.text, '落实同意公开');
  const i = m.text.indexOf('同意公开');
  assert.equal(src.slice(m.map.get(i), m.map.get(i + 3) + 1), '同意公開');
});

test('longest common subsequence, also with the reused buffers growing', () => {
  assert.equal(lcs('abcde', 'ace'), 3);
  assert.equal(lcs('', 'a'), 0);
  assert.equal(lcs('收政府信息公开请数量', '本年新收政府信息公开申请数量'), 10);
  const long = 'x'.repeat(300);
  assert.equal(lcs(long, long), 300);
  assert.equal(lcs('abc', 'cba'), 1);
});

test('chinese numerals', () => {
  assert.deepEqual(['一', '九', '十', '十二', '二十', '二十三', 'x'].map(chineseNumeral), [1, 9, 10, 12, 20, 23, null]);
});

test('headings in the styles of the seeds', () => {
  const h = (s: string) => parseHeading(s, 0, 0);
  assert.deepEqual([h('一、总体情况')?.level, h('一、总体情况')?.title], [1, '总体情况']);
  assert.equal(h('（一）主动公开工作情况。2020年，通过门户网站主动公开信息')?.title, '主动公开工作情况');
  assert.equal(h('(一)主动公开工作情况。正文')?.runIn, true);
  assert.deepEqual([h('1.突出工作重点，加强业务督导。')?.level, h('（1）健全领导机构')?.level], [3, 4]);
  assert.deepEqual([h('## 二、主动公开政府信息情况')?.level, h('## 二、主动公开政府信息情况')?.numeral], [1, 2]);
  assert.equal(h('**三、收到和处理政府信息公开申请情况**')?.title, '收到和处理政府信息公开申请情况');
  assert.equal(h('二、主動(dòng)公開政府信息情況')?.norm, '主动公开政府信息情况');
  assert.equal(h('一是进一步细化各项管理流程。'), null);
  assert.equal(h('2020年，我局深入贯彻'), null);
  assert.equal(h('- (一)继续完善政务公开基础设施。我街将加大投入')?.numeral, 1);
  const withOffset = parseHeading('  二、主动公开', 4, 100)!;
  assert.deepEqual([withOffset.start, withOffset.titleStart, withOffset.titleEnd], [100, 104, 108]);
});

test('cell values: integers, signed changes, amounts, blanks, dashes, OCR look-alikes, text', () => {
  assert.deepEqual(readCellValue('12'), { type: 'int', value: 12 });
  assert.deepEqual(readCellValue('１２'), { type: 'int', value: 12 });
  assert.deepEqual(readCellValue('1,322'), { type: 'int', value: 1322 });
  assert.deepEqual(readCellValue('+14'), { type: 'signed', value: 14 });
  // A sign typed twice: the figure it stands for, marked as a slip (nX 25).
  assert.deepEqual(readCellValue('--253'), { type: 'lookalike', suggestion: '-253', sign: true });
  assert.deepEqual(readCellValue('++3'), { type: 'lookalike', suggestion: '+3', sign: true });
  assert.deepEqual(readCellValue('+-3'), { type: 'text' });
  assert.deepEqual(readCellValue('-2'), { type: 'signed', value: -2 });
  assert.deepEqual(readCellValue('增30'), { type: 'signed', value: 30 });
  assert.deepEqual(readCellValue('减3'), { type: 'signed', value: -3 });
  assert.deepEqual(readCellValue('6566.23万元'), { type: 'amount', value: 6566.23, unit: '万元' });
  assert.deepEqual(readCellValue('11750 万元'), { type: 'amount', value: 11750, unit: '万元' });
  assert.deepEqual(readCellValue('7.12'), { type: 'decimal', value: 7.12 });
  assert.deepEqual(readCellValue(''), { type: 'empty' });
  assert.deepEqual(readCellValue('—'), { type: 'dash' });
  assert.deepEqual(readCellValue('U'), { type: 'lookalike', suggestion: '0' });
  assert.deepEqual(readCellValue('1l'), { type: 'lookalike', suggestion: '11' });
  assert.deepEqual(readCellValue('2件'), { type: 'text' });
});

test('tables: GFM, loose pipe and tab blocks with exact cell offsets', () => {
  const text = ['前言', '| 项目 | 自然人 |', '| --- | --- |', '| 予以公开 | 3 |', '', '规章 | 0 | 1 |', '规范性文件 | 2 | 3 |', '', 'a\tb\t1', '\t\tc\t2', '正文'].join('\n');
  const blocks = findTables(new LineMap(text));
  assert.deepEqual(blocks.map((b) => [b.layout, b.startLine, b.endLine]), [['gfm', 1, 3], ['loose-pipe', 5, 6], ['tab', 8, 9]]);
  const c = blocks[0].rows[1].cells[1];
  assert.equal(text.slice(c.start, c.end), '3');
  const tabRow = blocks[2].rows[1].cells;
  assert.deepEqual(tabRow.map((x) => x.text), ['', '', 'c', '2']);
  assert.equal(text.slice(tabRow[3].start, tabRow[3].end), '2');
  // A prose line with a pipe, a blank line, then a GFM table: two things, not one loose table.
  const mixed = findTables(new LineMap(['前言 | 不是表格', '', '| 甲 | 乙 |', '| --- | --- |', '| 1 | 2 |'].join('\n')));
  assert.deepEqual(mixed.map((b) => [b.layout, b.startLine, b.rows[0].cells.map((c) => c.text)]), [['gfm', 2, ['甲', '乙']]]);
  // A single prose line with pipes is not a table.
  assert.equal(findTables(new LineMap('联系我们 | 友情链接 | 站点地图')).length, 0);
});

test('prose numbers and dates', () => {
  const n = findNumbers('共收到申请21件，办结率为100%，采购金额6566.23万元，IPv6环境');
  assert.deepEqual(n.map((x) => [x.value, x.unit]), [[21, '件'], [100, '%'], [6566.23, '万元']]);
  const d = findDates('石壁街道办事处 2020年1月20日，发布日期:2020-12-04 09:27');
  assert.deepEqual(d.map((x) => [x.year, x.month, x.day]), [[2020, 1, 20], [2020, 12, 4]]);
  // (A stamp that lost its space: the day runs into the time, 2025-04-1712:23; a longer run of digits is no date.)
  assert.deepEqual(findDates('发布时间:2025-04-1712:23').map((x) => [x.year, x.month, x.day, x.end]), [[2025, 4, 17, 15]]);
  assert.deepEqual(findDates('编号2025-04-171234 2025-4-112:23'), []);
  const cn = findDates('办公室 二〇二一年一月二十日；十三月一日不是日期');
  assert.deepEqual(cn.map((x) => [x.year, x.month, x.day, x.start, x.end]), [[2021, 1, 20, 4, 14]]);
});

test('directives: line, next line, block and file; kind pin in comment or front matter', () => {
  const text = ['<!-- govreport-kind: gov-info-2021 -->', 'a <!-- govreport-disable-line table-balance -->', '<!-- govreport-disable-next-line -->', 'c', '// govreport-disable table-shape', 'e', '// govreport-enable table-shape', 'g'].join('\n');
  const lm = new LineMap(text);
  const scan = scanDirectives(text, lm);
  assert.equal(scan.kindPin?.value, 'gov-info-2021');
  const off = suppressor(scan.directives, lm.lineCount);
  assert.equal(off('table-balance', 1), true);
  assert.equal(off('table-subtotal', 1), false);
  assert.equal(off('anything', 3), true);
  assert.equal(off('table-shape', 5), true);
  assert.equal(off('table-shape', 7), false);
  const fm = scanDirectives('---\ngovreport-kind: rule-of-law\n---\n正文', new LineMap('---\ngovreport-kind: rule-of-law\n---\n正文'));
  assert.equal(fm.kindPin?.value, 'rule-of-law');
  assert.equal(suppressor(scanDirectives('<!-- govreport-disable-file x -->', new LineMap('')).directives, 1)('x', 0), true);
});

test('document: title, year, issuer; headings are never table rows', () => {
  const doc = parseDocument(['XX市XX区人民政府办公室2022年政府信息公开工作年度报告', '', '一、总体情况', '正文。', '一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1', '四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0'].join('\n'));
  assert.equal(doc.year, 2022);
  assert.equal(doc.issuer, 'XX市XX区人民政府办公室');
  assert.deepEqual(doc.headings.map((h) => h.title), ['总体情况']);
  assert.equal(issuerFrom('石壁街道办事处关于2020年政府信息公开工作年度报告'), '石壁街道办事处');
  assert.equal(issuerFrom('2011年广州市荔湾区人民政府信息公开年度报告'), '广州市荔湾区人民政府');
});
