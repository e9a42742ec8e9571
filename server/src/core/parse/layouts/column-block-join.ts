// PDF text in reading order (./column-block.ts) splits one statutory table into several
// column blocks: at a page break (footer `-3-`, a repeated page header) and at row labels that
// look like headings (二、上年结转政府信息公开申请数量, 三、本年度办理结果, 四、结转下年度继续办理).
// Such labels open sections of their own that no statutory section claims, so the blocks
// after them would be lost. A column block that no section or label claims continues the
// column-block table just before it when only short heading-like lines, page footers and
// blanks lie between the two, and no statutory section starts there. Delimited blocks (tab, pipe)
// that no section or label claims continue the block before them of the same layout when only a
// caption line or two lies between (表二's 第二十条第（六）项 in a page without part headings).
import type { LineMap } from '../../text/line-map';
import type { TableBlock } from '../tables';

/** Non-blank lines a gap between two blocks of one table may hold (headings, footers, headers). */
const MAX_GAP_LINES = 8;
/** Non-blank lines between two delimited blocks of one table: a block's caption (第二十条第（六）项), a group label. */
const MAX_CAPTION_LINES = 2;
/** Longest gap line: a row label or page header, not prose. */
const MAX_GAP_LINE = 60;

/** Are the lines between two blocks only a page break or heading-like row labels? */
export function isTableGap(lines: LineMap, fromLine: number, toLine: number, maxLines = MAX_GAP_LINES): boolean {
  let count = 0;
  for (let line = fromLine; line < toLine; line++) {
    const t = lines.lineText(line).trim();
    if (!t) continue;
    if (++count > maxLines) return false;
    if (t.length > MAX_GAP_LINE || /[。！？!?]/.test(t)) return false;
  }
  return true;
}

/**
 * The owner of a column block no section claims: the table of the previous column block when
 * `b` continues it (see above), else null. `statutoryStarts` are the offsets where the matched
 * statutory sections start.
 */
export function continuedOwner(
  lines: LineMap,
  prev: { block: TableBlock; owner: string } | null,
  b: TableBlock,
  statutoryStarts: number[],
): string | null {
  if (!prev || b.layout !== prev.block.layout) return null;
  if (statutoryStarts.some((s) => s > prev.block.end && s <= b.start)) return null;
  // Delimited blocks (tab, pipe) of one table are parted by a caption line or two (第二十条第（六）项).
  const gap = b.layout === 'column-block' ? MAX_GAP_LINES : MAX_CAPTION_LINES;
  return isTableGap(lines, prev.block.endLine + 1, b.startLine, gap) ? prev.owner : null;
}
