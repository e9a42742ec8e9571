// text-damaged reads each prose line once, code unit by code unit, and tries a pattern only on a
// line holding the characters it needs (issue #13, batch CPU): every pattern still fires on a line
// whose needed characters are there only in their other forms (？ not ?, ） not ), 條, a digit after
// a unit character), and the lost-word index keys pairs of high code points (U+7400 and up) as well.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft, slicesOf } from './build';
import { lostWords } from '../../../server/src/core/model/lost-words';
import { afterMark } from '../../../server/src/core/model/proof-lines';

const RULE = 'text-damaged';
const GENERAL = '全年新收政府信息公开申请12件，上年结转1件。';
const withLine = (s: string): string => buildDraft().replace(GENERAL, `${GENERAL}\n${s}\n`);
const slices = slicesOf(RULE);

test('each pattern fires on a line that holds its characters only in one of their forms', () => {
  const cases: [string, string][] = [
    ['2015-，我局全面推进政务公开。', '2015-'],
    ['(一)？？？政府信息公开工作机构设置情况。', '？？？'],
    ['(四)府信息公开平台建设情况。', '府信息'],
    ['坚持以习新时代中国特色社会主义思想为指导。', '习'],
    ['共收到件依申请公开政府信息78件。', '收到件'],
    ['文件46政府会议信息42，发布12條。', '46政'],
    ['发布信息41，微博发布信息4条。', '41'],
    ['2017年2月23日）', '2017年2月23日）'],
    ['建设示范县”；接受了上级检查。', '建设示范县”'],
    ['一）政府信息公开工作机构。', '一）'],
    ['电子信箱jczdzbgs163.com。', 'jczdzbgs163.com'],
  ];
  for (const [s, want] of cases) assert.ok(slices(withLine(s)).includes(want), `${s}: ${JSON.stringify(slices(withLine(s)))}`);
});

test('a lost word whose characters are high code points is found; one before a non-Han character is not read as a pair', () => {
  // 读和回应 (读 U+8BFB) for 解读和回应; 鉴定 and 鳌 are above U+9000.
  assert.deepEqual(lostWords('强化信息发布、读和回应，提高透明度。').map((w) => w.want), ['解读和回应']);
  assert.deepEqual(lostWords('读a和回应').map((w) => w.want), []);
  assert.deepEqual(lostWords('鳌鳌鳌鳌鳌鉴定鉴定'), []);
});

test('afterMark: the first copy of a word at a clause start, spaces between allowed', () => {
  assert.equal(afterMark('太仓高新区建立，仓高新区建立', '仓高新区'), 8);
  assert.equal(afterMark('本年度。 \u3000仓高新区建立', '仓高新区'), 6);
  assert.equal(afterMark('（仓高新区', '仓高新区'), 1);
  assert.equal(afterMark('仓高新区，太仓高新区', '仓高新区'), -1);
  assert.equal(afterMark(' 仓高新区', '仓高新区'), -1);
  // The look-behind pattern it stands for, over random texts.
  let seed = 11;
  const next = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);
  const pieces = ['仓高', '新区', '仓高新区', '。', '，', ' ', '\t', '\u3000', '（', '(', '太', 'a'];
  const re = /(?<=[。，；、,;：:（(][ \t\u3000]*)仓高新区/;
  for (let round = 0; round < 3000; round++) {
    let t = '';
    for (let i = 0, n = 1 + Math.floor(next() * 10); i < n; i++) t += pieces[Math.floor(next() * pieces.length)];
    assert.equal(afterMark(t, '仓高新区'), re.exec(t)?.index ?? -1, JSON.stringify(t));
  }
});
