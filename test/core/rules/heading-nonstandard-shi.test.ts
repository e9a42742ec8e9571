// heading-nonstandard: a stray 是 between a heading's numeral and its title ((二)是依申请公开情况, nT/15).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft, findings, PROBLEMS } from './build';

const RULE = 'heading-nonstandard';
const withLines = (lines: string[]) => buildDraft({ flavour: 'txt' }).replace(PROBLEMS, lines.join('\n'));
const shi = (text: string) => findings(text, RULE).filter((f) => f.message.includes('多了“是”'));

test('a stray 是 after a sub-heading numeral → info over the numeral and 是', () => {
  const text = withLines(['（一）存在的问题', '本项工作有序推进。', '（二）是依申请公开情况。本年度未收到申请。']);
  const fs = shi(text);
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), '（二）是');
  assert.equal(fs[0].severity, 'info');
  assert.equal(fs[0].message, '标题“（二）是依申请公开情况”的序号之后多了“是”');
});

test('silent on headings asking 是否, and on 是 as a word of the prose', () => {
  assert.deepEqual(shi(withLines(['（一）是否存在不予公开情形', '本项工作有序推进。', '（二）改进措施', '二是加强培训。'])), []);
  assert.deepEqual(shi(buildDraft()), []);
});
