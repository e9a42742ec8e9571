// artifact-spam: gambling/porn spam planted in the text (澳门皇冠, 真人娱乐, 百家乐 …). Error;
// fix: delete the phrase with the colon or brackets glued to it. Enforcement prose
// (打击六合彩赌博) and lotteries (福利彩票) are not spam.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintAnalysis, RULES } from '../../../server/src/core';
import { artifactSpam } from '../../../server/src/core/rules/artifact-spam';
import { applyOne, build2008, buildDraft, buildRuleOfLaw, findings, LAYOUTS, lineOf, where } from './build';

const RULE = 'artifact-spam';
const lintWith = (text: string) => lintAnalysis(analyze(text), [...RULES.filter((r) => r.id !== RULE), artifactSpam]);
const found = (text: string) => findings(text, RULE, lintWith(text));

const ANCHOR = '上年结转1件。';
const withProse = (sentence: string) => buildDraft().replace(ANCHOR, ANCHOR + sentence);

test('silent on consistent drafts', () => {
  for (const kind of [2019, 2021] as const) {
    for (const layout of LAYOUTS) assert.deepEqual(found(buildDraft({ kind, layout })), []);
  }
  assert.deepEqual(found(build2008()), []);
  assert.deepEqual(found(buildRuleOfLaw()), []);
});

test('fires on a term planted mid-sentence: error, on the term; the fix deletes it with its colon', () => {
  const sentence = '我区认真贯彻落实中、省、市澳门皇冠:推进政府信息公开工作的具体要求。';
  const text = withProse(sentence);
  const fs = found(text);
  assert.equal(fs.length, 1);
  assert.deepEqual(where(text, fs[0]), { line: lineOf(text, sentence), slice: '澳门皇冠' });
  assert.equal(fs[0].severity, 'error');
  assert.equal(fs[0].message, '疑似被植入的赌博/色情垃圾信息“澳门皇冠”，应删除');
  assert.equal(fs[0].fix?.safe, true);
  const fixed = applyOne(text, fs[0]);
  assert.ok(fixed.includes('中、省、市推进政府信息公开工作的具体要求。'));
  assert.deepEqual(found(fixed), []);
});

test('adjacent terms are one phrase; brackets and a glued link go with it', () => {
  let text = withProse('全年共办理依申请公开7件真人娱乐百家乐线上娱乐城，均按时答复。');
  let fs = found(text);
  assert.equal(fs.length, 1);
  assert.equal(where(text, fs[0]).slice, '真人娱乐百家乐线上娱乐城');
  text = withProse('政务公开【百家乐】工作有序推进。');
  fs = found(text);
  assert.ok(applyOne(text, fs[0]).includes('政务公开工作有序推进。'));
  text = withProse('加强平台建设澳门皇冠 www.hg0088.com：提升服务水平。');
  fs = found(text);
  assert.ok(applyOne(text, fs[0]).includes('加强平台建设提升服务水平。'));
});

test('Traditional and full-width spam is found too (澳門皇冠：)', () => {
  const text = withProse('認真落實中、省、市澳門皇冠：推進政府信息公開工作。');
  const fs = found(text);
  assert.equal(fs.length, 1);
  assert.equal(where(text, fs[0]).slice, '澳門皇冠');
  assert.ok(applyOne(text, fs[0]).includes('市推進'));
});

test('precision: lotteries and enforcement prose are not spam', () => {
  for (const sentence of [
    '依法公开福利彩票公益金使用情况，彩票销售额同比增长。',
    '公开体育彩票公益金项目3个，中国福利彩票网同步发布。',
    '严厉打击六合彩等非法赌博活动，查处赌场2个。',
    '开展“扫黄打非”专项行动，清理色情网站链接12条。',
    '加强网络治理，封堵境外博彩网站。',
    '“赌球”等违法犯罪线索，可向公安机关举报。',
    '收缴老虎机12台，防范裸聊敲诈宣传进社区。',
    '竞彩足球投注额同比下降，彩票公益金全部公开。',
    '对辖区KTV、娱乐城开展消防检查，规范电子游艺设备管理。',
    '中奖彩金发放情况按季度公开。',
  ]) {
    assert.deepEqual(found(withProse(sentence)), [], sentence);
  }
});

test('spam in a heading-like line is still found: a line break ends the enforcement context', () => {
  const text = buildDraft().replace(ANCHOR, `${ANCHOR}\n专项治理情况\n百家乐真人视讯。`);
  assert.equal(found(text).length, 1);
});
