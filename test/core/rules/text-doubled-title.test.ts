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

test('a page header line between the two copies (标题 / 栏目:… 发布时间:… / 标题) is skipped (nW/03, mC/01, mP/14)', () => {
  for (const header of ['栏目:政策文件 发布时间:2023-01-12', '来源:示例区人民政府办公室 发布时间:2024-03-28 09:18', '发布时间:2026-01-09 10:12\n来源:示例区教育局 字体:[大 中 小]']) {
    const text = `${TITLE}\n${header}\n${TITLE}\n${body}`;
    const fs = findings(text, RULE).filter((f) => f.message.startsWith('标题重复'));
    assert.equal(fs.length, 1, header);
    assert.equal(where(text, fs[0]).line, header.split('\n').length + 1);
  }
  // A line of prose between them is no page header: two copies apart are left alone.
  const prose = `${TITLE}\n根据《条例》规定编制本报告。\n${TITLE}\n${body}`;
  assert.deepEqual(findings(prose, RULE).filter((f) => f.message.startsWith('标题重复')), []);
});
