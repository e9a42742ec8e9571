// Statutory headings without their numeral (issue #12, hN: a web page whose list numbering was
// not copied shows “主动公开政府信息情况” alone on a line above table 二): the part is there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lint } from '../../../server/src/core';

const text = (second: string, third: string) => [
  '某某区投资合作局2024年政府信息公开工作年度报告',
  '一、总体情况',
  '2024年,我局主动公开发布信息共42条。',
  second,
  '第二十条第(一)项 | |||',
  '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
  '| 规章 | 0 | 0 | 0 |',
  '| 行政规范性文件 | 0 | 0 | 0 |',
  third,
  '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | ||||||||',
].join('\n');

const missing = (t: string) => lint(t).findings.filter((f) => f.rule === 'section-missing').map((f) => f.message);

test('unnumbered 二/三 headings alone on their lines are the parts, not missing ones', () => {
  const m = missing(text('主动公开政府信息情况', '收到和处理政府信息公开申请情况'));
  assert.ok(!m.some((x) => x.includes('第二部分')), m.join('\n'));
  assert.ok(!m.some((x) => x.includes('第三部分')), m.join('\n'));
  // The parts after the text's end are still missing.
  assert.ok(m.some((x) => x.includes('第四部分')));
});

test('a sub-item of 总体情况 ending in a colon (政府信息主动公开情况:) is no bare heading', () => {
  const m = missing(text('政府信息主动公开情况:', '主动公开政府信息情况：'));
  assert.ok(m.some((x) => x.includes('第二部分')), m.join('\n'));
});

test('the title words inside a sentence are no heading', () => {
  const m = missing(text('本局主动公开政府信息情况详见下表。', '收到和处理政府信息公开申请情况详见下表,全年未收到申请。'));
  assert.ok(m.some((x) => x.includes('第二部分')));
  assert.ok(m.some((x) => x.includes('第三部分')));
});

test('a numbered sub-heading (二)主动公开政府信息情况 is not the part', () => {
  const a = analyze(text('(二)主动公开政府信息情况', '(三)收到和处理政府信息公开申请情况'));
  assert.equal(a.report?.sections.get('active')?.inText, false);
});

test('the opening naming the report it is (由某某街编制的2020年度…年度报告) gives the year', () => {
  const t = [
    '本年报是根据《中华人民共和国政府信息公开条例》要求,由某某区某某街编制的2020年度政府信息公开年度报告。全文包括:主要工作情况、主动公开情况等。',
    '一、总体情况',
    '今年以来,我街进一步深入贯彻落实《条例》要求。',
  ].join('\n');
  assert.equal(analyze(t).doc.year, 2020);
});

test('a title line without issuer, the issuer alone below and the title again gives the issuer', () => {
  const t = [
    '2022年政府信息公开工作年度报告',
    '某某县某某镇人民政府',
    '2022年政府信息公开工作年度报告',
    '一、总体情况',
    '2022年,某某镇人民政府认真贯彻落实《条例》。',
  ].join('\n');
  const a = analyze(t);
  assert.equal(a.doc.issuer, '某某县某某镇人民政府');
  assert.equal(a.doc.year, 2022);
});

test('two different report lines around an organisation line are not merged', () => {
  const t = [
    '2022年政府信息公开工作年度报告',
    '某某县某某镇人民政府',
    '2021年政府信息公开工作年度报告',
    '一、总体情况',
  ].join('\n');
  assert.notEqual(analyze(t).doc.issuer, '某某县某某镇人民政府');
});
