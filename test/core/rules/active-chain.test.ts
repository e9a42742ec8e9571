// active-chain: 表二 chained with the same issuer's report for the year before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { figureValue, lint, summarize } from '../../../server/src/core';
import { ROOT } from '../helpers';
import { generateDraft } from '../../gen/drafts';

// The sample without its one sentence about a clean-up (信息清理), which would silence the rule.
const Y2023 = readFileSync(join(ROOT, 'samples', 'sample-2023-report.md'), 'utf8').replace('，已完成栏目梳理和信息清理', '');
/** The same office's 2022 report, with its 行政规范性文件 row as given. */
function report2022(row: string): string {
  return Y2023.replace(/2023年/g, '2022年').replace('2024年1月25日', '2023年1月20日')
    .replace(/\| 行政规范性文件 \|[^\n]*/, `| 行政规范性文件 | ${row} |`);
}
const rules = (r: ReturnType<typeof lint>) => r.findings.filter((f) => f.rule === 'active-chain');

test('active-chain 2021: last year 24 + 4 issued − 1 repealed = 27 → silent', () => {
  assert.match(Y2023, /\| 行政规范性文件 \| 4 \| 1 \| 27 \|/);
  const prev = summarize(report2022('3 | 0 | 24'), '2022.md');
  assert.deepEqual(rules(lint(Y2023, { related: [prev] })), []);
});

test('active-chain 2021: a broken chain is an info on this year\'s 现行有效 cell', () => {
  const prev = summarize(report2022('3 | 0 | 20'), 'drafts/2022.md');
  const found = rules(lint(Y2023, { related: [prev] }));
  assert.equal(found.length, 1);
  assert.equal(Y2023.slice(found[0].start, found[0].end), '27');
  assert.equal(found[0].severity, 'info');
  assert.match(found[0].message, /^“行政规范性文件”现行有效件数为 27，但按 2022 年度报告（drafts\/2022\.md）的 20 件加本年制发 4 件、减本年废止 1 件应为 23/);
});

test('active-chain: silent when the prose explains a clean-up, or with no report of last year', () => {
  const prev = summarize(report2022('3 | 0 | 20'), '2022.md');
  const explained = Y2023.replace('一是政策解读形式较为单一', '本年开展规范性文件清理，宣布失效3件。一是政策解读形式较为单一');
  assert.deepEqual(rules(lint(explained, { related: [prev] })), []);
  assert.deepEqual(rules(lint(Y2023)), []);
  const other = summarize(report2022('3 | 0 | 20').replace(/示例区人民政府办公室/g, '另一区人民政府办公室'), 'x.md');
  assert.deepEqual(rules(lint(Y2023, { related: [other] })), []);
});

test('active-chain 2019: 上一年项目数量 = last year\'s 上一年项目数量 + 本年增/减 (generated pair)', () => {
  const prevDraft = generateDraft({ kind: 'gov-info-2019', seed: 7, year: 2019 });
  const prev = summarize(prevDraft.text, '2019.md');
  const f = prev.figures!;
  assert.equal(typeof figureValue(f, 'active.licensing.lastYear'), 'number');
  // This year's draft: the same office, 上一年项目数量 of 行政许可 set to a wrong then to the right value.
  const draft = generateDraft({ kind: 'gov-info-2019', seed: 7, year: 2020 });
  const want = figureValue(f, 'active.licensing.lastYear')! + figureValue(f, 'active.licensing.change')!;
  const lines = draft.text.split('\n');
  const i = lines.findIndex((l) => /^\|\s*行政许可\s*\|/.test(l));
  assert.ok(i >= 0, 'licensing row');
  const withLast = (n: number) => {
    const cells = lines[i].split('|');
    cells[2] = ` ${n} `;
    return [...lines.slice(0, i), cells.join('|'), ...lines.slice(i + 1)].join('\n');
  };
  const clean = (t: string) => t.replace(/清理|废止|失效|修订|修改|整合|合并|有效期|口径/g, '处理');
  const good = rules(lint(clean(withLast(want)), { related: [prev] })).filter((x) => /行政许可/.test(x.message));
  assert.deepEqual(good, []);
  const bad = rules(lint(clean(withLast(want + 5)), { related: [prev] }));
  assert.equal(bad.filter((x) => /^“行政许可”上一年项目数量为/.test(x.message)).length, 1, bad.map((x) => x.message).join('\n'));
});
