// text-placeholder: the template's guidance to the writer left in a published report on a line of
// its own (mB harvest, issue #12: 编写说明：可先适当综述。要注意数据间的逻辑关系…). Info on the line,
// delete it; a sentence that mentions such guidance stays silent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textPlaceholder } from '../../../server/src/core/rules/text-placeholder';
import { buildDraft, lineOf, ruleAlone, where } from './build';

const run = ruleAlone(textPlaceholder);
const heading = '## 三、收到和处理政府信息公开申请情况';

test('编写说明：… under a heading: one info, delete it', () => {
  const line = '编写说明：可先适当综述。要注意数据间的逻辑关系：第一项加第二项之和，等于第三项加第四项之和。';
  const text = buildDraft().replace(`${heading}\n`, `${heading}\n\n${line}\n`);
  const fs = run(text);
  assert.equal(fs.length, 1, JSON.stringify(fs));
  assert.equal(fs[0].severity, 'info');
  assert.deepEqual(where(text, fs[0]), { line: lineOf(text, line), slice: line });
  assert.match(fs[0].message, /^模板中的编写说明未删除：“编写说明：.*”；请删除$/);
});

test('填写提示: too; a sentence about the guidance is report text', () => {
  const text = buildDraft().replace(`${heading}\n`, `${heading}\n\n填写提示:本表数据截至12月31日。\n`);
  assert.equal(run(text).length, 1);
  const prose = buildDraft().replace(`${heading}\n`, `${heading}\n\n我办按照上级编写说明的要求，对表内数据逐项核对。\n`);
  assert.deepEqual(run(prose), []);
});
