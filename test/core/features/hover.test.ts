// core/features/hover.ts: table cells with their constraints, statutory headings, disposition terms.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { hoverAt } from '../../../server/src/core/features/hover';
import { build2008, buildDraft, buildRuleOfLaw, setCell } from '../rules/build';
import { analyzed, at, corpus, SAMPLE, WEEKLY_NOTE } from './corpus';

const hover = (text: string, offset: number) => hoverAt(analyzed(text), offset);
/** The hover at the k-th occurrence of needle, `delta` characters in. */
const hoverOn = (text: string, needle: string, delta = 0, k = 0) => hover(text, at(text, needle, delta, k));

describe('hover on a table cell', () => {
  test('names table, row and column, and shows each constraint with ✓ / ✗ and the expected value', () => {
    const h = hoverOn(SAMPLE, '| 25 |', 2)!;
    assert.ok(h);
    assert.equal(SAMPLE.slice(h.start, h.end), '25');
    const lines = h.markdown.split('\n');
    assert.equal(lines[0], '**表三 “（一）予以公开” 行 · “自然人” 列**');
    // Both failing sums pass through this cell, and 24 makes both hold: the hover, like the
    // diagnostic, names this cell rather than the totals (issue #16 §1).
    assert.ok(lines.some((l) => l.startsWith('此格应为 24：')), h.markdown);
    assert.ok(lines.includes('- 行总计：**25** + 3 + 0 + 0 + 1 + 0 = 29（表中 28 ✗，错在此格：应为 24，改后成立）'), h.markdown);
    assert.ok(lines.includes('- 本列（七）总计：**25** + 4 + 1 + 1 + 6 + 1 + 1 + 1 + 1（其余 12 项为 0） = 41（表中 40 ✗，错在此格：应为 24，改后成立）'), h.markdown);
    assert.ok(h.markdown.endsWith('依据：条例（2019）第三十六条第（一）（二）项'));
  });

  test('the stated total is in bold; R1 shows both sides', () => {
    const total = hoverOn(SAMPLE, '| 28 |', 2)!;
    assert.match(total.markdown, /行总计：25 \+ 3 \+ 0 \+ 0 \+ 1 \+ 0 = 29（表中 \*\*28\*\* ✗，错在“25”一格：应为 24，改后成立）/);
    const next = hoverOn(SAMPLE, '四、结转下年度继续办理 | 3', 14)!;
    assert.equal(SAMPLE.slice(next.start, next.end), '3');
    assert.match(next.markdown, /^\*\*表三 “四、结转下年度继续办理” 行 · “自然人” 列\*\*/);
    assert.ok(next.markdown.includes('- 本列 一 + 二 = 三（七） + 四：40 + 3 = 43，40 + **3** = 43 ✓'), next.markdown);
  });

  test('a consistent draft: every line ticks', () => {
    for (const kind of [2019, 2021] as const) {
      const text = buildDraft({ kind });
      const h = hoverOn(text, '（一）予以公开 | 5', 10)!;
      assert.equal(text.slice(h.start, h.end), '5');
      const checks = h.markdown.split('\n').filter((l) => l.startsWith('- '));
      assert.equal(checks.length, 2, h.markdown);
      assert.ok(checks.every((l) => l.endsWith('✓）')), h.markdown);
    }
  });

  test('a blank cell in a row with other numbers: read as 0, and every check through it says so', () => {
    const s = setCell(buildDraft(), '（一）予以公开', 1, '');
    const h = hover(s.text, s.start)!;
    assert.ok(h.markdown.includes('此格为空：没有的请填 0。勾稽检查按 0 计算此格'), h.markdown);
    assert.match(h.markdown, /- 行总计：5 \+ \*\*0\*\* \+ 0 \+ 0 \+ 0 \+ 0 = 5（表中 6 ✗，错在此格：应为 1，改后成立）（空格按 0 计）/);
    assert.match(h.markdown, /- 本列（七）总计：.*（空格按 0 计）/);
    // The blanks before the separator belong to the empty cell.
    assert.ok(hover(s.text, s.start - 1), 'hover on the space of an empty cell');
  });

  test('a blank cell in a row with no number: the checks through it are skipped', () => {
    let text = buildDraft();
    for (let k = 0; k < 7; k++) text = setCell(text, '（一）予以公开', k, '').text;
    const cell = analyzed(text).report!.tables.get('applications')!.rows.find((r) => r.rowId === 'open')!.values.get('business')!;
    const h = hover(text, cell.start) ?? hover(text, cell.start - 1)!;
    assert.ok(h.markdown.includes('此格为空：未填写的数不等于 0'), h.markdown);
    assert.ok(h.markdown.includes('- 行总计：未检查——“总计”栏为空'), h.markdown);
    assert.ok(h.markdown.includes('- 本列（七）总计：未检查——“（一）予以公开”行为空'), h.markdown);
  });

  test('an unreadable cell: not a non-negative integer, checks skipped; Markdown in it is escaped', () => {
    const s = setCell(buildDraft(), '（一）予以公开', 0, '*5*');
    const h = hover(s.text, s.start + 1)!;
    assert.ok(h.markdown.includes('此格“\\*5\\*”不是非负整数，涉及此格的勾稽检查已跳过。'), h.markdown);
  });

  test('a number that fits no column, and a row that is no statutory row', () => {
    const s = setCell(buildDraft(), '（一）予以公开', 0, '5 | 1');
    const h = hover(s.text, s.start + 4)!;
    assert.equal(s.text.slice(h.start, h.end), '1');
    assert.equal(h.markdown, '**表三 “（一）予以公开” 行**\n\n此行有 8 个数，格式要求 7 个，无法确定此数属于哪一列，涉及此行的勾稽检查已跳过。');
    const base = buildDraft();
    const unreadable = base.replace('| （一）予以公开 |', '| 甲乙丙丁戊己 |');
    const i = hoverOn(unreadable, '| 甲乙丙丁戊己 | 5', 11)!;
    assert.ok(i.markdown.startsWith('**表三 “（一）予以公开” 行 · “自然人” 列**\n\n行名无法识别，按上下行推定为此行。\n\n- 行总计：'), i.markdown);
    const row = base.split('\n').find((l) => l.startsWith('| （一）予以公开 |'))!;
    const extra = base.replace(row, `${row}\n| 甲乙丙丁戊己 | 7 | 0 | 0 | 0 | 0 | 0 | 7 |`);
    const u = hoverOn(extra, '| 甲乙丙丁戊己 | 7', 11)!;
    assert.equal(u.markdown, '**表三 “甲乙丙丁戊己” 行 · “自然人” 列**\n\n行名不是法定行名，此行不参与勾稽检查。');
  });

  test('table 四 and table 二', () => {
    const r = hoverOn(SAMPLE, '| 1 | 0 | 0 | 1 | 3 | 0', 18)!;
    assert.equal(SAMPLE.slice(r.start, r.end), '3');
    assert.equal(r.markdown, '**表四 “行政诉讼·未经复议直接起诉” · “总计” 栏**\n\n- 行政诉讼·未经复议直接起诉总计：1 + 0 + 0 + 1 = 2（表中 **3** ✗，应为 2）');
    const b = hoverOn(SAMPLE, '356.4')!;
    assert.match(b.markdown, /^\*\*表二 第二十条第（八）项 · “行政事业性收费” 行 · “本年收费金额（单位：万元）” 列\*\*\n\n此栏填写金额（单位：万元），可带小数。$/);
  });

  test('a row label: the statutory row, its basis and its row total', () => {
    const h = hoverOn(SAMPLE, '（二）部分公开（', 3)!;
    assert.equal(SAMPLE.slice(h.start, h.end), '（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
    assert.ok(h.markdown.startsWith('**表三 “（二）部分公开” 行**（收到和处理政府信息公开申请情况）'));
    assert.ok(h.markdown.includes('依据：条例（2019）第三十七条'));
    assert.ok(h.markdown.includes('- 行总计：4 + 0 + 0 + 0 + 0 + 0 = 4（表中 4 ✓）'));
    const group = hoverOn(SAMPLE, '| （五）不予处理 |', 4)!;
    assert.match(group.markdown, /下分 5 项：1\.信访举报投诉类申请；2\.重复申请；/);
  });
});

describe('hover on a statutory heading', () => {
  test('what the section must contain, with its table, constraints, basis and where the table is', () => {
    const h = hoverOn(SAMPLE, '三、收到和处理', 1)!;
    assert.equal(SAMPLE.slice(h.start, h.end), '## 三、收到和处理政府信息公开申请情况');
    const md = h.markdown;
    assert.ok(md.startsWith('**三、收到和处理政府信息公开申请情况** · 法定第三部分（共 6 部分，必备）'), md);
    assert.ok(md.includes('依据：条例（2019）第五十条第（二）项'));
    assert.ok(md.includes('应含表格“收到和处理政府信息公开申请情况”：7 列（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计）× 25 行数字'));
    assert.ok(md.includes('勾稽关系：\n- 每列：一 + 二 = 三（七） + 四\n- 每行：总计 = 自然人 + 商业企业 + … + 其他（共 6 项）\n- 每列：（七）总计 = '));
    assert.ok(md.includes('本文档：已识别该表格（第 31–62 行）。'));
    const general = hoverOn(SAMPLE, '一、总体情况')!;
    assert.ok(general.markdown.includes('本部分为文字叙述，没有法定表格。'));
  });

  test('a heading worded differently is named by its statutory title; a missing table is said', () => {
    const text = buildDraft().replace('## 三、收到和处理政府信息公开申请情况', '## 三、收到和处理政府信息公开申请的情况').replace(/\n\| （本列[\s\S]*?\n\n/, '\n\n');
    const h = hoverOn(text, '三、收到')!;
    assert.ok(h.markdown.includes('本文标题写作“收到和处理政府信息公开申请的情况”，法定标题为“收到和处理政府信息公开申请情况”。'), h.markdown);
    assert.ok(h.markdown.includes('本文档：本部分未找到该表格。'), h.markdown);
  });

  test('content items checked by meaning list their keywords', () => {
    const text = buildRuleOfLaw();
    const h = hoverOn(text, '二、存在的不足和原因')!;
    assert.ok(h.markdown.startsWith('**存在的不足和原因** · 第 2 项报告内容（共 5 项，必备）'), h.markdown);
    assert.ok(h.markdown.includes('按内容识别：标题含“不足”“存在问题”'), h.markdown);
  });
});

describe('hover on a disposition term', () => {
  test('a non-standard name in prose: the standard name, its row and basis', () => {
    const h = hoverOn(SAMPLE, '同意公开', 1)!;
    assert.equal(SAMPLE.slice(h.start, h.end), '同意公开');
    assert.ok(h.markdown.startsWith('**同意公开** 不是规范的办理结果名称，应写作“予以公开”。'), h.markdown);
    assert.ok(h.markdown.includes('**表三 “（一）予以公开” 行**'));
    assert.ok(h.markdown.includes('依据：条例（2019）第三十六条第（一）（二）项'));
  });

  test('standard names, the longest match under the cursor wins', () => {
    const h = hoverOn(SAMPLE, '属于重复申请', 3)!;
    assert.equal(SAMPLE.slice(h.start, h.end), '重复申请');
    assert.ok(h.markdown.startsWith('**重复申请** · 规范的办理结果名称'));
    assert.ok(h.markdown.includes('“（五）不予处理2.重复申请” 行'));
    assert.ok(h.markdown.includes('依据：条例（2019）第三十六条第（六）项'));
    const text = buildDraft().replace('上年结转1件。', '上年结转1件，其中政府信息不存在2件，不予处理1件。');
    const longest = hoverOn(text, '政府信息不存在', 3)!;
    assert.equal(text.slice(longest.start, longest.end), '政府信息不存在');
    assert.ok(longest.markdown.includes('应写作“本机关不掌握相关政府信息”'));
    const group = hoverOn(text, '不予处理1件', 1)!;
    assert.ok(group.markdown.includes('下分 5 项'), group.markdown);
  });

  test('a negated name is no disposition; the 2008 format and non-reports get nothing', () => {
    const text = buildDraft().replace('上年结转1件。', '上年结转1件，第三方不同意公开。');
    assert.equal(hoverOn(text, '不同意公开', 2), null);
    const old = build2008();
    assert.ok(analyzed(old).kind === 'gov-info-2008');
    assert.equal(hoverOn(old, '同意公开', 1), null);
    assert.equal(hoverOn(WEEKLY_NOTE, '同意公开', 1), null);
    assert.equal(hoverOn(WEEKLY_NOTE, '| 3 |', 2), null);
  });
});

test('never throws and stays inside the text, on every text of the sweep', () => {
  for (const { name, text } of corpus().filter((_, i) => i % 3 === 0)) {
    const a = analyzed(text);
    for (let o = 0; o <= text.length; o += 7) {
      const h = hoverAt(a, o);
      if (!h) continue;
      assert.ok(h.start <= o && o <= h.end && h.end <= text.length, `${name} @${o}`);
      assert.ok(h.markdown.length > 0);
    }
    assert.equal(hoverAt(a, -1), null);
    assert.equal(hoverAt(a, text.length + 5), null);
  }
});
