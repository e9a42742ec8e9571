// artifact-web, page metadata: the 索引号 / 发布机构 / 成文日期 table a 政府信息公开 page prints
// above the article, copied along with the report (tab-separated cells from a browser, pipes and
// spaced-out labels from other copies, label:value pairs). One warning per line of the block;
// the fix deletes the line, safe unless the line holds a date or the title the author may want.
// Words of the block inside the report's prose or its closing lines are not metadata.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintAnalysis, RULES } from '../../../server/src/core';
import { artifactWeb } from '../../../server/src/core/rules/artifact-web';
import { classifyChrome } from '../../../server/src/core/model/artifacts-chrome';
import { classifyPageMeta } from '../../../server/src/core/model/artifacts-meta';
import { applyFixes } from '../../../server/src/core';
import { applyOne, build2008, buildDraft, findings, where } from './build';

const RULE = 'artifact-web';
const lintWith = (text: string) => lintAnalysis(analyze(text), [...RULES.filter((r) => r.id !== RULE), artifactWeb]);
const found = (text: string) => findings(text, RULE, lintWith(text));

/** The built draft with lines put before the title (top), after it (under) or at the end (bottom). */
function withLines(lines: string[], at: 'top' | 'under' | 'bottom' = 'top', base = buildDraft()): string {
  const block = lines.map((l) => l + '\n').join('');
  if (at === 'top') return block + base;
  if (at === 'bottom') return base + block;
  const nl = base.indexOf('\n');
  return base.slice(0, nl + 1) + block + base.slice(nl + 1);
}

// A browser copy of the page: tab-separated cells, empty cells kept (c08 lines 1-6).
const TAB_BLOCK = [
  '名称\t示例区人民政府办公室2023年政府信息公开工作年度报告\t\t',
  '索引号\t014314799/2024-00002\t分类\t信息公开年报  其他  报告',
  '发布机构\t示例区人民政府办公室\t公开日期\t2024-01-17',
  '文号\t\t关键词\t',
  '文件下载\t\t\t',
  '时效\t\t\t',
];
// Pipes and spaced-out labels (p27 lines 1-4).
const PIPE_BLOCK = [
  '索 引 号:005267169/2016-00001 | 主题分类:综合政务/公报公示/政府信息公开年报 | |',
  '发布机构:示例区审计局 | 关 键 词:政务,公报公示 | |',
  '文 号 | 成文日期:2016-03-31 | 发布日期:2016-04-08 |',
  '体 裁 | 生效日期 | 废止日期 |',
];

test('a tab-separated metadata table above the title: one warning per line, safe only without date or title', () => {
  for (const at of ['top', 'under'] as const) {
    const text = withLines(TAB_BLOCK, at);
    const fs = found(text);
    assert.equal(fs.length, 6, at);
    assert.deepEqual(fs.map((f) => f.severity), Array(6).fill('warning'));
    fs.forEach((f, i) => assert.equal(where(text, f).slice, TAB_BLOCK[i].trim(), `${at} ${i}`));
    assert.match(fs[0].message, /^网页残留（网页信息元数据）：.*名称是报告标题/);
    assert.deepEqual(fs.map((f) => f.fix?.safe), [false, true, false, true, true, true]);
    assert.match(fs[2].message, /日期如需保留，请写入落款/);
    // Fix-all deletes the safe lines only; every line deleted restores the draft.
    assert.equal(applyFixes(text, fs.map((f) => f.fix!)).text, buildDraft(), at);
    assert.equal(applyOne(text, fs[1]), withLines(TAB_BLOCK.filter((_l, i) => i !== 1), at));
  }
});

test('the tab block reaches the rule though the tab reader takes it for a table block', () => {
  const text = withLines(TAB_BLOCK, 'top', buildDraft({ layout: 'tab' }));
  assert.equal(found(text).length, 6);
});

test('pipes, spaced-out labels and label:value pairs (p27 style)', () => {
  const text = withLines(PIPE_BLOCK);
  const fs = found(text);
  assert.equal(fs.length, 4);
  assert.deepEqual(fs.map((f) => f.severity), ['warning', 'warning', 'warning', 'warning']);
  assert.deepEqual(fs.map((f) => f.fix?.safe), [true, true, false, true]);
  const fixed = applyFixes(text, fs.filter((f) => f.fix?.safe).map((f) => f.fix!)).text;
  assert.equal(fixed, PIPE_BLOCK[2] + '\n' + buildDraft());
});

test('a 2008 draft (pinned kind) with the block is checked the same', () => {
  const text = '<!-- govreport-kind: gov-info-2008 -->\n' + PIPE_BLOCK.join('\n') + '\n' + build2008();
  assert.equal(found(text).length, 4);
});

test('common variants: classification lines, a label:value block, Traditional and full-width', () => {
  const blocks: string[][] = [
    ['索引号：11440100006/2021-00123', '主题分类：综合政务', '体裁分类：报告', '组配分类：政府信息公开年报', '生成日期：2021-01-20', '有效性：有效'],
    ['索引号：0123/2022-01   主题分类：综合政务', '发布机构：示例区人民政府办公室   生成日期：2022-01-28', '文号：   公开方式：主动公开', '公开范围：面向全社会'],
    ['| 索引号 | 000014349/2023-00001 | 生成日期 | 2023-01-30 |', '| 发文机关 | 示例区人民政府 | 发文字号 | |'],
    ['索 引 號：005267169/2016-00001', '發布機構：示例區審計局'],
    ['名稱\t示例区人民政府2023年政府信息公开工作年度报告', '發布機構\t示例區人民政府\t公開日期\t2024-01-17'],
    // 效力属性 / 效力级别 beside the 索引号 (pipe rows whose last cells are blank).
    ['索引号 | abcqlzfb/2022-00001 | 效力属性 | |', '发布机构 | 政府办公室 | 效力级别 | |'],
  ];
  for (const block of blocks) {
    const fs = found(withLines(block));
    assert.equal(fs.length, block.length, block.join(' / '));
    assert.ok(fs.every((f) => f.severity === 'warning'), block.join(' / '));
  }
});

test('web page info lines: 发布时间/来源/字号, 打印/关闭, 信息来源/点击数, 更新日期/浏览', () => {
  const lines = [
    '发布时间：2021-01-20 来源：示例区政务服务数据管理局 字号：[大 中 小]',
    '【打印】【关闭】',
    '信息来源：示例区人民政府办公室 点击数：128',
    '更新日期:2021-01-20 信息来源:双塔区政务公开办 浏览:',
  ];
  for (const line of lines) assert.equal(found(withLines([line], 'under')).length, 1, line);
  // Together, as one header block: all warnings.
  const fs = found(withLines(lines, 'under'));
  assert.deepEqual(fs.map((f) => f.severity), ['warning', 'warning', 'warning', 'warning']);
});

test('precision: the same words in the report\'s prose, tables and closing lines are not metadata', () => {
  for (const line of [
    '本机关主动公开政府信息的公开日期为文件印发之日起20个工作日内。',
    '索引号编制规则按照省统一要求执行，全年新增索引号1200条。',
    '发布机构：各街道办事处按要求公开本年度报告。',
    '公开方式：主动公开',
    '联系人：张三  联系电话：0527-12345678  公开方式：主动公开',
    '文号\t名称\t发布日期',
    '名称\t本年制发件数\t本年废止件数\t现行有效件数',
    '附件：2023年政府信息公开工作年度报告统计表',
    '分类施策，推进重点领域信息公开',
    '时效',
  ]) {
    for (const at of ['under', 'bottom'] as const) assert.deepEqual(found(withLines([line], at)), [], `${line} (${at})`);
  }
  // The report's closing 公开方式 line just above a site footer stays report text.
  const end = found(withLines(['公开方式：主动公开', '', '粤ICP备05083207号-1'], 'bottom'));
  assert.equal(end.length, 1);
  assert.match(end[0].message, /ICP/);
});

test('the classifier: tiers, and null as soon as one cell is not metadata', () => {
  assert.equal(classifyPageMeta('索引号\t014314799/2024-00002\t分类\t信息公开年报')?.tier, 'strong');
  assert.equal(classifyPageMeta('文号\t\t关键词\t')?.tier, 'support', 'empty values: only beside a strong line');
  assert.equal(classifyPageMeta('索 引 号 | 主题分类 | ||')?.tier, 'strong', 'two strong labels in cells of their own, values lost');
  assert.equal(classifyPageMeta('名称\t示例报告')?.tier, 'support');
  assert.equal(classifyPageMeta('公开日期\t2024年1月17日')?.keep?.zh, '其中的日期如需保留，请写入落款');
  assert.equal(classifyPageMeta('公开日期\t明天'), null, 'a date label takes a date');
  assert.equal(classifyPageMeta('索引号\t见正文'), null, '索引号 takes a code');
  assert.equal(classifyPageMeta('索引号\t0143/2024-1\t本局认真贯彻落实条例'), null, 'a second value cell');
  assert.equal(classifyPageMeta('索引号:0143/2024-1。'), null, 'sentence punctuation');
  assert.equal(classifyPageMeta('x'.repeat(400)), null);
  assert.equal(classifyChrome('发布机构:示例区审计局 | 关 键 词:政务,公报公示 | |')?.pageMeta, true);
});

// A line without white space is read as one cell once, and spaced-out labels are closed up only
// where there is a space (issue #13, batch CPU): the readings those shortcuts must keep.
test('the classifier: a line without spaces is one cell; labels spaced with ideographic spaces or single spaces', () => {
  assert.equal(classifyPageMeta('索引号:014314799/2024-00002')?.tier, 'strong');
  assert.equal(classifyPageMeta('主题分类:信息公开年报'.replace(/\s/g, ''))?.tier, 'strong');
  assert.equal(classifyPageMeta('本机关的公开日期为2024年1月17日'), null);
  assert.equal(classifyPageMeta('索\u3000引\u3000号:014314799/2024-00002')?.tier, 'strong');
  assert.equal(classifyPageMeta('索 引 号 014314799/2024-00002 发文字号 示府办〔2024〕1号')?.tier, 'strong');
  assert.equal(classifyPageMeta('发布日期 2024-01-17 09:30')?.keep?.zh, '其中的日期如需保留，请写入落款');
});

test('bad input: long lines of labels are skipped, label runs never crash', () => {
  const line = Array(5000).fill('索引号\t\t').join('');
  assert.deepEqual(found(withLines([line, line])), []);
  assert.equal(classifyPageMeta('索引号:'.repeat(40))?.tier, 'support');
  assert.equal(classifyPageMeta('\t|\t|'), null);
});

test('label and value run together (索引号abc/2025-00001), on bullets also 发布机构某镇: the block is metadata', () => {
  const block = ['- 索引号abcxyz/2025-00001', '- 发布机构示例镇', '- 文号', '- 发布日期2025-01-16', '- 有效性有效'];
  const fs = found(withLines(block));
  assert.equal(fs.length, 5);
  assert.ok(fs.every((f) => f.severity === 'warning'));
  assert.equal(classifyPageMeta('索引号abcxyz/2025-00001')?.tier, 'strong', 'a code glued to 索引号');
  assert.equal(classifyPageMeta('发布日期2025-01-16')?.tier, 'support');
  // A bulleted point that opens with such a word is at most support (never reported alone),
  // and without a bullet, or with a comma, it is no metadata at all.
  assert.equal(classifyPageMeta('- 发布机构应当公布')?.tier, 'support');
  assert.equal(classifyPageMeta('发布机构应当公布'), null);
  assert.equal(classifyPageMeta('- 来源广泛，内容丰富'), null);
  assert.deepEqual(found(withLines(['- 来源广泛', '- 分类施策'], 'under')), []);
});

test('labels whose first character the page cut (号: for 索引号, 称: for 名称): metadata beside a strong label', () => {
  const block = ['号: abc043/2026-00011 信息分类: 政务公开', '发文日期: 2026-01-16', '发布机构: 示例镇 生成日期:', '称: 示例镇人民政府2025年政府信息公开工作年度报告', '号:'];
  const fs = found(withLines(block));
  assert.equal(fs.length, 5);
  assert.ok(fs.every((f) => f.severity === 'warning'), fs.map((f) => f.severity).join());
  assert.equal(classifyPageMeta('号: abc043/2026-00011')?.tier, 'support', 'a cut label is never strong');
  assert.equal(classifyPageMeta('简称:示例'), null);
});

// Spaced-out labels are closed up only where two characters that stand in a row in a label have
// spaces between them (issue #13, batch CPU: the long pattern of spaced labels is not tried elsewhere):
// labels spaced with spaces or ideographic spaces, anywhere on the line, one with a / inside.
test('the classifier: spaced-out labels after other cells, with / inside, with ideographic spaces', () => {
  assert.equal(classifyPageMeta('备 注 / 文 号:示府办〔2024〕1号    索  引  号:014314799/2024-00002')?.tier, 'strong');
  assert.equal(classifyPageMeta('主 题 分 类:综合政务 | 发 布 机 构:示例区')?.tier, 'strong');
  assert.equal(classifyPageMeta('信息来源:示例区  浏 览 次 数: 12')?.tier, 'strong');
  assert.equal(classifyPageMeta('服\u3000务\u3000对\u3000象\u3000分\u3000类:公民')?.tier, 'strong');
  assert.equal(classifyPageMeta('本机关 公开 日期 为2024年1月17日'), null);
});
