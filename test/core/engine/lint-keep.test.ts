// lintAnalysis(…, { fixes: false }): the same findings without their fixes (the CLI's check when it
// applies none), and paragraphs() lists made per caller from the analysis' kept boundaries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, lintAnalysis, RULES } from '../../../server/src/core';
import { paragraphs } from '../../../server/src/core/model/paragraphs';
import { prose } from '../../../server/src/core/model/sentences';
import { ROOT, withoutTable3 } from '../helpers';

const SAMPLE = readFileSync(join(ROOT, 'samples', 'sample-2023-report.md'), 'utf8');
// Drafts whose findings carry fixes: the sample without its table 三 (insert-table fix) and with a
// doubled sentence and a stray disable directive.
const DRAFTS = [withoutTable3(SAMPLE), SAMPLE.replace('\n## 一、', '\n<!-- govreport-disable text-sum -->\n\n## 一、') + '\n本年度共收到申请 29 件。本年度共收到申请 29 件。\n'];

const plain = (f: { rule: string; start: number; end: number; message: string; severity: string }) => [f.rule, f.start, f.end, f.severity, f.message];

test('fixes: false gives the same findings, none with a fix', () => {
  let withFix = 0;
  for (const text of DRAFTS) {
    const full = lintAnalysis(analyze(text));
    const bare = lintAnalysis(analyze(text), RULES, { fixes: false });
    withFix += full.findings.filter((f) => f.fix !== undefined).length;
    assert.deepEqual(bare.findings.map(plain), full.findings.map(plain));
    assert.equal(bare.findings.filter((f) => f.fix !== undefined).length, 0);
  }
  assert.ok(withFix > 0, 'the drafts have findings with fixes');
});

test('paragraphs: every sentence once, in order, each call its own lists', () => {
  const a = analyze(SAMPLE);
  const first = paragraphs(a);
  const second = paragraphs(a);
  assert.ok(first.length > 3, String(first.length));
  assert.deepEqual(first.flat(), prose(a).sentences);
  assert.deepEqual(second, first);
  first[0].length = 0;
  assert.notEqual(second[0].length, 0, 'a caller that changes its lists changes no one else\'s');
});
