// Pure text computations behind the client's edits (no vscode import, tested in test/client):
// the kind directive on the first line, and blank lines around an inserted block. The directive
// grammar is the core's (shared/directives.ts): what is written here is what the server reads.
import { findKindPin, frontMatterOf, isKindDirectiveLine, kindDirective } from '../../shared/directives';

export { kindDirective };

/** An edit of the original text by UTF-16 offsets [start, end). */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/**
 * The edit that pins the report kind (`kind`) or returns to detection (`null`): writes or
 * replaces a `<!-- govreport-kind: … -->` line at the top of the document (after front
 * matter, if any), or removes such a line. Touches no other text. null when nothing changes.
 */
export function kindDirectiveEdit(text: string, kind: string | null): OffsetEdit | null {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  // Front matter at the very top must stay first (the core reads a pin there too).
  const anchor = frontMatterOf(text)?.length ?? 0;
  const nl = text.indexOf('\n', anchor);
  const lineEnd = nl < 0 ? text.length : text[nl - 1] === '\r' ? nl - 1 : nl;
  const nextLine = nl < 0 ? text.length : nl + 1;
  const line = text.slice(anchor, lineEnd);
  const hasDirective = isKindDirectiveLine(line);
  if (kind === null) {
    if (!hasDirective) return null;
    return { start: anchor, end: nextLine, newText: '' };
  }
  const directive = kindDirective(kind);
  if (hasDirective) return line === directive ? null : { start: anchor, end: lineEnd, newText: directive };
  return { start: anchor, end: anchor, newText: directive + eol };
}

/** Whether a kind pin remains anywhere (another directive, or front matter) after an edit. */
export function hasKindPin(text: string): boolean {
  return findKindPin(text) !== null;
}

export function applyEdit(text: string, e: OffsetEdit): string {
  return text.slice(0, e.start) + e.newText + text.slice(e.end);
}

/** Where a block is inserted: the text around the selection. */
export interface BlockContext {
  /** Text on the cursor's line before the selection. */
  before: string;
  /** Text on the selection's last line after it. */
  after: string;
  /** The line above, or null on the first line. */
  previousLine: string | null;
  /** The line below, or null on the last line. */
  nextLine: string | null;
}

/**
 * A block (table, skeleton) with the line breaks it needs to stand on its own lines with a
 * blank line on either side: a Markdown table glued to a paragraph is no table.
 */
export function padBlock(body: string, at: BlockContext): string {
  const blank = (s: string | null) => s === null || s.trim() === '';
  let prefix = '';
  if (!blank(at.before)) prefix = '\n\n';
  else if (!blank(at.previousLine)) prefix = '\n';
  let suffix = '';
  if (!blank(at.after)) suffix = '\n\n';
  else if (!blank(at.nextLine)) suffix = '\n';
  // A body that already ends its last line needs one break less.
  if (body.endsWith('\n') && suffix) suffix = suffix.slice(1);
  return prefix + body + suffix;
}
