// server/src/line-document.ts: the server's documents as lines. Every answer must be the one a
// TextDocument (vscode-languageserver-textdocument) made afresh from the same text gives, after any
// sequence of changes: insertions, deletions, replacements across lines, "\r\n" and lone "\r"
// line breaks, positions before, inside and past the text, reversed ranges, whole-text changes.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument, type Position, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { LineDocument, LineDocuments } from '../../server/src/line-document';
import { Rng } from '../gen/rng';

/** The project's seeded generator (test/gen/rng.ts) as a function, so that a failure can be replayed. */
function rng(seed: number): () => number {
  const g = new Rng(seed);
  return () => g.next();
}

const PIECES = ['\n', '\r\n', '\r', '\n\n', '\r\r\n', '公开', '申请', '12', ' ', '|', '𠀀', '\t', 'a\nb', '\r\n\r\n', '表'];

function randomText(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(r() * PIECES.length)];
  return s;
}

function randomPosition(r: () => number, doc: TextDocument): Position {
  const roll = r();
  // Mostly inside the text; sometimes before it, past its last line or past a line's end.
  const line = roll < 0.05 ? -1 : roll < 0.1 ? doc.lineCount + Math.floor(r() * 3) : Math.floor(r() * doc.lineCount);
  const character = r() < 0.1 ? -2 + Math.floor(r() * 2) : Math.floor(r() * 12);
  return { line, character };
}

function randomChange(r: () => number, doc: TextDocument): TextDocumentContentChangeEvent {
  if (r() < 0.03) return { text: randomText(r, Math.floor(r() * 30)) };
  const a = randomPosition(r, doc);
  const b = r() < 0.5 ? a : randomPosition(r, doc);
  return { range: { start: a, end: b }, text: r() < 0.3 ? '' : randomText(r, 1 + Math.floor(r() * 4)) };
}

/** Every answer of `mine` against a TextDocument made from its text. */
function sameAsFresh(mine: LineDocument, r: () => number, where: string): void {
  const text = mine.getText();
  const fresh = TextDocument.create(mine.uri, mine.languageId, mine.version, text);
  assert.equal(mine.lineCount, fresh.lineCount, `${where}: lineCount`);
  for (let offset = -2; offset <= text.length + 2; offset++) {
    assert.deepEqual(mine.positionAt(offset), fresh.positionAt(offset), `${where}: positionAt(${offset}) of ${JSON.stringify(text)}`);
  }
  for (let i = 0; i < 20; i++) {
    const p = randomPosition(r, fresh);
    assert.equal(mine.offsetAt(p), fresh.offsetAt(p), `${where}: offsetAt(${JSON.stringify(p)}) of ${JSON.stringify(text)}`);
    const q = randomPosition(r, fresh);
    assert.equal(mine.getText({ start: p, end: q }), fresh.getText({ start: p, end: q }), `${where}: getText of a range`);
  }
}

describe('LineDocument', () => {
  it('answers as a TextDocument made afresh, after 4,000 random changes on 40 texts', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const r = rng(seed);
      const start = randomText(r, Math.floor(r() * 40));
      const mine = new LineDocument('file:///d.md', 'markdown', 1, start);
      sameAsFresh(mine, r, `seed ${seed}, version 1`);
      for (let v = 2; v <= 101; v++) {
        // Each change applies to the text the one before it left: a TextDocument made afresh from that
        // text says what it makes (TextDocument.update itself keeps line offsets that go wrong when an
        // edit joins a "\r" and a "\n").
        const changes: TextDocumentContentChangeEvent[] = [];
        let expected = mine.getText();
        for (let k = r() < 0.2 ? 3 : 1; k > 0; k--) {
          const before = TextDocument.create('file:///d.md', 'markdown', v - 1, expected);
          const change = randomChange(r, before);
          TextDocument.update(before, [change], v);
          expected = before.getText();
          changes.push(change);
        }
        mine.update(changes, v);
        assert.equal(mine.getText(), expected, `seed ${seed}, version ${v}: text after ${JSON.stringify(changes)}`);
        assert.equal(mine.version, v);
        if (v % 10 === 0 || v === 2) sameAsFresh(mine, r, `seed ${seed}, version ${v}`);
      }
    }
  });

  it('keeps "\\r\\n" one line break when an edit brings "\\r" and "\\n" together', () => {
    const doc = new LineDocument('file:///d.md', 'markdown', 1, 'a\rb\nc');
    // Deleting "b" leaves "a\r\nc": two lines, not three.
    doc.update([{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, text: '' }], 2);
    assert.equal(doc.getText(), 'a\r\nc');
    assert.equal(doc.lineCount, 2);
    assert.deepEqual(doc.positionAt(3), { line: 1, character: 0 });
    // Typing "\r" at the end of "c" and then "\n" after it.
    doc.update([{ range: { start: { line: 1, character: 1 }, end: { line: 1, character: 1 } }, text: '\r' }], 3);
    doc.update([{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '\nd' }], 4);
    assert.equal(doc.getText(), 'a\r\nc\r\nd');
    assert.equal(doc.lineCount, 3);
  });

  it('takes a paste of 50,000 lines and its removal', () => {
    const doc = new LineDocument('file:///d.md', 'markdown', 1, '开头\n结尾');
    const many = Array.from({ length: 50_000 }, (_, i) => `第${i}行`).join('\n') + '\n';
    doc.update([{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: many }], 2);
    assert.equal(doc.lineCount, 50_002);
    assert.equal(doc.getText(), `开头\n${many}结尾`);
    doc.update([{ range: { start: { line: 1, character: 0 }, end: { line: 50_001, character: 0 } }, text: '' }], 3);
    assert.equal(doc.getText(), '开头\n结尾');
  });

  it('is what the server\'s TextDocuments make and update', () => {
    const documents = new TextDocuments(LineDocuments);
    const made = LineDocuments.create('file:///d.md', 'markdown', 1, '表一\n');
    assert.ok(made instanceof LineDocument);
    const updated = LineDocuments.update(made, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '表二' }], 2);
    assert.equal(updated, made);
    assert.equal(updated.getText(), '表一\n表二');
    assert.equal(updated.version, 2);
    assert.equal(documents.all().length, 0);
  });
});
