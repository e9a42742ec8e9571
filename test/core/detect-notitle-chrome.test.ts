// Reports read without their title line whose page leaves many short bits above the opening (layout-variants
// --modes notitle, mG 21: a hacked page's banner, the channel's name, the issuer alone, 发布时间: … 浏览次数:, and
// what is left of a title, the issuer and the year): the opening led by the 条例 that compiles this report (编制本报告)
// is read past them, as firstSectionOpening reads past them (parse/opening-lines.ts, detect-opening.ts
// hasBasisOpening). Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';

const detect = (lines: string[]) => { const a = analyze(lines.join('\n')); return { kind: a.kind, year: a.doc.year }; };

const PAGE = ['betway必威体育 betway必威体育', '', '政府信息公开', '', '某某自治区人民政府办公厅', '',
  '发布时间:2023-01-30   浏览次数:   【字体:', '', '某某自治区人民政府办公厅2022', '', ''];
const OPENING = '    依据《中华人民共和国政府信息公开条例》(以下简称《政府信息公开条例》)和《关于印发中华人民共和国政府信息公开工作年度报告格式的通知》(国办公开办函〔2021〕30号)要求,编制本报告。';
const BODY = ['一、总体情况', '2022年,某某自治区人民政府办公厅坚持以人民为中心,按照工作要求,全力推进政府信息公开工作。',
  '(一)主动公开全面落实。2022年,门户网站发布各类信息5110条。', '(二)依申请公开依法规范。全年办理政府信息公开申请96件。'];

test('the opening that compiles this report read past the page bits above it: a report of the year its body names', () => {
  assert.deepEqual(detect([...PAGE, OPENING, '', ...BODY]), { kind: 'gov-info-2021', year: 2022 });
});

test('the same page bits above a notice that cites the report format: still no report', () => {
  assert.equal(detect([...PAGE, '各处室、直属单位:', '现将《关于做好2022年政府信息公开工作年度报告编制发布工作的通知》转发给你们,请遵照执行。', ...BODY.slice(0, 2)]).kind, null);
});

// pH 19 without its title: the link 年报图解 under the page's metadata is the page's link to the graphic explainer,
// not the title (parse/title-chrome.ts isNavChrome); the opening then tells the report.
test('a link to the report’s explainer alone on its line (年报图解) is no title', () => {
  const a = analyze(['当前位置:首页', ' > 政务公开  > 政府信息公开目录  > 市气象局  > 政府信息公开年报', '发布机构: 市气象局 成文日期: 2025-01-16', '', '年报图解', '',
    '根据《中华人民共和国政府信息公开条例》(以下简称《条例》)有关规定,特编制某某市气象局2024年政府信息公开工作年度报告。本年报中所列数据统计期限自2024年1月1日起至2024年12月31日止。', '',
    '一、总体情况', '', '2024年,某某市气象局按照《条例》要求,认真做好政府信息公开工作。'].join('\n'));
  assert.notEqual(a.doc.title?.norm, '年报图解');
  assert.deepEqual({ kind: a.kind, year: a.doc.year }, { kind: 'gov-info-2021', year: 2024 });
  // (A line that names the report besides is a title still: 图解某某市2024年政府信息公开工作年度报告.)
  const b = analyze(['图解某某市2024年政府信息公开工作年度报告', '', '一、总体情况', '2024年,某某市主动公开信息120条。'].join('\n'));
  assert.equal(b.doc.title?.norm.startsWith('图解'), true);
});

// qD 30 without its title: a page's read-aloud assistant (江江智能助手 / 为您阅读公示公告) above the opening of a
// rule-of-law report is the page around it, like the other page bits (formats/detect-opening.ts PAGE_WORDS).
test('a read-aloud assistant above an untitled rule-of-law report is read past', () => {
  const lines = ['', '江江智能助手', '', '为您阅读公示公告', '', '',
    '2025年以来,市应急管理局坚持以习近平总书记全面依法治国新理念新思想新战略为指导,按照市委、市政府关于法治政府建设工作计划及目标要求,采取有效措施,积极推进法治政府建设。', '',
    '一、2025年推进法治政府建设的主要举措和成效', '', '(一)加强党对法治政府建设的领导,落实主要负责人第一责任人职责', '',
    '1.贯彻落实法治政府建设工作要求。认真贯彻落实关于法治政府建设的工作部署,全面推进依法行政。'];
  assert.deepEqual(detect(lines), { kind: 'rule-of-law', year: 2025 });
});
