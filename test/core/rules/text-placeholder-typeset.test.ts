// text-placeholder: a template's typesetting note left in a published report (issue #12, hL:
// 一、总体情况（宋体加粗小四号字）). Info on the note; brackets that merely mention a typeface
// in prose, or hold other words, stay silent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textPlaceholder } from '../../../server/src/core/rules/text-placeholder';
import { buildDraft, lineOf, ruleAlone, where } from './build';

const run = ruleAlone(textPlaceholder);

test('a typesetting note after a heading: one info, delete it', () => {
  const base = buildDraft();
  const heading = '## 一、总体情况';
  const text = base.replace(heading, `${heading}(宋体加粗小四号字)`);
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].severity, 'info');
  assert.deepEqual(where(text, fs[0]), { line: lineOf(text, `${heading}(宋体加粗小四号字)`), slice: '(宋体加粗小四号字)' });
  assert.match(fs[0].message, /排版说明.*请删除$/);
  const other = base.replace(heading, `${heading}（仿宋_GB2312三号）`);
  assert.equal(run(other).length, 1);
});

test('typefaces named in prose or in other brackets: silent', () => {
  for (const s of ['统一使用仿宋三号字排版公文。', '修订公文格式规范(含字体字号要求)。', '印发《公文格式》(黑体标题)。', '举办书法展(楷体作品30幅)。']) {
    const text = buildDraft().replace('上年结转1件。', `上年结转1件。${s}`);
    assert.deepEqual(run(text), [], s);
  }
});
