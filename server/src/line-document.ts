// The language server's open documents, kept as an array of lines.
//
// vscode-languageserver-textdocument keeps a document as one string: every change (a keystroke)
// makes a new string of the whole text, and the next look-up of a character flattens it, a copy
// of the whole document per keystroke (about 1 ms on a 150 KB draft, and on a draft over 128 KB
// a large-object allocation that the collector must sweep). Here a change rewrites only the lines
// it touches; the whole text is joined once, when something asks for it (the lint, a feature),
// and kept until the next change. Positions, offsets and line counts follow the
// TextDocument contract exactly: a line ends at "\n", "\r\n" or "\r", a character past the end
// of a line stands for the end of its text (before its line break), a line past the end for the
// end of the document. test/lsp/line-document.test.ts compares every answer with a TextDocument
// made afresh from the same text.
import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { TextDocumentsConfiguration } from 'vscode-languageserver';

const LF = 10;
const CR = 13;

/** `text` cut after each line break; the last piece is what follows the last break ('' after a final one). */
function splitKeepingBreaks(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === CR) {
      if (i + 1 < text.length && text.charCodeAt(i + 1) === LF) i++;
      out.push(text.slice(from, i + 1));
      from = i + 1;
    } else if (c === LF) {
      out.push(text.slice(from, i + 1));
      from = i + 1;
    }
  }
  out.push(text.slice(from));
  return out;
}

/** The length of `line` without its line break. */
function contentLength(line: string): number {
  let n = line.length;
  while (n > 0) {
    const c = line.charCodeAt(n - 1);
    if (c !== LF && c !== CR) break;
    n--;
  }
  return n;
}

export class LineDocument implements TextDocument {
  /** Each line with its line break; every line but the last has one, the last none. */
  private lines: string[];
  private joined: string | undefined;
  /** Offset of each line's start, made when asked for and kept until the next change. */
  private starts: Uint32Array | undefined;

  constructor(readonly uri: string, readonly languageId: string, private _version: number, text: string) {
    this.lines = splitKeepingBreaks(text);
    this.joined = text;
  }

  get version(): number {
    return this._version;
  }

  get lineCount(): number {
    return this.lines.length;
  }

  getText(range?: Range): string {
    const text = (this.joined ??= this.lines.join(''));
    if (!range) return text;
    return text.substring(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  offsetAt(position: Position): number {
    const [line, column] = this.clamp(position);
    return this.lineStarts()[line] + column;
  }

  positionAt(offset: number): Position {
    const starts = this.lineStarts();
    const total = this.getText().length;
    const at = Math.max(Math.min(offset, total), 0);
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (starts[mid] > at) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    return { line, character: this.column(line, at - starts[line]) };
  }

  /** Applies `changes` in order (as TextDocument.update does) and takes `version`. */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if (isIncremental(change)) this.replace(wellFormed(change.range), change.text);
      else if (isFull(change)) this.lines = splitKeepingBreaks(change.text);
      else throw new Error('Unknown change event received');
      this.joined = undefined;
      this.starts = undefined;
    }
    this._version = version;
  }

  /** `character` on `line` as a column: at most the line's length, never inside its line break. */
  private column(line: number, character: number): number {
    if (character <= 0) return 0;
    const text = this.lines[line];
    return Math.min(character, contentLength(text));
  }

  private lineStarts(): Uint32Array {
    if (this.starts) return this.starts;
    const starts = new Uint32Array(this.lines.length);
    let at = 0;
    for (let i = 0; i < this.lines.length; i++) {
      starts[i] = at;
      at += this.lines[i].length;
    }
    return (this.starts = starts);
  }

  private replace(range: Range, text: string): void {
    const lines = this.lines;
    const last = lines.length - 1;
    let [sl, sc] = this.clamp(range.start);
    const [el, ec] = this.clamp(range.end);
    let piece = lines[sl].slice(0, sc) + text + lines[el].slice(ec);
    // A piece starting with "\n" after a line ending in a lone "\r" makes one "\r\n" with it.
    if (sl > 0 && piece.charCodeAt(0) === LF && lines[sl - 1].charCodeAt(lines[sl - 1].length - 1) === CR) {
      sl--;
      piece = lines[sl] + piece;
    }
    // A piece ending in a lone "\r" (the last line has no break) before a line starting with "\n".
    let to = el;
    if (to < last && piece.charCodeAt(piece.length - 1) === CR && lines[to + 1].charCodeAt(0) === LF) {
      to++;
      piece += lines[to];
    }
    const added = splitKeepingBreaks(piece);
    // The piece ends where line `to` ended: with its line break, or at the document's end.
    if (to < last) added.pop();
    if (added.length === to - sl + 1) {
      for (let i = 0; i < added.length; i++) lines[sl + i] = added[i];
    } else if (added.length < 10_000) {
      lines.splice(sl, to - sl + 1, ...added);
    } else {
      // A paste of many lines: no spread of them into one call's arguments.
      this.lines = lines.slice(0, sl).concat(added, lines.slice(to + 1));
    }
  }

  /**
   * A position as a line and a column within the text: a line before the first is the document's
   * start, one past the last its end, a character past a line's text the end of that text.
   */
  private clamp(p: Position): [number, number] {
    const last = this.lines.length - 1;
    // (A line that is no whole number comes only from a client outside the protocol: read as the start.)
    if (!Number.isInteger(p.line) || p.line < 0) return [0, 0];
    if (p.line > last) return [last, this.lines[last].length];
    return [p.line, this.column(p.line, p.character)];
  }
}

function isIncremental(e: TextDocumentContentChangeEvent): e is { range: Range; rangeLength?: number; text: string } {
  const c = e as { range?: Range; rangeLength?: unknown; text?: unknown };
  return c != null && typeof c.text === 'string' && c.range !== undefined && (c.rangeLength === undefined || typeof c.rangeLength === 'number');
}

function isFull(e: TextDocumentContentChangeEvent): e is { text: string } {
  const c = e as { range?: Range; rangeLength?: unknown; text?: unknown };
  return c != null && typeof c.text === 'string' && c.range === undefined && c.rangeLength === undefined;
}

function wellFormed(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}

/** What TextDocuments needs to make and update the server's documents. */
export const LineDocuments: TextDocumentsConfiguration<LineDocument> = {
  create: (uri, languageId, version, content) => new LineDocument(uri, languageId, version, content),
  update: (document, changes, version) => {
    document.update(changes, version);
    return document;
  },
};
