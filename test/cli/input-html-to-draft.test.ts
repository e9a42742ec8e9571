// The HTML-to-draft conversion of Word and web files: what is kept, what is dropped, the table
// grid with merged cells, and the map from draft lines back to paragraphs and table cells.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestRatio } from '../core/growth';
import { decodeEntities, describeSource, htmlToDraft, sourceAt } from '../../server/src/cli/input/html-to-draft';

const lines = (html: string) => htmlToDraft(html).text.split('\n').filter((l) => l !== '');

test('blocks become lines, headings Markdown headings; script, style, nav, header, footer and comments are dropped', () => {
  const html = `<html><head><title>页面标题</title><style>p{color:red}</style></head><body>
<header>网站抬头</header><nav><ul><li>首页</li><li>政务公开</li></ul></nav>
<!-- <p>注释</p> -->
<h1>某某县2023年政府信息公开工作年度报告</h1>
<div>当前位置：首页 &gt; 政务公开</div>
<p>第一段<br>第二行&nbsp;文字</p><p>&ldquo;引号&rdquo;&#x4E00;&#20108;</p>
<script>var s = "<p>脚本</p>"; if (a < b) {}</script>
<ul><li>甲</li><li>乙</ul>
<footer><p>版权所有</p></footer></body></html>`;
  assert.deepEqual(lines(html), [
    '# 某某县2023年政府信息公开工作年度报告',
    '当前位置：首页 > 政务公开',
    '第一段',
    '第二行 文字',
    '“引号”一二',
    '甲',
    '乙',
  ]);
});

test('a table becomes a GFM pipe table with rowspan and colspan expanded: the value top-left, covered slots blank', () => {
  const html = `<p>表三</p><table>
<tr><td rowspan="3">项目</td><td colspan="3">申请人情况</td></tr>
<tr><td rowspan="2">自然人</td><td colspan="2">法人或其他组织</td></tr>
<tr><td>商业企业</td><td>其他</td></tr>
<tr><td>一、本年新收</td><td>5</td><td>1</td><td>0</td></tr>
</table><p>后文</p>`;
  const d = htmlToDraft(html);
  const rows = d.text.split('\n').filter((l) => l.startsWith('|'));
  assert.deepEqual(rows, [
    '| 项目 | 申请人情况 |  |  |',
    '| --- | --- | --- | --- |',
    '|  | 自然人 | 法人或其他组织 |  |',
    '|  |  | 商业企业 | 其他 |',
    '| 一、本年新收 | 5 | 1 | 0 |',
  ]);
  const all = d.text.split('\n');
  const row4 = all.indexOf('| 一、本年新收 | 5 | 1 | 0 |');
  assert.deepEqual(sourceAt(d.map, row4, all[row4].indexOf('1 |')), { table: 1, row: 4, column: 3 });
  assert.deepEqual(sourceAt(d.map, row4, 0), { table: 1, row: 4, column: 1 });
  assert.deepEqual(sourceAt(d.map, all.indexOf('后文'), 0), { paragraph: 2 });
  assert.equal(describeSource({ table: 1, row: 4, column: 3 }), '表1 第4行 第3列');
  assert.equal(describeSource({ paragraph: 2 }), '段落 2');
});

test('a layout table (nested table, or a cell holding an article) is read as text, not as a data table', () => {
  const long = '正文'.repeat(400);
  const nested = lines(`<table><tr><td>菜单</td><td><table><tr><td>甲</td><td>1</td></tr></table><p>说明</p></td></tr></table>`);
  assert.ok(!nested.some((l) => l.includes('菜单') && l.startsWith('|')), nested.join('\n'));
  assert.ok(nested.includes('| 甲 | 1 |'), nested.join('\n'));
  const article = lines(`<table><tr><td>栏目</td><td><p>${long}</p></td></tr></table>`);
  assert.deepEqual(article, ['栏目', long]);
});

test('pipes inside a cell do not split it; cells are one line', () => {
  assert.deepEqual(lines('<table><tr><td>a|b</td><td>x<br>y</td></tr></table>'), ['| a｜b | x y |', '| --- | --- |']);
});

test('broken markup: unclosed nav keeps its text, a lone < is text, deep nesting does not overflow', () => {
  assert.deepEqual(lines('<nav><p>正文一</p><p>a < b</p>'), ['正文一', 'a < b']);
  const deep = '<div>'.repeat(100000) + '深处' + '</div>'.repeat(100000);
  assert.deepEqual(lines(deep), ['深处']);
  assert.deepEqual(lines('<table><tr><td rowspan="999999">x</td><td>1</td></tr><tr><td>2</td></tr></table>'), ['| x | 1 |', '| --- | --- |', '| 2 |  |']);
});

test('entities: named, decimal, hex; unknown and invalid ones', () => {
  assert.equal(decodeEntities('&amp;&lt;&quot;&#65;&#x42;&foo;&#xD800;'), '&<"AB&foo;\ufffd');
});

test('linear on large and hostile pages (growth ratio of two sizes, no absolute time)', () => {
  const units = [
    '<p>本机关主动公开政府信息<span>69</span>条。</p>',
    '<nav><header><footer>文字',
    '<tr><td rowspan="2">1</td><td>2',
    '< <! <!- a<b <script',
    '<div><p><li><td>',
  ];
  for (const unit of units) {
    const sized = (n: number) => unit.repeat(Math.ceil(n / unit.length));
    const { ratio } = bestRatio(sized(100_000), sized(400_000), (html) => htmlToDraft(html), { limit: 12 });
    // 4 times the input: linear gives about 4, quadratic 16.
    assert.ok(ratio < 12, `${JSON.stringify(unit)}: 4x input took ${ratio.toFixed(1)}x`);
  }
});

test('a label Word wrapped into two paragraphs of one cell is one label; Latin words keep their space', () => {
  assert.deepEqual(lines('<table><tr><td><p>本年新收政府信息</p><p>公开申请数量</p></td><td><p>46</p></td></tr><tr><td>a<br>b</td><td>1</td></tr></table>'), [
    '| 本年新收政府信息公开申请数量 | 46 |',
    '| --- | --- |',
    '| a b | 1 |',
  ]);
});

test('a line break of the markup between Chinese characters is not a space; between Latin words it is', () => {
  assert.deepEqual(lines('<p>本机关主动公开\n    政府信息69条，\nweb\npage</p>'), ['本机关主动公开政府信息69条， web page']);
});
