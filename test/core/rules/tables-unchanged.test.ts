// tables-unchanged and problems-repeated: one office's generated drafts for two years.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, summarize } from '../../../server/src/core';
import { generateDraft } from '../../gen/drafts';

const rules = (r: ReturnType<typeof lint>, id: string) => r.findings.filter((f) => f.rule === id);
// Same seed, two years: the same office, the same figures, the same prose (years aside).
const d2022 = generateDraft({ kind: 'gov-info-2021', seed: 5, year: 2022 });
const d2023 = generateDraft({ kind: 'gov-info-2021', seed: 5, year: 2023 });

test('tables-unchanged: every figure of 表三 and 表四 equal to last year → one info on 表三', () => {
  const prev = summarize(d2022.text, '2022.md');
  const f = rules(lint(d2023.text, { related: [prev] }), 'tables-unchanged');
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'info');
  assert.match(f[0].message, /^表三、表四的全部 \d+ 个数字与 2022 年度报告（2022\.md）完全相同/);
});

test('tables-unchanged: one figure changed, or no report of last year → silent', () => {
  const lines = d2023.text.split('\n');
  const i = lines.findIndex((l) => l.includes('本年新收政府信息公开申请数量'));
  assert.ok(i >= 0);
  // The first value of the row (自然人) plus one; the total column then no longer adds up, which is another rule's business.
  lines[i] = lines[i].replace(/\|\s*(\d+)\s*\|/, (_m, n: string) => `| ${Number(n) + 1} |`);
  const prev = summarize(d2022.text, '2022.md');
  assert.deepEqual(rules(lint(lines.join('\n'), { related: [prev] }), 'tables-unchanged'), []);
  assert.deepEqual(rules(lint(d2023.text), 'tables-unchanged'), []);
});

test('tables-unchanged: all-zero tables equal to last year\'s are normal → silent', () => {
  // Every figure between the headings of 三 and 五 (tables 三 and 四) set to 0.
  const zero = (t: string) => {
    const a = t.indexOf('收到和处理政府信息公开申请情况');
    const b = t.indexOf('存在的主要问题及改进情况', a);
    return t.slice(0, a) + t.slice(a, b).replace(/\|[ \t]*\d+[ \t]*(?=\|)/g, '| 0 ') + t.slice(b);
  };
  const prev = summarize(zero(d2022.text), '2022.md');
  assert.ok(Object.entries(prev.figures ?? {}).every(([k, v]) => !/^(applications|review)\./.test(k) || v === 0));
  assert.deepEqual(rules(lint(zero(d2023.text), { related: [prev] }), 'tables-unchanged'), []);
});

test('problems-repeated: section 五 copied from last year → info on its heading; rewritten → silent', () => {
  const prev = summarize(d2022.text, '2022.md');
  const f = rules(lint(d2023.text, { related: [prev] }), 'problems-repeated');
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'info');
  assert.match(d2023.text.slice(f[0].start, f[0].end), /存在的主要问题及改进情况/);
  assert.match(f[0].message, /^第五部分 100% 的句子（\d+\/\d+）与 2022 年度报告（2022\.md）的第五部分相同$/);
  // Another office's section 五 (another seed) in this year's draft: nothing repeated.
  const other = generateDraft({ kind: 'gov-info-2021', seed: 6, year: 2023 });
  const sec = (t: string) => {
    const a = t.indexOf('存在的主要问题及改进情况');
    const b = t.indexOf('其他需要报告的事项', a);
    return [t.indexOf('\n', a), t.lastIndexOf('\n', b)] as const;
  };
  const [s1, e1] = sec(d2023.text);
  const [s2, e2] = sec(other.text);
  const rewritten = d2023.text.slice(0, s1) + other.text.slice(s2, e2) + d2023.text.slice(e1);
  assert.deepEqual(rules(lint(rewritten, { related: [prev] }), 'problems-repeated'), []);
});
