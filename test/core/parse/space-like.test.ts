// A browser copy keeps &nbsp; as U+00A0, and typeset text has en/em/thin spaces: the readers take
// them for the spaces they stand for (parse/document.ts, `work`), so a report reads the same with
// them as with ASCII spaces. Texts of our own, in the layouts where a space is part of the shape.
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
