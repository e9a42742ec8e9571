// title-nonstandard: the title lacks the statutory name, the year or the issuer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { titleNonstandard } from '../../../server/src/core/rules/title-nonstandard';
import { build2008, buildDraft, ruleAlone, where } from './build';

const run = ruleAlone(titleNonstandard);
const TITLE = '示例区人民政府办公室2023年政府信息公开工作年度报告';

test('silent on statutory titles', () => {
  assert.deepEqual(run(buildDraft()), []);
  assert.deepEqual(run(buildDraft({ kind: 2019 })), []);
  assert.deepEqual(run(build2008()), []);
});

test('names what is missing, on the title line', () => {
  const cases: [string, string][] = [
    ['示例区人民政府办公室2023年政府信息公开年度报告', '标题缺少法定名称“政府信息公开工作年度报告”'],
    ['示例区人民政府办公室政府信息公开工作年度报告', '标题缺少年度'],
    ['2023年政府信息公开工作年度报告', '标题缺少机关名称'],
    ['2023年政务公开工作年报', '标题缺少法定名称“政府信息公开工作年度报告”、机关名称'],
  ];
  for (const [title, msg] of cases) {
    const text = buildDraft().replace(TITLE, title);
    const fs = run(text);
    assert.equal(fs.length, 1, title);
    assert.equal(fs[0].severity, 'info');
    assert.ok(fs[0].message.startsWith(msg + '（'), fs[0].message);
    assert.equal(where(text, fs[0]).line, 0);
  }
});

test('a title read from the first sentence is not judged', () => {
  const text = buildDraft().replace(`# ${TITLE}\n`, '现公布2023年政府信息公开年报。\n');
  assert.deepEqual(run(text), []);
});
