// Page and wrapping debris that PDF text and browser copies put inside the tables of a generated
// draft: a running page header after each page footer (the report's title with a page number, or
// the issuing organ's name), the form feed pdftotext puts before a page's first line, 表四's one row of figures wrapped over two or three lines, numbered
// labels broken over lines with vertical header characters between the pieces (PDF text with
// layout), and numbered label cells broken in two in tab-separated copies. Each transform keeps
// every figure and label; the tables must read exactly as before (test/core/layouts/pdf-pages-drafts.test.ts)
// and the property, fix-safety and hostile-input tests run over the results (test/core/hostile.ts).

const FOOTER = /^[\s\u3000]*[-—–][\s\u3000]?\d{1,4}[\s\u3000]?[-—–][\s\u3000]*$/;

/** The report's title (its first line naming a 年度报告). */
function titleOf(lines: string[]): string {
  return (lines.find((l) => /年度报告/.test(l)) ?? '某某区人民政府政府信息公开工作年度报告').replace(/^#+\s*/, '').trim();
}

/** The draft with a running page header printed after every page footer: the title with its page, or the organ. */
export function withRunningHeaders(text: string, style: 'title-page' | 'organ', organ = '某某县人民政府办公室'): string {
  const lines = text.split('\n');
  const header = style === 'title-page' ? `${titleOf(lines)}   第 ${3} 页` : organ;
  return lines.flatMap((l) => (FOOTER.test(l) ? [l, '', header, ''] : [l])).join('\n');
}

/**
 * The draft as `pdftotext` prints page breaks: a form feed before the first line of the page after
 * every page footer (in front of the line's own indentation), the line otherwise unchanged.
 */
export function withFormFeeds(text: string): string {
  const lines = text.split('\n');
  let afterFooter = false;
  return lines.map((l) => {
    if (FOOTER.test(l)) { afterFooter = true; return l; }
    if (afterFooter && l.trim() !== '') { afterFooter = false; return `\f${l}`; }
    return l;
  }).join('\n');
}

/**
 * 表四's row of 15 figures (one line, grouped by `|` or not) wrapped over `parts` lines, as a PDF
 * prints a row too wide for its page: 8 + 7 figures, or 5 + 5 + 5.
 */
export function wrapFlatRow(text: string, parts: 2 | 3): string {
  return text.split('\n').flatMap((l) => {
    const t = l.replace(/[|｜]/g, ' ').trim();
    if (!/^\d+(?:\s+\d+){14}$/.test(t)) return [l];
    const vs = t.split(/\s+/);
    return parts === 2 ? [vs.slice(0, 8).join('    '), vs.slice(8).join('    ')] : [0, 5, 10].map((k) => vs.slice(k, k + 5).join('  '));
  }).join('\n');
}

/**
 * PDF text with layout (test/gen/layout-spaced.ts): the numbered labels of 一、本年新收… and
 * 二、上年结转… broken over three lines with the figures on the last, and one character of a
 * vertical header label between the first two pieces.
 */
export function splitSpacedLabels(text: string): string {
  return text.split('\n').flatMap((l) => {
    const m = /^([\s\u3000]*)([一二]、本年新收|[一二]、上年结转)(政府信息公开)(申请数量)([\s\u3000]+)(\d.*)$/.exec(l);
    if (!m) return [l];
    return [m[1] + m[2], '  办', `${m[1]}  ${m[3]}`, `${m[1]}  ${m[4]}${' '.repeat(26)}${m[6]}`];
  }).join('\n');
}

/**
 * A tab-separated copy (browser, Word) whose numbered label cells wrapped: the label's first half
 * on a line of its own (without tabs, or followed by the row's empty tabs), the rest and the
 * figures on the next line.
 */
export function breakTabLabels(text: string, withTabs = false): string {
  return text.split('\n').flatMap((l) => {
    const i = l.indexOf('\t');
    const label = i > 0 ? l.slice(0, i) : '';
    if (!/^(?:[一二三四]、|（[一二三四五六七]）)/.test(label) || [...label].length < 8 || !/\t\d/.test(l)) return [l];
    const chars = [...label];
    const cut = Math.ceil(chars.length / 2);
    const head = chars.slice(0, cut).join('');
    return [withTabs ? `${head}\t` : head, chars.slice(cut).join('') + l.slice(i)];
  }).join('\n');
}

/**
 * A tab-separated copy whose sub-row label cells (1.属于国家秘密, 3.危及“三安全一稳定”) wrapped with
 * the figures beside the first line: the label's first part and the figures on one line, its last
 * piece (no numbering) alone on the next line.
 */
export function breakTabLabelsAfter(text: string): string {
  return text.split('\n').flatMap((l) => {
    const i = l.indexOf('\t');
    const label = i > 0 ? l.slice(0, i) : '';
    if (!/^\d\./.test(label) || [...label].length < 8 || !/\t\d/.test(l)) return [l];
    const chars = [...label];
    const cut = Math.max(4, chars.length - 4);
    const tail = chars.slice(cut).join('');
    if (!/^[\u3400-\u9fff“”]+$/.test(tail)) return [l];
    return [chars.slice(0, cut).join('') + l.slice(i), tail];
  }).join('\n');
}
