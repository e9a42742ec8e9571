// text-sum: parts listed after 其中/包括 that exceed the total, or are plainly exhaustive
// and do not add up to it. The total is the nearest count before 其中.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textSum } from '../../../server/src/core/rules/text-sum';
import { build2008, buildDraft, buildRuleOfLaw, LAYOUTS, lineOf, ruleAlone, where } from './build';

const ANCHOR = '上年结转1件。';
const run = ruleAlone(textSum);
const withProse = (sentence: string) => buildDraft().replace(ANCHOR, ANCHOR + sentence);

const CHANNELS = '共接受市民咨询1487096人次，其中现场咨询629044人次，电话咨询831448人次，网上咨询9252人次。';

test('silent on consistent drafts', () => {
  for (const kind of [2019, 2021] as const) {
    for (const layout of LAYOUTS) assert.deepEqual(run(buildDraft({ kind, layout })), []);
  }
  assert.deepEqual(run(build2008()), []);
  assert.deepEqual(run(buildRuleOfLaw()), []);
});

test('exhaustive channels that fall short (seed 004 line 33): warning on the total', () => {
  const text = withProse(CHANNELS);
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.deepEqual(where(text, fs[0]), { line: lineOf(text, CHANNELS), slice: '1487096人次' });
  assert.equal(fs[0].severity, 'warning');
  assert.equal(fs[0].message, '“其中”所列分项之和 629044 + 831448 + 9252 = 1469744人次，与总数 1487096人次 不符（所列渠道（现场、电话、网上）已涵盖全部）');
});

test('the same in Traditional script: offsets point at the original text', () => {
  const trad = '共接受市民諮詢1487096人次，其中現場諮詢629044人次，電話諮詢831448人次，網上諮詢9252人次。';
  const text = withProse(trad);
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(where(text, fs[0]).slice, '1487096人次');
});

test('a list with 其他 that does not add up; parts larger than the total', () => {
  const other = run(withProse('主动公开信息4250条，其中高新要闻1395条，政务公开750条，专题专栏1080条，其他栏目1000条。'));
  assert.equal(other.length, 1);
  assert.match(other[0].message, /1395 \+ 750 \+ 1080 \+ 1000 = 4225条，与总数 4250条 不符（所列项目含“其他”/);
  const thousands = run(withProse('共受理申请1,487件，其中网上申请1,400件，其他80件。'));
  assert.equal(thousands.length, 1);
  assert.match(thousands[0].message, /1400 \+ 80 = 1480件，与总数 1487件 不符/);
  const over = run(withProse('全年共受理政府信息公开申请16件，其中同意公开18件，信息不存在2件。'));
  assert.equal(over.length, 1);
  assert.equal(over[0].message, '“其中”所列分项之和 18 + 2 = 20件 超过总数 16件');
  // From a published report: parts that all say 发布 are one list, and it exceeds the total.
  const site = run(withProse('“上海科技”网站全年累计发布信息2139条，其中动态类信息发布1744条，政务信息发布393条，解读类信息发布21条，回应公众关注热点信息2条。'));
  assert.equal(site.length, 1);
  assert.equal(site[0].message, '“其中”所列分项之和 1744 + 393 + 21 + 2 = 2160条 超过总数 2139条');
});

test('consistent and open-ended lists are silent', () => {
  for (const sentence of [
    '通过门户网站主动公开信息4250条，其中高新要闻1395条，政务公开750条，专题专栏1080条，其他栏目1025条。', // seed 001
    CHANNELS.replace('1487096', '1469744'),
    '主动公开信息4250条，其中高新要闻1395条，政务公开750条，专题专栏1080条。', // not exhaustive
    // Seed 004 line 31: the total is 7723 (nearest before 其中), not 7743; 占总数的…% is ignored.
    '在7743件政府信息公开申请中，已经答复的7723件，占总数的99.7%，其中：“同意公开”7673件，占总数的99.4%；“不予公开”的2件，占总数的0.03%；“信息不存在”的47件，占总数的0.61%，主要是因为不存在相关信息，无法向申请人提供；“非本机关政府信息”的1件，占总数的0.01%。',
    '共受理申请7743件。其中，通过窗口申请的有7740件，网上申请1件，以信函提交申请的2件。',
    '运行有政务新媒体的共9家单位，其中区管委会官方微博、微信各1个，区级各工作部门运行有政务新媒体的共7家。',
  ]) assert.deepEqual(run(withProse(sentence)), [], sentence);
});

test('precision: the parts of a combination, rounded figures, other units, nested lists, new statements', () => {
  for (const sentence of [
    '全年共收到政府信息公开申请47件，上年结转3件，其中予以公开24件，部分公开5件，结转下年度继续办理4件。',
    '全年收到申请12件，上年结转1件。其中予以公开10件，部分公开2件。',
    '全区系统上办结依申请案件超2千宗，其中行政复议2宗，行政诉讼6宗。',
    '共核实处理网站监测报告20余份，其中包含历史错链、错别字稿件800余条。',
    '全年主动公开政府信息53476条，其中全文电子化达98.6%，本年度新增的主动公开信息18798条。',
    '共发布信息500条，其中政策文件100条（其中解读30条），其他信息300条。',
    '通过门户网站发布信息300条，其中政策文件50条，通过政务新媒体发布信息400条。',
    '发布信息500条，其中政策文件100条，其他信息50条，微博发布800条。',
    '市工商局荔湾分局（7597件，其中基本信息查询6600件）、市规划局荔湾分局（114件）。',
    '通过部门网站当年发布政府信息393件，其中包括：行政规范性文件13件；规划计划文件2件；主合办人大代表建议50件，主合办政协提案85件的办理复文。',
    '市政府共受理政府信息公开申请1295件，办结1191件（含上年结转189件）。其中，予以公开及部分公开208件，不予公开20件，无法提供564件，不予处理80件，其他处理319件。',
    '共发布各类信息13528条，总浏览量为536万，同比显著增长82%，其中47%来自海外。',
    '全年共发布信息5，120条，其中政策文件200条。', // 5120 with a Chinese comma, or a list: unreadable
  ]) assert.deepEqual(run(withProse(sentence)), [], sentence);
});

test('applies to every kind (2008 and rule-of-law too)', () => {
  assert.equal(run(build2008(CHANNELS)).length, 1);
  assert.equal(run(buildRuleOfLaw(CHANNELS)).length, 1);
});

test('a 、-list that adds up to the total ends at the comma (real page: 工作动态、通知，然后财政信息)', () => {
  const ok = '全年公开政府信息200条，其中发布工作动态192条、通知（公告）8条，公开财政信息81条。';
  assert.deepEqual(run(withProse(ok)), []);
  const asciiOk = '全年公开政府信息200条,其中发布工作动态192条、通知(公告)8条,公开财政信息81条。';
  assert.deepEqual(run(withProse(asciiOk)), []);
  // The run does not reach the total: the figures still exceed it.
  const bad = '全年公开政府信息200条，其中发布工作动态190条、通知（公告）8条，公开财政信息81条。';
  assert.equal(run(withProse(bad)).length, 1);
  // All joined by 、: one list, still over the total.
  const list = '全年公开政府信息200条，其中发布工作动态192条、通知（公告）8条、财政信息81条。';
  assert.equal(run(withProse(list)).length, 1);
});
