// table-row-unknown: a row with figures whose label matches no statutory row. Not for the
// second half of a split label (seed 003: 服务事项 U 0 0), rows inferred from their neighbours,
// or rows of another format year. Fix (unsafe) to the clearly closest absent statutory label.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyOne, buildDraft, LAYOUTS, lineOf, where } from './build';
import { assertSilentOnCompleteDrafts, found, lintAll } from './structure-helpers';
import { ROOT, readSeed } from '../helpers';

const RULE = 'table-row-unknown';

test('silent on complete drafts, the seeds and the converted corpus report', () => {
  assertSilentOnCompleteDrafts(RULE);
  for (const seed of ['000', '001', '002', '003', '004']) assert.deepEqual(found(readSeed(seed), RULE), [], seed);
  assert.deepEqual(found(readFileSync(join(ROOT, 'test', 'fixtures', 'corpus', '2025-county-government-converted.md'), 'utf8'), RULE), []);
});

test('seed 003: 服务事项 U 0 0 completes 其他对外管理: only table-cell-invalid speaks about the U', () => {
  const text = readSeed('003');
  const r = lintAll(text);
  const line29 = r.findings.filter((f) => where(text, f).line === 28);
  assert.deepEqual(line29.map((f) => [f.rule, where(text, f).slice]), [['table-cell-invalid', 'U']]);
});

test('an invented row in table 三: warning on its label, no fix when no statutory row is absent', () => {
  for (const layout of LAYOUTS) {
    const base = buildDraft({ layout });
    const row = base.split('\n').find((l) => l.includes('（一）予以公开'))!;
    const text = base.replace(row, `${row}\n${row.replace('（一）予以公开', '电话咨询转办')}`);
    const fs = found(text, RULE);
    assert.equal(fs.length, 1, layout);
    assert.deepEqual(where(text, fs[0]), { line: lineOf(text, '电话咨询转办'), slice: '电话咨询转办' });
    assert.equal(fs[0].severity, 'warning');
    assert.equal(fs[0].message, '表三中的“电话咨询转办”不是法定项目：请按格式的法定行填报');
    assert.equal(fs[0].fix, undefined);
  }
});

test('a mislabelled row whose statutory row is absent: the fix (to be confirmed) restores the label', () => {
  const text = buildDraft({ kind: 2021, layout: 'loose-pipe' }).replace('行政强制 |', '行政检查 |');
  const [f] = found(text, RULE);
  assert.equal(f.message, '表二中的“行政检查”不是法定项目，是否应为“行政强制”？');
  assert.equal(f.fix!.safe, false);
  assert.equal(applyOne(text, f), buildDraft({ kind: 2021, layout: 'loose-pipe' }));
});

test('no fix when two absent rows are equally close', () => {
  const text = buildDraft({ kind: 2021 }).replace('| 行政强制 |', '| 行政检查 |').replace('| 行政处罚 |', '| 行政复核 |');
  const fs = found(text, RULE);
  assert.equal(fs.length, 2);
  assert.ok(fs.every((f) => f.fix === undefined));
});

test('a label split over two lines is one row; a different second line is not a continuation', () => {
  const base = buildDraft({ kind: 2019, layout: 'tab' });
  const row = base.split('\n').find((l) => l.startsWith('其他对外管理服务事项'))!;
  const split = (tail: string) => base.replace(row, `${row.replace('服务事项', '')}\n${tail}\t0\t0\t0`);
  assert.deepEqual(found(split('服务事项'), RULE), []);
  const other = split('服务大厅');
  assert.deepEqual(found(other, RULE).map((f) => where(other, f).slice), ['服务大厅']);
});

test('precision: an unreadable label between two rows is inferred, not unknown', () => {
  const text = buildDraft({ kind: 2019, layout: 'tab' }).replace('5.属于三类内部事务信息', '理结果结公开');
  assert.deepEqual(found(text, RULE), []);
});

test('precision: label debris without two readable characters is not reported', () => {
  const base = buildDraft({ layout: 'loose-pipe' });
  const row = base.split('\n').find((l) => l.startsWith('（一）予以公开'))!;
  assert.deepEqual(found(base.replace(row, `${row}\n${row.replace('（一）予以公开', 'Ξ (-')}`), RULE), []);
});

test('precision: a separate table of the author\'s own in the same section is not a statutory table', () => {
  for (const layout of LAYOUTS) {
    const base = buildDraft({ layout, flavour: 'md' });
    const own = layout === 'gfm' ? '| 栏目 | 条数 |\n| --- | --- |\n| 政策文件 | 31 |\n| 工作动态 | 120 |'
      : layout === 'tab' ? '栏目\t条数\n政策文件\t31\n工作动态\t120' : '栏目 | 条数 |\n政策文件 | 31 |\n工作动态 | 120 |';
    const text = base.replace('## 三、', `${own}\n\n## 三、`);
    assert.ok(text.includes('政策文件'));
    assert.deepEqual(found(text, RULE), [], layout);
    assert.deepEqual(found(text, 'table-row-missing'), [], layout);
  }
});

test('a garbled label after blank merged-group cells (a PDF/Word form with three label columns): the message quotes the label only', () => {
  // Table 三 as the PDF reader rebuilds it (淮安市洪泽区 2023, the report of test/fixtures/real/c03/c04).
  const rows: [string, string, string, number][] = [
    ['一、本年新收政府信息公开申请数量', '', '', 2], ['二、上年结转政府信息公开申请数量', '', '', 0],
    ['三、本年度办理结果', '（一）予以公开', '', 1], ['', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '', 0],
    ['', '（三）不予公开', '1.属于国家秘密', 0], ['', '', '2.其他法律行政止公开', 0],
    ['', '', '3.危及“三安全一稳定”', 0], ['', '', '4.保护第三方合法权益', 0], ['', '', '5.属于三类内部事务信息', 0],
    ['', '', '6.属于四类过程性信息', 0], ['', '', '7.属于行政执法案卷', 0], ['', '', '8.属于行政查询事项', 0],
    ['', '（四）无法提供', '1.本机关不掌握相关政府信息', 1], ['', '', '2.没有现成信息需要另行制作', 0], ['', '', '3.补正后申请内容仍不明确', 0],
    ['', '（五）不予处理', '1.信访举报投诉类申请', 0], ['', '', '2.重复申请', 0], ['', '', '3.要求提供公开出版物', 0],
    ['', '', '4.无正当理由大量反复申请', 0], ['', '', '5.要求行政机关确认或重新出具已获取信息', 0],
    ['', '（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 0],
    ['', '', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 0], ['', '', '3.其他', 0],
    ['', '（七）总计', '', 2], ['四、结转下年度继续办理', '', '', 0],
  ];
  const table = [
    '| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） |  |  | 申请人情况 |  |  |  |  |  |  |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    '|  |  |  | 自然人 | 法人或其他组织 |  |  |  |  | 总计 |',
    '|  |  |  |  | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |  |',
    ...rows.map(([a, b, c, n]) => `| ${a} | ${b} | ${c} | ${n} | 0 | 0 | 0 | 0 | 0 | ${n} |`.replace(/\|  \|/g, '|  |')),
  ].join('\n');
  const text = buildDraft({ layout: 'gfm' }).replace(/(## 三、收到和处理政府信息公开申请情况\n)[\s\S]*?\n(?=## 四、)/, `$1\n${table}\n\n`);
  assert.ok(text.includes('2.其他法律行政止公开'));
  const fs = found(text, RULE);
  assert.equal(fs.length, 1, fs.map((f) => f.message).join('\n'));
  assert.equal(fs[0].message, '表三中的“2.其他法律行政止公开”不是法定项目，是否应为“2.其他法律行政法规禁止公开”？');
  assert.equal(where(text, fs[0]).slice, '2.其他法律行政止公开');
  // The group label on the garbled row itself (as a copy on one line merges it into the label): the
  // same finding, on the label alone, with its fix.
  const merged = text.replace('|  | （三）不予公开 | 1.属于国家秘密 |', '|  |  | 1.属于国家秘密 |')
    .replace('|  |  | 2.其他法律行政止公开 |', '|  | （三）不予公开 | 2.其他法律行政止公开 |');
  assert.notEqual(merged, text);
  const ms = found(merged, RULE);
  assert.equal(ms.length, 1, ms.map((f) => f.message).join('\n'));
  assert.equal(ms[0].message, fs[0].message);
  assert.equal(where(merged, ms[0]).slice, '2.其他法律行政止公开');
  assert.deepEqual(ms[0].fix?.edits.map((e) => [merged.slice(e.start, e.end), e.newText]), [['2.其他法律行政止公开', '2.其他法律行政法规禁止公开']]);
});

test('a damaged sub-row label is matched by its item number and remaining characters, reported with a fix', () => {
  for (const layout of LAYOUTS) {
    const base = buildDraft({ layout });
    const text = base.replace('4.无正当理由大量反复申请', '4.无正当理复申请');
    const r = lintAll(text);
    // Read as row 4 of （五）不予处理 (not as 2.重复申请): no row is missing.
    assert.deepEqual(r.findings.filter((f) => f.rule === 'table-row-missing'), [], layout);
    const fs = r.findings.filter((f) => f.rule === RULE);
    assert.equal(fs.length, 1, layout);
    assert.equal(fs[0].message, '表三中的“4.无正当理复申请”不是法定项目，是否应为“4.无正当理由大量反复申请”？');
    assert.equal(applyOne(text, fs[0]), base, layout);
  }
});

test('a statutory row label with one character wrong: read as that row, reported with the statutory label', () => {
  for (const layout of LAYOUTS) {
    const base = buildDraft({ layout });
    for (const [typo, right, wrong] of [['（一）予以公升', '（一）予以公开', '升'], ['1.本机关不掌握相关政府信熄', '1.本机关不掌握相关政府信息', '熄']]) {
      const text = base.replace(right, typo);
      assert.notEqual(text, base);
      const fs = found(text, RULE);
      assert.equal(fs.length, 1, `${layout} ${typo}`);
      assert.equal(where(text, fs[0]).line, lineOf(text, typo));
      assert.equal(fs[0].message, `表三中的“${typo}”不是法定项目，是否应为“${right}”？`);
      // The fix (to be confirmed) corrects the one character, nothing else of the line.
      assert.equal(fs[0].fix!.safe, false);
      assert.equal(fs[0].fix!.title, `把“${wrong}”改为“${right.slice(-1)}”`);
      assert.equal(applyOne(text, fs[0]), base);
      // The row's figures still count: no table-row-missing for it.
      assert.deepEqual(found(text, 'table-row-missing'), [], layout);
    }
  }
});

test('a typo in a label cell that also holds its group label (a rowspan cell copied into the row): still found', () => {
  for (const layout of LAYOUTS) {
    const base = buildDraft({ layout });
    const merged = base.replace('1.本机关不掌握相关政府信息', '（四）无法提供1.本机关不掌握相关政府信息');
    assert.deepEqual(found(merged, RULE), [], layout);
    const text = merged.replace('无法提供1.本机关不掌握相关政府信息', '无法提供1.本机关不掌握相关政府信熄');
    const fs = found(text, RULE).filter((f) => where(text, f).line === lineOf(text, '政府信熄'));
    assert.equal(fs.length, 1, layout);
    assert.equal(fs[0].message, '表三中的“（四）无法提供1.本机关不掌握相关政府信熄”不是法定项目，是否应为“1.本机关不掌握相关政府信息”？');
    assert.equal(applyOne(text, fs[0]), merged);
  }
});

test('a 表二 row label with one character wrong (行政许司): read as 行政许可, reported with the statutory label', () => {
  for (const layout of LAYOUTS) {
    const base = buildDraft({ layout });
    const row = base.split('\n').find((l) => l.includes('行政许可') && /\d/.test(l))!;
    const text = base.replace(row, row.replace('行政许可', '行政许司'));
    const fs = found(text, RULE);
    assert.equal(fs.length, 1, layout);
    assert.equal(where(text, fs[0]).line, lineOf(text, '行政许司'));
    assert.equal(fs[0].message, '表二中的“行政许司”不是法定项目，是否应为“行政许可”？');
    assert.equal(applyOne(text, fs[0]), base);
    assert.deepEqual(found(text, 'table-row-missing'), [], layout);
  }
});

test('not a typo: the statutory label in Traditional script, spaced out, or with its note is no misspelt label', () => {
  const base = buildDraft({ layout: 'loose-pipe' });
  for (const [from, to] of [['（一）予以公开', '（一）予以公開'], ['（一）予以公开', '（一） 予 以 公 开'], ['1.本机关不掌握相关政府信息', '1.本機關不掌握相關政府信息'],
    ['（一）予以公开', '（一）予以公开（含主动公开）']]) {
    const text = base.replace(from, to);
    assert.notEqual(text, base);
    assert.deepEqual(found(text, RULE), [], to);
  }
});
