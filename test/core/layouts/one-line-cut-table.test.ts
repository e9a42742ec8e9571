// A report pasted on one line whose table 三 breaks off at the end of the text (a stored excerpt):
// the rows after the cut were cut off with the page, as on a table of lines of its own: no
// table-row-missing finding for them. A row missing before the cut still is: the flattened table
// has no row lines to anchor row-by-row findings on, so table-row-missing says it once for the table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';

const FILL = '全年依法做好政府信息公开工作，按照要求及时公开各类信息，不断提升公开质量和实效。'.repeat(6);
const T2 = '| 第二十条第(一)项 | | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 | | 规章 | 0 | 0 | 0 | | 行政规范性文件 | 1 | 0 | 5 |';
const T3 = '三、收到和处理政府信息公开申请情况 （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 | |||||||| 自然人 | 法人或其他组织 | | ||||||| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 | |||| 一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 | || 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | || 三、本年度办理结果 | (一)予以公开 | 3 | 0 | 0 | 0 | 0 | 0 | 3';

test('one-line table cut at the end of the text: no finding for the rows cut off; a gap before the cut: one finding for the table', () => {
  const text = `某某局2023年政府信息公开工作年度报告 一、总体情况 ${FILL} 二、主动公开政府信息情况 ${T2} ${T3}`;
  const r = lint(text);
  assert.equal(r.kind, 'gov-info-2021');
  const rowMissing = (t: string) => lint(t).findings.filter((f) => f.rule === 'table-row-missing' && f.message.startsWith('表三'));
  assert.deepEqual(rowMissing(text).map((f) => f.message), []);
  // (二)部分公开 missing between (一)予以公开 and 1.属于国家秘密, before the cut.
  const gap = `${text} | || (三)不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0`;
  assert.deepEqual(rowMissing(`${text} | || (二)部分公开(区分处理的,只计这一情形,不计其他情形) | 0 | 0 | 0 | 0 | 0 | 0 | 0 | || (三)不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0`).map((f) => f.message), []);
  const missing = rowMissing(gap);
  assert.equal(missing.length, 1, missing.map((f) => f.message).join('\n'));
  assert.match(missing[0].message, /^表三的法定行大多缺失或无法识别（\d+ 行中缺 \d+ 行）；表格在文本末尾中断，文本可能未复制完整$/);
  assert.match(missing[0].messageEn!, /breaks off at the end of the text/);
  // The finding covers the table's start, not the whole line.
  assert.ok(missing[0].end - missing[0].start <= 40);
  assert.ok(gap.slice(missing[0].start).startsWith('（本列数据'));
});

test('the same table on lines of its own, cut at the end: the rows after the cut are cut off, a row missing before it is reported', () => {
  const rows = ['| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |', '| --- | --- | --- | --- | --- | --- | --- | --- |',
    '| 一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |', '| 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |', '| 三、本年度办理结果 |  |  |  |  |  |  |  |', '| （一）予以公开 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |'];
  const text = ['某某局2023年政府信息公开工作年度报告', '一、总体情况', FILL, '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '', ...rows].join('\n');
  const missing = lint(text).findings.filter((f) => f.rule === 'table-row-missing');
  assert.deepEqual(missing.map((f) => f.message), []);
  const gap = lint(text.replace(/\n\| 二、上年结转[^\n]*/, '')).findings.filter((f) => f.rule === 'table-row-missing');
  assert.equal(gap.length, 1, gap.map((f) => f.message).join('\n'));
  assert.match(gap[0].message, /二、上年结转政府信息公开申请数量/);
});
