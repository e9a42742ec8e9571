// report-letter: an addressee line at the top and letter closings (特此报告, 请审阅, 妥否，请批示).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportLetter } from '../../../server/src/core/rules/report-letter';
import { buildDraft, buildRuleOfLaw, ruleInRegistry, SIGNATURE, where } from './build';

const run = ruleInRegistry(reportLetter);

test('silent on built drafts and on 报请审批 / 提请审定 in the body', () => {
  for (const kind of [2019, 2021] as const) for (const flavour of ['md', 'txt'] as const) assert.deepEqual(run(buildDraft({ kind, flavour })), []);
  assert.deepEqual(run(buildRuleOfLaw()), []);
  const body = buildDraft().replace('全年新收', '重大决策事项报请审批前均经合法性审查，全年新收');
  assert.deepEqual(run(body), []);
  // A colon line that is a lead-in, not an addressee.
  assert.deepEqual(run(buildDraft().replace('\n\n## 一、', '\n\n现将有关情况报告如下：\n\n## 一、')), []);
});

test('an addressee line under the title and 特此报告 before the signature', () => {
  const text = buildDraft({ flavour: 'txt' }).replace('\n\n一、', '\n\n区政府办公室：\n\n一、').replace(`${SIGNATURE}\n`, `特此报告。\n\n${SIGNATURE}\n`);
  const fs = run(text);
  assert.equal(fs.length, 2);
  assert.equal(where(text, fs[0]).slice, '区政府办公室：');
  assert.equal(fs[0].message, '“区政府办公室：”是主送机关的写法：年度报告向社会公开，不是向上级报送的公文，应删去主送机关');
  assert.equal(where(text, fs[1]).slice, '特此报告');
  assert.equal(fs[1].severity, 'info');
  assert.equal(fs[1].fix, undefined);
});

test('妥否，请批示 and 请审阅 in a rule-of-law report too; reported once', () => {
  const fs = run(buildRuleOfLaw('以上报告，请审阅。妥否，请批示。'));
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /^“请审阅”是上行公文的结束语/);
});

test('an addressee line under a Markdown title (the title is a heading too), 主送： without a colon at the end, a bare 县人民政府：', () => {
  for (const [line, flavour] of [['市政府办公室：', 'md'], ['主送：县政务公开领导小组办公室', 'md'], ['县人民政府：', 'txt'], ['縣人民政府辦公室：', 'md']] as const) {
    const text = buildDraft({ flavour }).replace(/^(.*年度报告)\n/, `$1\n\n${line}\n`);
    const fs = run(text);
    assert.equal(fs.length, 1, line);
    assert.equal(where(text, fs[0]).slice, line);
    assert.equal(where(text, fs[0]).line, 2);
  }
  // A lead-in line with a colon after the title is no addressee.
  assert.deepEqual(run(buildDraft().replace(/^(.*年度报告)\n/, '$1\n\n本报告说明如下：\n')), []);
});

// nG harvest (a 报送 letter published with its report): the letter's closing 此函 on its own line.
test('此函 closing a covering letter is reported; 此函件 or 收到此函后 in prose is not', () => {
  const text = buildDraft({ flavour: 'txt' }).replace(`${SIGNATURE}\n`, `此函。\n\n${SIGNATURE}\n`);
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(where(text, fs[0]).slice, '此函');
  assert.deepEqual(run(buildDraft().replace('全年新收', '收到此函后及时办理，全年新收')), []);
  assert.deepEqual(run(buildDraft().replace('全年新收', '此函件已归档，全年新收')), []);
});
