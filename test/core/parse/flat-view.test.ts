// A report pasted on one line (a web page flattened with a space for each line break): its title,
// year, kind and part headings are read from the line's pieces (parse/flat-view.ts) as they are
// from the lines of the same report laid out normally. Texts written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lint, LineMap } from '../../../server/src/core';
import { flatView, pieceHeadings } from '../../../server/src/core/parse/flat-view';
import { inlineHeadings } from '../../../server/src/core/parse/one-line';

/** The page on one line: every line break (with the spaces around it) becomes one space. */
const oneLine = (lines: string[]) => lines.join('\n').replace(/\s*\n\s*/g, ' ');

/** Sentences that make a paragraph as long as a real one. */
const FILL = '全年组织专题学习和业务培训多次,干部依法办事的意识和能力进一步提升,群众满意度持续提高。'.repeat(3);

const ROL = [
  '2023年,在县委、县政府的领导下,某某镇深入推进法治政府建设,全面完成年度各项任务,法治政府建设取得扎实成效。现将有关情况报告如下:',
  '一、2023年推进法治政府建设的主要举措和成效',
  '(一)加强组织领导,健全工作机制',
  '镇党委、镇政府把法治政府建设摆在全局工作的重要位置,定期研究部署,明确责任分工,推动各项任务落实落细。全年召开专题会议四次,研究解决重点问题九个。' + FILL,
  '(二)规范行政决策,提升依法行政水平',
  '严格落实重大行政决策程序规定,坚持合法性审查,重大决策事项全部经过集体讨论。全年审查规范性文件五件,合同十二份。',
  '二、存在的不足和原因',
  '一是干部法治意识仍需提高;二是执法队伍力量不足。',
  '三、2024年推进法治政府建设的主要安排',
  '继续加强学习培训,提升依法行政能力。',
];

test('one line: a rule-of-law report without title is detected with its year, as on its lines', () => {
  const lines = analyze(ROL.join('\n'));
  const flat = analyze(oneLine(ROL));
  assert.deepEqual([lines.kind, lines.doc.year], ['rule-of-law', 2023], lines.detection.reason);
  assert.deepEqual([flat.kind, flat.doc.year], ['rule-of-law', 2023], flat.detection.reason);
  // The part headings are those of the former lines, run into the one line, in order.
  assert.deepEqual(flat.doc.headings.map((h) => [h.level, h.numeral, h.title]), [
    [1, 1, '2023年推进法治政府建设的主要举措和成效'],
    [2, 1, '加强组织领导,健全工作机制'],
    [2, 2, '规范行政决策,提升依法行政水平'],
    [1, 2, '存在的不足和原因'],
    [1, 3, '2024年推进法治政府建设的主要安排'],
  ]);
  for (const h of flat.doc.headings) assert.equal(flat.doc.text.slice(h.titleStart, h.titleEnd), h.title);
});

const GOV = [
  '某某市某某区人民政府 首页 > 政务公开 > 政府信息公开年报',
  '某某区农业农村局 2023年度政府信息公开工作年度报告',
  '发布日期:2024-01-16 15:27',
  '根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定,编制本报告。本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分组成。',
  '一、总体情况',
  '2023年,我局认真贯彻落实《条例》要求,全面推进政府信息公开工作,主动公开各类信息一百余条,及时回应社会关切,依法办理政府信息公开申请。' + FILL,
  '二、主动公开政府信息情况',
  '本年度主动公开政府信息情况见下表,规范性文件均按规定公开。',
  '三、收到和处理政府信息公开申请情况',
  '本年度收到政府信息公开申请三件,均已按期办结。',
];

test('one line: the title after web chrome, with its issuer spaced from the year, gives kind and year', () => {
  const a = analyze(oneLine(GOV));
  assert.equal(a.doc.title?.text, '某某区农业农村局 2023年度政府信息公开工作年度报告');
  assert.equal(a.doc.title?.line, 0);
  assert.deepEqual([a.kind, a.doc.year], ['gov-info-2021', 2023], a.detection.reason);
});

test('one line: the view cuts at paragraph ends and headings, keeps dates, years and breadcrumbs whole', () => {
  const text = oneLine(GOV);
  const view = flatView(new LineMap(text), []);
  assert.ok(view);
  const pieces = Array.from({ length: view.lines.lineCount }, (_, l) => view.lines.lineText(l));
  assert.deepEqual(pieces.slice(0, 5), [
    '某某市某某区人民政府',
    '首页 > 政务公开 > 政府信息公开年报',
    '某某区农业农村局 2023年度政府信息公开工作年度报告',
    '发布日期:2024-01-16 15:27',
    GOV[3],
  ]);
  assert.ok(view.spaced);
  // Offsets are those of the text.
  for (let l = 0; l < view.lines.lineCount; l++) assert.equal(text.slice(view.lines.lineStarts[l], view.lines.lineEnd(l)), pieces[l]);
});

test('no view for an ordinary text, nor piece headings for a long paragraph among other lines', () => {
  const text = ROL.join('\n');
  assert.equal(flatView(new LineMap(text), []), null);
  const para = `${'某某镇全面推进依法行政工作,成效明显。'.repeat(30)} 一、加强领导 二、完善制度`;
  const mixed = ['标题', '第二行', '第三行', para].join('\n');
  assert.equal(pieceHeadings(new LineMap(mixed), 3), null);
});

test('piece headings: a part out of turn is a list item; a page may start part-way; row labels before figures are cells', () => {
  const body = '某某街道认真开展政府信息公开工作,主动公开各类信息,回应群众关切。 '.repeat(12).trim();
  const ordered = `${body} 一、总体情况 ${body} 三、其他 ${body} 二、主动公开政府信息情况 ${body}`;
  assert.deepEqual(pieceHeadings(new LineMap(ordered), 0)?.map((h) => h.numeral), [1, 2]);
  const later = `Page 8 - 某某局2022年政府信息公开工作年度报告 P. 8 四、结转下年度继续办理 0 0 0 0 0 0 0 四、政府信息公开行政复议、行政诉讼情况 ${body} 五、存在的主要问题及改进情况 ${body}`;
  assert.deepEqual(pieceHeadings(new LineMap(later), 0)?.map((h) => [h.numeral, h.title]), [[4, '政府信息公开行政复议、行政诉讼情况'], [5, '存在的主要问题及改进情况']]);
  // The flip-book page header is the title as a whole: the text starts at part 四, parts 一 to 三 are not missing.
  const a = analyze(later);
  const r = lint(later);
  assert.equal(a.doc.title?.text, 'Page 8 - 某某局2022年政府信息公开工作年度报告');
  assert.deepEqual(r.findings.filter((f) => f.rule === 'section-missing').map((f) => f.severity), ['info', 'info', 'info', 'error']);
});

test('inline headings: a heading at the very end of a long line (a page cut after it) is read', () => {
  const body = '某某街道认真开展政府信息公开工作,主动公开各类信息,回应群众关切。'.repeat(8);
  const text = `一、总体情况 ${body} 二、主动公开政府信息情况 ${body} 三、收到和处理政府信息公开申请情况`;
  assert.deepEqual(inlineHeadings(text, 0, 0).map((h) => [h.numeral, h.title]), [[1, '总体情况'], [2, '主动公开政府信息情况'], [3, '收到和处理政府信息公开申请情况']]);
  // A title that runs on into the text is still none.
  assert.deepEqual(inlineHeadings(`${body} 三、收到和处理政府信息公开申请情况${body}`, 0, 0), []);
});

/** The page joined without any break (a PDF viewer's or a page's copy that lost its line breaks). */
const joined = (lines: string[]) => lines.join('\n').replace(/\s*\n\s*/g, '');

test('joined without breaks: the report title glued between a breadcrumb and the metadata gives kind and year', () => {
  const page = [
    '首页>政务公开>政府信息公开年报',
    '某某街道2023年度政府信息公开工作年度报告',
    '发布日期:2024-01-26 15:35:23',
    '根据《中华人民共和国政府信息公开条例》规定,编制本报告。',
    '一、总体情况',
    '2023年,我街道认真贯彻落实《条例》要求,全面推进政府信息公开工作。' + FILL,
    '二、主动公开政府信息情况',
    '本年度主动公开政府信息情况见下表。' + FILL,
  ];
  const a = analyze(joined(page));
  assert.ok(a.doc.title?.text.endsWith('某某街道2023年度政府信息公开工作年度报告'), a.doc.title?.text);
  assert.deepEqual([a.kind, a.doc.year], ['gov-info-2021', 2023], a.detection.reason);
  // A page about the report (its label before a colon is part of its title) stays no report.
  const about = analyze(joined(['文字解读:某某街道2023年政府信息公开工作年度报告字号:大中小', '一、编制背景', '根据《中华人民共和国政府信息公开条例》要求,编制年度报告。' + FILL, '二、主要内容', FILL]));
  assert.equal(about.kind, null, about.detection.reason);
});

test('joined without breaks: a flip-book page that starts at part 四 misses parts 一 to 三 only as info', () => {
  const page = [
    'Page 8 - 某某局2022年政府信息公开工作年度报告',
    'P. 8',
    '四、政府信息公开行政复议、行政诉讼情况',
    '本年度未发生政府信息公开行政复议、行政诉讼案件。' + FILL + FILL,
    '五、存在的主要问题及改进情况',
    '一是公开内容不够丰富;二是队伍建设有待加强。' + FILL + FILL,
  ];
  const r = lint(joined(page));
  assert.equal(r.kind, 'gov-info-2021');
  assert.deepEqual(r.findings.filter((f) => f.rule === 'section-missing').map((f) => f.severity), ['info', 'info', 'info', 'error']);
});

test('one line: a title alone before the opening year is cut from it (法治政府建设情况年度报告 2019年，…)', () => {
  const text = oneLine(['法治政府建设情况年度报告', ...ROL]);
  const a = analyze(text);
  assert.equal(a.doc.title?.text, '法治政府建设情况年度报告');
  assert.deepEqual([a.kind, a.doc.year], ['rule-of-law', 2023], a.detection.reason);
});

test('one line: a report of long paragraphs (few paragraph ends among many sentences) still reads its pieces', () => {
  const long = ROL.map((l) => (l.endsWith('。') ? l + FILL.repeat(3) : l));
  const a = analyze(oneLine(long));
  assert.deepEqual(a.doc.headings.filter((h) => h.level === 1).map((h) => h.numeral), [1, 2, 3]);
  assert.equal(a.kind, 'rule-of-law', a.detection.reason);
});

test('one line: question marks left of a lost indentation are no part of the title', () => {
  // (Pinyin debris in the issuer, 镇(zhèn), keeps the title from being read as the line's first piece.)
  const text = `某某镇(zhèn)2020年政府信息公开工作年度报告 ????一、总体情况 ${GOV[5]} 二、主动公开政府信息情况 ${GOV[7]}${FILL} 三、收到和处理政府信息公开申请情况 ${GOV[9]}`;
  const a = analyze(text);
  assert.equal(a.doc.title?.text, '某某镇(zhèn)2020年政府信息公开工作年度报告');
  assert.equal(a.kind, 'gov-info-2019', a.detection.reason);
});

test('joined without breaks: the basis opening with a statutory part glued in the line; a part title without numeral before its （一）', () => {
  const page = [
    '根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定,现将某某县医疗保障局2024年政府信息公开工作年度报告予以公开发布。本报告由总体情况、主动公开政府信息情况等六个部分组成。本报告所列数据的统计时间自2024年1月1日到2024年12月31日。',
    '总体情况',
    '(一)主动公开政府信息情况。' + FILL,
    '(二)依申请公开情况。全年未收到依申请公开。' + FILL,
    '二、主动公开政府信息情况',
    '本年度主动公开政府信息情况见下表。' + FILL,
  ];
  const r = lint(joined(page));
  assert.deepEqual([r.kind, r.year], ['gov-info-2021', 2024]);
  const missing = r.findings.filter((f) => f.rule === 'section-missing' && f.severity === 'error').map((f) => f.message);
  assert.ok(!missing.some((m) => m.includes('第一部分')), missing.join('\n'));
  assert.ok(!missing.some((m) => m.includes('第二部分')), missing.join('\n'));
});
