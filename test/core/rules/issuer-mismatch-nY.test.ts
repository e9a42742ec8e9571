// issuer-mismatch (nY harvest): a 苏木's report whose opening publishes its banner's report in 《》
// (现发布《阿巴嘎旗2022年政府信息公开工作年度报告》), and an untitled, unsigned town report whose body speaks
// as 我镇 throughout but as 我局 once (报告内容包括2023年我局政府信息公开总体情况…). Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { issuerMismatch } from '../../../server/src/core/rules/issuer-mismatch';
import { ruleAlone } from './build';

const run = ruleAlone(issuerMismatch);

const sumu = (opening: string) => [
  '某某旗某某格苏木2022年度政府信息公开工作年度报告',
  opening,
  '一、总体情况',
  '(一)主动公开情况。2022年我苏木在微信公众平台发布信息750余条。',
  '(二)依申请公开情况。2022年,受理政府信息申请公开0件。',
].join('\n');

test('a 苏木\'s report publishing its banner\'s report in 《》: reported on the banner', () => {
  const text = sumu('根据《中华人民共和国政府信息公开条例》(国务院令第711号)要求,现发布《某某旗2022年政府信息公开工作年度报告》。');
  const fs = run(text);
  assert.equal(fs.length, 1, JSON.stringify(fs));
  assert.equal(text.slice(fs[0].start, fs[0].end), '某某旗');
  assert.match(fs[0].message, /^开头公布的是“某某旗”的报告，而标题中的机关是“某某旗某某格苏木”/);
  // Its own report is silent; so is the banner's report cited in 《》 without publishing it.
  assert.deepEqual(run(sumu('根据《中华人民共和国政府信息公开条例》要求,现发布《某某旗某某格苏木2022年政府信息公开工作年度报告》。')), []);
  assert.deepEqual(run(sumu('参照《某某旗2022年政府信息公开工作年度报告》的体例,编制本报告。')), []);
});

const town = (opening: string) => [
  '一、总体情况',
  opening,
  '(一)主动公开情况',
  '我镇信息公开的方式有政府门户网站公开、公示栏公开。2023年度我镇通过三务公开平台公布信息共2135条。',
  '(二)依申请公开情况',
  '2023年度我镇无申请公开政务信息情况。',
  '(三)政府信息管理情况',
  '为做好我镇政府信息管理工作,组建信息公开小组。',
].join('\n');

test('an untitled, unsigned town report speaking as 我局 once and 我镇 throughout: reported on 我局', () => {
  const text = town('本年度报告根据《中华人民共和国政府信息公开条例》要求制作。报告内容包括2023年我局政府信息公开总体情况,主动公开政府信息情况等。如有疑问,请与某旗政务服务局办公室联系。');
  const fs = run(text);
  assert.equal(fs.length, 1, JSON.stringify(fs));
  assert.equal(text.slice(fs[0].start, fs[0].end), '我局');
  assert.match(fs[0].message, /^正文以“我局”自称（1 处），而通篇自称“我镇”（4 处），是镇人民政府的报告/);
  // Speaking as the town throughout is silent; so is a body that speaks as a county too (whose report is unsure).
  assert.deepEqual(run(town('本年度报告根据《中华人民共和国政府信息公开条例》要求制作。报告内容包括2023年我镇政府信息公开总体情况等。')), []);
  assert.deepEqual(run(town('本年度报告根据要求制作。报告内容包括2023年我局、我县政府信息公开总体情况等。')), []);
});
