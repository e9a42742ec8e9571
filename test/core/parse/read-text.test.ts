// The read text held as the work text and the units that differ (parse/read-text.ts): every cut,
// unit, line and the whole text are those of the read text itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';
import { LineMap } from '../../../server/src/core/text/line-map';
import { ReadLines, ReadText } from '../../../server/src/core/parse/read-text';

/** A random text of Han characters, ASCII, spaces and line breaks, and a reading that differs at `share` of its units. */
function pair(seed: number, n: number, share: number): { work: string; read: string } {
  let x = seed;
  const rnd = () => ((x = (x * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const pool = '這個會議資訊公開報告年度政府ab1 \n\r\n。';
  let work = '';
  let read = '';
  for (let i = 0; i < n; i++) {
    const c = pool[Math.floor(rnd() * pool.length)];
    work += c;
    read += rnd() < share && c > '\u3000' ? String.fromCharCode(c.charCodeAt(0) + 1) : c;
  }
  return { work, read };
}

test('ReadText: slice, charCodeAt and whole are those of the read text, held sparse or whole', () => {
  for (const [seed, n, share] of [[1, 0, 0.1], [2, 1, 0.5], [3, 200, 0.05], [4, 20_000, 0.02], [5, 3000, 0.6], [6, 500, 0]] as const) {
    const { work, read } = pair(seed, n, share);
    for (const limit of [1, 1 / 8, 0]) {
      const r = ReadText.of(work, read, limit);
      assert.equal(r.length, read.length);
      assert.equal(r.whole(), read);
      assert.equal(r.same, read === work);
      for (let k = 0; k < 300; k++) {
        const a = Math.floor(Math.random() * (n + 20)) - 10;
        const b = Math.floor(Math.random() * (n + 20)) - 10;
        assert.equal(r.slice(a, b), read.slice(a, b), `slice(${a}, ${b})`);
        assert.equal(r.slice(a), read.slice(a));
        assert.ok(Object.is(r.charCodeAt(a), read.charCodeAt(a)), `charCodeAt(${a})`);
      }
      assert.equal(r.slice(NaN, NaN), read.slice(NaN, NaN));
      assert.equal(r.slice(), read);
      assert.equal(r.slice(0, 20_000 + 1), read.slice(0, 20_001));
    }
  }
});

test('ReadText: sparse while few units differ; ASCII units alike are told', () => {
  const { work, read } = pair(7, 4000, 0.05);
  assert.ok(ReadText.of(work, read).sparse);
  assert.ok(ReadText.of(work, read).asciiAsWork);
  assert.ok(!ReadText.of(work, read, 0).sparse);
  assert.ok(!ReadText.of(work, work).sparse);
  assert.ok(ReadText.of(work, work).same);
  assert.ok(!ReadText.of('www.a.com鎮', 'www.a.cOm镇', 1).asciiAsWork);
  assert.ok(ReadText.of('www.a.com鎮', 'www.a.com镇', 1).asciiAsWork);
});

test('ReadLines: each line is the read text\'s line, on the work text\'s line starts', () => {
  const { work, read } = pair(8, 5000, 0.05);
  const lines = new LineMap(work);
  const whole = new LineMap(read, lines.lineStarts);
  const r = new ReadLines(work, lines.lineStarts, ReadText.of(work, read, 1));
  assert.ok(lines.lineCount > 50);
  for (let l = 0; l < lines.lineCount; l++) {
    assert.equal(r.lineText(l), whole.lineText(l));
    assert.equal(r.lineEnd(l), whole.lineEnd(l));
  }
});

test('a page with a few Traditional characters: doc.read held sparse, its lines those of the reading', () => {
  const lines = ['# 某某县人民政府2023年政府信息公开工作年度报告', '', '一、总体情况', ''];
  for (let i = 0; i < 40; i++) lines.push(`2023年，本县扎实推进政府信息公开工作，全年主动公开政府信息${i}条，办理依申请公开${i}件。`);
  lines.push('本县會議資訊依法公開。');
  const a = analyze(lines.join('\n'));
  assert.ok(a.doc.read.sparse);
  assert.ok(a.doc.readLines instanceof ReadLines);
  const last = a.doc.readLines.lineCount - 1;
  assert.equal(a.doc.readLines.lineText(last), '本县会议信息依法公开。');
  assert.equal(a.doc.read.whole().split('\n')[last], '本县会议信息依法公开。');
  assert.equal(a.doc.work.split('\n')[last], '本县會議資訊依法公開。');
});
