// Table 二 running straight into table 三 without a heading between (mB harvest, issue #12: a 街道's
// 2019 report whose page kept pipe rows only, 政府集中采购 | 0 | 0 then （本列数据的勾稽关系为…） |
// 申请人情况 | …): the rows are split at table 三's printed note, each part read as its own table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lint } from '../../../server/src/core';
import { buildDraft } from '../rules/build';

const HEADING = '\n\n三、收到和处理政府信息公开申请情况\n\n';

function joined(removeHeading2: boolean): string {
  const full = buildDraft({ kind: 2019, layout: 'loose-pipe', flavour: 'txt' });
  assert.ok(full.includes(HEADING));
  // The page lost part 三's heading: table 三's rows follow table 二's at once.
  let text = full.replace(HEADING, '\n');
  if (removeHeading2) text = text.replace('二、主动公开政府信息情况\n\n', '');
  return text;
}

for (const removeHeading2 of [false, true]) {
  test(`table 三 after table 二 with no heading between is read as table 三 (${removeHeading2 ? 'no part headings' : 'inside part 二'})`, () => {
    const text = joined(removeHeading2);
    const r = lint(text);
    const rules = r.findings.filter((f) => f.severity !== 'info').map((f) => f.rule);
    assert.ok(!rules.includes('table-row-unknown'), JSON.stringify(r.findings.filter((f) => f.rule === 'table-row-unknown').map((f) => f.message)));
    assert.ok(!rules.includes('table-row-missing'), JSON.stringify(r.findings.filter((f) => f.rule === 'table-row-missing').map((f) => f.message)));
    const a = analyze(text);
    const apps = a.report?.tables.get('applications');
    assert.ok(apps, 'table 三 is read');
    // Table 二 keeps its own rows, the last of them 政府集中采购.
    assert.ok(a.report?.tables.get('active'), 'table 二 is read');
  });
}

test('a row that only mentions the note further in is no split point', () => {
  const text = joined(false).replace('| 政府集中采购 | 2 | 12.5 |  |', '| 政府集中采购（本列数据的勾稽关系为另表） | 2 | 12.5 |  |');
  assert.ok(analyze(text).report?.tables.get('active'));
});

/** The draft's pipe rows written one cell a line, each cell closed by its bar (a browser copy: 规章 | / 0 | / …). */
function oneCellALine(text: string): string {
  return text.split('\n').flatMap((l) => (/\|\s*$/.test(l)
    ? l.replace(/^\|/, '').replace(/\|\s*$/, '').split('|').map((c) => (c.trim() ? `${c.trim()} |` : '|'))
    : [l])).join('\n');
}

test('one cell a line: table 三 after table 二 with no heading between is split at its note too (nS/35)', () => {
  const text = oneCellALine(joined(true));
  const a = analyze(text);
  const apps = a.report?.tables.get('applications');
  assert.ok(apps, 'table 三 is read');
  assert.ok(apps!.rows.some((r) => r.rowId === 'new'), 'its first row is table 三\'s');
  const active = a.report?.tables.get('active');
  assert.ok(active && !active.rows.some((r) => /本年新收/.test(r.label ?? '')), 'table 二 holds none of table 三\'s rows');
});
