// artifact-web: a page header copied one cell per line, each label alone on its line and its value
// on the next (issue #12, lA: a town's page, 撰写时间 / 2024年01月12日 17:12:21 / 来源 / 某镇 / 编辑 / 某某):
// both lines of every pair are possible chrome (info), when two or more pairs stand in a row.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { artifactWeb } from '../../../server/src/core/rules/artifact-web';
import { ruleAlone } from './build';

const run = ruleAlone(artifactWeb);

const body = [
  '',
  '一、总体情况',
  '',
  '2023年,按照区委、区政府的部署,某某镇持续深化政务公开。',
  '',
  '(1)主动公开情况。截至12月31日,我镇累计主动公开政府信息25条。',
];

test('label lines and their values in a row are reported line by line, as info', () => {
  const text = ['某某镇2023年度政府信息公开工作报告', '', '撰写时间', '2024年01月12日 17:12:21', '来源', '某某镇', '编辑', '张某某', ...body].join('\n');
  const fs = run(text);
  assert.equal(fs.length, 6, fs.map((f) => f.message).join('\n'));
  const shown = fs.map((f) => f.message);
  for (const w of ['撰写时间', '来源', '某某镇”', '编辑', '张某某']) assert.ok(shown.some((m) => m.includes(w)), `${w}\n${shown.join('\n')}`);
  assert.ok(fs.every((f) => f.severity === 'info'), shown.join('\n'));
  assert.ok(!shown.some((m) => m.includes('总体情况') || m.includes('年度政府信息公开工作报告')));
});

test('one label alone, or a label before a sentence, is no page header', () => {
  assert.deepEqual(run(['某某镇2023年度政府信息公开工作报告', '', '来源', '某某镇', ...body].join('\n')), []);
  assert.deepEqual(run(['某某镇2023年度政府信息公开工作报告', '', '来源', '本报告数据来自全镇各站所统计。', '编辑', '张某某', ...body].join('\n')), []);
});
