// A PDF→Markdown converter's table 三 (test/fixtures/real-pages/nK/01, 02: two published reports after
// such a conversion): rows whose labels the converter left outside the table take the statutory
// rows missing between identified rows, in order, when there are exactly as many; prose that names a
// reason with 等 before its disposition (属信访、重复申请等不予处理80件) or a part of the closed
// applications after 中 (办结的申请中同意公开答复9件) is not read as that row or as all closed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';
import { buildDraft, findings, setCell } from '../rules/build';

/** The draft with the label cells of the given table 三 rows emptied (| | 0 | 0 | …). */
function unlabelled(text: string, labels: string[]): string {
  for (const l of labels) text = text.replace(`| ${l} |`, '|  |');
  return text;
}

test('two consecutive rows without labels take the two statutory rows missing there, in order', () => {
  const text = unlabelled(buildDraft({ flavour: 'txt' }), ['2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”']);
  const t = analyze(text).report!.tables.get('applications')!;
  const ids = t.rows.filter((r) => r.inferred).map((r) => r.rowId);
  assert.deepEqual(ids, ['deny-2', 'deny-3']);
  assert.deepEqual(findings(text, 'table-row-missing'), []);
});

test('rows without labels are left unplaced when their count differs from the rows missing there', () => {
  // Three rows missing between 1. and 5., two unlabelled rows and one deleted: no guess.
  const base = unlabelled(buildDraft({ flavour: 'txt' }), ['2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”']);
  const text = base.replace(/\| 4\.保护第三方合法权益 \|[^\n]*\n/, '');
  const t = analyze(text).report!.tables.get('applications')!;
  assert.deepEqual(t.rows.filter((r) => r.inferred).map((r) => r.rowId), []);
});

test('a reason named with 等 before its disposition counts the whole group; 申请中 names a part of those closed', () => {
  // 不予处理: 信访 2 and 重复申请 1 (group 3); the table's other sums are not this test's business.
  let base = buildDraft({ flavour: 'txt' });
  base = setCell(base, '1.信访举报投诉类申请', 0, '2').text;
  base = setCell(base, '1.信访举报投诉类申请', 6, '2').text;
  const para = '三、收到和处理政府信息公开申请情况';
  const at = base.indexOf(para) + para.length;
  const say = (s: string) => base.slice(0, at) + `\n\n${s}\n` + base.slice(at);
  assert.deepEqual(findings(say('属信访、重复申请等不予处理3件。'), 'text-table-mismatch'), []);
  assert.deepEqual(findings(say('所有办结的申请中同意公开答复6件。'), 'text-table-mismatch'), []);
  // Still compared: the group named with a wrong figure; all closed without 中.
  assert.equal(findings(say('属信访、重复申请等不予处理5件。'), 'text-table-mismatch').length, 1);
  assert.equal(findings(say('全年办结政府信息公开申请6件。'), 'text-table-mismatch').length, 1);
});
