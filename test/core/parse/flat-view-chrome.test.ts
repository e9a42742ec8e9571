// More page shapes read through the pieces of a page pasted on one line or without any space
// (parse/flat-view.ts, glued-title.ts, flat-head.ts): each once lost the page's kind or year in that
// variant while the page itself read right (harvest nB, mP, mY, mW). Texts written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';

const oneLine = (lines: string[]) => lines.join(' ');
const noSpace = (lines: string[]) => lines.join('').replace(/[\s\u3000]+/g, '');

const FILL = '全年组织专题学习和业务培训多次,干部依法办事的意识和能力进一步提升,群众满意度持续提高。'.repeat(6);

/** Part 一 alone with sub-parts of its own names (an excerpt): the kind comes from the title or the opening. */
const PART_ONE = [
  '一、总体情况',
  '2025年,某某委员会认真落实政务公开工作部署,依法依规做好政府信息公开工作。' + FILL,
  '(一)主动公开方面。通过门户网站、政务新媒体等渠道公开各类信息一千余条。',
  '(二)依申请公开方面。全年收到政府信息公开申请十二件,均已按期办结。',
];

/** The page as lines, then in the variants asked: the same kind and year. */
function sameReading(lines: string[], kind: string, year: number, variants: ('one' | 'nospace')[]) {
  const texts: [string, string][] = [['lines', lines.join('\n')]];
  if (variants.includes('one')) texts.push(['one line', oneLine(lines)]);
  if (variants.includes('nospace')) texts.push(['no space', noSpace(lines)]);
  for (const [name, text] of texts) {
    const a = analyze(text);
    assert.deepEqual([a.kind, a.doc.year], [kind, year], `${name}: ${a.detection.reason}`);
  }
}

test('an image tag left before the opening sentence ends a piece: the opening tells the kind', () => {
  const page = [
    '<image>data:image/png;base64,iVBORw0KGgo=" alt=""</image>',
    '本年度报告由某某市某某委员会编制,根据《中华人民共和国政府信息公开条例》,对全委2025年度的政府信息公开工作进行了梳理总结。本年度报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。',
    ...PART_ONE,
  ];
  sameReading(page, 'gov-info-2021', 2025, ['one']);
});

test("a header's date and weekday glued before the title are no part of it (its year is not the date's)", () => {
  const page = ['某某政务网', '2019年12月3日星期二', '某某市某某委员会2025年度', '政府信息公开工作报告',
    '本年度报告由某某市某某委员会编制,根据《中华人民共和国政府信息公开条例》,对全委2025年度的政府信息公开工作进行了梳理总结。', ...PART_ONE];
  sameReading(page, 'gov-info-2021', 2025, ['one', 'nospace']);
  assert.equal(analyze(noSpace(page)).doc.title?.text, '某某市某某委员会2025年度政府信息公开工作报告');
});

test("a report sent with a covering letter: its title is read after the letter's 此件主动公开", () => {
  const page = [
    '省政府办公厅:',
    '根据《中华人民共和国政府信息公开条例》以及《中华人民共和国政府信息公开工作年度报告格式》要求,现报送《某某省某某委员会2023年政府信息公开工作年度报告》,请审核。',
    '某某省某某委员会', '2024年1月5日', '(此件主动公开)',
    '某某省某某委员会2023年政府信息公开工作年度报告',
    '本报告系根据《中华人民共和国政府信息公开条例》要求编制,有关数据统计期限为2023年1月1日至2023年12月31日。',
    ...PART_ONE.map((l) => l.replace('2025年', '2023年')),
  ];
  sameReading(page, 'gov-info-2021', 2023, ['one', 'nospace']);
  assert.equal(analyze(noSpace(page)).doc.title?.text, '某某省某某委员会2023年政府信息公开工作年度报告');
});

test("a report sent with a covering letter closed by 特此报告 and its sender's date (oX/13): its title is read after the date", () => {
  const page = [
    '中共某某市委、某某市人民政府:',
    '根据市委依法治市办《关于做好2024年度法治政府建设总结工作的通知》要求,现将我局《2024年度交通运输法治政府建设工作总结》随文上报。',
    '特此报告。', '某某市交通运输局', '2025年1月15日',
    '2024年度交通运输法治政府建设工作总结',
    '2024年某某市交通运输局在市委、市政府的坚强领导下,笃学践行习近平法治思想,完善交通法规制度体系,推进综合执法改革,法治政府建设取得新成效。',
    '一、2024年工作完成情况',
    '(一)恪尽职守,法治政府建设全面推进。全年制定行政规范性文件3件,均经合法性审查。',
  ];
  assert.equal(analyze(noSpace(page)).doc.title?.text, '2024年度交通运输法治政府建设工作总结');
  assert.equal(analyze(noSpace(page)).kind, 'rule-of-law');
});

test('a sub-part numbered 2. after a sentence starts a piece: the year opening its text is read', () => {
  const page = [
    '依据《中华人民共和国政府信息公开条例》第五十条之规定,制作本报告。',
    '一、总体情况',
    '1.主动公开情况',
    '按照《条例》要求及时、准确发布信息,扎实推进街道政府信息公开工作,全年各类渠道发布信息九百余条。' + FILL,
    '2.依申请公开办理情况',
    '2019年我街道新收政府信息公开申请2件,上年结转政府信息公开申请0件。',
    '3.政府信息资源的规范化、标准化管理情况',
    '健全信息发布审核制度。',
  ];
  sameReading(page, 'gov-info-2019', 2019, ['one', 'nospace']);
});

test("a title whose year follows it in brackets, glued to the site's toolbar words", () => {
  const page = ['今天是 智能问答无障碍浏览长者模式', '某某区市场监管局政府信息公开工作年度报告(2024年度)', '日期:2025-01-06',
    ...PART_ONE.map((l) => l.replace('2025年', '2024年'))];
  sameReading(page, 'gov-info-2021', 2024, ['one', 'nospace']);
  assert.equal(analyze(noSpace(page)).doc.title?.text, '某某区市场监管局政府信息公开工作年度报告(2024年度)');
});

test('a notice that issues the report, its time field glued after it: the report title below is the title', () => {
  const page = [
    '• 索 引 号:QZ00000-0100-2026-00002', '• 发布机构:某某区教育局', '• 公文生成日期:2026-01-27',
    '某某市某某区教育局关于印发2025年政府信息公开工作年度报告的通知', '时间:2026-01-27 15:16',
    '某某市某某区教育局关于印发', '2025年政府信息公开工作年度报告的通知', '本局各股(室):',
    '现将《某某市某某区教育局2025年政府信息公开年度报告》印发给你们,请结合工作实际,抓好贯彻落实。', '(此件主动公开)',
    '某某市某某区教育局', '某某市某某区教育局', '2025年政府信息公开工作年度报告',
    '根据《中华人民共和国政府信息公开条例》要求,编制本报告。', ...PART_ONE,
  ];
  sameReading(page, 'gov-info-2021', 2025, ['one', 'nospace']);
});

test('a title followed by its document number: the title ends before it, its year is read', () => {
  const page = [
    '某某縣自然資源局2025年度法治政府建設(shè)工作報告(某縣自然資字〔2025〕79號)',
    '某某縣人民政府門戶網(wǎng)站 www.example.com.cn 發(fā)布時間:2025-12-24 11:51',
    '縣委、縣人民政府:',
    '根據(jù)《法治政府建設(shè)與責任落實督察工作規(guī)定》文件要求,現(xiàn)將我局法治政府建設(shè)工作情況匯報如下:',
    '一、法治政府建設(shè)工作開展情況',
    '(一)學習習近平法治思想。我局將習近平法治思想納入黨組理論學習中心組學習內容。' + FILL,
    '(二)嚴格規(guī)範公正文明執法。全面落實行政執法三項制度。',
  ];
  sameReading(page, 'rule-of-law', 2025, ['nospace']);
});

test('a title over two lines with its date in Chinese numerals in brackets below (pR/04): read in a copy without spaces', () => {
  const page = [
    '某某区住房和城乡建设局',
    '2010年政府信息公开年度报告',
    '(二〇一一年四月一日)',
    '2010年,某某区住房和城乡建设局认真贯彻落实《中华人民共和国政府信息公开条例》,健全运行机制,及时主动公开政府信息。' + FILL,
    '一、基本工作情况',
    '(一)加强组织机构建设。成立了政府信息公开工作领导小组,下设办公室。',
  ];
  sameReading(page, 'gov-info-2008', 2010, ['nospace']);
});

test('a short report pasted on one line (under 400 characters) is read as its lines', () => {
  const page = [
    '某县文广新局2013年度信息公开工作', '年度报告',
    '一、主动公开政府信息的情况:', '2013年度主动公开信息的有5条;',
    '二、依申请公开信息的情况和不予公开信息的情况', '2013年度没有依申请公开信息的情况。不予公开信息有10条,主要是人事安排的信息。',
    '三、信息公开的收费及减免情况', '2013年度没有关于信息公开的收费及减免情况。',
    '四、因信息公开申请行政复议、提起行政诉讼的情况', '2013年所有信息公开都没有发生行政复议、行政诉讼的情况。',
    '五、信息公开工作存在的主要问题及改进情况', '信息公开工作主要存在公开不及时等问题。', '2014年3月25日',
  ];
  assert.ok(oneLine(page).length < 400);
  sameReading(page, 'gov-info-2008', 2013, ['one', 'nospace']);
});

// oE harvest (上虞 谢塘镇 2013, 汤浦镇 2009): the page's metadata table in pipe cells before the report,
// the title in a cell of its own; without spaces the title was read from the table's first field on.
test('a title after the page\'s metadata table cells (…|发布单位:|某某镇|2013年度…): read from the last border', () => {
  const page = [
    '当前位置 : 首页 |',
    '|',
    '索引号: | /2015-34352 | 公开方式: | 主动公开 |',
    '文号: | 公开日期: | 2015-07-27 10:52 | |',
    '发布单位: | 某某镇 |',
    '2013年度某某镇政府信息公开工作年度报告 | ||',
    '2013年,我镇认真贯彻落实《中华人民共和国政府信息公开条例》,现将我镇2013年政府信息公开工作报告如下: 一、政府信息主动公开情况 2013年度我镇主动公开政府信息123件。 二、政府依申请公开政府信息和不予公开信息情况 2013年,我镇未收到信息公开的申请。 三、政府信息公开收费和减免情况 本年度没有因政府信息公开而产生的收费。 四、政府信息公开申请行政复议、行政诉讼情况 2013年没有提起行政复议和行政诉讼的情况。 五、政府信息公开工作存在的主要问题和改进措施 信息公开的载体有待进一步拓宽。 |',
  ];
  sameReading(page, 'gov-info-2008', 2013, ['one', 'nospace']);
  // The issuer in the cell before, and again in the title's own cell.
  sameReading(page.map((l) => l.replace('2013年度某某镇政府信息公开工作年度报告', '某某镇2013年政府信息公开工作年报')), 'gov-info-2008', 2013, ['nospace']);
});

test('a link to the explainer glued before the opening (图解链接:点击查看图解本年度报告根据…, real page oN/33) ends a piece', () => {
  const page = [
    '图解链接:点击查看图解',
    '本年度报告根据《中华人民共和国政府信息公开条例》规定编制。报告所列数据统计期限从2025年1月1日到12月31日止。',
    ...PART_ONE,
  ];
  sameReading(page, 'gov-info-2021', 2025, ['one', 'nospace']);
});
