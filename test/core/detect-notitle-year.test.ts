// The year of a report read without its title (layout-variants --modes notitle): the overview opening with
// 2023年是……之年, the notice on compiling the year's reports the opening answers (根据《关于切实做好2023年政府信息
// 公开工作年度报告编制公布工作的通知》要求), a statistics period whose 月 was lost (统计期限为2022年11日至1231日).
// And the reverse: a year that is not the report's (a plan's 2024年是……, a notice without the report's words) is
// not taken. Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';

const year = (lines: string[]) => analyze(lines.join('\n')).doc.year;

test('an overview opening with 2023年是……之年', () => {
  assert.equal(year(['一、总体情况', '2023年是全面贯彻党的二十大精神的开局之年,某某局坚持以公开为常态、不公开为例外,扎实推进政府信息公开工作。',
    '(一)主动公开', '全年主动公开政府信息98条。']), 2023);
});

test('the notice on compiling the year’s reports, answered by the opening', () => {
  assert.equal(year(['根据《关于切实做好2023年政府信息公开工作年度报告编制公布工作的通知》相关要求,现将某某街道政府信息公开工作年度情况报告如下。',
    '一、总体情况', '某某街道严格按照上级要求建立健全制度机制,切实推进政务信息公开工作。']), 2023);
  // A notice of other work (2023年政务服务工作的通知) names no report's year.
  assert.equal(year(['根据《关于做好2023年政务服务工作的通知》相关要求,现将某某街道政府信息公开工作情况报告如下。',
    '一、总体情况', '某某街道严格按照上级要求建立健全制度机制。']), null);
});

test('a statistics period whose 月 was lost', () => {
  assert.equal(year(['本报告依据《中华人民共和国政府信息公开条例》编制。本报告中所列数据的统计期限为2022年11日至1231日。', '一、总体情况',
    '我厅坚持以公开为常态,不公开为例外,全面落实政务信息公开工作。']), 2022);
  // 2022年11月1日 is no year's start.
  assert.notEqual(year(['本报告中所列数据的统计期限为2022年11月1日至2023年10月31日。', '一、总体情况', '我厅坚持以公开为常态。']), 2022);
});

test('the title glued to the opening, the issuer first', () => {
  assert.equal(year(['您当前所在位置: 首页 > 乡镇信息公开 > 政务信息公开年报',
    '某某乡2020年政府信息公开工作年度报告(以下简称年报)根据《中华人民共和国政府信息公开条例》编制。全文包括总体情况、主动公开政府信息情况等部分。',
    '一、总体情况', '一年以来,某某乡全面贯彻落实《条例》,落实1名专职人员负责政府信息公开工作。']), 2020);
});

test('the report the opening says it formed, the issuer after the year', () => {
  assert.equal(year(['根据《中华人民共和国政府信息公开条例》规定,我镇结合工作实际,切实贯彻落实工作要求,并形成2023年度某某镇政府信息公开年度报告。',
    '一、总体情况', '今年以来,某某镇以政务公开标准化、规范化建设为导向,不断提升政府信息公开工作质量。']), 2023);
});

test('a sentence led by the whole year’s span, without the word 统计', () => {
  assert.equal(year(['一、总体情况', '在过去的一年,我镇严格遵循政府信息公开基本原则开展信息公开工作。2022年1月1日到2022年12月31日止,我镇信息主动公开292条。',
    '二、主动公开政府信息情况']), 2022);
  // A span of two years is no year's.
  assert.equal(year(['一、总体情况', '在过去的一年,我镇严格遵循政府信息公开基本原则开展工作。2021年1月1日到2022年12月31日止,我镇信息主动公开292条。',
    '二、主动公开政府信息情况']), null);
});

test('after a comma, the year with an organ named in full as the subject', () => {
  assert.equal(year(['一、总体情况', '(一)主动公开政府信息情况',
    '我局通过电子显示屏、政务公开栏定期发布气象信息、工作动态等内容,2021年某某市气象局本级累计发布信息193条。', '二、主动公开政府信息情况']), 2021);
});

test('a rule-of-law opening 2020年是……的一年 and its part 2020年度推进法治政府建设的主要成效', () => {
  assert.equal(year(['2020年是某省历史上极不平凡、极不容易、极其难忘的一年。省政府坚持以习近平法治思想为指导,扎实推进法治政府建设。',
    '一、推进法治政府建设的主要举措', '(一)坚持党的领导。']), 2020);
  assert.equal(year(['在省委的正确领导下,省政府扎实推进法治政府建设。', '一、2020年度推进法治政府建设的主要成效', '(一)坚持党的领导。']), 2020);
});

test('a body year the page’s publication date contradicts stays unsettled; the date alone gives the year', () => {
  const body = ['一、总体情况', '我镇不断完善政府信息公开工作制度,扎实做好政府信息公开工作。',
    '三是落实工作目标。圆满完成年度工作目标。2022年,我镇在本单位部门网站主动公开政府信息223条。', '二、主动公开政府信息情况'];
  assert.equal(year(['湘潭县人民政府门户网站 发布时间:2024-01-11 09:46', ...body]), null);
  assert.equal(year(['湘潭县人民政府门户网站 发布时间:2023-01-11 09:46', ...body]), 2022);
  assert.equal(year(['湘潭县人民政府门户网站 发布时间:2024-01-11 09:46', '一、总体情况', '我镇不断完善政府信息公开工作制度,扎实做好政府信息公开工作。']), 2023);
});

test('今年以来 under the page’s 发布时间 gives the year before; a target’s year (到2025年) gives none', () => {
  const body = ['一、主要举措和成效', '(一)加强组织领导。镇党委主要负责人切实履行推进法治建设第一责任人职责,召开专题会议研究法治政府建设工作4次。',
    '(二)严格规范公正文明执法。全面推行行政执法三项制度。'];
  assert.equal(year(['来源:某某镇 发布时间:2024-01-26 17:49:57', '今年以来,某某镇坚持以习近平法治思想为指导,扎实推进法治政府建设,取得了明显成效。', ...body]), 2023);
  assert.equal(year(['自《法治中国建设规划(2020-2025年)》实施以来,我局严格按照“到2025年,职责明确、依法行政的政府治理体系日益健全”的总体目标,全面推进法治政府建设,取得了一系列阶段性成果。', ...body]), null);
});
