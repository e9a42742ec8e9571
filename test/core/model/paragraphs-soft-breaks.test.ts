// paragraphs and sentences in a draft whose paragraphs are separated by blank lines (Markdown): a
// prose line followed directly by another is one paragraph broken by the writer. A sentence broken
// there is one sentence (its count keeps its subject), a sentence ending there goes on in the same
// paragraph; a heading, list item, indented or date line, a table, or a draft that writes one
// paragraph a line (no blank lines between) is never joined.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lint } from '../../../server/src/core';
import { paragraphs } from '../../../server/src/core/model/paragraphs';
import { prose } from '../../../server/src/core/model/sentences';

const FILLER = [
  '示例区坚持以公开为常态、不公开为例外，全面推进决策、执行、管理、服务、结果公开，各项工作有序推进。',
  '全年通过门户网站发布各类政府信息一千余条，重点领域信息公开做到应公开尽公开，取得了良好的社会效果。',
  '将政务公开工作纳入年度绩效考核，组织开展政务公开业务培训，主动接受社会评议和群众监督，工作机制不断完善。',
  '持续优化门户网站栏目设置，加强政务新媒体管理，实行信息发布“三审三校”，提升公开平台的集约化水平。',
];
const draft = (body: string[], sep = '') => ['# 示例区人民政府办公室2023年政府信息公开工作年度报告', '', '## 一、总体情况', '',
  ...FILLER.flatMap((f) => [f, ...(sep === '' ? [''] : [])]), ...body, ''].join('\n');
const sizes = (text: string) => paragraphs(analyze(text)).map((p) => p.length);

test('a sentence broken by a soft line break is one sentence; one ending there goes on in its paragraph', () => {
  const broken = draft(['全年共收到群众来信一百二十件，处理及时，共收到', '来信120件。反映城市管理问题的48件，占45%。']);
  const s = prose(analyze(broken)).sentences.find((x) => x.text.includes('120件'))!;
  assert.match(s.text, /^全年共收到群众来信.*共收到来信120件。$/);
  const two = draft(['全年共收到群众来信一百二十件，处理及时，共收到来信120件。', '反映城市管理问题的48件，占45%。']);
  assert.deepEqual(sizes(two).slice(-1), [2]);
  const fs = lint(two).findings.filter((f) => f.rule === 'text-share');
  assert.equal(fs.length, 1);
  assert.equal(two.slice(fs[0].start, fs[0].end), '45%');
});

test('never joined: a list item, an indented or date line, a blank line, or a draft of one paragraph a line', () => {
  const first = '全年共收到群众来信一百二十件，处理及时，共收到来信120件。';
  const next = '反映城市管理问题的48件，占45%。';
  for (const second of [`（一）${next}`, `　　${next}`, '2024年1月25日']) assert.deepEqual(sizes(draft([first, second])).slice(-2), [1, 1], second);
  assert.deepEqual(sizes(draft([first, '', next])).slice(-2), [1, 1]);
  // No blank lines between paragraphs: each line is its own.
  assert.deepEqual(sizes(draft([first, next], 'dense')).slice(-2), [1, 1]);
});
