// relatedExcept(): the batch less one path, answering copiedFrom() from the whole batch's index
// exactly as a plain filtered copy of the batch does (the CLI gives every file such an array).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copiedFrom, previousExcept, previousOf, relatedExcept, summarize } from '../../../server/src/core';
import type { ReportSummary } from '../../../server/src/core';
import { generateDraft } from '../../gen/drafts';

const a = generateDraft({ kind: 'gov-info-2021', seed: 5, year: 2023 });
const b = generateDraft({ kind: 'gov-info-2021', seed: 6, year: 2023 });
const c = generateDraft({ kind: 'gov-info-2021', seed: 8, year: 2023 });
const as = (issuer: string) => a.text.split(a.issuer).join(issuer);

/** A batch where leaving one file out changes the answer: a.md's text under B's and C's names, B twice. */
function batch(): ReportSummary[] {
  return [
    summarize(a.text, 'a.md'),
    summarize(as(b.issuer), 'b.md'),
    summarize(as(c.issuer), 'c.md'),
    summarize(as(b.issuer), 'b2.md'),
    summarize(b.text, 'own-b.md'),
    summarize(c.text, 'own-c.md'),
  ];
}

const key = (r: ReturnType<typeof copiedFrom>) => (r ? `${r.report.path} ${r.same}/${r.own}` : 'none');

test('relatedExcept: the same array as filtering the path out', () => {
  const all = batch();
  for (const r of all) assert.deepEqual(relatedExcept(all, r.path), all.filter((x) => x.path !== r.path));
  assert.deepEqual(relatedExcept(all, 'nowhere.md'), all);
});

test('relatedExcept: copiedFrom gives what it gives on a filtered copy, for every file left out', () => {
  const all = batch();
  let found = 0;
  let changed = 0;
  for (const left of [...all.map((r) => r.path), 'nowhere.md']) {
    const except = relatedExcept(all, left);
    const plain = all.filter((x) => x.path !== left);
    for (const self of all) {
      const want = copiedFrom(self, self.sentences, plain);
      const got = copiedFrom(self, self.sentences, except);
      assert.equal(key(got), key(want), `${self.path} without ${left}`);
      if (want) found++;
      if (key(want) !== key(copiedFrom(self, self.sentences, all))) changed++;
    }
  }
  // The batch is one where the exclusion matters: without c.md, a.md's text is B's copy, not template.
  assert.ok(found > 0);
  assert.ok(changed > 0);
});

test('previousExcept: previousOf on the batch less the path, for every file and path', () => {
  const d = (seed: number, year: number, kind: 'gov-info-2021' | 'gov-info-2019' = 'gov-info-2021') => generateDraft({ kind, seed, year }).text;
  const all = [
    summarize(d(5, 2023), 'a-2023.md'),
    summarize(d(5, 2022), 'a-2022.md'),
    summarize(d(5, 2022), 'a-2022-copy.md'),
    summarize(d(6, 2023), 'b-2023.md'),
    summarize(d(6, 2022, 'gov-info-2019'), 'b-2022.md'),
    summarize('# 无关的笔记\n\n没有年度。', 'note.md'),
  ];
  let found = 0;
  for (const self of all) {
    for (const path of [...all.map((r) => r.path), 'nowhere.md']) {
      const want = previousOf(self, all.filter((r) => r.path !== path));
      assert.equal(previousExcept(self, all, path), want, `${self.path} without ${path}`);
      if (want) found++;
    }
  }
  assert.ok(found > 0);
});
