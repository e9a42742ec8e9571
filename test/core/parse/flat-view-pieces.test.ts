// A page pasted on one line (a space for each line break) is read through its pieces
// (parse/flat-view.ts): each shape below once lost the page's kind or year on one line because its
// former lines were cut wrongly or read as one title. Each is read as its lines are. Texts written
// for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';

/** The page on one line: every line break becomes a space (a line's indentation stays). */
const oneLine = (lines: string[]) => lines.join(' ');
/** The page without any line break or space. */
const noSpace = (lines: string[]) => lines.join('').replace(/[\s\u3000]+/g, '');

/** Sentences that make a paragraph as long as a real one. */
const FILL = '全年组织专题学习和业务培训多次,干部依法办事的意识和能力进一步提升,群众满意度持续提高。'.repeat(6);

const GOV_BODY = [
  '一、总体情况',
  '2025年,某某管委会认真贯彻落实《中华人民共和国政府信息公开条例》,依法依规做好政府信息公开工作。' + FILL,
  '(一)政府信息主动公开情况。按照《条例》第二十条的规定,在区政府网站主动公开机构职能、财政预决算等信息。',
  '(二)政府信息依申请公开情况。全年收到政府信息公开申请十二件,均已按期办结。',
  '(三)政府信息管理情况。规范信息发布审核流程,落实保密审查。',
  '二、主动公开政府信息情况',
  '本年度主动公开政府信息情况见下表。',
  '三、收到和处理政府信息公开申请情况',
  '本年度收到政府信息公开申请十二件,均已按期办结。',
];

/** Part 一 alone, its sub-parts named in its own words (an excerpt): no count of statutory headings tells the kind. */
const GOV_PART_ONE = [
  '一、总体情况',
  '2025年,某某管委会门户网站发布各类信息五百余条,其中重要活动类信息一百二十六条。' + FILL,
  '(一)主动公开方面。在区政府网站主动公开机构职能、财政预决算等信息。',
  '(二)依申请公开方面。全年收到政府信息公开申请十二件,均已按期办结。',
];

/** Reads the page laid out on lines and pasted on one line (and, if asked, without spaces): the same kind and year. */
function sameReading(lines: string[], kind: string, year: number, opts: { noSpace?: boolean } = {}) {
  const variants: [string, string][] = [['lines', lines.join('\n')], ['one line', oneLine(lines)]];
  if (opts.noSpace) variants.push(['no space', noSpace(lines)]);
  for (const [name, text] of variants) {
    const a = analyze(text);
    assert.deepEqual([a.kind, a.doc.year], [kind, year], `${name}: ${a.detection.reason}`);
  }
}

test('the title above the issuer and the signing date, then part 一: the title ends at its report words', () => {
  const page = ['政府信息公开工作年度报告', '某某经济开发区管委会', '2026年1月8日', ...GOV_BODY];
  sameReading(page, 'gov-info-2021', 2025, { noSpace: true });
  // Not the year of the date below the title.
  assert.equal(analyze(oneLine(page)).doc.title?.text, '政府信息公开工作年度报告');
});

test('site chrome before the title and a date field after it, then part 一', () => {
  const page = ['今天是', '智能问答 无障碍浏览 长者模式', '某某区市场监管局政府信息公开工作年度报告(2025年度)', '日期:2026-01-06', ...GOV_BODY];
  sameReading(page, 'gov-info-2021', 2025);
  assert.equal(analyze(oneLine(page)).doc.title?.text, '某某区市场监管局政府信息公开工作年度报告(2025年度)');
});

test('an opening whose book title holds a space is one piece: the opening tells the kind', () => {
  const page = [
    '本年报根据《某某办公室关于印发 <中华人民共和国政府信息公开工作年度报告格式> 的通知》文件要求进行编制。本年报由总体情况、主动公开政府信息情况等六项内容组成。本报告统计期限自2025年1月1日起至2025年12月31日止。 中华人民共和国政府信息公开工作年度报告格式>',
    ...GOV_PART_ONE,
  ];
  sameReading(page, 'gov-info-2021', 2025, { noSpace: true });
});

test('a bulleted metadata list with the 名称 field: the field names the report', () => {
  const page = [
    '某某县教育局',
    '您现在所在的位置: 首页 > 政务公开 > 政府信息公开年度报告',
    '分享到:',
    '    • 索  引 号:4311230009/2026-00001 分       类:',
    '    • 发文机关:某某县教育局 发文日期:2026-01-20 16:42',
    '    • 名称:2025年某某县教育局政府信息公开工作年度报告',
    '    • 文号:',
    '    2025年某某县教育局政府信息公开工作年度报告',
    '2025年,某某县教育局在县委、县政府的领导下,全面落实《中华人民共和国政府信息公开条例》相关要求。' + FILL,
    // (An excerpt: part 一 with sub-parts of its own names; the title tells the kind.)
    '一、总体情况',
    '(一)主动公开方面',
    '我局聚焦社会关切与群众切身利益,重点推进热点领域信息公开工作,通过公告栏及线上平台全面公开。',
  ];
  sameReading(page, 'gov-info-2021', 2025, { noSpace: true });
  assert.equal(analyze(oneLine(page)).doc.title?.text, '2025年某某县教育局政府信息公开工作年度报告');
});

const ROL_BODY = [
  '一、主要举措和成效',
  '(一)扎实开展学习,增强法治意识。一是把学习宣传习近平法治思想作为首要政治任务,通过中心组学习等方式提升法治素养。' + FILL,
  '(二)创新宣传途径,提升普法质效。利用法治广场、法治长廊等阵地开展法治宣传教育活动。',
  '二、存在的不足和原因',
  '干部法治意识仍需提高,执法队伍力量不足。',
  '三、下一步工作安排',
  '继续加强学习培训,提升依法行政能力。',
];

test('a metadata table of cell bars, its last cell followed by the opening: the opening starts a piece', () => {
  const page = [
    '索 引 号: | 370000000/2025-0000001 | 公开目录: | 法治政府建设 |',
    '成文日期: | 2025-02-14 | 发布日期: | 2025-02-14 |',
    '发布机构: | 某某区某某街道 |',
    '2024年,某某街道在区委、区政府的领导下,将法治政府建设与经济社会发展同部署、共推进,不断提升依法行政水平。现根据上级有关要求,将2024年度法治政府建设有关情况报告如下。',
    ...ROL_BODY,
  ];
  sameReading(page, 'rule-of-law', 2024, { noSpace: true });
});

test('a markdown metadata table, then the sentence that publishes the report', () => {
  const page = [
    '| 索引号 | 014400000/2026-000001 | 分类 | 信息公开年报 |',
    '| 发布机构 | 某某街道 | 发文日期 | 2026-01-16 |',
    '| 文号 | 时效 |',
    '根据《中华人民共和国政府信息公开条例》规定,现公布某某区人民政府某某街道办事处2025年政府信息公开工作年度报告,报告所列数据统计期限自2025年1月1日起至12月31日止。',
    ...GOV_PART_ONE,
  ];
  sameReading(page, 'gov-info-2021', 2025, { noSpace: true });
});

test("a document site's file name as the title, its size and page count after it", () => {
  const page = [
    '某某县教育局2021年度法治政府建设工作报告.docx',
    '-',
    '资源ID:12345678',
    '资源大小:14.50KB',
    '全文页数:7页',
    '- 资源格式: DOCX',
    '下载积分:10金币',
    '2021年,某某县教育局深入学习贯彻习近平法治思想,全面推进依法治教,法治政府建设取得明显成效。',
    ...ROL_BODY,
  ];
  sameReading(page, 'rule-of-law', 2021, { noSpace: true });
  assert.equal(analyze(oneLine(page)).doc.title?.text, '某某县教育局2021年度法治政府建设工作报告.docx');
});

test('a salutation before the opening is a line of its own, with spaces or without', () => {
  const page = [
    '县委、县政府:',
    '2024年以来,县教育局坚持以习近平法治思想为指引,扎实推进法治政府建设,持续提升依法行政水平。',
    '一、2024年度推进法治政府建设的主要举措和成效',
    '1.提高法治意识。全县教育系统认真学习贯彻习近平法治思想,组织专题学习多次。' + FILL,
    '2.规范执法行为。落实行政执法责任制,聘请校外培训社会监督员。',
    '二、存在的不足和原因',
    '执法力量仍显不足。',
  ];
  sameReading(page, 'rule-of-law', 2024, { noSpace: true });
});

test('metadata fields and empty cell bars before the opening', () => {
  const page = [
    '时间:2025-03-17 作者: 点击数: |',
    '|',
    '根据《法治政府建设实施纲要(2021-2025年)》等文件要求和县委依法治县办公室有关工作安排,我局认真总结我局2024年法治政府建设工作开展情况,现将有关情况报告如下:',
    '一、年度法治政府建设的主要举措和成效',
    '(一)深入学习贯彻习近平法治思想,加强党对法治政府建设的领导',
    '一是局党委将习近平法治思想列入党委理论学习中心组学习计划,召开专题会议学习研究。' + FILL,
    '二、存在的不足和原因',
    '执法力量仍显不足。',
  ];
  sameReading(page, 'rule-of-law', 2024, { noSpace: true });
});

test("a site's header and a metadata block of bracketed field names before the title", () => {
  const page = [
    '中国政府网 | 某某市人民政府网 区政府 网站专栏',
    '| 无障碍 | | 注册 网站支持IPv6',
    '首页 政务公开 办事服务 互动交流',
    '基层政务公开',
    '您当前位置: 首页>区政府部门>卫生健康委员会>政务公开>法治政府建设年度报告',
    '[ 索引号 ] 11500000MB1234567X/2026-00005 [ 发文字号 ]',
    '[ 主题分类 ] 卫生 [ 体裁分类 ] 工作报告',
    '[ 发布机构 ] 某某区卫生健康委 [ 发布日期 ] 2026-01-13',
    '[ 成文日期 ] 2026-01-13 [ 有效性 ]',
    '[ 索引号 ] 11500000MB1234567X/2026-00005',
    '[ 发文字号 ]',
    '[ 主题分类 ] 卫生',
    '[ 体裁分类 ] 工作报告',
    '[ 发布机构 ] 某某区卫生健康委',
    '[ 发布日期 ] 2026-01-13',
    '[ 成文日期 ] 2026-01-13',
    '[ 有效性 ]',
    '某某区卫生健康委员会 关于2025年法治政府建设情况的报告',
    '2025年,某某区卫生健康委员会深学笃用习近平法治思想,扎实推进法治政府建设。',
    '一、推进法治政府建设的主要举措及成效',
    '(一)健全完善推进机制,统筹谋划法治建设全局',
    '成立了由委主要领导任组长的法治政府建设工作领导小组,定期专题研究部署法治建设重点任务。' + FILL,
    '二、存在的不足和原因',
    '执法力量仍显不足。',
  ];
  sameReading(page, 'rule-of-law', 2025);
});

test('without spaces: a news headline naming the report is no report', () => {
  const news = [
    '首页 专题频道 财经 正文',
    '《某某省人民政府办公厅2023年政府信息公开工作年度报告》公布',
    '本报讯 《某某省人民政府办公厅2023年政府信息公开工作年度报告》近日公布。',
    '《报告》显示,依法主动公开政府信息方面,主动公开各类规划、统计、财政预算决算、公务员招考等方面信息两千余条。' + FILL,
  ];
  const meeting = [
    '【工作推进】某某县召开2023年度政府信息公开工作年报编制和发布部署会',
    '发布时间:2024-01-10 18:11 来源: 某某县人民政府 浏览量:',
    '为扎实做好政府信息公开工作年度报告编制和数据报送工作,1月9日下午,县政府召开了2023年度政府信息公开工作年报编制和发布部署会,各乡镇、县直部门参加了会议。' + FILL,
  ];
  for (const page of [news, meeting]) {
    for (const text of [page.join('\n'), noSpace(page)]) assert.equal(analyze(text).kind, null, text.slice(0, 40));
  }
});

test('without spaces: the title after metadata values separated by semicolons, printed twice, a time field after it', () => {
  const page = [
    '当前位置:首页>政府信息公开>部门信息公开>某某管委会>政府信息公开年报',
    '014184390/2023-00001 其他;政府信息公开年报; 某某管委会 2023-01-31',
    '某某高新区2022年政府信息公开工作年度报告',
    '某某高新区2022年政府信息公开工作年度报告',
    '时间:2023-01-31 18:35',
    '访问量:【字体:',
    ...GOV_PART_ONE,
  ];
  sameReading(page, 'gov-info-2021', 2022, { noSpace: true });
});

test("without spaces: the title after a breadcrumb of slashes, the opening after the page's buttons", () => {
  const page = [
    '新闻资讯',
    '联系我们',
    '地址:某某市某某区某某街85号',
    '电话:025-12345678',
    '行业资讯',
    '您当前所在位置:首页 / 新闻资讯 / 行业资讯',
    '某某海关2020年政府信息公开工作年度报告',
    '点击次数:1382  更新时间:2021-04-07  【打印此页】  【关闭',
    '本报告根据《中华人民共和国政府信息公开条例》编制而成。报告中所列数据的统计期限,自2020年1月1日起至2020年12月31日止。',
    ...GOV_PART_ONE.map((l) => l.replace(/2025/g, '2020')),
  ];
  sameReading(page, 'gov-info-2019', 2020, { noSpace: true });
});

test('a 2008-regulation excerpt that starts inside part 二: its list items and sub-parts （二）…（五） before part 三 read as on its lines', () => {
  const page = [
    '(1)市级部门及其主要职责',
    '(2)市政府提交市人大常委会审议的各类报告',
    '(3)市政府重要会议的主要内容',
    '(二)依申请公开的政府信息情况',
    '2011年度,某某市共收到政府信息公开申请26件,各有关部门均及时给予了答复。' + FILL,
    '(三)咨询处理情况',
    '2011年度,某某市各部门共接受公众政府信息公开咨询约1.8万人次,并及时予以解释答复。',
    '(四)复议、诉讼和申诉情况',
    '本年度某某市政府及组成部门共收到有关政府信息公开的行政复议申请12件,均及时进行了答复。',
    '(五)政府信息收费及减免情况',
    '全年受理依申请公开的信息均未收费。',
    '三、存在的主要问题及下一步工作打算',
    '政府信息公开工作是一项长期的系统工程,我市将有计划、有步骤地稳步解决当前面临的问题。',
  ];
  sameReading(page, 'gov-info-2008', 2011, { noSpace: true });
  // A list item numbered in brackets that ends in 报告 is no title, on one line as on its own.
  assert.equal(analyze(oneLine(page)).doc.title, null);
});

test('without spaces, a glued part title cut after its longest length never ends inside a figure (oV/25: 总数148条 read as 48)', () => {
  const lines = [
    '某某乡2010年政府信息公开工作年度报告',
    '根据《中华人民共和国政府信息公开条例》的要求,现将我乡2010年政府信息公开工作情况报告如下。',
    '一、领导重视抓落实',
    '我乡按照县政府办公室的要求,成立了政府信息公开工作领导小组,设立了办公室。' + FILL,
    '二、具体措施抓成效',
    '我乡在2010年度共计制作、获取政府信息总数148条,其中主动公开信息有103条,涉及国家秘密的公文类信息0条。' + FILL,
  ];
  const a = analyze(noSpace(lines));
  const glued = (a.doc.view?.headings ?? []).filter((h) => h.runIn);
  assert.ok(glued.length >= 2, 'both parts read as glued headings');
  for (const h of glued) assert.ok(!/\d$/.test(h.title), h.title);
  const text = noSpace(lines);
  const total = (a.doc.view?.headings ?? []).find((h) => h.numeral === 2)!;
  assert.equal(text.slice(total.titleEnd, total.titleEnd + 4), '148条');
});
