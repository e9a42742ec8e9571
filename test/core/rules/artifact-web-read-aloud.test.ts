// artifact-web: a page's read-aloud assistant left between a rule-of-law report's title and its opening (qD/30:
// 江江智能助手 / 为您阅读公示公告, each between blank lines) is chrome; a sentence about a smart assistant is text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';

const body = [
  '某某市应急管理局 2025年法治政府建设年度报告',
  '',
  '2025年以来,市应急管理局坚持以习近平法治思想为指导,积极推进法治政府建设。',
  '',
  '一、2025年推进法治政府建设的主要举措和成效',
  '(一)加强党对法治政府建设的领导。全年组织专题学习2次。',
];
const web = (text: string) => lint(text).findings.filter((x) => x.rule === 'artifact-web' && x.severity !== 'info');
const lineOf = (text: string, at: number) => text.slice(0, at).split('\n').length;

test('江江智能助手 / 为您阅读公示公告 between blank lines are the page\'s read-aloud widget', () => {
  const text = [body[0], '', '江江智能助手', '', '为您阅读公示公告', '', ...body.slice(1)].join('\n');
  assert.deepEqual(web(text).map((f) => lineOf(text, f.start)), [3, 5]);
});

test('the prompt alone is chrome; the assistant\'s name alone and a sentence about an assistant are text', () => {
  const alone = [body[0], '为你朗读全文', ...body.slice(1)].join('\n');
  assert.deepEqual(web(alone).map((f) => lineOf(alone, f.start)), [2]);
  const name = [body[0], '政务智能助手', ...body.slice(1)].join('\n');
  assert.deepEqual(web(name), []);
  const prose = [body[0], '上线“应急智能助手”,为您阅读和解答政策问题300余次。', ...body.slice(1)].join('\n');
  assert.deepEqual(lint(prose).findings.filter((x) => x.rule === 'artifact-web'), []);
});

test('the same widget in a Taiwan-phrased Traditional copy (江江智慧助手 / 為您閱讀公示公告)', () => {
  const text = [body[0], '', '江江智慧助手', '', '為您閱讀公示公告', '', ...body.slice(1)].join('\n');
  assert.deepEqual(web(text).map((f) => lineOf(text, f.start)), [3, 5]);
});
