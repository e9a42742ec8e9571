// text-placeholder: the template's 某县 / 某某市 / 某局 in place of the issuer in the title.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft, findings, where } from './build';

const RULE = 'text-placeholder';
const ISSUER = '示例区人民政府办公室';

test('某县 / 某某市 / 某局 opening the title is reported once, info, on the placeholder', () => {
  for (const name of ['某县', '某某市', '某局', '某区人民政府']) {
    const text = buildDraft({ flavour: 'txt' }).replace(ISSUER, name);
    const fs = findings(text, RULE).filter((f) => f.message.startsWith('标题中的机关名称'));
    assert.equal(fs.length, 1, name);
    assert.equal(fs[0].severity, 'info');
    assert.equal(where(text, fs[0]).line, 0);
    assert.ok(name.startsWith(where(text, fs[0]).slice), name);
  }
  // A title read from the first sentence, the placeholder issuer before it on the line.
  const measure = '县委常委会、县政府常务会坚持会前学法制度,全年组织专题学法12次,重点学习新修订的《行政复议法》等法律法规。';
  const oneLine = '某县 2025 年度法治政府建设情况报告2025 年,全县坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,'
    + '统筹推进依法行政、公正执法、全民守法各项工作。一、2025 年度推进法治政府建设的主要举措和成效(一)坚持党的领导,压实法治责任。' + measure.repeat(8);
  assert.equal(findings(oneLine, RULE).filter((f) => f.message.startsWith('标题中的机关名称')).length, 1);
});

test('a real issuer, or 某 inside the body, is silent', () => {
  const text = buildDraft({ flavour: 'txt' }).replace('本年度未收取信息处理费。', '某县级部门来函咨询，已答复。本年度未收取信息处理费。');
  assert.deepEqual(findings(text, RULE).filter((f) => f.message.startsWith('标题中的机关名称')), []);
  assert.deepEqual(findings(buildDraft(), RULE), []);
});
