// text-table-mismatch, table 二 (issue #12, hJ): prose 制发/印发/发布 (行政)规范性文件 N 件 against
// the 行政规范性文件 row (本年制发 4, 本年废止 1, 现行有效 27 in the draft).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textTableMismatch } from '../../../server/src/core/rules/text-table-mismatch';
import { buildDraft, LAYOUTS, ruleAlone } from '../rules/build';

const ANCHOR = '上年结转1件。';
const run = ruleAlone(textTableMismatch);
const withProse = (sentence: string, layout?: (typeof LAYOUTS)[number]) => buildDraft({ layout }).replace(ANCHOR, ANCHOR + sentence);

test('agreeing statements are silent', () => {
  for (const layout of LAYOUTS) {
    assert.deepEqual(run(withProse('全年制发行政规范性文件4件，废止规范性文件1件，现行有效规范性文件27件。', layout)), []);
  }
});

test('制发 contradicting 本年制发件数: a warning naming the cell', () => {
  const fs = run(withProse('全年印发行政规范性文件3件。'));
  assert.equal(fs.length, 1);
  assert.equal(fs[0].severity, 'warning');
  assert.equal(fs[0].message, '正文所述制发规范性文件 3件 与表二“行政规范性文件”本年制发件数 4 不符');
});

test('发布 (may mean publishing older ones): info only', () => {
  const fs = run(withProse('发布规范性文件0件。'));
  assert.equal(fs.length, 1);
  assert.equal(fs[0].severity, 'info');
});

test('废止 and 现行有效 against their columns', () => {
  const fs = run(withProse('废止规范性文件2件，现行有效规范性文件30件。'));
  assert.deepEqual(fs.map((f) => f.message), [
    '正文所述废止规范性文件 2件 与表二“行政规范性文件”本年废止件数 1 不符',
    '正文所述现行有效规范性文件 30件 与表二“行政规范性文件”现行有效件数 27 不符',
  ]);
});

test('other acts, 规章 beside them, other years and sub-units are not compared', () => {
  for (const s of [
    '解读规范性文件3件。', '备案审查规范性文件9件。', '清理规范性文件12件。', '制定规章和规范性文件9件。',
    '2022年制发规范性文件9件。', '各部门制发规范性文件9件。', '公开规范性文件9件。', '制发规范性文件9条意见。',
  ]) assert.deepEqual(run(withProse(s)), [], s);
});

test('a cell named by its row and column word for word (规章对外公开总数量1件, nX 32): compared with that cell', () => {
  const with2019 = (sentence: string) => buildDraft({ kind: 2019 }).replace(ANCHOR, ANCHOR + sentence);
  const fs = run(with2019('经统计，规章对外公开总数量1件。'));
  assert.deepEqual(fs.map((f) => f.message), ['正文所述规章对外公开总数量 1件 与表二“规章”对外公开总数量 0 不符']);
  assert.deepEqual(run(with2019('经统计，规范性文件本年新制作数量3件。')).map((f) => f.message),
    ['正文所述规范性文件本年新制作数量 3件 与表二“规范性文件”本年新制作数量 4 不符']);
  assert.deepEqual(run(with2019('经统计，规章对外公开总数量0件，规范性文件的对外公开总数量27件。')), []);
  // A clause another statement reads already is that statement's alone (one finding, its wording).
  assert.deepEqual(run(withProse('行政规范性文件现行有效件数30件。')).map((f) => f.message),
    ['正文所述现行有效规范性文件 30件 与表二“行政规范性文件”现行有效件数 27 不符']);
});
