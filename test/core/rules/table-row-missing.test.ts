// table-row-missing: a statutory row absent from a table that is present, reported on the row
// it belongs after (or, for a table's first row, before); the fix inserts the row with blank
// cells in the table's layout. One finding for a table that lost most rows; none when
// format-outdated or a mislabelled row explains the gap.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyOne, buildDraft, LAYOUTS, lineOf, where } from './build';
import { assertSilentOnCompleteDrafts, found } from './structure-helpers';
import { ROOT, readSeed } from '../helpers';

const RULE = 'table-row-missing';

/** The draft without the table line whose first cell is `label`. */
function drop(text: string, ...labels: string[]): string {
  const first = (l: string) => l.replace(/^\|\s*/, '').split(/\s*[|\t]/)[0].trim();
  return text.split('\n').filter((l) => !(/[|\t]/.test(l) && labels.includes(first(l)))).join('\n');
}

test('silent on complete drafts, the seeds and the converted corpus report', () => {
  assertSilentOnCompleteDrafts(RULE);
  for (const seed of ['000', '001', '002', '003', '004']) assert.deepEqual(found(readSeed(seed), RULE), [], seed);
  assert.deepEqual(found(readFileSync(join(ROOT, 'test', 'fixtures', 'corpus', '2025-county-government-converted.md'), 'utf8'), RULE), []);
});

test('4.保护第三方合法权益 missing: error on the row above; the fix inserts it there; lints clean', () => {
  for (const kind of [2019, 2021] as const) {
    for (const layout of LAYOUTS) {
      const text = drop(buildDraft({ kind, layout }), '4.保护第三方合法权益');
      const fs = found(text, RULE);
      assert.equal(fs.length, 1, `${kind} ${layout}`);
      assert.equal(where(text, fs[0]).line, lineOf(text, '3.危及“三安全一稳定”'));
      assert.equal(fs[0].severity, 'error');
      assert.equal(fs[0].message, '表三“（三）不予公开”下缺少“4.保护第三方合法权益”行（应在此行之后）');
      assert.equal(fs[0].fix!.safe, true);
      const fixed = applyOne(text, fs[0]);
      const lines = fixed.split('\n');
      const at = lineOf(fixed, '4.保护第三方合法权益');
      assert.equal(at, lineOf(fixed, '3.危及“三安全一稳定”') + 1, 'at its statutory place');
      assert.equal(lines[at].includes('\t'), layout === 'tab', `${layout} row`);
      assert.equal(lines[at].startsWith('|'), layout === 'gfm', `${layout} row`);
      assert.deepEqual(found(fixed, RULE), [], `${kind} ${layout} after the fix`);
    }
  }
});

test('the first row of table 三 missing: reported on the row that follows, inserted before it', () => {
  const text = drop(buildDraft({ layout: 'gfm' }), '一、本年新收政府信息公开申请数量');
  const [f] = found(text, RULE);
  assert.equal(where(text, f).line, lineOf(text, '二、上年结转政府信息公开申请数量'));
  assert.match(f.message, /缺少“一、本年新收政府信息公开申请数量”行（应在此行之前）$/);
  const fixed = applyOne(text, f);
  assert.equal(lineOf(fixed, '一、本年新收'), lineOf(fixed, '二、上年结转') - 1);
  assert.deepEqual(found(fixed, RULE), []);
});

test('two neighbouring rows missing: two findings whose fix inserts both, in order', () => {
  const text = drop(buildDraft({ layout: 'loose-pipe' }), '7.属于行政执法案卷', '8.属于行政查询事项');
  const fs = found(text, RULE);
  assert.equal(fs.length, 2);
  assert.deepEqual(fs[0].fix, fs[1].fix);
  assert.equal(fs[0].fix!.title, '插入缺少的 2 行');
  const fixed = applyOne(text, fs[0]);
  assert.equal(lineOf(fixed, '8.属于行政查询事项'), lineOf(fixed, '7.属于行政执法案卷') + 1);
  assert.equal(lineOf(fixed, '7.属于行政执法案卷'), lineOf(fixed, '6.属于四类过程性信息') + 1);
  assert.deepEqual(found(fixed, RULE), []);
});

test('table 二: a block\'s only row missing is reported on the block\'s header row', () => {
  const text = drop(buildDraft({ kind: 2021, layout: 'tab' }), '行政许可');
  const [f] = found(text, RULE);
  const lines = text.split('\n');
  assert.equal(lines[where(text, f).line].split('\t')[1], '本年处理决定数量');
  assert.equal(f.message, '表二“第二十条第（五）项”缺少“行政许可”行（应在此行之后）');
  assert.deepEqual(found(applyOne(text, f), RULE), []);
});

test('table 二: a whole block missing is inserted with its caption and header', () => {
  const text = drop(buildDraft({ kind: 2019, layout: 'gfm' }), '第二十条第（九）项', '政府集中采购')
    .replace(/\| 信息内容 \| 采购项目数量 \| 采购总金额 \|[^\n]*\n/, '');
  const fs = found(text, RULE);
  assert.equal(fs.length, 1);
  assert.equal(where(text, fs[0]).line, lineOf(text, '| 行政事业性收费 |'));
  assert.equal(fs[0].fix!.title, '插入“第二十条第（九）项”栏目');
  const fixed = applyOne(text, fs[0]);
  assert.equal(lineOf(fixed, '| 第二十条第（九）项 |'), lineOf(fixed, '| 行政事业性收费 |') + 1);
  assert.ok(fixed.includes('| 信息内容 | 采购项目数量 | 采购总金额 |  |\n| 政府集中采购 |  |  |  |'));
  assert.deepEqual(found(fixed, RULE), []);
});

test('a table that lost most rows gets one finding for the table, without a fix', () => {
  const base = buildDraft({ layout: 'tab' });
  const keep = ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '（七）总计', '四、结转下年度继续办理'];
  const lines = base.split('\n');
  const start = lineOf(base, '一、本年新收');
  const end = lineOf(base, '四、结转下年度继续办理');
  const text = lines.filter((l, i) => i < start || i > end || keep.some((k) => l.startsWith(k))).join('\n');
  const fs = found(text, RULE);
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /^表三的法定行大多缺失或无法识别（\d+ 行中缺 \d+ 行）/);
  assert.equal(fs[0].fix, undefined);
});

test('precision: a mislabelled row in the gap is table-row-unknown\'s finding, not a missing row', () => {
  const text = buildDraft({ kind: 2021 }).replace('| 行政强制 |', '| 行政检查 |');
  assert.deepEqual(found(text, RULE), []);
  assert.equal(found(text, 'table-row-unknown').length, 1);
});

test('table 四 with its headers but without its fifteen figures', () => {
  for (const layout of LAYOUTS) {
    const base = buildDraft({ layout });
    const lines = base.split('\n');
    const data = lineOf(base, '结果维持') + 1;
    const text = lines.filter((_, i) => i !== data).join('\n');
    const fs = found(text, RULE);
    assert.equal(fs.length, 1, layout);
    assert.equal(where(text, fs[0]).line, data - 1, 'on the last header row');
    assert.equal(fs[0].message, '表四只有表头，缺少 15 个数的数据行');
    assert.equal(fs[0].fix, undefined);
  }
});

test('the inserted row uses the draft\'s line ends (CRLF)', () => {
  const text = drop(buildDraft({ layout: 'tab' }), '2.重复申请').replace(/\n/g, '\r\n');
  const [f] = found(text, RULE);
  const fixed = applyOne(text, f);
  assert.ok(fixed.includes('\r\n2.重复申请\t'));
  assert.ok(!/[^\r]\n/.test(fixed), 'no bare LF');
  assert.deepEqual(found(fixed, RULE), []);
});

test('a table cut at the end of the text: the rows after the last one read are cut off, not missing; a gap before the cut still is', () => {
  for (const kind of [2019, 2021] as const) {
    for (const layout of LAYOUTS) {
      const full = buildDraft({ kind, layout });
      const lines = full.split('\n');
      const cut = lines.slice(0, lineOf(full, '4.保护第三方合法权益') + 1).join('\n');
      assert.deepEqual(found(cut, RULE), [], `${kind} ${layout}: cut after 4.保护第三方合法权益`);
      const gap = drop(cut, '2.其他法律行政法规禁止公开');
      const fs = found(gap, RULE);
      assert.equal(fs.length, 1, `${kind} ${layout}: a row missing before the cut`);
      assert.match(fs[0].message, /缺少“2\.其他法律行政法规禁止公开”行/);
      // The same rows missing from a table that does not end the text are reported.
      assert.ok(found(full.replace(/\n[^\n]*5\.属于三类内部事务信息[^\n]*/, ''), RULE).length >= 1, `${kind} ${layout}: not cut`);
    }
  }
});

test('a table pasted on one line and cut at the end of the text: no finding for the rows cut off; a gap before the cut still is', () => {
  for (const kind of [2019, 2021] as const) {
    const full = buildDraft({ kind, layout: 'loose-pipe' });
    const lines = full.split('\n');
    const cut = lines.slice(0, lineOf(full, '4.保护第三方合法权益') + 1).join('\n');
    const flat = (t: string) => t.replace(/\n+/g, ' ');
    assert.deepEqual(found(flat(cut), RULE), [], `${kind}: cut after 4.保护第三方合法权益, on one line`);
    assert.equal(found(flat(drop(cut, '2.其他法律行政法规禁止公开')), RULE).length, 1, `${kind}: a row missing before the cut, on one line`);
  }
});

test('a table cut mid-label at the end of the text (…行政规范性文件 | 0 | 0 | 6 | / 第二十): still cut off, not missing', () => {
  for (const kind of [2019, 2021] as const) {
    for (const layout of LAYOUTS) {
      const full = buildDraft({ kind, layout });
      const lines = full.split('\n');
      const cut = lines.slice(0, lineOf(full, '4.保护第三方合法权益') + 1).join('\n');
      // The next label's first characters on a last line of their own (nN/11, nN/13).
      assert.deepEqual(found(`${cut}\n5.属于三类`, RULE), [], `${kind} ${layout}: cut in 5.属于三类…`);
      // Anything else after the table is text of its own: the rows missing before it are reported.
      assert.ok(found(`${cut}\n某某县人民政府办公室`, RULE).length >= 1, `${kind} ${layout}: text after the table`);
    }
  }
});

test('a table cut in a caption\'s column header, or after a last figure without its bar (nT/02, nT/11): still cut off, not missing', () => {
  for (const kind of [2019, 2021] as const) {
    for (const layout of LAYOUTS) {
      const full = buildDraft({ kind, layout });
      const lines = full.split('\n');
      const upTo = (label: string) => lines.slice(0, lineOf(full, label) + 1).join('\n');
      const cut = upTo('行政强制');
      // The next caption, a line of bars and the first characters of its column header (本年收费金额(单位:万).
      const header = kind === 2021 ? '本年收费金额(单位:万' : '上一年项目';
      assert.deepEqual(found(`${cut}\n第二十条第(八)项\n|\n信息内容 |\n${header}`, RULE), [], `${kind} ${layout}: cut in (八)'s header`);
      assert.deepEqual(found(`${cut}\n|\n${header}`, RULE), [], `${kind} ${layout}: cut in a header cell`);
      // The last cell's figure alone on the last line (行政强制 | / 0, its closing bar lost).
      assert.deepEqual(found(`${cut}\n0`, RULE), [], `${kind} ${layout}: a lone figure`);
      // Words of the text's own after the table: the rows missing before them are reported.
      assert.ok(found(`${cut}\n|\n本单位无其他情况`, RULE).length >= 1, `${kind} ${layout}: text after the table`);
    }
  }
});

test('a page\'s metadata table whose 内容概述 cell mentions 行政复议、行政诉讼 in a sentence is no 表四 (nT/25)', () => {
  const meta = [
    '索 引 号 | 01425812-5/2020-00001 | 分 类 | 其他/其他 / 报告 |',
    '发布机构 | 某某街道 | 发文日期 | 2020-01-09 |',
    '内容概述 | 为了总结推动政府信息公开工作的开展,根据《中华人民共和国政府信息公开条例》,特向社会公布2019年度政府信息公开年度报告。本报告由政务信息公开情况概述、主动公开政府信息情况、因政府信息公开申请行政复议、提起行政诉讼的情况、存在的主要问题及改进情况组成。 | ||',
    '时 效 | 有效 |',
  ].join('\n');
  const body = ['某某街道2019年度政府信息公开工作年度报告', '一、总体情况', '2019年,某某街道主动公开政府信息56条。',
    '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况'].join('\n');
  const text = `${meta}\n${body}`;
  assert.deepEqual(found(text, RULE), []);
  // A table of short cells naming 表四's columns is still 表四, its row of figures missing.
  const header = '| 行政复议 | | | | | 行政诉讼 |\n| 维持 | 纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议起诉 |';
  assert.equal(found(`${meta}\n${body}\n${header}`, RULE).filter((f) => f.message.startsWith('表四只有表头')).length, 1);
});

test('a table cut in a bracketed note, a column name, a lone figure or after lines of bars: still cut off, not missing (nS/04, 10, 23, 27, 38)', () => {
  for (const kind of [2019, 2021] as const) {
    for (const layout of LAYOUTS) {
      const full = buildDraft({ kind, layout });
      const lines = full.split('\n');
      const cut = lines.slice(0, lineOf(full, '4.保护第三方合法权益') + 1).join('\n');
      for (const tail of ['5.属于三类内部事务信息(指本机关', '商业', '0 ', '||\n5.属于三类内部', '| \n 5', '| \n 四']) {
        assert.deepEqual(found(`${cut}\n${tail}`, RULE), [], `${kind} ${layout}: cut in ${JSON.stringify(tail)}`);
      }
      // A closed remark or a line of its own after the table is text: the rows missing before it are reported.
      for (const tail of ['（完）', '||\n某某县人民政府办公室']) {
        assert.ok(found(`${cut}\n${tail}`, RULE).length >= 1, `${kind} ${layout}: ${JSON.stringify(tail)} after the table`);
      }
    }
  }
});
