// A web copy that dropped the cell borders runs each row together (issue #12, hN:
// 信息内容本年制发件数本年废止件数现行有效件数 / 规章000): the table cannot be read, and the
// product says so once instead of passing over it in silence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';

const text = (rows: string[]) => [
  '某某镇2025年政府信息公开工作年度报告',
  '本报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。',
  '一、总体情况',
  '全年主动发布政府信息共计49条。',
  '二、主动公开政府信息情况',
  ...rows,
].join('\n');

const joined = ['    第二十条第(一)项', '    信息内容本年制发件数本年废止件数现行有效件数', '    规章000', '    行政规范性文件000', '    第二十条第(五)项', '    信息内容本年处理决定数量', '    行政许可124'];

test('rows run together (规章000) give one info that table 二 was not read', () => {
  const f = lint(text(joined)).findings.filter((x) => x.rule === 'table-unreadable');
  assert.equal(f.length, 1, JSON.stringify(f.map((x) => x.message)));
  assert.equal(f[0].severity, 'info');
  assert.match(f[0].message, /表二.*规章000/);
});

test('a table read as cells gives no such finding', () => {
  const rows = ['第二十条第(一)项 |', '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |', '规章 | 0 | 0 | 0 |', '行政规范性文件 | 0 | 0 | 0 |'];
  assert.deepEqual(lint(text(rows)).findings.filter((x) => x.rule === 'table-unreadable'), []);
});

test('one label with a year after it in prose is no joined table', () => {
  const rows = ['规范性文件清理工作于2025年完成。', '行政许可2025', '本年未制发规章。'];
  assert.deepEqual(lint(text(rows)).findings.filter((x) => x.rule === 'table-unreadable'), []);
});
