// year-mismatch: a sentence-initial year phrase that presents another year as the report
// year (`2019年，我局…` in a 2020 report). Built drafts: 2023 (2021 format), 2020 (2019 format).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { yearMismatch } from '../../../server/src/core/rules/year-mismatch';
import { build2008, buildDraft, buildRuleOfLaw, findings, lineOf, ruleAlone, where } from './build';

const ANCHOR = '上年结转1件。';
const run = ruleAlone(yearMismatch);
const withProse = (sentence: string, kind: 2019 | 2021 = 2021) => buildDraft({ kind }).replace(ANCHOR, ANCHOR + sentence);

test('silent on consistent drafts of every kind', () => {
  assert.deepEqual(run(buildDraft()), []);
  assert.deepEqual(run(buildDraft({ kind: 2019, flavour: 'txt' })), []);
  assert.deepEqual(run(build2008()), []);
  assert.deepEqual(run(buildRuleOfLaw()), []); // 一、2023年推进…, 2024年将继续…
});

test('fires on the year of a sentence-initial phrase; warning', () => {
  const sentence = '2022年，我局深入贯彻落实条例。';
  const text = withProse(sentence);
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.deepEqual(where(text, fs[0]), { line: lineOf(text, sentence), slice: '2022年' });
  assert.equal(fs[0].severity, 'warning');
  assert.equal(fs[0].message, '报告年度为 2023 年，此处以“2022年”叙述本年度工作');
});

test('X年度，… and other subjects (本机关, 全年, 在…领导下, a numbered paragraph)', () => {
  for (const [sentence, slice] of [
    ['2022年度，全区政务公开工作取得新成效。', '2022年度'],
    ['2022年，本机关进一步规范工作流程。', '2022年'],
    ['2022年，全年共发布信息300条。', '2022年'],
    ['2022年，在区委、区政府的正确领导下，我局扎实推进政务公开。', '2022年'],
  ]) {
    const text = withProse(sentence);
    const fs = run(text);
    assert.equal(fs.length, 1, sentence);
    assert.equal(where(text, fs[0]).slice, slice);
  }
  const numbered = buildDraft().replace('本年度未收取信息处理费。', '（一）2021年，我局未收取信息处理费。');
  assert.equal(run(numbered).length, 1);
});

test('Traditional script and 2019-format reports', () => {
  assert.equal(run(withProse('2022年，我局深入貫徹落實條例。')).length, 1);
  assert.equal(run(withProse('2019年，我局深入贯彻落实条例。', 2019)).length, 1);
  assert.deepEqual(run(withProse('2020年，我局深入贯彻落实条例。', 2019)), []);
});

test('precision: dates, plans, references, titles, comparisons and follow-ups are not findings', () => {
  for (const sentence of [
    '2024年，我局将进一步完善工作机制。',
    '2022年12月，我局召开专题会议。',
    '2022年，国务院印发了新修订的条例。',
    '对2017年印发的文件进行了清理。',
    '以2018年权责清单为基础进行梳理。',
    '《2022年政务公开工作要点》已印发。',
    '2022年，我局收到申请10件，2023年收到12件。',
    '2022年，我局针对上年度报告中的问题进行了整改。',
    '本区人民政府2022年以来共受理申请10件。',
    '组织开展2022年度行政许可评价工作。',
  ]) assert.deepEqual(run(withProse(sentence)), [], sentence);
});


test('a page pasted on one line: the same findings as on its lines (the title is only part of that line)', () => {
  const FILL = '全年组织专题学习和业务培训多次,干部依法办事的意识和能力进一步提升。'.repeat(4);
  const gov = ['某某区教育局2023年政府信息公开工作年度报告', '一、总体情况',
    '2022年,某某区教育局认真贯彻落实《条例》,进一步加大信息公开力度。' + FILL,
    '二、主动公开政府信息情况', '本年度主动公开政府信息情况见下表。', '三、收到和处理政府信息公开申请情况', '本年度收到申请十二件。'];
  const rol = ['某某县司法局2023年度法治政府建设工作报告', '一、2022年法治政府建设基本情况',
    '(一)加强学习。把学习宣传习近平法治思想作为首要政治任务。' + FILL, '二、存在的不足和原因', '执法队伍力量不足。',
    '三、下一步工作安排', '继续加强学习培训。'];
  for (const page of [gov, rol]) {
    const lines = run(page.join('\n'));
    assert.equal(lines.length, 1, page[0]);
    const flat = page.join(' ');
    const fs = run(flat);
    assert.deepEqual(fs.map((f) => [f.message, flat.slice(f.start, f.end)]), lines.map((f) => [f.message, page.join('\n').slice(f.start, f.end)]), page[0]);
  }
  // Without any space or break, a part heading glued to its text (一、总体情况2022年,…) still ends the sentence before it.
  const glued = gov.join('').replace(/\s+/g, '');
  assert.deepEqual(run(glued).map((f) => glued.slice(f.start, f.end)), ['2022年']);
});
