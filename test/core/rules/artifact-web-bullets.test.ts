// artifact-web on a page metadata block printed as a bulleted list (issue #12, hL):
// • 索  引 号:…  主题分类: / • 发文机关:… 成文日期:… / • 备案登记号: / • 废止日期: 时  效 性:有效.
// Each line is page metadata; a bulleted line of report prose is not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';

const META = [
  '  • 索  引 号:00000000-0/2024-00001 主题分类:',
  '  • 发文机关:某某市水务局 成文日期:2024-01-12 11:45',
  '  • 标       题: 某某市水务局2023年政府信息公开工作年度报告',
  '  • 文       号:发布日期: 2024-01-12 11:45',
  '  • 备案登记号:',
  '  • 废止日期: 时  效 性:有效',
];
const BODY = [
  '某某市水务局2023年政府信息公开工作年度报告',
  '一、总体情况',
  '2023年,本单位主动公开政府信息共计158条。',
  '• 发布机构调整后,我局及时更新了政府信息公开指南。',
  '二、主动公开政府信息情况',
];
const web = (text: string) => lint(text).findings.filter((f) => f.rule === 'artifact-web');

test('every bulleted metadata line is reported', () => {
  const text = [...META, '', ...BODY].join('\n');
  const lines = web(text).map((f) => text.slice(0, f.start).split('\n').length);
  assert.deepEqual(lines, [1, 2, 3, 4, 5, 6]);
});

test('a bulleted prose line is not metadata', () => {
  assert.deepEqual(web(BODY.join('\n')), []);
});

test('an empty field of a bulleted block does not take the next field as its value (its message names no date to keep)', () => {
  const text = ['某市2025年政府信息公开工作年度报告', '- 索引号: kysrmzf/2026-00017', '- 文号:', '- 发布日期: 2026-02-09', '- 时效性: 有效',
    '根据《中华人民共和国政府信息公开条例》规定，现公布本报告。'].join('\n');
  const f = web(text);
  const at = (line: number) => f.find((x) => text.slice(0, x.start).split('\n').length - 1 === line);
  assert.ok(at(2) && at(3), f.map((x) => x.message).join(' | '));
  assert.doesNotMatch(at(2)!.message, /日期/);
  assert.match(at(3)!.message, /日期如需保留/);
});
