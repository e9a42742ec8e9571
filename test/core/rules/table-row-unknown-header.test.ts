// table-row-unknown: a column header of a statutory table short of characters of its statutory
// label (现行有效件 for 现行有效件数, 本年发件数 for 本年制发件数, 社会公益组 for 社会公益组织): the
// table is read by position as usual (no shape error, its figures count) and the header is named
// with a fix (to be confirmed) that writes the statutory label. Silent on a short form without its
// trailing word (社会公益) and on a label broken over two cells (上一年项目数 | 量).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';
import { applyOne, buildDraft, LAYOUTS } from './build';
import { found, lintAll } from './structure-helpers';

const RULE = 'table-row-unknown';
const HEADER = /本年制发件数(\s*[|\t]\s*)本年废止件数(\s*[|\t]\s*)现行有效件数/;

test('misspelt headers of table 二: read as the statutory columns, each named with a fix', () => {
  for (const layout of LAYOUTS) {
    const base = buildDraft({ layout });
    assert.match(base, HEADER, layout);
    const text = base.replace(HEADER, '本年发件数$1本年废止件数$2现行有效件');
    const r = lintAll(text);
    assert.deepEqual(r.findings.filter((f) => /^table-(shape|unreadable|row-missing)$/.test(f.rule)), [], layout);
    const fs = found(text, RULE);
    assert.deepEqual(fs.map((f) => [text.slice(f.start, f.end).trim(), f.message]), [
      ['本年发件数', '表二的栏目“本年发件数”不是法定栏目名称，是否应为“本年制发件数”？'],
      ['现行有效件', '表二的栏目“现行有效件”不是法定栏目名称，是否应为“现行有效件数”？'],
    ], layout);
    assert.equal(fs[0].fix!.safe, false);
    assert.equal(applyOne(applyOne(text, fs[1]), fs[0]), base, layout);
    // The figures under them are read: 行政规范性文件 4 / 1 / 27.
    const active = analyze(text).report!.tables.get('active')!;
    const row = active.rows.find((x) => x.rowId === 'normative')!;
    assert.deepEqual([...row.values.values()].map((c) => c.text), ['4', '1', '27'], layout);
  }
});

test('table 三: a header short of an inner or last character is named; a short form without its trailing word is not', () => {
  const base = buildDraft();
  const named = found(base.replace('| 社会公益组织 |', '| 社会公益组 |'), RULE);
  assert.deepEqual(named.map((f) => f.message), ['表三的栏目“社会公益组”不是法定栏目名称，是否应为“社会公益组织”？']);
  assert.deepEqual(found(base.replace('| 法律服务机构 |', '| 法律务机构 |'), RULE).map((f) => f.message),
    ['表三的栏目“法律务机构”不是法定栏目名称，是否应为“法律服务机构”？']);
  assert.deepEqual(found(base.replace('| 社会公益组织 |', '| 社会公益 |'), RULE), []);
});

test('a header label broken over two cells is not misspelt', () => {
  const base = buildDraft({ layout: 'tab' });
  const text = base.replace(HEADER, '本年制发件$1数\t本年废止件数$2现行有效件数');
  assert.deepEqual(found(text, RULE).filter((f) => f.message.includes('栏目')), []);
});

test('a header short of its last characters where the text ends was cut with the page, not misspelt (nS/07)', () => {
  for (const layout of ['gfm', 'tab'] as const) {
    const base = buildDraft({ layout });
    const at = base.indexOf('本年处理决定数量');
    const cut = base.slice(0, at + '本年处理决定数'.length);
    assert.deepEqual(found(cut, RULE).filter((f) => f.message.includes('栏目')), [], `${layout}: cut in the header`);
    // The same short header with text after it is named.
    const short = base.slice(0, at) + '本年处理决定数' + base.slice(at + '本年处理决定数量'.length);
    assert.equal(found(short, RULE).filter((f) => f.message.includes('本年处理决定数')).length >= 1, true, `${layout}: short header mid-text`);
  }
});
