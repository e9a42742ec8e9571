// The report's title and year as published texts carry them: a title line (possibly split
// over two lines, or below web chrome and a page metadata block), the page's 名称 field, or
// only the first sentence (“现公布……2023年政府信息公开工作年度报告”). The year comes from
// the title, the statistical-period sentence, the body, or a signing/cover date, in that
// order of trust. Knows nothing of report formats; every scan is bounded.
import type { LineMap } from '../text/line-map';
import { normalize } from '../text/normalize';
import type { Heading } from './headings';
import { CHANNEL_NAME, issuedReportLine, leadingTitleInfo, oneLineTitle, TITLE_WORDS, yearTitleLine } from './title-forms';
import { DOC_SHARE_NAME, isBreadcrumb, isContactLine, isDocSiteNotice, isMenuLine, isMetadataLine, isNavChrome, META_NAME, metadataLineAt, wordTitleEnd } from './title-chrome';
import { menuLineAt, pageChromeAt, toolbarAfterTitle } from './page-chrome';
import { sentenceTitle } from './title-sentence';
import { CN_DATE_ONLY, DATE_ONLY, MAX_LINE } from './title-year';
import { isDoublingBlank } from './double-spaced';
import { continuesMetaName, continuesTitle, LABEL_PREFIX, ORG_LINE } from './title-lines';
import { openingLines } from './opening-lines';
export { findYear } from './title-year';

export { isBreadcrumb, isDocSiteNotice, isMetadataLine } from './title-chrome';
export { opensPresentingReport } from './title-sentence';

export type TitleSource = 'line' | 'lines' | 'metadata' | 'sentence' | 'one-line';

export interface TitleInfo {
  line: number;
  start: number;
  end: number;
  text: string;
  norm: string;
  /** How the title was found: one line, two lines (issuer above), the 名称 field, the first sentence. */
  source?: TitleSource;
  /** Last line of a title over two lines (= line otherwise). */
  endLine?: number;
}

/** A line without the run of pipes a web table's empty cells left after it (标题 | |||||…). */
function unpadded(raw: string): string {
  const m = /\s+\|[\s|]*$/.exec(raw);
  const t = m && m[0].replace(/\s/g, '').length >= 3 ? raw.slice(0, m.index) : raw;
  // (Or the page's toolbar run on after the title: …年报 保护视力色: 默认 【字体: 打印本页 关闭窗口.)
  const bar = toolbarAfterTitle(t);
  return bar >= 0 ? t.slice(0, bar).trimEnd() : t;
}

/** Where the report year was read. */
export type YearSource = 'title' | 'period' | 'body' | 'date' | 'published' | 'plan';

export { TITLE_WORDS };
export { ORG_LINE };
function isProse(raw: string): boolean {
  // A line ending in an opening bracket or quote is a sentence broken over lines (…根据《).
  // (A list item numbered in brackets, (6)市政府提交…的各类报告, is one too.)
  // So is a line that closes a book title opened on the line above (开办公室关于印发〈…〉的通知》（…）).
  return /^\s*(?:[-*+]\s|\d+[.、)）]\s*\S|[（(]\d{1,2}[)）]\s*\S)/.test(raw) || /[。；，,;：:《〈“‘（(【「]\s*$/.test(raw)
    || /^[\s#*]*(?:根据|按照|依据|依照|为了|为进一步|现将|现就)/.test(raw) || closesTitleAbove(raw);
}

/** More closing book-title marks than opening ones: the line goes on a sentence begun above. */
function closesTitleAbove(raw: string): boolean {
  let depth = 0;
  for (const c of raw) {
    if (c === '《') depth++;
    else if (c === '》' && --depth < 0) return true;
  }
  return false;
}

/**
 * The first line that reads like a title (not chrome, metadata, a heading or prose), whatever
 * it names: detection asks whether it names another kind of document (…工作要点, …的通知).
 */
export function firstTitleLine(lines: LineMap, headings: Heading[]): string | null {
  const headingLines = new Set(headings.filter((h) => h.style !== 'md').map((h) => h.line));
  const chrome = (whole: string) => {
    const raw = whole.slice(0, 200);
    return !raw.trim() || isMetadataLine(raw) || isBreadcrumb(raw) || isNavChrome(raw) || isContactLine(raw) || isDocSiteNotice(raw);
  };
  for (const at of openingLines(lines, { max: 4, within: 60, also: chrome })) {
    const { line } = at;
    const raw = at.raw.slice(0, 200);
    if (headingLines.has(line) || isProse(raw)) return null;
    const norm = normalize(raw.replace(/^#+\s*/, ''));
    if (norm.length >= 4 && norm.length <= 60 && !DATE_ONLY.test(norm)) return norm;
  }
  return null;
}

function titleAt(lines: LineMap, line: number, firstLine: number, source: TitleSource): TitleInfo {
  const first = lines.lineText(firstLine);
  const lead = first.length - first.replace(/^[\s#*]+/, '').length;
  const start = lines.lineStarts[firstLine] + lead;
  const last = unpadded(lines.lineText(line));
  const end = lines.lineStarts[line] + last.replace(/[\s*]+$/, '').length;
  const parts: string[] = [];
  for (let l = firstLine; l <= line; l++) {
    const t = unpadded(lines.lineText(l)).trim().replace(/^[#*\s]+/, '').replace(/[*\s]+$/, '');
    if (t) parts.push(t);
  }
  const text = parts.join('');
  return { line: firstLine, endLine: line, start, end: Math.max(start, end), text, norm: normalize(text), source };
}

/** The report's title within six lines of the top, chrome and metadata aside (`perLine`: a view's pieces per line, flat-view.ts). */
export function findTitle(lines: LineMap, headings: Heading[], perLine = 1): TitleInfo | null {
  const headingLines = new Set(headings.filter((h) => h.style !== 'md').map((h) => h.line));
  const issued = issuedReportLine(lines, headingLines, isProse);
  if (issued !== null) {
    let up = issued.first - 1; // the issuer alone on a line above (blank lines between): the title's first half
    while (up > 0 && up >= issued.first - 3 && !lines.lineText(up).trim()) up--;
    const org = ORG_LINE.test(normalize(lines.lineText(up).slice(0, 40)));
    return titleAt(lines, issued.last, org ? up : issued.first, org || issued.last > issued.first ? 'lines' : 'line');
  }
  const candidates: number[] = [];
  let wordRunEnd = -1;
  // Web chrome (a breadcrumb, a site header's contact block), a metadata block and a document site's
  // notices may come first: they do not count towards the six lines; nor does a title set one word
  // per line count as more than one.
  // (Every line given is a candidate; chrome, metadata and a word-per-line title's later words are not counted.)
  for (const at of openingLines(lines, { max: 6 * perLine, within: 60, skip: ['siteNotice'] })) {
    const { line, raw } = at;
    candidates.push(line);
    if (line <= wordRunEnd) { at.uncounted = true; continue; }
    wordRunEnd = wordTitleEnd(lines, line);
    if (metadataLineAt(lines, line) || pageChromeAt(lines, line) || isMenuLine(raw) || isContactLine(raw) || isBreadcrumb(raw)) at.uncounted = true;
  }
  const top = candidates.length;
  // A trailing file-name line (….pdf) often carries the title of a PDF extract (part headings that end the text are not counted).
  // (Only below the top lines: in a short text they are the same lines, read as the top ones are.)
  const lastTop = top > 0 ? candidates[top - 1] : -1;
  for (let line = lines.lineCount - 1, k = 0; line > lastTop && k < 3; line--) {
    if (lines.lineText(line).trim() === '' || (k === 0 && headingLines.has(line))) continue;
    k++;
    candidates.push(line);
  }
  // Another document's title broken after the report words (关于政府信息公开工作年度报告 /
  // 有关事项的通知): the short line below ending in 的通知 (的意见, 的函 …) is the title's end.
  const tailBelow = (i: number): number | null => {
    if (i + 1 >= top) return null;
    const next = candidates[i + 1];
    const below = lines.lineText(next).slice(0, 200);
    if (headingLines.has(next) || isMetadataLine(below) || isProse(below)) return null;
    return OTHER_TITLE_TAIL.test(normalize(below.replace(/^#+\s*/, ''))) ? next : null;
  };
  let metaTitle: TitleInfo | null = null;
  let valueTail = -1; // the line that holds the rest of a wrapped 名称 value
  let prev = -1;
  // The title stands above the first part (一、…): below it, a short line is the text of a
  // paragraph broken at the page width (PDF text), not a title.
  const firstPart = headings.find((h) => h.style !== 'md' && h.level === 1 && h.numeral === 1 && !h.runIn)?.line ?? Infinity;
  for (let i = 0; i < candidates.length; i++) {
    const line = candidates[i];
    const raw = unpadded(lines.lineText(line).slice(0, MAX_LINE));
    const before = i > 0 && i < top ? prev : -1;
    prev = line;
    // A report pasted on one line: the title is the text before its first heading (一、…).
    if (raw.length > 80 && headingLines.has(line)) {
      const t = titleBeforeInlineHeading(lines, line, headings);
      if (t) return t;
    }
    if (headingLines.has(line) || line === valueTail) continue;
    if (i < top && line > firstPart) continue;
    // A breadcrumb (您当前所在的位置：首页 > … > 年度报告) is web chrome, not the title.
    if (isBreadcrumb(raw)) continue;
    // A header of navigation words or a read-aloud button (点击收听年报语音朗读) names no report; nor
    // does a line of a disclosure site's column names (信息公开指南 信息公开年报).
    if (isNavChrome(raw) || isMenuLine(raw) || (i < top && menuLineAt(lines, line))) continue;
    // A bulleted line without a year (• 乡镇政府信息公开年度报告 above a bulleted metadata list): the
    // page's column name, not the title.
    if (/^\s*[•·●▪◆]/.test(raw) && !/(?:19|20)\d{2}/.test(raw)) continue;
    // (Or the value of a bare label above it: a metadata table copied one cell per line, 分 类 / 其他/其他 / 报告.)
    if (metadataLineAt(lines, line)) {
      // (`raw` is a line of doc.read, in Simplified script already.)
      const m = META_NAME.exec(raw);
      if (m && !metaTitle && i < top) {
        const norm = normalize(m[1]);
        // (A value the page wrapped, 名 称: 某某局 / 2021年……年度报告: the line below is the rest of it, no title by itself.)
        const below = candidates[i + 1] === line + 1 && !headingLines.has(line + 1) ? unpadded(lines.lineText(line + 1).slice(0, 200)) : '';
        if (below && !isMetadataLine(below) && continuesMetaName(norm, normalize(below))) {
          const at = m.index + m[0].indexOf(m[1]);
          const start = lines.lineStarts[line] + at;
          const text = raw.slice(at, at + m[1].length) + below.trim();
          metaTitle = { line, endLine: line + 1, start, end: lines.lineStarts[line + 1] + below.trimEnd().length, text, norm: normalize(text), source: 'metadata' };
          valueTail = line + 1;
        } else if (norm.length <= 80 && TITLE_WORDS.test(norm)) {
          const at = m.index + m[0].indexOf(m[1]);
          const start = lines.lineStarts[line] + at;
          metaTitle = { line, endLine: line, start, end: start + m[1].length, text: raw.slice(at, at + m[1].length), norm, source: 'metadata' };
        }
      }
      continue;
    }
    // A document site's sharing line names the file shared: its name is the page's title, as a 名称 field is.
    const shared: RegExpExecArray | null = i < top && !metaTitle ? DOC_SHARE_NAME.exec(raw) : null;
    if (shared && TITLE_WORDS.test(normalize(shared[1]))) {
      const start: number = lines.lineStarts[line] + raw.indexOf(shared[1]);
      metaTitle = { line, endLine: line, start, end: start + shared[1].length, text: shared[1], norm: normalize(shared[1]), source: 'metadata' };
      continue;
    }
    // A list item or a sentence is not a title.
    if (isProse(raw)) continue;
    // A title set one word per line (2023 / 医院 / 政府 / 信息 / 公开 / 工作 / 年度报告): three or more
    // short lines in a row that together end in the report words.
    if (i < top) {
      const end = wordTitleEnd(lines, line);
      if (end >= 0) return titleAt(lines, end, line, 'lines');
    }
    const norm = normalize(raw.replace(/^#+\s*/, ''));
    // The year and the kind's name on a line, its report word alone below (2024年度交通运输法治政府建设 /
    // 工作总结): the two lines are the title.
    if (i < top && !TITLE_WORDS.test(norm)) {
      const tail = nameAboveTail(lines, line, norm, i + 1 < top ? candidates[i + 1] : isDoublingBlank(lines, line + 1) ? line + 2 : line + 1);
      if (tail !== null) return titleAt(lines, tail, line, 'lines');
    }
    // A title has no comma, semicolon, full stop inside or web address, and does not start as a
    // sentence about the report (a line of a paragraph broken at the page width may: 年报1条, …).
    if (norm.length > 80 || !TITLE_WORDS.test(norm)) continue;
    // (A line among the text's last ones that holds a sentence and goes on after it is no title either.)
    if (i >= top && /。./.test(norm)) continue;
    if (i < top && (/[,;]|。./.test(norm) || /https?:|www\./i.test(norm) || FILE_PATH.test(raw) || /^本(?:年度)?(?:报告|年报)/.test(norm))) continue;
    // A title broken after 关于 whose first part carries report words of its own (【工作总结】某某局关于 /
    // 2022年法治政府建设情况的报告): the line below is the rest.
    if (i < top && /关于$/.test(norm) && candidates[i + 1] === line + 1 && !headingLines.has(line + 1)) {
      const below = lines.lineText(line + 1).slice(0, 200);
      const belowNorm = normalize(below);
      if (belowNorm.length <= 60 && TITLE_WORDS.test(belowNorm) && !isProse(below) && !isMetadataLine(below)) return titleAt(lines, line + 1, line, 'lines');
    }
    // A line of a paragraph broken at a fixed width (PDF text, a copy wrapped every N characters): the
    // line right above is prose of the same width, not ended by a full stop (根据《…条例》(以下简称
    // 《条例》)和《国 / 务院办公厅…关于政府信息公开工作年度报告有).
    // (In a text pasted double-spaced the line above stands a blank line further: parse/double-spaced.ts.)
    const touching = before >= 0 && (before === line - 1 || (before === line - 2 && isDoublingBlank(lines, line - 1)));
    if (i < top && touching && wrappedAfter(lines.lineText(before), raw)) continue;
    // A sentence broken at each change of font (`pdftotext -raw`: 根据《…条例》 / （国务院令第711号） / 、 /
    // 《…关于印发〈…年度报告格式〉的通知》): the line above ends inside the sentence.
    if (i < top && ((touching && midSentenceAbove(lines.lineText(before))) || /^[、，,；;]/.test(raw.trim()))) continue; // (or opens with 、)
    // A title over two or three lines: the issuer alone on the line above (台州市路桥区人民政府 /
    // 关于2021年法治政府建设的年度报告), or the first part of the title above the report words
    // (城厢区卫生局关于2014年度政府信息 / 公开工作 / 的年度报告: the third line touching the second).
    if (before >= 0 && !headingLines.has(before)) {
      const upNorm = fragmentNorm(lines, before);
      if (upNorm !== null && !norm.startsWith(upNorm) && continuesTitle(upNorm, norm)) {
        let first = before;
        const above = i >= 2 ? candidates[i - 2] : -1;
        const aboveNorm = above === before - 1 && !headingLines.has(above) ? fragmentNorm(lines, above) : null;
        if (aboveNorm !== null && continuesTitle(aboveNorm, upNorm + norm)) first = above;
        return titleAt(lines, tailBelow(i) ?? line, first, 'lines');
      }
    }
    // A bare report word (工作报告, 年度报告) alone on a line is a web page's channel name, not the title.
    if (BARE_REPORT_WORD.test(norm)) continue;
    if (i < top && CHANNEL_NAME.test(norm) && candidates.slice(i + 1, top).some((l) => yearTitleLine(lines.lineText(l)))) continue; // so is 政府信息公开年度报告 above a title with its year
    // The page's title without the issuer, then the issuer alone and the title again below it
    // (2022年政府信息公开工作年度报告 / 某某镇人民政府 / 2022年政府信息公开工作年度报告): the
    // issuer and the title under it are the report's title.
    if (/^(?:19|20)\d{2}年/.test(norm) && i + 2 < top) {
      const org = normalize(lines.lineText(candidates[i + 1]).slice(0, 200));
      const again = normalize(lines.lineText(candidates[i + 2]).slice(0, MAX_LINE).replace(/^#+\s*/, ''));
      if (again === norm && org.length <= 40 && ORG_LINE.test(org) && !TITLE_WORDS.test(org)) return titleAt(lines, candidates[i + 2], candidates[i + 1], 'lines');
    }
    const tail = tailBelow(i);
    if (tail !== null) return titleAt(lines, tail, line, 'lines');
    // The title's last characters on a line of their own (【工作总结】某局关于2022年法治政府建设情况的 / 报告,
    // 2024年度交通运输法治政府建设 / 工作总结). (The last of the top lines — below a covering letter — may have it
    // right below, outside the lines counted.)
    const next = i + 1 < top ? candidates[i + 1] : i === top - 1 && line + 1 < lines.lineCount ? line + 1 : -1;
    if (next === line + 1 && !/(?:报告|年报|总结)$/.test(norm) && !headingLines.has(next)) {
      const nextNorm = normalize(lines.lineText(next).slice(0, 40));
      if (REPORT_TAIL.test(nextNorm) && continuesTitle(norm, nextNorm)) return titleAt(lines, next, line, 'lines');
    }
    return runOnTitle(lines, line) ?? titleAt(lines, line, line, 'line');
  }
  return metaTitle ?? oneLineTitle(lines) ?? sentenceTitle(lines);
}

/**
 * A PDF text that lost the break after the title runs the opening sentence on after the report
 * words (北京市政府信息公开工作年度报告本报告是根据《中华人民共和国政府信息公开条例》(以): the
 * title ends with them.
 */
const RUN_ON_OPENING = /^([\s#*]*)([^。，,；;《》]{4,60}?(?:工作年度报告|年度报告|年报))(?=本(?:年度)?(?:报告|年报)|(?:根据|依据|按照|依照)《)/;
function runOnTitle(lines: LineMap, line: number): TitleInfo | null {
  // (`lines` are doc.read's, in Simplified script already.)
  const m = RUN_ON_OPENING.exec(lines.lineText(line).slice(0, MAX_LINE));
  if (!m) return null;
  const start = lines.lineStarts[line] + m[1].length;
  const text = lines.lineText(line).slice(m[1].length, m[1].length + m[2].length);
  return { line, endLine: line, start, end: start + text.length, text, norm: normalize(text), source: 'line' };
}

/** `raw` continues the paragraph line `up` broken at the same width: both 20 characters or more, within two of each other, `up` prose not ended by a stop. */
function wrappedAfter(up: string, raw: string): boolean {
  const a = [...up.trim()].length;
  const b = [...raw.trim()].length;
  if (a < 20 || Math.abs(a - b) > 2 || /[。！？!?：:；;]$/.test(up.trim())) return false;
  return isProse(up) || /[，,、]/.test(up);
}

/** `up` ends inside a sentence: in a list mark (、，) or inside a bracket it opened (《国务院办), and is no numbering (一、, 1、) alone. */
function midSentenceAbove(up: string): boolean {
  const t = up.trim();
  const open = (a: string, b: string) => t.split(a).length > t.split(b).length;
  if (open('《', '》') || open('（', '）') || open('〈', '〉')) return true;
  return /[、，,（(《〈“]$/.test(t) && !/^[（(]?[一二三四五六七八九十\d]+[）)]?[、，,]$/.test(t);
}

/** The break between two lines falls inside the report words (政府信息公开, 法治政府建设, 年度报告…). */
/**
 * The normalised text of `line` when it can be the first part of a title over lines: short, words and figures only
 * (after a flip-book's page header, Page 2 - 某局2019年度……工作年度 / 报告), no report words, no site's menu line
 * (信息公开指南 信息公开 / 年报); else null.
 */
function fragmentNorm(lines: LineMap, line: number): string | null {
  const up = lines.lineText(line).slice(0, 200);
  const upNorm = normalize(up.replace(/^#+\s*/, ''));
  const words = upNorm.replace(FLIP_BOOK_PAGE, '');
  return upNorm.length >= 2 && upNorm.length <= 40 && !isProse(up) && !isMetadataLine(up) && !isMenuLine(up)
    && !isBreadcrumb(up) && !TITLE_WORDS.test(upNorm) && (/^[\u3400-\u9fff（）()\d]+$/.test(words) || (LABEL_PREFIX.test(upNorm) && ORG_LINE.test(upNorm.replace(LABEL_PREFIX, ''))))
    && !DATE_ONLY.test(upNorm) ? upNorm : null;
}
/** A flip-book's page header before the title it repeats (Page 8 - , normalised: Page8-). */
const FLIP_BOOK_PAGE = /^Page\d{1,4}-(?=[\u3400-\u9fff])/i;

/** The title of a report pasted on one line: what stands before the line's first heading, if it reads as a title. */
function titleBeforeInlineHeading(lines: LineMap, line: number, headings: Heading[]): TitleInfo | null {
  const lineStart = lines.lineStarts[line];
  let first: Heading | null = null;
  for (const h of headings) if (h.line === line && h.runIn && (!first || h.start < first.start)) first = h;
  if (!first || first.start - lineStart > 200) return null;
  // The title among the line's first pieces, after web chrome (栏目名 某某街道2022年……年度报告 时间:…).
  const piece = leadingTitleInfo(lines, line, first.start - lineStart);
  if (piece) return piece;
  let raw = lines.lineText(line).slice(0, first.start - lineStart);
  // (The page's metadata pieces before it, 发布时间:2021-01-15 10:00 信息来源:某局, are no part of it.)
  let skipped = 0;
  for (let m = /^\s*(\S+)\s+/.exec(raw); m && (isMetadataLine(m[1]) || /^\d{1,2}:\d{2}(?::\d{2})?$/.test(m[1])); m = /^\s*(\S+)\s+/.exec(raw)) {
    skipped += m[0].length;
    raw = raw.slice(m[0].length);
  }
  const lead = skipped + raw.length - raw.replace(/^[\s#*]+/, '').length;
  // (Indentation a charset conversion turned into question marks, ????一、总体情况, is no part of it.)
  const text = raw.trim().replace(/^[#*\s]+/, '').replace(/[\s\u3000]*[?？]+$/, '');
  const norm = normalize(text);
  if (!text || norm.length > 80 || !TITLE_WORDS.test(norm) || isProse(text)) return null;
  // Pieces going on after the report words (……年度报告 某某管委会 2026年1月8日): former lines, read by document.ts.
  if (/\s/.test(text) && !ENDS_AS_TITLE.test(norm)) return null;
  return { line, endLine: line, start: lineStart + lead, end: lineStart + lead + text.length, text, norm, source: 'one-line' };
}

const ENDS_AS_TITLE = /(?:报告|年报|总结)(?:[(（][^()（）]{0,12}[)）])?$/; // ……年度报告（2024年度）

/** A line that is nothing but a report word: a channel name (工作报告, 年度报告) above the real title. */
/** A file path (a crawler's 本地目录: zwgk/zfxxgk/202001/80576_…年度报告): a copy's storage place, not the title. */
const FILE_PATH = /(?:[A-Za-z0-9_.-]+[/\\]){2,}/;
const BARE_REPORT_WORD = /^(?:工作|年度|情况)?(?:报告|年报|总结)$/;
/**
 * The line below `line` when it is the report word alone (工作总结, 报告) ending the year and the kind's name
 * that `line` holds (2024年度交通运输法治政府建设 / 工作总结, 某某中学2022年政府信息公开工作年度 / 报告); else null. (`next`: the next non-blank line.)
 */
function nameAboveTail(lines: LineMap, line: number, norm: string, next: number): number | null {
  // (In a text pasted double-spaced the report word stands a blank line further: parse/double-spaced.ts.)
  const touching = next === line + 1 || (next === line + 2 && isDoublingBlank(lines, line + 1));
  // (After a label, 标题:某局2022年政府信息公开工作年度 / 报告, the value alone counts.)
  const value = norm.slice(norm.lastIndexOf(':') + 1);
  if (!touching || next >= lines.lineCount || norm.length > 60 || /[,;。]/.test(value) || !value) return null;
  if (!/(?:19|20)\d{2}年/.test(value) || !/(?:法治政府(?:部门)?建设|政府信息公开)(?:工作)?(?:年度)?$/.test(value)) return null;
  const below = normalize(lines.lineText(next).slice(0, 40));
  return REPORT_TAIL.test(below) && continuesTitle(value, below) ? next : null;
}

/** The end of a report's name wrapped onto a line of its own (报告, 年度报告, 的报告, 工作总结). */
const REPORT_TAIL = /^(?:的)?(?:工作|年度|情况)?(?:报告|年报|总结)$/;

/** The end of another document's title on a line of its own: 有关事项的通知, 编制工作的通知, 的意见. */
const OTHER_TITLE_TAIL = /^[\u3400-\u9fff]{0,16}的(?:通知|意见|函|批复|通报|决定|公告|解读|说明)$/;
