// Every detection reason the harvested real pages produce has its English: kindReasonEn quotes a phrase
// of an unknown shape whole (“没有标题，开头段落报告法治政府建设情况”), which an English UI would show as
// Chinese. A reason added to detect*.ts without its entry in kind-reason-en.ts fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';
import { kindReasonEn } from '../../server/src/core/formats/kind-reason-en';
import { forEachPage } from './real-pages-variants';

test('the real pages\' detection reasons all have an English phrase for every part', () => {
  const untranslated = new Map<string, string>();
  forEachPage((page, text) => {
    const reason = analyze(text).detection.reason;
    if (!reason) return;
    const en = kindReasonEn(reason) ?? '';
    for (const phrase of reason.split('；')) if (/\p{Script=Han}/u.test(phrase) && en.includes(`“${phrase}”`)) untranslated.set(phrase, page);
  });
  assert.deepEqual([...untranslated].map(([phrase, page]) => `${page}: ${phrase}`), []);
});
