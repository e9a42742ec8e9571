// A page's column name as a bullet above a bulleted metadata list (mR harvest: • 乡镇政府信息公开年度报告 /
// • 索引号 / … / the report's title below): a bulleted line without a year is no title, so the
// report's own title below the list is found, with its issuer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';

const body = [
  '甲山县青石镇2025年政府信息公开工作年度报告',
  '',
  '根据《中华人民共和国政府信息公开条例》要求,现公布本镇2025年度政府信息公开工作年度报告。',
  '一、总体情况',
  '2025年,青石镇全年主动公开信息7条。',
  '二、主动公开政府信息情况',
  '略。',
];

test('a bulleted column name above the metadata list is not the title', () => {
  const head = ['  • 乡镇政府信息公开年度报告', '  • 索引号', '    abcdef/2026-00000', '  • 发布日期', '    2026-01-21', ''];
  const a = analyze([...head, ...body].join('\n'));
  assert.equal(a.doc.title?.norm, '甲山县青石镇2025年政府信息公开工作年度报告');
  assert.equal(a.doc.issuer, '甲山县青石镇');
  assert.equal(a.doc.year, 2025);
});

test('a bulleted title with its year is still a title', () => {
  const a = analyze(['• 甲山县青石镇2025年政府信息公开工作年度报告', ...body.slice(1)].join('\n'));
  assert.equal(a.doc.title?.norm.replace(/^•/, ''), '甲山县青石镇2025年政府信息公开工作年度报告');
  assert.equal(a.doc.year, 2025);
});
