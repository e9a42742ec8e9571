// section-missing: a mandatory section (2019/2021: fixed headings) or content item
// (2008, rule-of-law: by meaning) is absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFixes, lint } from '../../../server/src/core';
import {
  applyOne, build2008, buildDraft, buildRuleOfLaw, dropSection, findings, LAYOUTS, lineOf, SIGNATURE, where,
} from './build';

const RULE = 'section-missing';
const H3 = '三、收到和处理政府信息公开申请情况';

test('silent on complete drafts of every kind, layout and flavour', () => {
  for (const kind of [2019, 2021] as const) {
    for (const layout of LAYOUTS) {
      for (const flavour of ['md', 'txt'] as const) {
        assert.deepEqual(findings(buildDraft({ kind, layout, flavour }), RULE), [], `${kind} ${layout} ${flavour}`);
      }
    }
  }
  assert.deepEqual(findings(buildRuleOfLaw(), RULE), []);
  assert.deepEqual(findings(build2008(), RULE), []);
});

test('fires on the next statutory heading when section 三 is absent, as an error naming the heading', () => {
  for (const flavour of ['md', 'txt'] as const) {
    const text = dropSection(buildDraft({ flavour }), 3);
    const [f, ...rest] = findings(text, RULE);
    assert.deepEqual(rest, []);
    const heading = (flavour === 'md' ? '## ' : '') + '四、政府信息公开行政复议、行政诉讼情况';
    assert.deepEqual(where(text, f), { line: lineOf(text, heading), slice: heading });
    assert.equal(f.severity, 'error');
    assert.equal(f.message, `缺少第三部分“${H3}”`);
  }
});

test('quick-fix inserts heading and empty table before 四, in the draft\'s layout; nothing else changes', () => {
  for (const layout of LAYOUTS) {
    for (const kind of [2019, 2021] as const) {
      const text = dropSection(buildDraft({ kind, layout }), 3);
      const fixed = applyOne(text, findings(text, RULE)[0]);
      assert.deepEqual(findings(fixed, RULE), [], `${kind} ${layout}`);
      const at = fixed.indexOf(H3);
      assert.ok(at >= 0 && at < fixed.indexOf('四、政府信息公开行政复议'), 'inserted before 四');
      const firstRow = fixed.split('\n').find((l) => l.includes('一、本年新收政府信息公开申请数量'))!;
      assert.equal(firstRow.includes('\t'), layout === 'tab', `table rendered as ${layout}`);
      assert.equal(lint(fixed).kind, lint(text).kind);
    }
  }
});

test('quick-fix in a markdown draft uses the draft\'s heading marker (## )', () => {
  const text = dropSection(buildDraft({ flavour: 'md' }), 3);
  const fixed = applyOne(text, findings(text, RULE)[0]);
  assert.ok(fixed.includes(`\n## ${H3}\n`), 'heading inserted as "## 三、…"');
});

test('missing last section: the fix appends 六 and lints clean', () => {
  const text = dropSection(buildDraft(), 6);
  const [f] = findings(text, RULE);
  assert.equal(f.message, '缺少第六部分“六、其他需要报告的事项”');
  assert.deepEqual(findings(applyOne(text, f), RULE), []);
});

test('missing last section: finding sits on a real line, heading goes before the signature', () => {
  const text = dropSection(buildDraft(), 6);
  const [f] = findings(text, RULE);
  assert.ok(f.end > f.start, `non-empty range, got ${JSON.stringify(where(text, f))}`);
  const fixed = applyOne(text, f);
  assert.ok(fixed.indexOf('六、其他需要报告的事项') < fixed.lastIndexOf(SIGNATURE), 'inserted before the signature block');
});

test('precision: drifted or emphasised headings still count as present', () => {
  const text = buildDraft()
    .replace('## 二、主动公开政府信息情况', '## 二、主动公开政府信息的情况')
    .replace(`## ${H3}`, `**${H3}**`);
  assert.deepEqual(findings(text, RULE), []);
});

test('rule-of-law: items are found by meaning; 七、下一步工作计划 covers 下一年度安排', () => {
  const text = buildRuleOfLaw();
  assert.equal(lint(text).kind, 'rule-of-law');
  assert.deepEqual(findings(text, RULE), [], '其他需要报告的情况 is optional; 下一步工作计划 counts');
  const noPlan = text.replace(/七、下一步工作计划\n\n[^\n]*\n/, '');
  const [f, ...rest] = findings(noPlan, RULE);
  assert.deepEqual(rest, []);
  assert.deepEqual(where(noPlan, f), { line: 0, slice: '示例区司法局2023年法治政府建设年度报告' });
  assert.equal(f.severity, 'error');
  assert.equal(f.message, '未找到“下一年度推进法治政府建设的主要安排”的内容');
});

test('rule-of-law: a missing 第一责任人 chapter is reported on the title', () => {
  const text = buildRuleOfLaw().replace(/三、党政主要负责人[^]*?(?=七、)/, '');
  const fs = findings(text, RULE);
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /^未找到“党政主要负责人履行推进法治建设第一责任人职责/);
  assert.equal(where(text, fs[0]).line, 0);
});

test('gov-info-2008: the 收费及减免 item is checked by meaning', () => {
  const text = build2008().replace(/三、政府信息公开的收费[^]*?(?=四、)/, '');
  const fs = findings(text, RULE);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].message, '未找到“政府信息公开的收费及减免情况”的内容（条例（2008）第三十二条第（三）项）');
  assert.equal(where(text, fs[0]).slice, '示例区人民政府2015年政府信息公开工作年度报告');
});

test('a text that is not a report gets nothing', () => {
  const text = '# 会议纪要\n\n一、参会人员\n\n张三、李四。\n\n二、议定事项\n\n按期完成。\n';
  assert.equal(lint(text).kind, null);
  assert.deepEqual(findings(text, RULE), []);
});

test('several parts missing at one place: the first fix inserts them all in one go; with their tables it is a quick fix only', () => {
  const text = dropSection(dropSection(buildDraft(), 3), 4);
  const missing = findings(text, RULE);
  assert.equal(missing.length, 2);
  assert.ok(missing.every((f) => f.fix && !f.fix.safe), 'inserting blank tables is never applied by fix-all');
  assert.equal(applyFixes(text, lint(text).findings.filter((f) => f.rule === RULE && f.fix?.safe).map((f) => f.fix!)).applied, 0);
  const once = applyFixes(text, [missing[0].fix!]).text;
  assert.deepEqual(findings(once, RULE), [], 'the first quick fix restores both parts');
  assert.ok(once.indexOf('三、收到和处理政府信息公开申请情况') < once.indexOf('四、政府信息公开行政复议、行政诉讼情况'));
  assert.match(missing[0].fix!.title, /插入缺少的 2 个部分/);
  // Applied on its own, the second finding's fix inserts only its own part.
  assert.doesNotMatch(missing[1].fix!.edits[0].newText, /收到和处理政府信息公开申请情况/);
});

test('a missing part without a table (五) is still restored by fix-all: its fix is safe', () => {
  const text = dropSection(buildDraft(), 5);
  const [f, ...rest] = findings(text, RULE);
  assert.deepEqual(rest, []);
  assert.equal(f.fix!.safe, true);
});
