// paragraphOf and sentenceBefore (model/paragraphs.ts) answer for one sentence what paragraphs()
// says of all: its paragraph, its place in it, the sentence before it there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../server/src/core';
import { paragraphOf, paragraphs, sentenceBefore } from '../../../server/src/core/model/paragraphs';
import { prose } from '../../../server/src/core/model/sentences';

const SEEDS = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'seeds');

test('paragraphOf and sentenceBefore agree with paragraphs() for every sentence of the seeds', () => {
  let seen = 0;
  for (const name of readdirSync(SEEDS).filter((n) => n.endsWith('.txt'))) {
    const a = analyze(readFileSync(join(SEEDS, name), 'utf8'));
    const { sentences } = prose(a);
    let k = 0;
    for (const para of paragraphs(a)) {
      for (let i = 0; i < para.length; i++, k++) {
        assert.equal(sentences[k], para[i]);
        assert.deepEqual(paragraphOf(a, k), [para, i]);
        assert.equal(sentenceBefore(a, k), i > 0 ? para[i - 1] : null);
      }
    }
    assert.equal(k, sentences.length);
    assert.equal(paragraphOf(a, sentences.length), undefined);
    assert.equal(sentenceBefore(a, 0), null);
    seen += k;
  }
  assert.ok(seen > 100, `${seen} sentences`);
});
