// Detection on pages of the nG harvest (华中/西南): texts of our own in their layouts.
// - a disclosure site's column menu above the title (信息公开指南 信息公开年报 / 信息公开月报 依申请公开)
//   is the site's menu, not a title about reports;
// - an opening that presents the year's work with 现就 (现就2020年政务公开年度工作情况报告如下) is the
//   report itself, as 现将 is;
// - an opening whose data statement says 本报告中使用数据统计期限 (not 中所列) names the report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';

test('a column menu naming 年报 above the title is not the title', () => {
  const text = [
    'logo',
    '信息公开指南 信息公开年报',
    '信息公开月报 依申请公开',
    '  信息公开目录',
    '首页 >> 信息公开目录 >> 乡镇信息公开目录',
    '某某乡2023年政府信息公开工作年度报告',
    '一、总体情况',
    '2023年，我乡主动公开政务信息194条。',
    '二、主动公开政府信息情况',
  ].join('\n');
  const a = analyze(text);
  assert.equal(a.kind, 'gov-info-2021');
  assert.equal(a.doc.title?.norm, '某某乡2023年政府信息公开工作年度报告');
  // Without the menu words the same line of two column names still is no title.
  assert.equal(analyze(text.replace('信息公开指南 信息公开年报\n', '')).doc.title?.norm, '某某乡2023年政府信息公开工作年度报告');
});

test('a title of two words stays a title', () => {
  const a = analyze(['某某局 2023年政府信息公开工作年度报告', '一、总体情况', '2023年，我局主动公开信息5条。', '二、主动公开政府信息情况'].join('\n'));
  assert.equal(a.kind, 'gov-info-2021');
  assert.match(a.doc.title?.norm ?? '', /2023年政府信息公开工作年度报告/);
});

test('现就……工作情况报告如下 under the 条例 and the compiling notice: the report', () => {
  const text = [
    '根据《中华人民共和国政府信息公开条例》和《某某省人民政府办公厅〈关于做好2020年政府信息公开工作年度报告编制和发布工作的通知〉》有关要求,现就2020年政务公开年度工作情况报告如下:',
    '一、总体情况',
    '(一)围绕建设法治政府全面推进政务公开。',
    '全年发布政策解读14个。',
  ].join('\n');
  const a = analyze(text);
  assert.equal(a.kind, 'gov-info-2019');
  assert.equal(a.doc.year, 2020);
  // A notice page saying 现就有关事项通知如下 is still none.
  assert.equal(analyze(text.replace('现就2020年政务公开年度工作情况报告如下', '现就有关事项通知如下')).kind, null);
});

test('本报告中使用数据统计期限 in the opening names the report', () => {
  const text = [
    '依据《中华人民共和国政府信息公开条例》第五十条之规定,综合各县(市、区)人民政府和市直有关部门信息公开工作统计数据撰写。本报告中使用数据统计期限为2023年1月1日至12月31日。',
    '一、总体情况',
    '2023年,某某市坚持以公开为常态。',
    '(一)主动公开。全年公开政府信息3.3万余条。',
  ].join('\n');
  const a = analyze(text);
  assert.equal(a.kind, 'gov-info-2021');
  assert.equal(a.doc.year, 2023);
});

test('no title and no period: the year after a comma with the organ as subject', () => {
  const text = [
    '一、总体情况',
    '按照《中华人民共和国政府信息公开条例》等相关要求,积极做好我局的各类信息的主动公开。',
    '(一)主动公开方面。认真贯彻落实《中华人民共和国政府信息公开条例》等相关要求,坚持依法公开,2022年,我局在县人民政府网站主动公开信息416条。',
    '二、主动公开政府信息情况',
    '第二十条第(一)项 | |||',
    '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
  ].join('\n');
  assert.equal(analyze(text).doc.year, 2022);
  // A year compared after a comma with no organ after it decides nothing.
  assert.equal(analyze(text.replace(',2022年,我局在', ',较2021年增长,在')).doc.year, null);
});

test('the bare statutory name above the titled page is the channel, not the title', () => {
  const text = [
    '政府信息公开年度报告',
    '',
    '某某市政务服务和大数据管理局2025年政府信息公开工作年度报告',
    '',
    '发布日期:2026-01-28来源:某某市政务服务和大数据管理局',
    '一、总体情况',
    '2025年，我局门户网站公开各类政务信息121条。',
    '二、主动公开政府信息情况',
  ].join('\n');
  assert.equal(analyze(text).doc.title?.norm, '某某市政务服务和大数据管理局2025年政府信息公开工作年度报告');
  // Alone, the bare name stays the title.
  assert.equal(analyze(text.replace('某某市政务服务和大数据管理局2025年政府信息公开工作年度报告\n', '')).doc.title?.norm, '政府信息公开年度报告');
});

test('a covering letter 关于报送《…年度报告》的函(…号) above the report: the report and its own title', () => {
  const text = [
    '某某省发展和改革委员会关于报送《2020年政府信息公开工作年度报告》的函(某发改函〔2021〕6号)',
    '省政府办公厅:',
    '根据有关通知要求,我委编制形成了《2020年政府信息公开工作年度报告》,现随文呈报。',
    '此函。',
    '附件:《某某省发展和改革委员会2020年政府信息公开工作年度报告》',
    '某某省发展和改革委员会',
    '',
    '2020年政府信息公开工作年度报告',
    '一、总体情况',
    '2020年,省发展改革委深入贯彻政府信息公开工作的决策部署。',
  ].join('\n');
  const a = analyze(text);
  assert.equal(a.kind, 'gov-info-2019');
  assert.equal(a.doc.year, 2020);
  assert.equal(a.doc.title?.norm, '某某省发展和改革委员会2020年政府信息公开工作年度报告');
});

test('a public institution\'s name ending in 管理处 above the report words is the title\'s first half', () => {
  const text = [
    '首页 > 县政府直属事业机构 > 某某国家湿地公园管理处 > 政府信息公开年报',
    '湖南某某国家湿地公园管理处',
    '2020年政府信息公开年度报告',
    '(2021年1 月21 日)',
    '一、总体情况',
    '(一)抓好了主动公开。门户网站全年共公开各类信息13条。',
  ].join('\n');
  assert.equal(analyze(text).doc.title?.norm, '湖南某某国家湿地公园管理处2020年政府信息公开年度报告');
});

test('a title broken inside 信息公开 with a blank line between (…2025年政务信息 / 公开工作开展年度报告)', () => {
  const text = [
    '某某自治区审计厅2025年政务信息',
    '',
    '公开工作开展年度报告',
    '',
    '一、总体情况',
    '2025年，审计厅认真贯彻政务公开的有关要求。',
    '二、主动公开政府信息情况',
  ].join('\n');
  assert.equal(analyze(text).doc.title?.norm, '某某自治区审计厅2025年政务信息公开工作开展年度报告');
});
