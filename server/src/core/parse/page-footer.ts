// Page footers and page numbers that PDF text carries between the lines of a page break:
// `-3-`, `— 4 —`, `- 12 -`, `·5·`, `第 3 页`, `第 2 页 共 9 页`, `3/10`. One definition for every
// reader that skips them (PDF layout tables, PDF reading order, wrapped prose).

const DECORATED = /^[-—–－_~·]+\s*\d{1,4}\s*[-—–－_~·]+$/;
const PAGE_OF = /^第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/;
const FRACTION = /^\d{1,4}\s*\/\s*\d{1,4}$/;
/** A number with at most decoration on one side (`3`, `-3`, `3·`). */
const BARE = /^[-—–－_~·\s]*\d{1,4}[-—–－_~·\s]*$/;

/** A page footer (trimmed text): a decorated page number, 第 N 页, or N/M. */
export function isPageFooter(text: string): boolean {
  return DECORATED.test(text) || PAGE_OF.test(text) || FRACTION.test(text);
}

/**
 * A page footer between two cells of a table (trimmed text): decorated or 第 N 页, not N/M, which a
 * cell may hold.
 */
export function isTablePageFooter(text: string): boolean {
  return DECORATED.test(text) || PAGE_OF.test(text);
}

/**
 * A page footer, or a number alone on its line. Only where no number can stand alone (between
 * the two halves of a wrapped sentence) may a bare number be taken for a page number; in a table
 * it is a value.
 */
export function isPageNumberLine(text: string): boolean {
  return isPageFooter(text) || BARE.test(text);
}
