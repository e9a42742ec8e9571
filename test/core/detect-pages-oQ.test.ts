// Detection and web debris on pages of the oQ harvest (法治政府建设 reports of departments, towns,
// streets and 开发区, 2022–2025, and their neighbours): texts of our own in their layouts.
// - a title that sends the report up by its subject (某镇人民政府关于报送2024年度法治政府建设的报告) is
//   the report's title; a covering letter that names the report it sends is not;
// - a copy that kept neither title nor opening and starts at the statutory measures part naming
//   法治政府建设 (一、2025年推进法治政府建设的主要举措和成效) is the report, of the year its heading names;
//   one that starts at the measures part in its own words is read past its first sub-item's heading;
// - a title written without 建设 (某乡2025年法治政府年度报告) names the report.
// (The web debris of these pages: rules/artifact-web-oQ.test.ts.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';

const PARTS = [
  '(一)强化组织领导。镇党政主要负责人履行推进法治建设第一责任人职责,全年召开专题会议3次研究法治政府建设工作。',
  '(二)依法全面履行政府职能。全年办理行政许可98件。',
];

test('a title that sends the report up by its subject is the report (oQ/04)', () => {
  for (const title of ['中共某镇委员会某镇人民政府关于报送2024年度法治政府建设的报告', '关于报送2023年法治政府建设情况的报告']) {
    const text = [title, '2024年,某镇扎实推进法治政府建设,取得明显成效。现将有关情况报告如下:', '一、主要举措和成效', ...PARTS].join('\n');
    const a = analyze(text);
    assert.equal(a.kind, 'rule-of-law', title);
    assert.equal(a.doc.year, Number(/(\d{4})年/.exec(title)![1]), title);
  }
  // A covering letter naming the report it sends stays none.
  for (const title of ['某局关于报送《2023年度法治政府建设情况报告》的函', '关于报送2023年度法治政府建设情况报告的通知']) {
    const text = [title, '市委依法治市办:', '现将《2023年度法治政府建设情况报告》报送你办,请审阅。'].join('\n');
    assert.equal(analyze(text).kind, null, title);
  }
});

test('a copy that starts at the statutory measures part naming 法治政府建设 is the report, of that year (oQ/06)', () => {
  const text = ['一、2025年推进法治政府建设的主要举措和成效', '(一)全面学习贯彻党的二十大精神。委理论学习中心组专题学习6次。', '(二)不断强化规范性文件监督管理。我委今年以来未制定规范性文件。'].join('\n');
  const a = analyze(text);
  assert.equal(a.kind, 'rule-of-law');
  assert.equal(a.doc.year, 2025);
  // A plan's first part names no results (一、2025年法治政府建设的主要任务): no report.
  const plan = ['一、2025年法治政府建设的主要任务', '(一)全面学习贯彻党的二十大精神。各单位要组织专题学习。'].join('\n');
  assert.equal(analyze(plan).kind, null);
});

test('a copy that starts at the measures part in its own words is read past its first sub-item\'s heading (oQ/35)', () => {
  const text = ['一、主要举措和成效', '(一)强化组织领导,狠抓责任落实',
    '全镇法治政府建设工作始终坚持以习近平新时代中国特色社会主义思想为指导,党政主要负责人切实履行法治政府建设第一责任人责任。',
    '(二)强化重点工作,发力法治焦点', '2022年我镇新制发规范性文件1件,并报司法局备案。'].join('\n');
  const a = analyze(text);
  assert.equal(a.kind, 'rule-of-law');
  assert.equal(a.doc.year, 2022);
  // Sub-items that never name the work leave it unread.
  const other = ['一、主要举措和成效', '(一)强化组织领导', '全镇上下扎实推进安全生产工作。', '(二)强化重点工作'].join('\n');
  assert.equal(analyze(other).kind, null);
});

test('a title written without 建设 (…法治政府年度报告) names the report (oQ/10)', () => {
  const text = ['某乡2025年法治政府年度报告', '2025年,某乡深入贯彻习近平法治思想,扎实推进法治政府建设。现将我乡2025年法治政府建设情况汇报如下:',
    '一、加强组织领导,抓好法治政府责任落实', ...PARTS].join('\n');
  const a = analyze(text);
  assert.equal(a.kind, 'rule-of-law');
  assert.equal(a.doc.year, 2025);
  assert.match(a.detection.reason, /法治政府年度报告/);
  // About such a report, it stays none.
  assert.equal(analyze(['关于某乡2025年法治政府年度报告的解读', '一、起草背景', '根据有关要求编制。'].join('\n')).kind, null);
});
