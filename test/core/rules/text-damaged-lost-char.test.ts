// text-damaged: a word that lost its first character, 府信息 for 政府信息 (issues #12, #16).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft, findings, slicesOf } from './build';

const RULE = 'text-damaged';
const GENERAL = '全年新收政府信息公开申请12件，上年结转1件。';
const withGeneral = (s: string): string => buildDraft().replace(GENERAL, s);
const slices = slicesOf(RULE);

test('(四)府信息公开平台建设: 政 lost, reported', () => {
  const text = withGeneral('(四)府信息公开平台建设。全年新收政府信息公开申请12件。');
  assert.deepEqual(slices(text), ['府信息']);
  assert.match(findings(text, RULE)[0].message, /^词语缺字（“政府信息”丢了“政”字）/);
});

test('政府信息, a 政 wrapped onto the line before, 市府信息 (a short form): silent', () => {
  for (const s of [
    '全年新收政府信息公开申请12件。',
    '我局继续深入推进政\n府信息公开工作。',
    '市府信息化建设持续推进。',
  ]) assert.deepEqual(slices(withGeneral(s)), [], s);
});

test('a question mark alone on a line (a lost character or indentation): reported', () => {
  const text = buildDraft().replace(GENERAL, `${GENERAL}\n?\n二是加强培训。`);
  assert.ok(slices(text).includes('?'));
});

// oR harvest: a copy that dropped “(二” of a heading (“)依申请公开情况2023年,局共收到…”).
test('a heading that lost its numeral and opening bracket is reported; a wrapped bracket is not', () => {
  const text = withGeneral('全年新收政府信息公开申请12件。\n)政府信息管理情况持续推动政务信息公开规范化。');
  assert.deepEqual(slices(text), [')政府信息']);
  assert.match(findings(text, RULE)[0].message, /^标题丢了序号和左括号/);
  // The line before leaves its bracket open: the ) closes it.
  assert.deepEqual(slices(withGeneral('全年新收政府信息公开申请12件(含\n)依申请公开工作的咨询。')), []);
  assert.deepEqual(slices(withGeneral('全年新收政府信息公开申请12件。\n)。')), []);
});

// oR harvest (四川省体育局 2023): 全年共发布信3366条, 信息 without its 息.
test('信 before a count of items (信息 lost 息) is reported; an open letter is not', () => {
  const text = withGeneral('全年共发布信3366条,其中概况类信息2条。');
  assert.deepEqual(slices(text), ['发布信']);
  assert.deepEqual(slices(withGeneral('全年发布公开信3封,发布信息3366条。')), []);
});
