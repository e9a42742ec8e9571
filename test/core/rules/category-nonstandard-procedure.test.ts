// category-nonstandard: a term naming a step of the procedure (对申请内容不明确的及时沟通引导补正)
// is not a disposition result (iB harvest, a 2025 district bureau's report).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft, findings } from './build';

const RULE = 'category-nonstandard';
const ANCHOR = '上年结转1件。';
const withProse = (sentence: string): string => buildDraft({ kind: 2021 }).replace(ANCHOR, ANCHOR + sentence);

test('对申请内容不明确的及时沟通引导补正 is the procedure, not a result', () => {
  assert.deepEqual(findings(withProse('强化主动服务意识，对申请内容不明确的及时沟通引导补正，对复杂疑难申请组建专班会商研判。'), RULE), []);
  assert.deepEqual(findings(withProse('对信息不存在的，依法告知申请人。'), RULE), []);
});

test('the term as a result still fires', () => {
  assert.equal(findings(withProse('因申请内容不明确无法提供2件。'), RULE).length, 1);
  assert.equal(findings(withProse('申请内容不明确的2件，告知补正。'), RULE).length, 1);
  assert.equal(findings(withProse('信息不存在3件。'), RULE).length, 1);
});
