// An untitled 法治政府建设 report that opens with 今年以来 under a dated page header (发布时间：2023-12-20): the year
// told so far, as a report written late in its year says it. The opening counts as one led by the year
// (detect-rol-words.ts YEAR_OPENING, for detect-rol-body.ts and detect-rol-first-part.ts), and the page's date in the
// year's last quarter gives the year (parse/title-year.ts). Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';

const read = (text: string) => { const a = analyze(text); return { kind: a.kind, year: a.doc.year }; };
const page = (date: string, opening: string) => [
  `发布时间：${date} 09:30 来源：某某区司法局 浏览次数：`, '',
  opening,
  '一、推进法治政府建设的主要举措和成效',
  '（一）加强党的领导。严格履行推进法治建设第一责任人职责，召开专题会议研究部署法治政府建设工作4次。',
  '（二）深化“放管服”改革。全面推行证明事项告知承诺制，办理行政许可事项1200件。',
  '二、存在的不足和原因', '对标法治政府建设要求，仍存在一些短板。',
].join('\n');
const OPENING = '今年以来，某某区司法局在区委、区政府的坚强领导下，深入贯彻习近平法治思想，全面推进法治政府建设，各项工作取得明显成效。';

test('今年以来 under a page dated late in the year: the 法治政府建设 report of that year', () => {
  assert.deepEqual(read(page('2023-12-20', OPENING)), { kind: 'rule-of-law', year: 2023 });
});

test('dated mid-year, the year stays unsettled; the kind is still told', () => {
  assert.deepEqual(read(page('2023-07-20', OPENING)), { kind: 'rule-of-law', year: null });
});

test('a plan opening with 今年以来 and a first part of targets stays no report', () => {
  const plan = page('2023-12-20', '今年以来，某某区司法局全面推进法治政府建设。为做好明年工作，力争实现法治政府建设率先突破，制定本方案。');
  assert.equal(read(plan).kind, null);
});
