// table-row-unknown, a block caption cut off by the copy (issue #12, hT): 第二十条第 where the
// format says 第二十条第（一）项 — an info finding naming the caption of the block that follows;
// complete captions and other header cells stay silent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft } from './build';
import { found } from './structure-helpers';

const RULE = 'table-row-unknown';

test('complete captions: silent', () => {
  assert.deepEqual(found(buildDraft({ kind: 2021, layout: 'gfm' }), RULE), []);
});

test('第二十条第 for 第二十条第（一）项 and （五）项: info at each, naming the caption', () => {
  const text = buildDraft({ kind: 2021, layout: 'gfm' }).replace('| 第二十条第（一）项 |', '| 第二十条第 |').replace('| 第二十条第（五）项 |', '| 第二十条第 |');
  const fs = found(text, RULE);
  assert.equal(fs.length, 2);
  assert.ok(fs.every((f) => f.severity === 'info'));
  assert.match(fs[0].message, /“第二十条第”不完整，应为“第二十条第（一）项”/);
  assert.match(fs[1].message, /应为“第二十条第（五）项”/);
  assert.equal(text.slice(fs[0].start, fs[0].end), '第二十条第');
});

test('cells one per line (a web copy) with the caption cut: found too', () => {
  const cells = ['第二十条第', '', '信息内容', '', '本年制发件数', '', '本年废止件数', '', '现行有效件数', '', '规章', '', '0', '', '0', '', '0', '',
    '行政规范性文件', '', '1', '', '0', '', '3'];
  const text = ['2023年某某镇政府信息公开工作年度报告', '', '一、总体情况', '', '2023年,某某镇认真贯彻落实《条例》。', '', '二、主动公开政府信息情况', '', ...cells].join('\n');
  const fs = found(text, RULE);
  assert.equal(fs.length, 1, JSON.stringify(fs.map((f) => f.message)));
  assert.match(fs[0].message, /第二十条第（一）项/);
});

test('a text that ends inside the caption (an excerpt cut there): silent', () => {
  const d = buildDraft({ kind: 2021, layout: 'gfm' });
  const text = d.slice(0, d.indexOf('| 第二十条第（五）项 |')) + '第二十条第(';
  assert.deepEqual(found(text, RULE), []);
});
