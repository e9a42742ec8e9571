// text-doubled: the title printed twice in a row (a web page's header and the article's own
// title, copied together), reported once on the second copy; other repeated lines are left alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft, findings, where } from './build';

const RULE = 'text-doubled';
const TITLE = '示例区人民政府办公室2023年政府信息公开工作年度报告';
const body = buildDraft({ flavour: 'txt' }).split('\n').slice(1).join('\n');

test('a title line repeated on the next line (or after a blank) is reported once, info, on the copy', () => {
  for (const gap of ['\n', '\n\n']) {
    const text = `${TITLE}${gap}${TITLE}\n${body}`;
    const fs = findings(text, RULE).filter((f) => f.message.startsWith('标题重复'));
    assert.equal(fs.length, 1, JSON.stringify(gap));
    assert.equal(fs[0].severity, 'info');
    assert.equal(where(text, fs[0]).line, gap.length);
  }
});

test('a single title, or a title followed by a different line, is silent', () => {
  for (const text of [`${TITLE}\n${body}`, `${TITLE}\n示例区人民政府办公室\n${body}`, buildDraft()]) {
    assert.deepEqual(findings(text, RULE).filter((f) => f.message.startsWith('标题重复')), []);
  }
});
