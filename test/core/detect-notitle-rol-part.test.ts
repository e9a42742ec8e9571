// Untitled 法治政府建设 reports whose opening never names 法治政府建设 (layout-variants --modes notitle): the year's
// opening told as done, then a first part about the 法治建设 work (detect-rol-first-part.ts); a text that starts at
// the part of the year's work done (一、主要工作情况) whose first item is the 法治建设 leaders' duty; a site's menu one
// item a line above the opening. And the look-alikes that stay no report: a leader's 述法, another work's report
// (行政执法工作), a plan's targets, a half-year's account. Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';

const OPENING = '2022年，在市委、市政府的坚强领导下，某某镇坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，以依法行政为重心，深入推进法治建设，圆满完成年度工作任务。';
const PART = ['一、工作开展情况', '（一）强化法治建设第一责任人职责。镇党政主要负责人切实履行法治建设第一责任人职责，召开专题会议4次。',
  '（二）重视法律顾问作用。聘请常年法律顾问，参与重大行政决策12件。'];

test('a year’s opening told as done, then a first part on the 法治建设 leaders’ duty', () => {
  const a = analyze([OPENING, ...PART].join('\n'));
  assert.equal(a.kind, 'rule-of-law');
  assert.equal(a.doc.year, 2022);
});

test('a department’s 法治公安建设 named by the first part’s headings', () => {
  const a = analyze(['2022年以来，市公安局在市委、市政府的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，推进全市公安执法规范化建设，为全市发展提供有力法治保障。',
    '一、工作开展情况', '（一）始终坚持把习近平法治思想贯穿工作始终，高站位引领法治公安建设。', '一是增强政治站位，推深做实组织领导。市局党委召开会议5次。'].join('\n'));
  assert.equal(a.kind, 'rule-of-law');
  assert.equal(a.doc.year, 2022);
});

test('look-alikes with the same opening and part stay no report', () => {
  // A leader speaking of himself (述法).
  assert.equal(analyze([OPENING.replace('某某镇坚持', '我坚持'), ...PART].join('\n')).kind, null);
  // Another work as the opening's subject: that work's report.
  assert.equal(analyze([OPENING.replace('某某镇坚持', '我市行政执法工作坚持'), ...PART].join('\n')).kind, null);
  // A plan's targets, a half-year's account, a self-check.
  assert.equal(analyze([OPENING.replace('圆满完成年度工作任务', '力争全面建成法治政府'), ...PART].join('\n')).kind, null);
  assert.equal(analyze([OPENING.replace('2022年，', '2022年上半年，'), ...PART].join('\n')).kind, null);
  assert.equal(analyze([OPENING.replace('圆满完成年度工作任务', '现将自查情况报告如下'), ...PART].join('\n')).kind, null);
  // A first part on other work than 法治建设 (no 法治政府建设, no duty, no 法治建设 heading).
  assert.equal(analyze([OPENING, '一、工作开展情况', '（一）狠抓项目建设。全年实施项目12个。', '（二）改善民生。新建道路5公里。'].join('\n')).kind, null);
});

test('a text that starts at the part of the work done, its first item the 法治建设 leaders’ duty', () => {
  const body = ['一、主要工作情况', '（一）加强组织领导，严格履行推进法治建设第一责任人职责。街道成立普法依法治理工作领导小组，由街道党工委书记任组长。',
    '（二）不断优化法治环境。完善重大决策机制，严把重大行政决策合法性审查关。'];
  const a = analyze(body.join('\n'));
  assert.equal(a.kind, 'rule-of-law');
  // A leader's own account (本人) is a 述法 statement.
  assert.equal(analyze([body[0], body[1].replace('街道成立', '本人牵头成立'), body[2]].join('\n')).kind, null);
});

test('a site’s menu one item a line, its own item among the usual columns, above the opening', () => {
  const opening = '2022年，市司法局坚持以习近平新时代中国特色社会主义思想为指导，统筹推进法治政府建设迈上新台阶，为全市改革发展稳定大局提供了有力法治保障。';
  const a = analyze(['首页', '政务公开', '渝快办', '互动交流', '日期:2023-03-29', opening, '一、深学笃用习近平法治思想，推进法治政府建设实现新突破',
    '（一）精心谋划全市法治政府建设。提请召开全面依法治市委员会会议。'].join('\n'));
  assert.equal(a.kind, 'rule-of-law');
  assert.equal(a.doc.year, 2022);
});

test('印发 told as done with its count (起草印发工作文件31份) is the year’s work, not a plan (pM/15, a 司法局 2021)', () => {
  const part = ['一、推动依法治区工作全面提升', '（一）统筹协调依法治区工作。先后承办区委全面依法治区委员会会议2次，起草印发工作文件31份。',
    '（二）深化法治建设督察工作。通过组织自查、书面督察和实地检查相结合的方式进行“法治体检”。'];
  const a = analyze([OPENING, ...part].join('\n'));
  assert.equal(a.kind, 'rule-of-law');
  assert.equal(a.doc.year, 2022);
  // A notice issuing a plan stays no report (the test can fail).
  assert.equal(analyze([OPENING, part[0], '（一）统筹协调依法治区工作。现将工作要点印发给你们。', part[2]].join('\n')).kind, null);
});
