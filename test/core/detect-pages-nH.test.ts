// Detection on shapes seen in the nH harvest (西北 and 东北 reports, 2008-regulation reports, 法治政府建设
// reports of departments, and pages that only look like reports). Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from './helpers';
import { analyze } from '../../server/src/core';

test('an untitled report whose opening lists its statutory parts by name, the year only in 截止日期为…12月31日', () => {
  const t = ['本报告由“总体情况”“主动公开政府信息情况”“收到和处理政府信息公开申请情况”“政府信息公开行政复议、行政诉讼情况”“存在的主要问题及改进情况”“其他需要报告的事项”六个部分组成。所列数据截止日期为2023年12月31日,电子版可在某市人民政府网站下载。',
    '一、总体情况', '我局坚持以公开为常态、不公开为例外,本年度主动公开信息12条。'].join('\n');
  const d = detect(t);
  assert.equal(d.kind, 'gov-info-2021');
  assert.equal(d.year, 2023);
  // Two part names are no list of the report's parts.
  assert.equal(detect(t.replace(/“收到和处理[^。]*事项”/, '')).kind, null);
});

test('a text that opens 为……，根据《条例》，制定本制度。 is a set of rules, not a report, though its items name a report\'s parts', () => {
  const t = ['为依法全面、准确、及时向社会公布政府信息公开工作情况,根据《中华人民共和国政府信息公开条例》,制定本制度。',
    '一、政务公开工作年度报告起止时间为本年度1月1日至12月31日。', '二、政务公开工作年度报告应于每年3月31日前向社会公布。',
    '三、政务公开工作年度报告应包括以下内容:', '(一)主动公开信息情况', '(二)依申请公开信息情况', '(三)存在的主要问题和改进情况', '(四)其他需要报告的事项'].join('\n');
  assert.equal(detect(t).kind, null);
  assert.match(detect(t).reason, /制定本制度/);
});

test('the body year: a line opening 2021年某区政务公开工作在……, or 2019年度为全面推进……', () => {
  const gov = ['本年度报告是根据《中华人民共和国政府信息公开条例》要求,由某区人民政府办公室编制而成。全文包括总体情况,主动公开政府信息情况等部分。',
    '一、总体情况', '2021年某区政务公开工作在区委区政府的正确领导下,各项工作顺利推进。'].join('\n');
  assert.equal(detect(gov).year, 2021);
  // A plan named at the start of the line is no body year: the year is that of the 要点 carried out, the last resort.
  const plan = analyze(gov.replace('2021年某区政务公开工作在', '2021年某区政务公开工作要点印发后')).doc;
  assert.deepEqual([plan.year, plan.yearSource], [2021, 'plan']);
  const rol = ['按照《法治政府建设与责任落实工作规定》的要求,现将我局法治政府建设年度情况报告如下:', '一、法治政府建设工作情况',
    '2019年度为全面推进法治政府建设工作,我局成立了法治政府建设工作领导小组。'].join('\n');
  const d = detect(rol);
  assert.equal(d.kind, 'rule-of-law');
  assert.equal(d.year, 2019);
  // Pasted without spaces or breaks: the part title runs into the year (……工作情况2019年度为……).
  assert.equal(detect(rol.replace(/\s+/g, '')).year, 2019);
});

test('a 2008-regulation report under the page\'s bulleted metadata block (- 索 引 号:… - 备注/文号:… - 公文生成日期:…): its opening still counts', () => {
  const t = ['- 索 引 号:QZ09054-1620-2013-52619', '- 备注/文号:某参政[2013]27号', '- 发布机构:某某乡', '- 公文生成日期:2013-03-28',
    '根据《中华人民共和国政府信息公开条例》规定和省、市、县有关要求,并结合我乡工作实际编制2012年我乡政府信息公开工作年度报告。全文包括概述,主动公开政府信息情况,依申请公开政府信息情况,政府信息公开的收费及减免情况,因政府信息公开申请行政复议、提起行政诉讼的情况,存在的主要问题和改进措施等部分。本年度报告中所列数据的统计期限自2012年1月1日起至2012年12月31日止。',
    '一、概述', '(一)加强领导。成立了政府信息公开领导小组。'].join('\n');
  const d = detect(t);
  assert.equal(d.kind, 'gov-info-2008');
  assert.equal(d.year, 2012);
  // Pasted on one line: the field name spaced out after its bullet (- 索 引 号:) is one piece, a metadata line.
  const one = detect(t.replace(/\n/g, ' '));
  assert.equal(one.kind, 'gov-info-2008');
  assert.equal(one.year, 2012);
  // The paragraph broken after its first sentence (PDF text whose full line ended in 。): that
  // sentence names the report it compiles, the issuer after the year (编制2012年我乡…年度报告).
  const broken = detect(t.replace('等部分。本年度报告', '等部分。\n本年度报告'));
  assert.deepEqual([broken.kind, broken.year], ['gov-info-2008', 2012], broken.reason);
});
