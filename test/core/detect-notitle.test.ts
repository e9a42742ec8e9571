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
import { kindReasonEn } from '../../server/src/core/formats/kind-reason-en';

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

test('an untitled 2008 report whose opening lists its parts by their usual names (全文包括……收费和减免情况……) below page furniture (• 听全文 / • 2019-02-28 / • 分享到): a report', () => {
  const body = [
    '一、政府信息公开工作情况',
    '2016年，我局根据区委、区政府的工作要求，不断深化信息公开内容。',
    '（一）政府信息主动公开情况',
    '我局2016年度主动公开政府信息总计130条。',
  ];
  const furniture = ['  • 听全文', '  • 2017-03-03', '  • 来源:某某区民政局', '  • 分享到', '  • -', ''];
  const opening = '编制说明：本报告是根据《中华人民共和国政府信息公开条例》编制的。全文包括主动公开政府信息情况、依申请公开政府信息情况、因政府信息公开申请行政复议、提起行政诉讼的情况、收费和减免情况以及存在的主要问题和改进措施。';
  assert.deepEqual(detect([...furniture, opening, ...body]), { kind: 'gov-info-2008', year: 2016 });
  // (Parts named by the 2008 keywords and the 2021 variants: 概述, 依申请公开政府信息情况, 相关收费情况, 存在问题及改进措施.)
  assert.deepEqual(detect([...furniture, '根据《中华人民共和国政府信息公开条例》的规定，现公布某某市交通运输局信息公开工作年度报告。本报告由概述、主动公开政府信息情况、依申请公开政府信息情况、政府信息公开相关收费情况、申请行政复议和提起行政诉讼情况、存在问题及改进措施组成。', ...body]), { kind: 'gov-info-2008', year: 2016 });
  // A list of two parts is not enough below a line that does not open the text.
  assert.deepEqual(detect(['某某区民政局', '', '编制说明：本报告是根据有关要求编制的。全文包括主动公开情况和收费情况。', '2016年，我局开展各项工作。']).kind, null);
});

test('untitled, parts by their usual names as level-1 headings (二、主动公开情况 / 三、依申请公开情况, mQ/30): a report; as (一) sub-parts under 一、总体情况 they are not parts', () => {
  const top = ['2016年我局高度重视信息公开工作，采取各种有力措施保障政府信息公开工作规范、有序进行。',
    '一、组织推进情况', '我局成立了政务公开工作领导小组。', '二、主动公开情况', '全年主动公开政府信息120条。', '三、依申请公开情况', '全年未收到政府信息公开申请。'];
  assert.deepEqual(detect(top), { kind: 'gov-info-2008', year: 2016 });
  // (Joined without spaces or breaks, the two part names glued inside the long line count the same.)
  const glued = [top[0], ...top.slice(1).map((l) => l + '这一部分写明了本年度的各项工作情况和具体数据，内容比较完整，长度足够。')].join('').repeat(1);
  assert.deepEqual(detect([glued.padEnd(320, '。')]), { kind: 'gov-info-2008', year: 2016 });
  const sub = ['2022年，我县认真贯彻落实上级关于推进政务公开工作的具体要求，各项工作取得了良好效果。',
    '一、总体情况', '2022年，我县政务公开工作深化公开内容。', '（一）主动公开情况。主动公开政府信息512条。', '（二）依申请公开情况。收到申请3件。'];
  assert.equal(detect(sub).kind, null);
});

test('a line at the top naming a half-year or a quarter (2022年上半年政府信息公开数据统计, mA/28): no annual report, whatever parts follow', () => {
  const lines = ['正文内容区域请使用tab按钮切换浏览', '2022年上半年政府信息公开数据统计', '2022年07月25日 来源: 某某区',
    '一、公文类政府信息公开情况', '全区共制发公文707件，主动公开673件。', '二、依申请公开情况', '全区共受理政府信息公开申请267件。',
    '三、政府信息公开相关行政复议、诉讼情况', '全区共发生涉及政府信息公开的行政诉讼案件2件。'];
  const a = analyze(lines.join('\n'));
  assert.equal(a.kind, null);
  assert.match(a.detection.reason, /^没有报告标题，开头一行写明“2022年上半年”，所述为半年或季度的情况/);
  assert.equal(kindReasonEn(a.detection.reason), 'no report title, and a line at the top names “2022年上半年”: a half-year or a quarter, not an annual report');
  // The annual report's own lines may speak of a quarter (每季度听取汇报): only a short title-like line counts.
  assert.equal(detect(['2023年第二季度，我局召开会议，研究部署政务公开工作，各项工作取得了良好效果。', ...lines.slice(3)]).kind, 'gov-info-2021');
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

// Shapes layout-variants notitle made of oN/21 and oY/19: the opening presents the page's own summary (现将……政府信息公开
// 工作总结如下) above the statutory parts: the summary is the report, no text about one; a half year's is none.
test('an opening that presents its own 政务信息公开工作总结, above the statutory parts: a report of the year', () => {
  const parts = ['一、总体情况', '（一）主动公开方面。2025年，我镇发布信息69条。', '二、主动公开政府信息情况', '第二十条第(一)项', '三、收到和处理政府信息公开申请情况', '本年度未收到申请。'];
  const opening = '2025年度，某某镇政府坚持按照上级工作要求，规范公开信息内容。现将2025年度政务信息公开工作总结如下：';
  assert.deepEqual(detect([opening, ...parts]), { kind: 'gov-info-2021', year: 2025 });
  assert.equal(detect([opening.replace('2025年度政务', '2025年上半年政务'), ...parts]).kind, null);
});

// The shape layout-variants notitle made of nN/23: the opening says the office compiled this report (我局研究编写了2024年
// 政府信息公开工作年度报告。) as 编制了 does.
test('an opening that says it wrote the year’s report (研究编写了……年度报告), above part 一: a report of the year', () => {
  const opening = '按照《中华人民共和国政府信息公开条例》（以下简称《条例》）等有关规定，我局研究编写了2024年政府信息公开工作年度报告。';
  assert.deepEqual(detect([opening, ...OVERVIEW.map((l) => l.replace('2024年，', '本年度，'))]), { kind: 'gov-info-2021', year: 2024 });
});
