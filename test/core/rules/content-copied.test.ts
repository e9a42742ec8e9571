// content-copied: a report whose prose repeats another issuer's report of the same year.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, summarize } from '../../../server/src/core';
import { generateDraft } from '../../gen/drafts';

const rules = (r: ReturnType<typeof lint>) => r.findings.filter((f) => f.rule === 'content-copied');
const a = generateDraft({ kind: 'gov-info-2021', seed: 5, year: 2023 });
const b = generateDraft({ kind: 'gov-info-2021', seed: 6, year: 2023 });
/** Unit A's report with unit B's name: B copied A's text. */
const copied = a.text.split(a.issuer).join(b.issuer);

test('content-copied: another unit\'s report of the same year copied → one info naming the pair', () => {
  assert.notEqual(a.issuer, b.issuer);
  const sa = summarize(a.text, 'a/2023.md');
  const sc = summarize(copied, 'b/2023.md');
  assert.equal(sc.issuer, b.issuer);
  const f = rules(lint(copied, { related: [sa, sc] }));
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'info');
  assert.match(f[0].message, new RegExp(`^与“${a.issuer}2023年报告”（a/2023\\.md）的正文大部分相同（\\d+%，\\d+/\\d+ 句）$`));
});

test('content-copied: own text, another year, or the same issuer named more fully → silent', () => {
  const sa = summarize(a.text, 'a.md');
  assert.deepEqual(rules(lint(b.text, { related: [sa, summarize(b.text, 'b.md')] })), []);
  const old = summarize(generateDraft({ kind: 'gov-info-2021', seed: 5, year: 2022 }).text.split(a.issuer).join('另一县另一局'), 'old.md');
  assert.deepEqual(rules(lint(copied, { related: [old] })), []);
  // 清河县教育局 vs 安平市清河县教育局: one issuer (two files of one report), not two units.
  const short = a.text.split(a.issuer).join(a.issuer.replace(/^.*?市/, ''));
  assert.deepEqual(rules(lint(short, { related: [sa] })), []);
});

test('content-copied: sentences shared by 3 or more issuers are template text and do not count', () => {
  const c = generateDraft({ kind: 'gov-info-2021', seed: 8, year: 2023 });
  const third = a.text.split(a.issuer).join(c.issuer);
  assert.notEqual(c.issuer, a.issuer);
  assert.notEqual(c.issuer, b.issuer);
  const related = [summarize(a.text, 'a.md'), summarize(copied, 'b.md'), summarize(third, 'c.md')];
  // The same text in three units' reports: all of it is "template", nothing left to compare.
  assert.deepEqual(rules(lint(copied, { related })), []);
});
