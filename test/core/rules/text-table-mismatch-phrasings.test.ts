// text-table-mismatch, real phrasings: 受理/收到 N 件 (本年新收), 收到 N 件（含上年结转）(新收 + 上年结转),
// 办结/答复/办理 N 件 (（七）总计; 办理 may also mean the received figure), 结转下年度 N 件,
// 予以公开 N 件 — and no finding for a phrasing the rule does not understand. The built draft's
// table 三: 新收 12, 上年结转 1, （七）总计 12, 结转下年度 1, 予以公开 6.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textTableMismatch } from '../../../server/src/core/rules/text-table-mismatch';
import { buildDraft, LAYOUTS, lineOf, ruleAlone, where } from './build';

const ANCHOR = '上年结转1件。';
const run = ruleAlone(textTableMismatch);
const withProse = (sentence: string, kind: 2019 | 2021 = 2021, layout: (typeof LAYOUTS)[number] = 'gfm') =>
  buildDraft({ kind, layout }).replace(ANCHOR, ANCHOR + sentence);

test('a sub-office receiving on behalf of the government (c05 line 23-25): 受理 N 件 is 本年新收', () => {
  // c05-hongze-2024-pdflayout.txt: “区政府办代表区政府受理政府信息公开申请 17 件” while table 三 says 95.
  for (const layout of LAYOUTS) {
    const sentence = '2023 年，区政府办代表区政府受理政府信息公开申请 17 件，均已在法定期限内予以答复。';
    const text = withProse(sentence, 2021, layout);
    const fs = run(text);
    assert.equal(fs.length, 1, layout);
    assert.deepEqual(where(text, fs[0]), { line: lineOf(text, sentence), slice: '17 件' });
    assert.match(fs[0].message, /新收申请 17件 与表三“一、本年新收政府信息公开申请数量”总计 12 不符/);
  }
  // Another year in the sentence: not this report's figure.
  assert.deepEqual(run(withProse('2024 年，区政府办代表区政府受理政府信息公开申请 17 件。')), []);
});

test('收到 N 件（含上年结转） is 新收 + 上年结转', () => {
  for (const kind of [2019, 2021] as const) {
    const fs = run(withProse('全年共收到政府信息公开申请15件（含上年结转）。', kind));
    assert.equal(fs.length, 1, String(kind));
    assert.match(fs[0].message, /总计之和 13 不符/);
    assert.deepEqual(run(withProse('全年共收到政府信息公开申请13件（含上年结转）。', kind)), []);
    assert.deepEqual(run(withProse('共受理政府信息公开申请13件，包括上年结转的申请在内。', kind)), [], 'the note in another clause: 13 = 12 + 1 is accepted');
  }
});

test('办结/答复 N 件 is the （七）总计; 办理 N 件 may also be the received figure', () => {
  const fires: [string, string][] = [
    ['全年共办结政府信息公开申请15件。', '15件'],
    ['依法答复政府信息公开申请11件。', '11件'],
    ['全年办结政府信息公开申请8件（含上年结转）。', '8件'],
    ['全年共办理政府信息公开申请20件。', '20件'],
    ['办结政府信息公开申请13件，结转下一年度1件。', '13件'],
  ];
  for (const kind of [2019, 2021] as const) {
    for (const [sentence, slice] of fires) {
      const text = withProse(sentence, kind);
      const fs = run(text);
      assert.equal(fs.length, 1, `${kind} ${sentence}`);
      assert.equal(where(text, fs[0]).slice, slice);
      assert.match(fs[0].message, /^正文所述办结申请 \d+件 与表三“（七）总计”总计 12 不符$/);
    }
  }
  for (const sentence of [
    '全年共办结政府信息公开申请12件。',
    '全年办结政府信息公开申请12件（含上年结转）。',
    '全年共办理政府信息公开申请12件。',
    '全年共办理政府信息公开申请13件。', // 新收 + 上年结转
    '全年办结政府信息公开申请12件，办结率100%。',
  ]) assert.deepEqual(run(withProse(sentence)), [], sentence);
});

test('结转下年度 and 予以公开 in real phrasings', () => {
  assert.equal(run(withProse('因需征求第三方意见，结转下年度继续办理2件。')).length, 1);
  assert.equal(run(withProse('经审查，对申请人申请的信息依法予以公开7件。')).length, 1);
  assert.deepEqual(run(withProse('结转下年度继续办理1件，其余均依法作出答复。')), []);
});

test('precision: phrasings the rule does not understand get no finding', () => {
  for (const sentence of [
    '收到政府信息公开申请12件，其中办结政府信息公开申请10件。', // 其中: a part
    '其中依申请公开办结9件。',
    '区教育局办结政府信息公开申请5件。', // a sub-unit
    '全区各部门共办理政府信息公开申请300件。',
    '2022年办结政府信息公开申请20件。', // another year
    '较上年办结政府信息公开申请增加5件。',
    '全年受理群众来信申请公开政府信息30件。', // 来信
    '受理政府信息公开咨询316件，答复率100%。', // 咨询
    '全年主动公开政府信息1200条。', // 主动公开
    '全年办理人大代表建议和政协提案申请38件。',
    '平均办理政府信息公开申请用时5个工作日。',
    '收到政府信息公开申请13件（含上年结转1件）。', // both figures match (15/3 is compared now: text-table-mismatch-claims.test)
    '本年度共计办理依申请公开事项12件。',
    '全年办结政府信息公开申请约20件。', // rounded
  ]) assert.deepEqual(run(withProse(sentence)), [], sentence);
});
