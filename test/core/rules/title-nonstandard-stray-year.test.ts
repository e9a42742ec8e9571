// title-nonstandard (oC harvest): a bare year run into the title's start that the title states again
// (2025某某乡2025年度政府信息公开工作年度报告: the site's year column copied with the title) is named
// on the stray year, with a fix that deletes it (to confirm). Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { titleNonstandard } from '../../../server/src/core/rules/title-nonstandard';
import { applyOne, buildDraft, ruleAlone, where } from './build';

const run = ruleAlone(titleNonstandard);
const TITLE = '示例区人民政府办公室2023年政府信息公开工作年度报告';

test('a stray year before a title that states it again is named, and the fix deletes it', () => {
  const text = buildDraft().replace(TITLE, `2023${TITLE}`);
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].severity, 'info');
  assert.equal(fs[0].message, '标题开头多了年份“2023”（标题中已写明“2023年”），应删除');
  assert.equal(where(text, fs[0]).line, 0);
  assert.equal(text.slice(fs[0].start, fs[0].end), '2023');
  assert.equal(applyOne(text, fs[0]), buildDraft());
  assert.equal(fs[0].fix?.safe, false);
});

test('a year that the title does not repeat, or that opens it as the year itself, is silent', () => {
  for (const title of ['2023年示例区人民政府办公室政府信息公开工作年度报告', '2024示例区人民政府办公室2023年政府信息公开工作年度报告', TITLE]) {
    assert.deepEqual(run(buildDraft().replace(TITLE, title)).filter((f) => f.message.startsWith('标题开头多了年份')), [], title);
  }
});
