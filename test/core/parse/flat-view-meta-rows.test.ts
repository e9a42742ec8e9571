// A page's metadata table copied as pipe rows (| 標 題 | … | ||, | 索引號 | … | 文 號 | |, with or without
// the opening bar, in a Traditional mirror's script with converter pinyin: 發(fā)布機構(gòu)) and the page pasted
// on one line: each row is a former line, so the title under the table is read and not the table's
// first cells run into the next row's (harvest oC/06; nR/05 too). Texts written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';

const FILL = '全年組織專題學習和業務培訓多次,幹部依法辦事的意識和能力進一步提升,群眾滿意度持續提高。'.repeat(6);
const BODY = [
  '某某自治區(qū)某某委2023年政府信息公開工作年度報告?',
  '?',
  '根據(jù)《中華人民共和國政府信息公開條例》(國務院令第711號)要求,特向社會公布2023年度某某委政府信息公開工作年度報告。',
  '一、總體情況',
  '2023年,某某委扎實做好政府信息公開工作。' + FILL,
  '(一)依法做好主動公開。全年主動公開政府信息68條。',
];

for (const [name, rows] of [
  ['with the opening bar', ['| 標 題 | 某某自治區(qū)某某委2023年政府信息公開工作年度報告 | ||', '| 索引號 | 000014349/2024-00459 | 文 號 | |', '| 發(fā)布機構(gòu) | 發(fā)布日期 | 2024-02-21 17:44:04 | |']],
  ['without it', ['標(biāo) 題 | 某某自治區(qū)某某委2023年政府信息公開工作年度報告 | ||', '索引號(hào) | 000014349/2024-00459 | 文 號(hào) | |', '發(fā)布機構(gòu) | 發(fā)布日期 | 2024-02-21 17:44:04 |']],
] as const) {
  test(`metadata rows ${name}, the page on one line: read as the page itself`, () => {
    const lines = [...rows, ...BODY];
    const page = analyze(lines.join('\n'));
    const one = analyze(lines.join(' '));
    assert.deepEqual([page.kind, page.doc.year], ['gov-info-2021', 2023]);
    assert.deepEqual([one.kind, one.doc.year], [page.kind, page.doc.year], one.detection.reason);
    assert.doesNotMatch(one.doc.title?.norm ?? '', /索引号/);
  });
}
