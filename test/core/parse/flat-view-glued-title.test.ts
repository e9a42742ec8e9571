// A report copied without its line breaks (a PDF viewer's copy: lines joined with nothing between
// them): the title glued between the page's chrome or metadata and the first sentence is read as
// the title, as on the page's lines. Texts written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';

/** Lines joined without a break, as a PDF copy does. */
const noSpace = (lines: string[]) => lines.join('\n').replace(/\s*\n\s*/g, '');

const BODY = [
  '一、总体情况',
  '2023年,我镇认真贯彻落实《中华人民共和国政府信息公开条例》,围绕中心工作,扎实推进政府信息公开工作,公开质量和实效稳步提升。'.repeat(2),
  '(一)主动公开。全年通过政府门户网站主动公开政府信息一百二十条,及时发布政策文件和工作动态。',
  '(二)依申请公开。全年收到政府信息公开申请三件,均在法定期限内答复。',
  '二、主动公开政府信息情况',
  '全年主动公开各类政府信息,内容涵盖政策文件、财政预决算、重点项目等方面,群众知晓率进一步提高。'.repeat(2),
];

function read(text: string) {
  const a = analyze(text);
  return { title: a.doc.title?.text ?? null, kind: a.kind, year: a.doc.year, reason: a.detection.reason };
}

test('no breaks: a title glued to its first sentence (……年度报告为贯彻落实……) is the title', () => {
  const lines = ['某某街道办事处2023年政府信息公开工作年度报告',
    '为贯彻落实《中华人民共和国政府信息公开条例》有关要求,某某街道办事处在总结2023年政府信息公开工作的基础上,编制了此报告。本年度报告所列数据统计期限为2023年1月1日至2023年12月31日。', ...BODY];
  for (const text of [lines.join('\n'), noSpace(lines)]) {
    const r = read(text);
    assert.equal(r.title, '某某街道办事处2023年政府信息公开工作年度报告', r.reason);
    assert.deepEqual([r.kind, r.year], ['gov-info-2021', 2023], r.reason);
  }
  // Glued to another sentence about the report (……年度报告为本镇首次……), it is not taken as a title.
  const other = noSpace(['某某街道办事处2023年政府信息公开工作年度报告', '为本镇首次公开发布的报告,内容如下。', ...BODY]);
  assert.notEqual(read(other).title, '某某街道办事处2023年政府信息公开工作年度报告');
});

test('no breaks: a title glued after a publication date starts at its issuer, and a date under it does not stop it', () => {
  const lines = ['当前页面:首页> 政务公开> 信息公开年度报告> 乡镇信息公开年度报告', '来源:某某镇 发布时间:2024-03-26',
    '某某市某某县某某镇2023年政府信息公开年度报告', '(2024年3月26日)', '编制说明:本年度报告根据国家、省、市政府信息公开相关法律、法规的规定编制。', ...BODY];
  const r = read(noSpace(lines));
  assert.equal(r.title, '某某市某某县某某镇2023年政府信息公开年度报告', r.reason);
  assert.deepEqual([r.kind, r.year], ['gov-info-2021', 2023], r.reason);
});

test('no breaks: a year in the breadcrumb (首页>年报>2023年>部门年报) is not the title', () => {
  const lines = ['当前位置: 首页>政府信息公开>政府信息公开年报>2023年>部门公开年报', '某某街道2023年度政府信息公开工作年度报告',
    '发表日期:2024-01-26 15:35:23 发布机构:某某局', ...BODY];
  const r = read(noSpace(lines));
  assert.equal(r.title, '某某街道2023年度政府信息公开工作年度报告', r.reason);
  assert.deepEqual([r.kind, r.year], ['gov-info-2021', 2023], r.reason);
});

test('no breaks: the glued title wins over a report named in a sentence of the body (现将……工作总结如下)', () => {
  const lines = ['某某县某某镇2023年度政府信息公开工作年度报告', '信息来源:某某镇 作者:佚名 发布时间:2024-01-26 16:32', ...BODY.slice(0, 2),
    '现将我镇2023年政府信息公开工作总结如下:', ...BODY.slice(2)];
  const r = read(noSpace(lines));
  assert.equal(r.title, '某某县某某镇2023年度政府信息公开工作年度报告', r.reason);
  assert.deepEqual([r.kind, r.year], ['gov-info-2021', 2023], r.reason);
});

test('no breaks: a report named inside another document\'s book title is no title', () => {
  const lines = ['本年度报告根据《中华人民共和国政府信息公开条例》和《关于做好2023年度政府信息公开工作年度报告', '编制和公布工作的通知》编制。', ...BODY];
  assert.equal(read(noSpace(lines)).title, null);
});

test('no breaks: an untitled rule-of-law report whose part headings are glued to their text is detected', () => {
  const lines = [
    '2023年,在县委、县政府的领导下,某某镇深入推进法治政府建设,全面完成年度各项任务,法治政府建设取得扎实成效。',
    '一、2023年推进法治政府建设的主要举措和成效',
    '(一)加强组织领导', '镇党委、镇政府把法治政府建设摆在全局工作的重要位置,定期研究部署,明确责任分工。'.repeat(3),
    '(二)规范行政决策', '严格落实重大行政决策程序规定,坚持合法性审查,重大决策事项全部经过集体讨论。'.repeat(3),
    '二、存在的不足和原因', '一是干部法治意识仍需提高;二是执法队伍力量不足。',
    '三、2024年推进法治政府建设的主要安排', '继续加强学习培训,提升依法行政能力。',
  ];
  for (const text of [lines.join('\n'), noSpace(lines)]) {
    const a = analyze(text);
    assert.deepEqual([a.kind, a.doc.year], ['rule-of-law', 2023], a.detection.reason);
  }
  // The view's glued headings: parts in order, the title up to its first sub-part or sentence mark.
  const view = analyze(noSpace(lines)).doc.view!;
  // (Where no sub-part or sentence mark follows, the glued title's end cannot be told: it runs on.)
  const parts = view.headings.filter((h) => h.level === 1);
  assert.deepEqual(parts.map((h) => h.numeral), [1, 2, 3]);
  assert.equal(parts[0].title, '2023年推进法治政府建设的主要举措和成效');
  assert.ok(parts[1].title.startsWith('存在的不足和原因') && parts[2].title.startsWith('2024年推进法治政府建设的主要安排'));
  // A sub-part after a sentence's end is a piece of its own too (one glued to its part's title stays in the part's piece).
  assert.deepEqual(view.headings.filter((h) => h.level === 2).map((h) => h.numeral), [2]);
});

test('no breaks: a title glued to a publishing field\'s value starts at its year; lost indentation (????) after it is no part of it', () => {
  const lines = ['索引号:123456/2024-00001 生成日期:2024-01-28', '发布机构:某某区人民政府办公室', '2023年政府信息公开工作年度报告', '信息来源:某某区人民政府', ...BODY];
  const r = read(noSpace(lines));
  assert.equal(r.title, '2023年政府信息公开工作年度报告', r.reason);
  assert.deepEqual([r.kind, r.year], ['gov-info-2021', 2023], r.reason);
  const lost = read(noSpace(['某某镇2020年政府信息公开工作年度报告????', ...[...BODY, ...BODY].map((l) => l.replace(/2023/g, '2020'))]));
  assert.equal(lost.title, '某某镇2020年政府信息公开工作年度报告', lost.reason);
  assert.deepEqual([lost.kind, lost.year], ['gov-info-2019', 2020], lost.reason);
});

test('no breaks: a notice whose title names the report (关于做好……年度报告编制发布工作的通知) is no report', () => {
  const lines = ['某某市政务公开办公室关于认真做好2021年政府信息公开工作年度报告编制发布工作的通知', '各县市区人民政府,市直各单位:',
    '为规范做好2021年政府信息公开工作年度报告的编制和发布工作,现就有关事项通知如下:', '一、准确领会,认真部署',
    '政府信息公开工作年度报告是《中华人民共和国政府信息公开条例》规定的一项法定工作,各单位要高度重视。'.repeat(5),
    '二、严格按照格式编制', '各单位应严格按照新的年度报告格式编制,确保数据准确、内容完整。'.repeat(2),
    '三、按时发布', '各单位应于2022年1月31日前向社会公布本单位年度报告。'.repeat(2)];
  for (const text of [lines.join('\n'), noSpace(lines)]) assert.equal(read(text).kind, null, read(text).reason);
});

test('one line: an untitled 法治政府建设 report whose opening names it (现将2021年工作情况报告如下) stays a report', () => {
  const lines = ['为进一步加强法治政府建设,2021年来,街道按照本县法治政府建设实施方案的要求,围绕法治工作的总目标,全力推进法治化政府建设。现将2021年工作情况报告如下。',
    '一、2021年度推进法治政府建设的主要举措和成效', '(一)强化组织领导。街道党工委专题研究法治政府建设工作4次,落实主要负责人履行推进法治建设第一责任人职责。'.repeat(2),
    '(二)规范执法行为。全面推行行政执法公示、执法全过程记录、重大执法决定法制审核制度。'.repeat(2),
    '二、2021年度推进法治政府建设存在的不足和原因', '法治宣传的针对性还不够强,执法人员的专业能力有待提高。'.repeat(2),
    '三、2022年度推进法治政府建设的主要安排', '继续加强执法队伍建设,深入开展法治宣传教育。'.repeat(2)];
  for (const text of [lines.join('\n'), lines.join(' ')]) {
    const r = read(text);
    assert.deepEqual([r.kind, r.year], ['rule-of-law', 2021], r.reason);
  }
});

test('no breaks: a covering letter that names the report in its own title (关于报送《……年度报告》的函) gives no title, the report below keeps its kind', () => {
  const lines = ['设为首页 | 加入收藏 无障碍 繁体', '当前位置: 首页 / 最新信息公开',
    '某某省某某委员会关于报送《2020年政府信息公开工作年度报告》的函(某发改函〔2021〕6号)', '发布日期:2021-01-25 信息来源:办公室 浏览量: 字体: 分享到:',
    '省政府办公厅:', '根据《某某省人民政府办公厅关于切实做好政府信息公开工作年度报告编制发布工作的通知》要求,我委对2020年政府信息公开工作进行了总结梳理,编制形成了《2020年政府信息公开工作年度报告》,现随文呈报。',
    '此函。', '附件:《某某省某某委员会2020年政府信息公开工作年度报告》', '某某省某某委员会', '2021113',
    '附件', '某某省某某委员会', '2020年政府信息公开工作年度报告', ...BODY.map((l) => l.replace(/2023/g, '2020'))];
  const r = read(lines.join('').replace(/[\s\u3000]+/g, ''));
  assert.doesNotMatch(r.title ?? '', /关于报送/, r.reason);
  assert.deepEqual([r.kind, r.year], ['gov-info-2019', 2020], r.reason);
});

// nW/09 without spaces: a 范文 site's breadcrumb, the page title ……2023年度法治政府建设报告 (建设报告, none of the
// other report words), the site's item title without the year, then a template whose years are 20__.
test('no spaces: a title ending in 法治政府建设报告 glued after the breadcrumb gives the year (nW/09)', () => {
  const lines = ['当前位置:某某网实用文档工作报告内容页', '', '教育体育局2023年度法治政府建设报告', '', '教育体育局度法治政府建设报告 篇1', '',
    '20__年,教体局坚持以法治思想为指引,全面推进依法治教、依法治校,推动形成政府依法行政、学校依法办学、教师依法执教和社会依法评价、支持和监督教育的新格局,为推进我县教育改革发展、完善教育治理体系、提升教育治理能力和水平提供了坚实的法治保障。现将主要情况报告如下:', '',
    '一、20__年推进法治政府建设的主要举措和成效', '', '(一)深入学习宣传贯彻法治思想。把学习贯彻法治思想作为重要政治任务,贯穿到教育系统普法的全过程和各方面,着力培育领导干部法治思维,局党组中心组理论学习、基层党组织学习会议常学常开。', '',
    '(二)加强教育法治队伍建设。一是做好执法证申领和执法人员培训工作,安排相关人员参与资格考试,申领行政执法证,新增了3名行政执法人员,壮大了执法队伍。'];
  const own = read(lines.join('\n'));
  assert.deepEqual([own.kind, own.year], ['rule-of-law', 2023]);
  const flat = read(lines.join('\n').replace(/[\s\u3000]+/g, ''));
  assert.deepEqual([flat.kind, flat.year], ['rule-of-law', 2023], flat.reason);
  // Other 建设报告 are no report's title: an article's subtitle (——以2016年度25份省级政府建设报告文本为例, mC/10).
  const article = ['法治政府建设报告制度实证研究', '——以2016年度25份省级政府建设报告文本为例', '', '2017-12-26 08:22', '关键词:纲要报告法治', '',
    '中共中央、国务院联合发布的《法治政府建设实施纲要(2015—2020年)》课予了各级政府及时报告法治政府建设情况的义务。纵览2016年度的各省级建设报告,可谓喜忧参半。'.repeat(3)];
  assert.equal(read(article.join('\n').replace(/[\s\u3000]+/g, '')).year, null);
});

test('no breaks: a title glued after an empty field (浏览次数:) or a notice\'s number ((2024年第1号):) starts at its issuer (oR/18, oR/19)', () => {
  const opening = '按照《中华人民共和国政府信息公开条例》有关要求,我局编制了本报告。本报告所列数据统计期限为2023年1月1日至2023年12月31日。';
  for (const [head, title] of [['首页>政府信息公开>年报发布日期:2024-01-1015:54浏览次数:', '某市应急管理局2023年政府信息公开工作年度报告'],
    ['安全管理网点击数:更新日期:2024年01月25日某部(2024年第1号):', '某部2023年政府信息公开工作年度报告']]) {
    const r = read(noSpace([head + title, '发布单位:某局', opening, ...BODY]));
    assert.equal(r.title, title, r.reason);
    assert.deepEqual([r.kind, r.year], ['gov-info-2021', 2023]);
  }
});
