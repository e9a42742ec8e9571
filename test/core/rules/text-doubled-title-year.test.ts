// text-doubled (oC harvest): the title printed twice where one copy lost the 年 after its year
// (某镇2024年政府… / 某镇2024政府…, on one line or over two) is still the title twice: reported once,
// on the later copy, and the slip named. Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft, findings, where } from './build';

const RULE = 'text-doubled';
const TITLE = '示例区人民政府办公室2023年政府信息公开工作年度报告';
const body = buildDraft({ flavour: 'txt' }).split('\n').slice(1).join('\n');
const doubled = (text: string) => findings(text, RULE).filter((f) => f.message.startsWith('标题重复'));

test('a second copy without 年 on one line: reported on it, the slip named', () => {
  const text = `${TITLE}\n\n示例区人民政府办公室2023政府信息公开工作年度报告\n${body}`;
  const fs = doubled(text);
  assert.equal(fs.length, 1);
  assert.equal(where(text, fs[0]).line, 2);
  assert.equal(fs[0].message, '标题重复：同一标题连写了两遍（第二遍年份后缺“年”字），应删除一处');
});

test('a second copy without 年 over two lines: reported on both lines', () => {
  const text = `${TITLE}\n示例区人民政府办公室\n2023政府信息公开工作年度报告\n${body}`;
  const fs = doubled(text);
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), '示例区人民政府办公室\n2023政府信息公开工作年度报告');
  assert.equal(fs[0].message, '标题重复：同一标题连写了两遍（第二遍分作两行，且年份后缺“年”字），应删除一处');
});

test('a copy with another year, or the same words without the year, is silent', () => {
  assert.deepEqual(doubled(`${TITLE}\n示例区人民政府办公室2022政府信息公开工作年度报告\n${body}`), []);
  assert.deepEqual(doubled(`${TITLE}\n示例区人民政府办公室政府信息公开工作年度报告\n${body}`), []);
});
