// Detection on pages of the nS harvest (excerpts that reach the statutory tables): texts of our
// own in their layouts.
// - an excerpt that starts inside the statutory tables (a mirror's prompt, then table 二 and table 三
//   one cell a line, no title and no part heading) is a report when both tables carry their
//   statutory lines and figures; the format's empty template, or a few labels, is not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';

const cells = (label: string, ...values: string[]) => [`${label} |`, ...values.map((v) => `${v} |`)];

function tables(filled: boolean): string {
  const v = (x: string) => (filled ? x : '');
  const seven = (n: string) => [n, v('0'), v('0'), v('0'), v('0'), v('0'), n];
  return [
    '您访问的链接即将离开“某某区人民政府”门户网站', '是否继续?',
    '第二十条第(一)项 |', '|||', '信息内容 |', '本年制发件数 |', '本年废止件数 |', '现行有效件数 |',
    ...cells('规章', v('0'), v('0'), v('0')), ...cells('行政规范性文件', v('0'), v('0'), v('0')),
    '第二十条第(五)项 |', '|||', '信息内容 |', '本年处理决定数量 |', '||', ...cells('行政许可', v('0')), '||',
    '第二十条第(六)项 |', '|||', '信息内容 |', '本年处理决定数量 |', '||', ...cells('行政处罚', v('187')), '||',
    '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) |', '申请人情况 |',
    '自然人 |', '法人或其他组织 |', '总计 |', '商业 企业 |', '科研 机构 |', '社会公益组织 |', '法律服务机构 |', '其他 |',
    ...cells('一、本年新收政府信息公开申请数量', ...seven(v('49'))), '||',
    ...cells('二、上年结转政府信息公开申请数量', ...seven(v('8'))), '||',
    '三、本年度办理结果 |', ...cells('(一)予以公开', ...seven(v('1'))),
  ].join('\n');
}

test('an excerpt that starts inside tables 二 and 三, filled in, is a report of the 2021 format (nS/35)', () => {
  const a = analyze(tables(true));
  assert.equal(a.kind, 'gov-info-2021');
  assert.equal(a.doc.year, null);
  assert.match(a.detection.reason ?? '', /文本从法定表格开始/);
});

test('the same tables without figures (the format\'s template), or table 二 alone, are no report', () => {
  assert.equal(analyze(tables(false)).kind, null);
  const two = tables(true).split('\n(本列数据')[0];
  assert.equal(analyze(two).kind, null);
});
