// Reports read without their title line (layout-variants --modes notitle): the copy starts at the
// page's chrome or at the opening, then 一、总体情况. The opening led by the 条例 that says it
// compiles this report (编制发布本报告, 特编制……年度报告（以下简称年报）。本年报中所列数据……, 现报告如下)
// makes the part below the report's; short bits of the page above the text (menu words, the date,
// 分享到) do not push the part out of the text's first lines. And the reverse: a notice on compiling
// the reports, or an overview that never names the disclosure work, stays no report. Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';
import { selfOpeningLine } from '../../server/src/core/formats/detect-self-opening';

const OPENINGS = ['本年度报告', '本报告', '本年报'];
const detect = (lines: string[]) => { const a = analyze(lines.join('\n')); return { kind: a.kind, year: a.doc.year }; };

const OVERVIEW = [
  '一、总体情况',
  '2024年，某某局政府信息公开工作坚持以人民为中心，围绕中心工作，不断提升公开质效。',
  '（一）主动公开情况。',
  '全年发布各类文件、财务、人事等信息237件，及时回应社会关切。',
];

test('an opening led by the 条例 that compiles this report (编制发布本报告), then part 一: a report', () => {
  const d = detect(['根据《中华人民共和国政府信息公开条例》（以下简称《条例》）第五十条规定，结合某某局2024年政府信息公开工作实际，编制发布本报告。报告所列数据的统计期限为2024年1月1日至12月31日。', ...OVERVIEW]);
  assert.deepEqual(d, { kind: 'gov-info-2021', year: 2024 });
});

test('the same opening need not be followed by 政府信息公开 again in the part (政务公开 only)', () => {
  const d = detect(['根据《中华人民共和国政府信息公开条例》（国务院令第711号）要求，结合2025年某某市人民政府办公室工作实际，编制发布本报告。',
    '一、总体情况', '2025年，某某市人民政府办公室深入贯彻落实政务公开的决策部署。', '1.主动公开方面。依托门户网站主动公开信息260余条。']);
  assert.deepEqual(d, { kind: 'gov-info-2021', year: 2025 });
});

test('the page’s short chrome lines above the opening do not count among its first lines', () => {
  const d = detect(['政府信息', '公开指南', '政府信息', '公开制度', '发布时间: 2024-01-19 14:40 浏览次数:',
    '根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，结合2023年全县自然资源工作实际情况，现报告如下：',
    '一、总体情况', '2023年，县自然资源局认真履行政府信息公开工作职责，按照《条例》要求推进各项工作。']);
  assert.deepEqual(d, { kind: 'gov-info-2021', year: 2023 });
});

test('selfOpeningLine: 特编制……年度报告（以下简称年报）。本年报中所列数据……; 编制发布本报告; not a notice', () => {
  assert.equal(selfOpeningLine('根据《中华人民共和国政府信息公开条例》要求，特编制某某县交通局2022年度政府信息公开工作年度报告（以下简称年报）。', OPENINGS).self, true);
  assert.equal(selfOpeningLine('某某局2022年度政府信息公开工作年度报告（以下简称年报）。本年报中所列数据的统计期限从2022年1月1日起。', OPENINGS).self, true);
  assert.equal(selfOpeningLine('根据《中华人民共和国政府信息公开条例》规定，现将编制2023年政府信息公开工作年度报告有关事项通知如下：', OPENINGS).self, false);
  assert.equal(selfOpeningLine('根据《中华人民共和国政府信息公开条例》规定，请各单位编制本单位2023年政府信息公开工作年度报告。', OPENINGS).self, false);
  assert.equal(selfOpeningLine('2023年，我局认真做好各项工作，编制发布本报告。', OPENINGS).self, false);
});

test('a notice on compiling the reports, with 一、总体情况 as what they must hold, is no report', () => {
  const d = detect(['发布时间: 2024-01-05', '根据《中华人民共和国政府信息公开条例》规定，现将编制2023年政府信息公开工作年度报告有关事项通知如下：',
    '一、总体情况', '2023年各单位政府信息公开工作的总体情况，按照格式要求填写。']);
  assert.equal(d.kind, null);
});

test('short chrome lines above an overview that never names the disclosure work: no report', () => {
  const d = detect(['首页', '工作动态', '发布时间: 2024-01-19', '一、总体情况', '2023年，全县经济运行总体平稳，地区生产总值增长5.2%。']);
  assert.equal(d.kind, null);
});

test('part 一 named 政府信息公开工作的基本情况 below an opening that states its own period', () => {
  const d = detect(['根据《中华人民共和国政府信息公开条例》规定，现编制并公布本单位2023年政府信息公开工作年度报告。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。',
    '一、政府信息公开工作的基本情况', '1.主动公开政府信息的情况', '2023年新增主动公开政府信息130条。', '2.依申请公开政府信息情况', '2023年度受理政府信息公开申请1件。']);
  assert.deepEqual(d, { kind: 'gov-info-2021', year: 2023 });
  // 基本情况 alone, of something else, is no first part.
  assert.equal(detect(['2023年全镇工作总结如下。', '一、基本情况', '2023年全镇地区生产总值增长5%。']).kind, null);
});

// oW harvest: 2025 reports copied without their title start with a summary of the year led by the year
// (2025年，我厅……不断提升政府信息公开工作质量效率。), then 一、总体情况 whose points name no year ((一)强化组织保障 ……
// 深入学习《条例》, (二)抓好主动公开和依申请公开工作 …). The summary gives the part its year.
test('a summary of the year led by the year, then part 一 on the disclosure work under the 条例: a report of that year', () => {
  const part = ['一、总体情况', '（一）强化组织保障。压实政府信息公开领导小组成员责任，深入学习《中华人民共和国政府信息公开条例》。',
    '（二）抓好主动公开和依申请公开工作。主动公开信息数量2056条，及时答复依申请公开17件。'];
  const d = detect(['2025年，我厅坚持以公开为常态，不断完善政府信息公开制度体系建设，不断提升政府信息公开工作质量效率。', ...part]);
  assert.deepEqual(d, { kind: 'gov-info-2021', year: 2025 });
  // A year's summary of other work (政务服务) gives the part nothing.
  assert.equal(detect(['2025年，我厅坚持以人民为中心，不断提升政务服务质量效率。', ...part]).kind, null);
});
