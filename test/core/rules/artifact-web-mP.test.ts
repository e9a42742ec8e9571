// artifact-web (mP harvest, issue #13): the site header's clock whose date the page's script never
// wrote into the copy (今天是 before the toolbar's words) is chrome. Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';
import { lineOf, web } from './web-findings';

const body = [
  '某区某局政府信息公开工作年度报告(2024年度)',
  '',
  '一、总体情况',
  '2024年,某区某局主动公开政府信息36条。',
];

test('今天是 with its date lost, run into the toolbar words, is the site header', () => {
  for (const head of ['今天是 智能问答无障碍浏览长者模式', '今天是 | 无障碍 | 长者模式']) {
    const text = [head, '', ...body].join('\n');
    assert.deepEqual(web(text).map((f) => lineOf(text, f.start)), [1], head);
  }
});

test('a sentence opening with 今天是 is report text', () => {
  const text = [...body, '今天是政务公开日,某局开展了政府开放日活动,邀请群众参观。'].join('\n');
  assert.deepEqual(lint(text).findings.filter((x) => x.rule === 'artifact-web'), []);
});

test('a read-aloud button (点击收听年报语音朗读, 点击播放全文朗读) is chrome', () => {
  for (const head of ['点击收听年报语音朗读', '点击播放全文朗读']) {
    const text = [head, ...body].join('\n');
    assert.deepEqual(web(text).map((f) => lineOf(text, f.start)), [1], head);
  }
});

test('a sentence about a read-aloud service is report text', () => {
  const text = [...body, '点击收听功能上线后,群众可在网站收听政策解读音频。'].join('\n');
  assert.deepEqual(lint(text).findings.filter((x) => x.rule === 'artifact-web'), []);
});
