// Detection on shapes seen in the mB harvest (issue #12): a 2008-regulation report whose title is the
// subject of its opening sentence, and a page explaining a 乡镇 report (年报解读). Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';
import { detect } from './helpers';

// 某县2010年…年度报告（以下简称年报）根据《条例》进行编制。全文包括……: no title line, two 2008 headings.
const namedOpening = [
  '某县2010年政府信息公开工作年度报告(以下简称年报)根据《中华人民共和国政府信息公开条例》(以下简称《条例》)进行编制。全文包括概述,政府信息主动公开情况,政府信息依申请公开情况,政府信息公开的收费及减免情况,因政府信息公开申请行政复议、提起行政诉讼的情况,存在的主要问题及改进措施6个部分。',
  '一、 概述',
  '(一)规范公开内容。凡依法应公开的内容,全部纳入公开范围。',
  '二、主动公开政府信息情况',
  '2010年,我县主动公开政府信息1200条。',
].join('\n');

test('a 2008-regulation report named as the subject of its opening sentence', () => {
  const d = detect(namedOpening);
  assert.equal(d.kind, 'gov-info-2008');
  assert.equal(d.year, 2010);
});

test('the same opening without the compiling words is not read as one', () => {
  const other = namedOpening.replace('根据《中华人民共和国政府信息公开条例》(以下简称《条例》)进行编制。全文包括', '已在门户网站发布,欢迎查阅。内容涉及');
  assert.equal(detect(other).kind, null);
});

// A page explaining a 镇's report: it quotes the report's title (编制了《…年度报告》) and its parts.
const explainer = [
  '《某县某镇人民政府2023年政府信息公开工作年度报告》已经编制完成并向社会公开,为方便群众看懂年报信息,现就年报内容进行如下解读。',
  '一、编制背景',
  '政府信息公开工作年度报告是《中华人民共和国政府信息公开条例》确立的法定制度安排。某镇在综合本单位政府信息公开工作的基础上,编制了《某县某镇人民政府2023年政府信息公开工作年度报告》。',
  '二、主要内容',
  '报告全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等六项内容。',
  '三、统计期限',
  '本年度报告中所列数据统计期限从2023年1月1日到2023年12月31日止。',
].join('\n');

test('a page explaining a report (现就年报内容进行如下解读) is not the report', () => {
  const d = detect(explainer);
  assert.equal(d.kind, null);
  assert.match(d.reason, /解读/);
});

test('a report that mentions 政策解读 in its opening is still the report', () => {
  const report = [
    '某镇2023年政府信息公开工作年度报告',
    '本报告根据《中华人民共和国政府信息公开条例》编制,现就全年政务公开、政策解读等工作情况报告如下。',
    '一、总体情况',
    '2023年,某镇主动公开政府信息120条。',
  ].join('\n');
  assert.equal(detect(report).kind, 'gov-info-2021');
});

// A title broken inside 政府信息公开 after the year (某某街道办事处2024年度政府 / 信息公开工作年度报告).
test('a title broken inside the statutory name is read over its two lines', () => {
  const text = [
    '某区某街道办事处2024年度政府',
    '信息公开工作年度报告',
    '根据《中华人民共和国政府信息公开条例》编制本报告。报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。',
    '一、总体情况',
    '2024年,某街道主动公开政府信息218条。',
  ].join('\n');
  const a = analyze(text);
  assert.equal(a.doc.title?.norm, '某区某街道办事处2024年度政府信息公开工作年度报告');
  assert.equal(a.doc.title?.line, 0);
  // A line above that ends in 政府 without the year is no first half of the title.
  const b = analyze(text.replace('2024年度政府\n', '人民政府\n'));
  assert.notEqual(b.doc.title?.norm, '某区某街道办事处人民政府信息公开工作年度报告');
});
