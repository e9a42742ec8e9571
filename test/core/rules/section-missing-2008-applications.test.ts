// section-missing, 2008 regulation: a report without a heading for applications that says in one sentence
// that no one asked (real page pM/01, 临邑县卫生局 2010: 2010年，我局未接到要求公开政府信息的申请件。) has the
// part 依申请公开政府信息和不予公开政府信息的情况; a report that never speaks of applications still lacks it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build2008, findings } from './build';

const RULE = 'section-missing';
const withoutApplications = (sentence: string) =>
  build2008().replace(/二、依申请公开政府信息和不予公开政府信息的情况[^]*?(?=三、)/, sentence ? `${sentence}\n\n` : '');

test('未接到要求公开政府信息的申请 is the part on applications', () => {
  assert.deepEqual(findings(withoutApplications('2015年，我局未接到要求公开政府信息的申请件。'), RULE), []);
});

test('without a word on applications the part is missing (the test can fail)', () => {
  const fs = findings(withoutApplications(''), RULE);
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /依申请公开政府信息和不予公开政府信息的情况/);
});
