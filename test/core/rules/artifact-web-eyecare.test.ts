// artifact-web: a page header line ending in the site's reading-colour switch (视力保护色:),
// after the font-size switch (字号:[ ]), is chrome like the rest of the line (iB harvest).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';

const body = [
  '2025年某某县法治政府建设情况',
  '',
  '2025年,某某县政府坚持以习近平新时代中国特色社会主义思想为指导,法治政府建设取得显著成效。现将有关情况报告如下:',
  '一、2025年法治政府建设的主要举措和成效',
  '(一)强化思想引领。全年组织专题学习2次。',
];

test('日期 : … 文章来源 : … 字号 : [ ] 视力保护色: is a page header', () => {
  const text = [body[0], ' 日期 : 2026-01-15  文章来源 : 司法局  字号 : [  ] 视力保护色:', ...body.slice(1)].join('\n');
  const f = lint(text).findings.filter((x) => x.rule === 'artifact-web' && x.severity !== 'info');
  assert.equal(f.length, 1, JSON.stringify(f));
  assert.equal(text.slice(0, f[0].start).split('\n').length, 2);
});

test('a sentence about eye care is report text', () => {
  const text = [body[0], '为视力保护色彩调整开展专题调研,形成报告1份。', ...body.slice(1)].join('\n');
  assert.equal(lint(text).findings.filter((x) => x.rule === 'artifact-web').length, 0);
});
