// artifact-web (issue #12, mA): a metadata line with 文件编号 (成文日期: … 文件编号: 有 效 性: 有效) and a
// page header whose date and time run into the counter (2024-01-26 10时25分浏览次数:); each a whole
// line. Sentences with the same words stay.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintAnalysis } from '../../../server/src/core';
import { artifactWeb } from '../../../server/src/core/rules/artifact-web';
import { buildRuleOfLaw, findings, where } from './build';

const found = (text: string) => findings(text, 'artifact-web', lintAnalysis(analyze(text), [artifactWeb]));
const above = (lines: string[]) => lines.map((l) => l + '\n').join('') + buildRuleOfLaw();

test('a metadata line with 文件编号 between its labels is page metadata', () => {
  const lines = ['索引号: 12345678/2024-00001 主题分类: 综合政务 发布机构: 某某县政府办', '成文日期: 2024-01-26 文件编号: 有  效  性: 有效'];
  const text = above(lines);
  const fs = found(text);
  assert.deepEqual(fs.map((f) => where(text, f).slice), lines);
  assert.match(fs[1].message, /网页信息元数据/);
});

test('a page header: a date and a time (10时25分, 10:25) run into 浏览次数:', () => {
  for (const line of ['2024-01-26 10时25分浏览次数:', '2024-01-26 10:25浏览次数:', '2024-01-26浏览次数:']) {
    const text = above([line]);
    const fs = found(text);
    assert.equal(fs.length, 1, line);
    assert.equal(where(text, fs[0]).slice, line);
  }
});

test('report sentences with the same words stay', () => {
  assert.deepEqual(found(buildRuleOfLaw('\n文件编号: 按年度顺序统一编排,成文日期以签发日期为准。')), []);
  assert.deepEqual(found(buildRuleOfLaw('\n2024-01-26 10时25分召开专题会议,研究部署法治政府建设工作。')), []);
});
