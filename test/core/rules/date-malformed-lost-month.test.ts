// date-malformed: 月 lost between month and day (2018年1231日, 至1231日止), a span of years without
// its dash (20212025年), and a statistics period that leaves part of the year out (issues #12, #16).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateMalformed } from '../../../server/src/core/rules/date-malformed';
import { ruleAlone } from './build';

const doc = (opening: string, body = '2018年,我市全年主动公开政府信息12345条。') => [
  '某某市2018年政府信息公开工作年度报告',
  opening,
  '一、概述',
  body,
].join('\n');
const run = ruleAlone(dateMalformed);

test('2018年11日至2018年1231日: both dates lack 月, each with its reading', () => {
  const text = doc('本年度报告统计数据时限为2018年11日至2018年1231日,电子版在市政府门户网站发布。');
  const fs = run(text);
  assert.deepEqual(fs.map((f) => text.slice(f.start, f.end)), ['2018年11日', '2018年1231日']);
  assert.equal(fs[0].message, '日期“2018年11日”缺少“月”字，应为“2018年1月1日”？');
  assert.equal(fs[1].message, '日期“2018年1231日”缺少“月”字，应为“2018年12月31日”？');
  assert.equal(fs[1].severity, 'info');
});

test('至1231日止 after a start date: 12月31日', () => {
  const text = doc('本年度报告中所列数据的统计期限从2018年1月1日至1231日止。');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), '1231日');
  assert.equal(fs[0].message, '日期“1231日”缺少“月”字，应为“12月31日”？');
});

test('截至1231日,新增…: a day named with 截至 that lost its 月 (a street office\'s report, real page nR/17)', () => {
  const text = doc('本报告所列数据的统计期限自2018年1月1日起至2018年12月31日止。',
    '对2018年度公开的政府信息进行了梳理,截至1231日,新增工作动态类信息150条。截止到0630日,公开32条。');
  const fs = run(text);
  assert.deepEqual(fs.map((f) => text.slice(f.start, f.end)), ['1231日', '0630日']);
  assert.equal(fs[0].message, '日期“1231日”缺少“月”字，应为“12月31日”？');
});

test('counts of days are no dates: 由15日缩短至120日, 办理时限20日, 2018年共12件', () => {
  const text = doc('本报告所列数据的统计期限自2018年1月1日起至2018年12月31日止。',
    '2018年,答复期限由15日缩短至120日以内,平均办理时限20日,2018年共办理12件。');
  assert.deepEqual(run(text), []);
});

test('(20212025年): a span of years without its dash', () => {
  const text = doc('本报告所列数据的统计期限自2018年1月1日起至2018年12月31日止。',
    '对照《法治政府建设实施纲要(20212025年)》目标,全面推进依法行政。对照《规划(2021—2025年)》要求。');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), '20212025年');
  assert.equal(fs[0].message, '年份“20212025年”缺少连接号，应为“2021—2025年”？');
});

test('a statistics period that ends before 12月31日 is reported; the whole year is silent', () => {
  const text = doc('本报告中所列数据的统计期限自2018年1月1日起至2018年12月20日止。');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /^统计期限“2018年1月1日起至2018年12月20日”没有覆盖报告年度全年/);
  assert.deepEqual(run(doc('本报告中所列数据的统计期限自2018年1月1日起至2018年12月31日止。')), []);
});

test('2018全年,共… / 2018我局…: a year that lost its 年; 2018版, 〔2018〕 and 2018至2019 are silent', () => {
  const text = doc('本报告所列数据的统计期限自2018年1月1日起至2018年12月31日止。',
    '2018全年,共公开信息12条。2018我局认真落实《条例》。');
  const fs = run(text);
  assert.deepEqual(fs.map((f) => text.slice(f.start, f.end)), ['2018', '2018']);
  assert.equal(fs[0].message, '年份“2018”后缺少“年”字，应为“2018年”？');
  assert.deepEqual(run(doc('本报告所列数据的统计期限自2018年1月1日起至2018年12月31日止。',
    '印发2018版目录,落实某政发〔2018〕3号,推进2018至2019年度工作,2018全国会议召开。')), []);
});

test('2023,某某街道…: a sentence opening with the year, its 年 lost before the comma and the organ (nS/41, mR/13)', () => {
  const doc23 = (...body: string[]) => ['某某街道2023年政府信息公开工作年度报告', '一、总体情况', ...body].join('\n');
  const text = doc23('2023,螺溪街道严格按照上级要求建立健全制度机制。', '(一)主动公开政府信息情况2023,全县各级各部门累计主动公开政府信息2539条。');
  const fs = run(text);
  assert.deepEqual(fs.map((f) => text.slice(f.start, f.end)), ['2023', '2023']);
  assert.equal(fs[0].message, '年份“2023”后缺少“年”字，应为“2023年”？');
  // A figure with a comma inside a sentence, or a list of years, is no year that lost its 年.
  assert.deepEqual(run(doc23('全年公开信息2023,其中街道动态1500条。', '2021、2022,2023,街道连续三年获评先进。')), []);
});

test('至12月31止: the 日 lost before 止; 1月31日止 and 5月1至3日 are silent', () => {
  const text = doc('本报告所列数据的统计期限从2018年1月1日至12月31止。');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), '12月31');
  assert.equal(fs[0].message, '日期“12月31”缺少“日”字，应为“12月31日”？');
  assert.deepEqual(run(doc('本报告所列数据的统计期限自2018年1月1日起至2018年12月31日止。', '2018年5月1至3日开展宣传周活动,全年公开信息12条。')), []);
});

// nG harvest (双河镇 2025): 2025年度我镇于1225日收到一份政府信息公开申请.
test('于1225日收到: 12月25日; a count of days after 于 or 在 is no date', () => {
  const text = doc('本报告所列数据的统计期限自2018年1月1日起至2018年12月31日止。',
    '2018年度我镇于1225日收到一份政府信息公开申请,按程序及时进行了答复。');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), '1225日');
  assert.equal(fs[0].message, '日期“1225日”缺少“月”字，应为“12月25日”？');
  const days = doc('本报告所列数据的统计期限自2018年1月1日起至2018年12月31日止。',
    '2018年,我镇承诺于1030日内完成整改,在2020日前建成,于2500日收到。');
  assert.deepEqual(run(days), []);
});
