// text-list: a paragraph's dispositions, closed by 其余/另有, against the total stated before them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textList } from '../../../server/src/core/rules/text-list';
import { buildDraft, lineOf, ruleAlone, where } from './build';

const ANCHOR = '上年结转1件。';
const run = ruleAlone(textList);
const para = (p: string) => buildDraft().replace(ANCHOR, `${ANCHOR}\n\n${p}`);

test('silent on the built drafts', () => {
  assert.deepEqual(run(buildDraft()), []);
  assert.deepEqual(run(buildDraft({ kind: 2019 })), []);
});

test('a closed list across sentences that does not add up: info on the total', () => {
  const p = '本年度共收到政府信息公开申请20件。予以公开12件，部分公开3件。其余4件因信息不存在无法提供。';
  const text = para(p);
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.deepEqual(where(text, fs[0]), { line: lineOf(text, p), slice: '20件' });
  assert.equal(fs[0].severity, 'info');
  assert.equal(fs[0].message, '本段所列分项之和 12 + 3 + 4 = 19件，与总数 20件 不符（列举以“其余/另有”收尾，应已列全）');
});

test('no finding when the list adds up, is open, is nested or is ambiguous', () => {
  for (const p of [
    '本年度共收到政府信息公开申请20件。予以公开12件，部分公开3件。其余5件因信息不存在无法提供。',
    '本年度共收到政府信息公开申请20件。予以公开12件，部分公开3件。', // open list
    '本年度共收到政府信息公开申请20件。予以公开12件，其中涉及规划的5件。其余4件无法提供。', // nested
    '本年度共收到政府信息公开申请20件，上年结转2件。予以公开12件，部分公开3件。其余4件无法提供。',
    '本年度共收到政府信息公开申请约20件。予以公开12件，部分公开3件。其余4件无法提供。',
    '本年度共收到政府信息公开申请20件，予以公开12件，部分公开3件，其余4件无法提供。', // one sentence: text-sum's
  ]) assert.deepEqual(run(para(p)), [], p);
});

test('其他处理 is a disposition, not the rest of the list: the list goes on to 结转 and is left unjudged (nH harvest)', () => {
  const p = '2023年,全市各级政府及部门共收到政府信息公开申请609件。办理结果为:予以公开380件,部分公开43件,不予公开21件,无法提供120件,不予处理17件,其他处理20件,结转下年度继续办理8件。';
  assert.deepEqual(run(para(p)), []);
  // A list closed by 其余 is still judged.
  assert.equal(run(para('本年度共收到政府信息公开申请20件。予以公开12件,其他处理3件。其余4件因信息不存在无法提供。')).length, 1);
});
