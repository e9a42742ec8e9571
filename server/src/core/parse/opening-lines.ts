// The first lines of text of a draft, the page around it passed by: what the title finders and the detection's
// readers of the opening walk (detect-*.ts, title.ts, title-sentence.ts). One walker, so that each reader says
// which chrome it passes by (a web page's metadata block, a document site's notices, a header of links, the
// page's chrome) instead of skipping it in a loop of its own.
import type { LineMap } from '../text/line-map';
import { docSiteNoticeAt, metadataLineAt, navChromeAt } from './title-chrome';
import { pageChromeAt } from './page-chrome';

/**
 * Lines passed by, named: a page's metadata block (索引号 | 发布机构 …, `metadataLineAt`), a document site's notices
 * (`docSiteNoticeAt`), a header of navigation links (`navChromeAt`), the page's chrome around the text (`pageChromeAt`).
 */
export type OpeningSkip = 'metadata' | 'siteNotice' | 'nav' | 'pageChrome';

export interface OpeningOptions {
  /** How many lines of text to give at most (blank lines and those passed by are not counted). */
  max: number;
  /** How many lines to look at, at most, from `from` on (blank and passed-by lines counted). */
  within: number;
  /** The first line looked at (0). */
  from?: number;
  /** The chrome passed by, besides blank lines. */
  skip?: readonly OpeningSkip[];
  /** Another test of a line passed by (`seen`: the lines given so far), after the named ones. */
  also?: (raw: string, line: number, seen: number) => boolean;
}

/** A line given: its number, its text, how many lines were given with it (1 for the first). */
export interface OpeningLine {
  readonly line: number;
  readonly raw: string;
  readonly seen: number;
  /**
   * The last line this one took (itself): a reader that reads a paragraph on over the lines below sets it to
   * the paragraph's last line, and the walk goes on after it.
   */
  last: number;
  /** Set by a reader that takes the line for no line of text after all (a salutation above the opening): not counted. */
  uncounted?: boolean;
}

function passed(lines: LineMap, line: number, skip: readonly OpeningSkip[]): boolean {
  for (const s of skip) {
    if (s === 'metadata' ? metadataLineAt(lines, line)
      : s === 'siteNotice' ? docSiteNoticeAt(lines, line)
        : s === 'nav' ? navChromeAt(lines, line)
          : pageChromeAt(lines, line)) return true;
  }
  return false;
}

/** The first lines of text of `lines`, as `options` bound them, in order. */
export function* openingLines(lines: LineMap, options: OpeningOptions): Generator<OpeningLine> {
  const from = options.from ?? 0;
  const end = Math.min(lines.lineCount, from + options.within);
  const skip = options.skip ?? [];
  let seen = 0;
  for (let line = from; line < end && seen < options.max; line++) {
    const raw = lines.lineText(line);
    if (!raw.trim() || passed(lines, line, skip) || options.also?.(raw, line, seen)) continue;
    seen++;
    const at: OpeningLine = { line, raw, seen, last: line };
    yield at;
    if (at.uncounted) seen--;
    line = Math.max(line, at.last);
  }
}
