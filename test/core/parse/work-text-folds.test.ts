// A browser copy keeps &nbsp; as U+00A0, and typeset text has en/em/thin spaces; a draft typed in
// full width has ２０２３年 and tables of ０: the readers take them for the spaces and digits they
// stand for (parse/document.ts, `work`), so a report reads the same with them as with ASCII.
// Texts of our own, in the layouts where a space or a figure is part of the shape.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lint } from '../../../server/src/core';
import { buildDraft, LAYOUTS } from '../rules/build';

/** What a reading gives: kind, year, title, headings, tables read with their cells, and the findings. */
function reading(text: string) {
  const a = analyze(text);
  const tables = [...(a.report?.tables.values() ?? [])].map((t) => [t.id, t.rows.map((r) => [r.rowId, [...r.values.values()].map((c) => c.text)])]);
  const findings = lint(text).findings.map((f) => `${f.rule}@${f.start}-${f.end}`);
  return { kind: a.kind, year: a.doc.year, title: a.doc.title?.start, headings: a.doc.headings.map((h) => h.start), tables, findings };
}

// Table 二 of the 2021 form one cell a line, each cell ended by " |" (a web copy of an HTML table).
const CELL_LINES = [
  '某某县审计局2023年政府信息公开工作年度报告',
  '一、总体情况',
  '2023年，我局主动公开政府信息80条。',
  '二、主动公开政府信息情况',
  '第二十条第(一)项 | |||', '信息内容 |', '本年制发件数 |', '本年废止件数 |', '现行有效件数 |',
  '规章 |', '0 |', '0 |', '0 |',
  '行政规范性文件 |', '2 |', '0 |', '5 |',
  '第二十条第(五)项 | |||', '信息内容 |', '本年处理决定数量 |',
  '行政许可 |', '12 |',
  '第二十条第(六)项 | |||', '信息内容 |', '本年处理决定数量 |',
  '行政处罚 |', '3 |',
  '行政强制 |', '0 |',
  '第二十条第(八)项 | |||', '信息内容 |', '本年收费金额(单位:万元) |',
  '行政事业性收费 |', '0 |',
  '三、收到和处理政府信息公开申请情况',
  '本年度未收到政府信息公开申请。',
].join('\n');

for (const space of ['\u00a0', '\u2002', '\u2009']) {
  const name = `U+${space.codePointAt(0)!.toString(16).padStart(4, '0').toUpperCase()}`;

  test(`${name} for the spaces of a table one cell a line: the same reading`, () => {
    const plain = reading(CELL_LINES);
    assert.ok(plain.tables.some(([id]) => id === 'active'), 'the plain text reads table 二');
    assert.deepEqual(reading(CELL_LINES.replace(/ /g, space)), plain);
  });

  test(`${name} for every space of a built draft, in each table layout: the same reading`, () => {
    for (const layout of LAYOUTS) {
      const text = buildDraft({ layout, flavour: 'txt' });
      assert.deepEqual(reading(text.replace(/ /g, space)), reading(text), layout);
    }
  });
}

const fullWidth = (t: string) => t.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

test('full-width digits everywhere in a built draft, in each table layout: the same reading', () => {
  for (const layout of LAYOUTS) {
    for (const kind of [2019, 2021] as const) {
      const text = buildDraft({ layout, kind, flavour: 'txt' });
      assert.deepEqual(reading(fullWidth(text)), reading(text), `${layout} ${kind}`);
    }
  }
});

test('full-width digits in a report pasted on one line, its title glued to the text: kind and year', () => {
  const text = '某县２０２５年度法治政府建设情况报告２０２５年，全县坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，'
    + '全面推进法治政府建设。一、主要举措和成效 （一）加强党对法治政府建设的领导。县政府常务会议学法４次。（二）依法全面履行政府职能。'
    + '二、存在的不足和原因 行政执法规范化水平有待提升。三、党政主要负责人履行推进法治建设第一责任人职责情况 县长主持召开专题会议３次。'
    + '四、下一步工作安排 持续推进严格规范公正文明执法。';
  const plain = analyze(text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
  assert.equal(plain.kind, 'rule-of-law', 'the ASCII form reads as a rule-of-law report');
  const a = analyze(text);
  assert.equal(a.kind, 'rule-of-law');
  assert.equal(a.doc.year, 2025);
});

test('a site menu above the report, its items parted by no-break spaces: the same web-debris finding', () => {
  const text = `首   页 走进示例区 新闻中心 政府信息公开 政务服务 互动交流\n${buildDraft({ flavour: 'txt' })}`;
  const plain = reading(text);
  assert.ok(plain.findings.some((f) => f.startsWith('artifact-web@0-')), plain.findings.join(' '));
  assert.deepEqual(reading(text.replace(/ /g, '\u00a0')), plain);
});

// A page that puts a zero-width space (U+200B, as a WeChat or CMS copy does) after every comma and
// full stop: the readers see a space where it stands, so a part title run onto the end of the
// paragraph before it (…电话:0714-8766001)。一、总体情况, real-pages mB/13) is still read.
test('zero-width spaces after every comma and full stop: the same reading', () => {
  const zw = (t: string) => t.replace(/([。，,])/g, '$1\u200b');
  for (const layout of LAYOUTS) {
    const text = buildDraft({ layout, flavour: 'txt' });
    const plain = reading(text);
    const got = reading(zw(text));
    assert.deepEqual([got.kind, got.year, got.tables], [plain.kind, plain.year, plain.tables], layout);
    assert.deepEqual(got.findings.map((f) => f.split('@')[0]).sort(), plain.findings.map((f) => f.split('@')[0]).sort(), layout);
  }
  const tail = '东风路街道2024年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》规定,现公开2024年东风路街办政府信息公开工作年度报告。'
    + '如有疑问,请与东风路街道党政综合办公室联系(电话:0714-8766001)。一、总体情况\n(一)政府信息主动公开情况。\n2024年主动公开信息20条。\n';
  const missing = (t: string) => lint(t).findings.filter((f) => f.rule === 'section-missing').map((f) => f.message).filter((m) => m.includes('总体情况'));
  assert.deepEqual(missing(tail), []);
  assert.deepEqual(missing(zw(tail)), []);
});
