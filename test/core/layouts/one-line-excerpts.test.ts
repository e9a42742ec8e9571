// The first part of a report pasted on one line (a web page's excerpt with its line breaks turned
// into spaces): the title may stand after web chrome or be separated from its issuer by a space,
// the report may be presented only in its first sentence, and the excerpt may stop after part 一 or
// 二. Such a line that is the whole document needs fewer part headings than a long paragraph inside
// a draft; the tables flattened into it split at the next part heading.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lint } from '../../../server/src/core';
import { parseDocument } from '../../../server/src/core/parse/document';
import { leadingTitle } from '../../../server/src/core/parse/title-forms';

const FILL = '全年依法做好政府信息公开工作，按照要求及时公开各类信息，不断提升公开质量和实效，'.repeat(6);

function detect(text: string) {
  const a = analyze(text);
  return { kind: a.kind, year: a.doc.year, title: a.doc.title?.text ?? null, reason: a.detection.reason };
}

test('one-line excerpt: a title after web chrome, followed by a space, is the title; part 一 and 二 suffice', () => {
  const text = `首页/ 政府信息公开 / 年报 / 正文 某某镇2021年政府信息公开工作年度报告 根据《中华人民共和国政府信息公开条例》规定，现通过门户网站向社会公开。 一、总体情况 ${FILL} 二、主动公开政府信息情况 ${FILL}`;
  const d = detect(text);
  assert.equal(d.title, '某某镇2021年政府信息公开工作年度报告');
  assert.deepEqual([d.kind, d.year], ['gov-info-2021', 2021], d.reason);
  const t = parseDocument(text).title!;
  assert.equal(text.slice(t.start, t.end), t.text);
});

test('one-line excerpt: the issuer separated from the year by a space belongs to the title', () => {
  const line = `某某县人民政府办公室 2024年政府信息公开工作年度报告 根据《条例》要求编制本报告。 一、总体情况 ${FILL}`;
  const at = leadingTitle(line)!;
  assert.equal(line.slice(at.start, at.end), '某某县人民政府办公室 2024年政府信息公开工作年度报告');
  assert.deepEqual(Object.values(detect(line)).slice(0, 2), ['gov-info-2021', 2024]);
});

test('one-line excerpt: presented in the first sentence, cut inside part 一 with its sub-parts', () => {
  const text = `根据《中华人民共和国政府信息公开条例》要求，现公布某某县2023年政府信息公开工作年度报告。本报告所列数据统计时限为2023年1月1日至12月31日。 一、总体情况 ${FILL} （一）主动公开 ${FILL} （二）依申请公开 ${FILL}`;
  const d = detect(text);
  assert.deepEqual([d.kind, d.year], ['gov-info-2021', 2023], d.reason);
});

test('one-line excerpt: untitled, two statutory parts each standing as a paragraph', () => {
  const text = `一、总体情况 ${FILL} 二、主动公开政府信息情况 ${FILL} 2022年主动公开信息120条。`;
  assert.equal(detect(text).kind, 'gov-info-2021');
});

test('one-line excerpt: a single paragraph listing points 一、… 二、… is no report, nor a long line inside a draft', () => {
  assert.equal(parseDocument(`我局主要做法是。一、加强领导；二、完善制度；${FILL}`).headings.length, 0);
  // Inside a draft of many lines a long line needs three parts, as before.
  const draft = ['某某局工作情况', '这是第一段。', `主要做法如下。 一、加强组织领导 ${FILL} 二、完善工作制度 ${FILL}`, '这是最后一段。'].join('\n');
  assert.equal(parseDocument(draft).headings.length, 0);
  // A title-like piece that is not followed by a space is not taken as a leading title.
  assert.equal(leadingTitle(`某某镇2021年政府信息公开工作年度报告根据《条例》规定${FILL}`), null);
});

test('one-line excerpt: a table flattened into the line ends at the next part heading over column headers', () => {
  const t2 = '| 第二十条第(八)项 | | 信息内容 | 本年收费金额(单位:万元) | | 行政事业性收费 | 0 | | 第二十条第(九)项 | | 信息内容 | 采购项目数量 | 采购总金额 | | 政府集中采购 | 0 | 0 |';
  const t3 = '| 三、收到和处理政府信息公开申请情况 | 申请人情况 | | 自然人 | 法人或其他组织 | 总计 | | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | | 一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 | | 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | | 三、本年度办理结果 | (一)予以公开 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |';
  const text = `某某局2023年政府信息公开工作年度报告 一、总体情况 ${FILL} 二、主动公开政府信息情况 | 第二十条第(一)项 | | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 | | 规章 | 0 | 0 | 0 | | 行政规范性文件 | 1 | 0 | 5 | ${t2} ${t3}`;
  const r = lint(text);
  assert.equal(r.kind, 'gov-info-2021');
  // 表三's rows are not read as rows of 表二.
  assert.ok(!r.findings.some((f) => f.rule === 'table-row-unknown' && /本年新收|上年结转/.test(f.message)), r.findings.map((f) => `${f.rule} ${f.message}`).join('\n'));
  const d = parseDocument(text);
  const ones = d.tables.filter((b) => b.layout === 'one-line');
  assert.ok(ones.length >= 2, `${ones.length} blocks`);
  assert.ok(ones.some((b) => text.slice(b.start, b.end).includes('本年新收') && !text.slice(b.start, b.end).includes('政府集中采购')));
});

test('one-line excerpt: a channel name and page header around the title do not make it another document', () => {
  const text = `政府信息公开 某某开发区某某街道2022年政府信息公开工作年度报告 时间:2023-01-17 来源:某某街道 点击: 字号: 打印本页 一、总体情况 2022年，某某街道认真贯彻《中华人民共和国政府信息公开条例》。 ${FILL} 二、主动公开政府信息情况 ${FILL} 三、收到和处理政府信息公开申请情况 ${FILL}`;
  const d = detect(text);
  assert.equal(d.title, '某某开发区某某街道2022年政府信息公开工作年度报告');
  assert.deepEqual([d.kind, d.year], ['gov-info-2021', 2022], d.reason);
});
