// heading-sequence inside one subpart: 1、 … 1、 under （一） (nV/13: the second 1、 should be 2、). Skips at
// this level, lists started again and subparts with a table are silent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintAnalysis } from '../../../server/src/core';
import { headingSequence } from '../../../server/src/core/rules/heading-sequence';
import { buildDraft, findings, PROBLEMS, where } from './build';

const RULE = 'heading-sequence';
const run = (text: string) => findings(text, RULE, lintAnalysis(analyze(text), [headingSequence]));
const withLines = (lines: string[]) => buildDraft({ flavour: 'txt' }).replace(PROBLEMS, lines.join('\n'));

test('a third-level numeral repeated in one subpart → info on the second', () => {
  const text = withLines(['（一）存在的问题', '1、加强组织领导', '本项工作有序推进。', '1、完善工作机制', '本项工作有序推进。',
    '2、强化监督检查', '本项工作有序推进。', '（二）改进措施', '本项工作有序推进。']);
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(where(text, fs[0]).slice, '1、完善工作机制');
  assert.equal(fs[0].severity, 'info');
  assert.equal(fs[0].message, '三级标题“1、完善工作机制”与同一小节的前一个三级标题“1、加强组织领导”序号重复');
});

test('silent on third-level numerals in sequence, restarted under the next subpart or after a higher one, and skips', () => {
  for (const lines of [
    ['（一）存在的问题', '1、加强组织领导', '2、完善工作机制', '（二）改进措施', '1、加强业务培训', '2、完善管理制度'],
    ['（一）存在的问题', '1、加强组织领导', '2、完善工作机制', '1、加强业务培训', '2、完善管理制度'],
    ['（一）存在的问题', '1、加强组织领导', '2.2020年，街道完善工作机制。', '3、强化监督检查'],
    ['1、加强组织领导', '1、完善工作机制'],
  ]) assert.deepEqual(run(withLines(lines)), [], lines.join(' / '));
});
