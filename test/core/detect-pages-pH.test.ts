// Detection on pages of the pH harvest (towns and streets, county departments, development zones, 2025 reports,
// and the neighbours a supervisor's folder holds): texts of our own in their layouts.
// - a statistics period whose 年 was lost (统计期限为20231月1日至12月31日) still gives the year;
// - an enterprise's 信息公开 report under its sector's rules (根据供电企业信息公开工作有关要求), the 条例 never
//   cited, is none; a 供电局 reporting under the 条例 stays a government report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';

test('a statistics period whose 年 was lost gives the year (pH/38)', () => {
  const text = ['本报告是根据《中华人民共和国政府信息公开条例》的要求,由某县气象局编制。全文包括总体情况,主动公开政府信息情况等6项内容。',
    '本报告中使用数据统计期限为20231月1日至12月31日。', '一、总体情况', '(一)加强领导。我局坚持以公开为常态、不公开为例外。'].join('\n');
  const a = analyze(text);
  assert.equal(a.kind, 'gov-info-2021');
  assert.equal(a.doc.year, 2023);
  // 202311月1日 is no year's start.
  assert.equal(analyze(text.replace('20231月1日至12月31日', '202311月1日至2024年10月31日')).doc.year, null);
});

test('an enterprise\'s report under its sector\'s rules is none; a 供电局 under the 条例 is a report (pH/29, 30, 31)', () => {
  const enterprise = ['根据供电企业信息公开工作有关要求,某供电公司编制了《某供电公司2020年度信息公开年度报告》。本报告由概述、主动公开信息情况、依申请公开情况、存在问题及改进措施组成。',
    '一、概述', '2020年,某供电公司按照供电企业信息公开工作的有关文件要求,以保障电力用户的知情权为目标,不断增强信息公开实效性。'].join('\n');
  const a = analyze(enterprise);
  assert.equal(a.kind, null);
  assert.match(a.detection.reason, /供电企业信息公开/);
  // The same under the 条例 and in its outline is a government report.
  const bureau = ['2010年度某市供电局信息公开年度报告', '根据《中华人民共和国政府信息公开条例》有关规定,现公开某市供电局2010年信息公开报告,该报告由概述、政府信息主动公开情况、政府信息依申请公开情况、政府信息公开收费及减免情况、存在的主要问题及改进措施组成。',
    '一、概述', '(一)组织机构建设情况。我局成立政府信息公开领导小组。'].join('\n');
  assert.equal(analyze(bureau).kind, 'gov-info-2008');
  const cited = enterprise.replace('根据供电企业信息公开工作有关要求', '根据《中华人民共和国政府信息公开条例》和供电企业信息公开工作有关要求')
    .replace('《某供电公司2020年度信息公开年度报告》', '《某供电公司2020年度政府信息公开工作年度报告》');
  assert.notEqual(analyze(cited).kind, null);
});
