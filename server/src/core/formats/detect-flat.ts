// A report pasted or copied without its line breaks (a PDF viewer's copy joins the lines with
// nothing between them: …工作。一、总体情况2023年，…二、主动公开政府信息情况…): its statutory
// part titles stand inside one long line, glued to the text on both sides, so the heading reader
// (parse/, format-free) cannot tell where they end. Detection looks for the format data's part
// titles themselves, each after its own numeral, in order and each some text after the last.
// One indexOf pass per title over a bounded slice: no backtracking, linear in the text.
import type { ParsedDocument } from '../parse/document';
import { labelKey, normalize } from '../text/normalize';
import { GOV_FORMATS } from './detect-opening';
import { openingLines } from '../parse/opening-lines';
import { selfOpeningLine } from './detect-self-opening';

/** A line this long may be a flattened page (as parse/report.ts reads one). */
const LONG_LINE = 300;
/** Text between two part titles: a part holds at least a sentence or a table. */
const MIN_GAP = 40;
/** Characters of a line searched. */
const MAX_SCAN = 400_000;
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

let titles: string[][] | undefined;
/** For each part position, the statutory titles of the gov-info formats and, after the first, their variants (labelKey form). */
function partTitles(): string[][] {
  if (titles) return titles;
  const out: string[][] = [];
  for (const f of GOV_FORMATS()) {
    if (f.headingMatch !== 'title') continue;
    f.sections.forEach((s, i) => {
      if (!s.title || i >= NUMERALS.length) return;
      // (After the first part, its usual variants too, as a heading of its own counts them: 二、主动公开情况.)
      for (const k of [s.title, ...(i > 0 ? s.variants ?? [] : [])].map(labelKey)) (out[i] ??= []).includes(k) || out[i].push(k);
    });
  }
  return (titles = out);
}

/**
 * Number of statutory gov-info part titles (一、总体情况, 二、主动公开政府信息情况 …) found in order,
 * each after its own numeral, inside a long line of the text; 0 when the text has no long line.
 */
export function flatStatutoryParts(doc: ParsedDocument): number {
  let best = 0;
  for (let line = 0; line < doc.readLines.lineCount && line < 200; line++) {
    const raw = doc.readLines.lineText(line);
    if (raw.length < LONG_LINE) continue;
    // labelKey drops spaces and punctuation (the numeral's 、 too): a title glued or spaced
    // (一、 总体情况) reads the same.
    const t = labelKey(raw.length > MAX_SCAN ? raw.slice(0, MAX_SCAN) : raw);
    let from = 0;
    let n = 0;
    partTitles().forEach((ks, i) => {
      let at = -1;
      let len = 0;
      for (const k of ks) {
        const p = t.indexOf(NUMERALS[i] + k, from);
        if (p >= 0 && (at < 0 || p < at)) { at = p; len = k.length + 1; }
      }
      if (at < 0) return;
      n++;
      from = at + len + MIN_GAP;
    });
    best = Math.max(best, n);
  }
  return best;
}

let openings: string[] | undefined;
/** The formats' opening words (本报告由, 本年度报告 …), normalised, once. */
const OPENINGS = () => (openings ??= [...new Set(GOV_FORMATS().flatMap((f) => f.detect.opening ?? []).map(normalize))]);

/** How far into a long line the first part may stand (a page's chrome and the title before it). */
const FIRST_PART_WITHIN = 400;
/** The part's first characters read for the year's disclosure work. */
const FIRST_PART_BODY = 1200;

/**
 * A flattened report whose title was not read (glued to the page chrome or to the body): its long
 * first line holds the first statutory part (一、总体情况 / 一、概述) near its start, and that part's
 * first characters tell of a year's government information disclosure work under the 条例 — the
 * one-line form of firstSectionOpening (detect-opening.ts). Returns the part title found, or null.
 */
export function flatFirstSection(doc: ParsedDocument): string | null {
  for (const { raw } of openingLines(doc.readLines, { max: 3, within: 40 })) {
    if (raw.length < LONG_LINE) continue;
    const t = labelKey(raw.slice(0, FIRST_PART_WITHIN + FIRST_PART_BODY));
    const firsts = partTitles()[0] ?? [];
    for (const k of [...firsts, '概述']) {
      const at = t.indexOf(`一${k}`);
      if (at < 0 || at > FIRST_PART_WITHIN) continue;
      const b = t.slice(at + k.length + 1, at + k.length + 1 + FIRST_PART_BODY);
      // (Or, for the 条例, an opening before the part in which the report speaks of itself, 本报告由某镇人民政府……编制。
      // 本年度报告中所列数据的统计期限……, as firstSectionOpening reads it on lines.)
      if (b.includes('政府信息公开') && /(?:19|20)\d{2}年/.test(b) && (/条例|年度报告/.test(b) || (at > 0 && selfOpeningLine(raw.slice(0, 700), OPENINGS()).self))) return k;
    }
    return null;
  }
  return null;
}
