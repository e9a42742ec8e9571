// A web page whose full-width indentation became question marks in a charset conversion
// (issue #12, hF: “??一、总体情况”, “??根据《条例》……编制本报告”): the marks count as
// indentation before a numbered heading and before the report's opening; elsewhere a
// question mark is text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lint } from '../../../server/src/core';

const TEXT = [
  '??根据《中华人民共和国政府信息公开条例》及《中华人民共和国政府信息公开工作年度报告格式》规定编制本报告。报告数据统计期限为2025年1月1日至2025年12月31日。',
  '??一、总体情况',
  '??2025年,某某省人民政府办公厅认真落实政务公开工作的决策部署。',
  '??(一)主动公开方面。发布各类信息2.96万条。',
].join('\n');

test('question-mark indentation before a numbered heading', () => {
  const a = analyze(TEXT);
  const h = a.doc.headings.find((x) => x.title.startsWith('总体情况'));
  assert.ok(h, 'the heading 一、总体情况 is read');
  assert.ok(a.doc.headings.some((x) => x.title.startsWith('主动公开方面')), 'the heading (一) is read');
});

test('the report is recognised by its opening', () => {
  const a = analyze(TEXT);
  assert.equal(a.kind, 'gov-info-2021', a.detection.reason);
  assert.equal(a.doc.year, 2025);
});

test('a question mark that is text stays text', () => {
  const a = analyze('某某局2023年政府信息公开工作年度报告\n一、总体情况\n为什么?一是加强领导。\n?是否公开');
  assert.ok(!a.doc.headings.some((x) => x.title.startsWith('是否')));
});

test('a live-score betting phrase is spam', () => {
  const r = lint(TEXT + '\n全年共编发《即时比分公报》24期。');
  assert.equal(r.findings.filter((f) => f.rule === 'artifact-spam').length, 1);
});
