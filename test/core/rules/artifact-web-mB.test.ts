// artifact-web (mB harvest, issue #12): a font-size switch whose sizes are named 默认 / 超大 (字体:【 默认
// 超大) is chrome like 字号:【大 中 小】; so is a link to the report's explainer (点击查看解读) on a line
// of its own, and so is a bare date and time (2009-03-31 00:00). Sentences with the same words are report text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';

const body = [
  '某镇2020年政府信息公开工作年度报告',
  '',
  '根据《中华人民共和国政府信息公开条例》规定,现公布某镇2020年政府信息公开工作年度报告。',
  '一、总体情况',
  '2020年,某镇主动公开政府信息36条。',
];

for (const line of ['字体:【 默认 超大', '字号:【 默认 特大 】', '字体：标准 大 超大']) {
  test(`“${line}” is a font-size switch`, () => {
    const text = [body[0], line, ...body.slice(1)].join('\n');
    const f = lint(text).findings.filter((x) => x.rule === 'artifact-web' && x.severity === 'warning');
    assert.equal(f.length, 1, JSON.stringify(f));
    assert.equal(text.slice(0, f[0].start).split('\n').length, 2);
    assert.match(f[0].message, /字号切换/);
  });
}

test('a sentence about font sizes is report text', () => {
  const text = [body[0], '字体默认超大的版式已在便民服务专区推广使用。', ...body.slice(1)].join('\n');
  assert.equal(lint(text).findings.filter((x) => x.rule === 'artifact-web').length, 0);
});

test('a link to the explainer alone on a line is chrome', () => {
  const text = [body[0], '点击查看解读', ...body.slice(1)].join('\n');
  const f = lint(text).findings.filter((x) => x.rule === 'artifact-web' && x.severity === 'warning');
  assert.equal(f.length, 1, JSON.stringify(f));
  assert.match(f[0].message, /网页链接）：“点击查看解读”/);
});

test('a sentence asking readers to click for the explainer is report text', () => {
  const text = [body[0], '群众可点击查看解读材料,了解政策要点。', ...body.slice(1)].join('\n');
  assert.equal(lint(text).findings.filter((x) => x.rule === 'artifact-web').length, 0);
});

test('a bare date and time on a line of its own is the page stamp (certain under the page metadata)', () => {
  const alone = [body[0], '2009-03-31 00:00', ...body.slice(1)].join('\n');
  const a = lint(alone).findings.filter((x) => x.rule === 'artifact-web');
  assert.equal(a.length, 1, JSON.stringify(a));
  assert.match(a[0].message, /“2009-03-31 00:00”/);
  const text = [body[0], '', '索引号:430S00/2009-69063 公开方式:政府网站 发文日期:2009-03-31 00:00:00', '', '2009-03-31 00:00', ...body.slice(1)].join('\n');
  const f = lint(text).findings.filter((x) => x.rule === 'artifact-web' && x.severity === 'warning');
  assert.equal(f.length, 2, JSON.stringify(f));
  assert.match(f[1].message, /网页发布信息）：“2009-03-31 00:00”/);
});

test('a date and time inside a sentence is report text', () => {
  const text = [body[0], '2009-03-31 09:00召开政务公开工作会议。', ...body.slice(1)].join('\n');
  assert.equal(lint(text).findings.filter((x) => x.rule === 'artifact-web').length, 0);
});
