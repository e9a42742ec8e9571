// artifact-spam: a live-score betting brand swapped in for 关于 inside a document name, and a
// porn SEO line planted above a hacked page (harvest mV).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft, findings, where } from './build';

const slices = (text: string): string[] => findings(text, 'artifact-spam').map((f) => where(text, f).slice);

test('雷速体育直播 in place of 关于 in a cited notice: spam', () => {
  const d = buildDraft();
  const i = d.indexOf('。') + 1;
  const text = `${d.slice(0, i)}按照《某县人民政府办公室雷速体育直播做好年度报告编制工作的通知》要求编制。${d.slice(i)}`;
  assert.deepEqual(slices(text), ['雷速体育直播']);
});

test('a porn SEO line above the title: every planted phrase is spam', () => {
  const text = `精品一区二区三区,88精品免费久久久久久,国产va在线观看,欧美精品毛片\n${buildDraft()}`;
  const found = slices(text).join('|');
  for (const term of ['精品一区二区三区', '久久久久久', '国产va', '欧美精品', '毛片']) assert.ok(found.includes(term), term);
});

test('精品 and 久久 in ordinary sentences: silent', () => {
  const d = buildDraft();
  const i = d.indexOf('。') + 1;
  for (const s of ['打造精品栏目，推出一批精品课程。', '历久弥新，长长久久地坚持下去。', '国产精品牌推广活动。']) {
    const text = `${d.slice(0, i)}${s}${d.slice(i)}`;
    assert.deepEqual(slices(text), [], s);
  }
});

test('two brand terms joined by an underscore are one finding', () => {
  const d = buildDraft();
  const i = d.indexOf('。') + 1;
  const text = `${d.slice(0, i)}依据《xyzbet体育_xyzbet官网@:政务公开考核指标》开展工作。${d.slice(i)}`;
  assert.deepEqual(slices(text), ['xyzbet体育_xyzbet官网']);
});

test('比分直播,篮球比分直播 in place of 关于 in a cited notice (oY 34): spam', () => {
  const d = buildDraft();
  const i = d.indexOf('。') + 1;
  const text = `${d.slice(0, i)}根据《国务院办公厅比分直播,篮球比分直播印发2015年政府信息公开工作要点的通知》要求编制。${d.slice(i)}`;
  assert.deepEqual(slices(text), ['比分直播', '篮球比分直播']);
});
