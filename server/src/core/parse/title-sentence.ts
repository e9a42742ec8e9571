// A report title found only in the opening sentence: 根据《条例》……现公布某某2023年政府信息公开工作
// 年度报告 / 现将……报告如下. Also tells whether a long line (a report pasted on one line) opens so.
import type { LineMap } from '../text/line-map';
import { normalize, normalizeMapped } from '../text/normalize';
import type { TitleInfo } from './title';
import { isMetadataLine } from './title-chrome';
import { openingLines } from './opening-lines';

/** Presenting the report in the first sentence: 现公布 / 现向社会公布 / 予以公布 / 现发布 … 报告, or compiling it: 编制了 / 研究编写了 … 报告. */
const PRESENT = /(?:现(?:将|向社会|予以|特)?(?:公布|发布|公开)|予以公布|特此公布|(?:编制|编写|撰写)了)/;
/** Or reporting it (a report whose page lost its title): 现将我街道2022年法治政府建设的情况报告如下. */
const REPORTING = /现(?:将|就)/;
/** What follows the report named after 现将: 如下, or the word that publishes it (公布如下, 予以公布). */
const PUBLISHED_AFTER = /^(?:(?:予以|向社会)?(?:公布|发布|公开)(?:如下)?|如下)/;
const NAMED = /((?:[^。，,；;：:《》"“”]{0,40}?)(?:19|20)\d{2}年度?[^。，,；;：:《》"“”]{0,40}?(?:工作年度报告|年度报告|年报|工作报告|情况报告|工作总结))/;

/** Whether `at` lies inside a quotation (“…”, normalised to "…"; 「…」) of the line. */
function insideQuotes(norm: string, at: number): boolean {
  const before = norm.slice(0, at);
  const straight = (before.match(/"/g) ?? []).length;
  const corner = (before.match(/「/g) ?? []).length - (before.match(/」/g) ?? []).length;
  return straight % 2 === 1 || corner > 0;
}

/** The report an opening sentence presents (现公布……2023年……年度报告 / 现将……报告如下), in normalised text. */
function namedInOpening(norm: string): { p: RegExpExecArray; m: RegExpExecArray } | null {
  let p = PRESENT.exec(norm);
  let after = p ? norm.slice(p.index + p[0].length) : '';
  let m = p ? NAMED.exec(after) : null;
  if (!m) {
    // 现将……报告如下: the named report must be followed at once by 如下 (not 解读如下, 通知如下), or
    // by the word that publishes it (现将某某局2010年度……工作报告公布如下 / 予以公布).
    p = REPORTING.exec(norm);
    if (!p) return null;
    after = norm.slice(p.index + p[0].length);
    m = NAMED.exec(after);
    if (!m || !PUBLISHED_AFTER.test(after.slice(m.index + m[0].length))) return null;
  }
  if (!p || /解读|通知|答复|问答|图解/.test(after.slice(0, m.index + m[0].length + 6))) return null;
  // Inside quotation marks it is an example or a citation (a rule page, an explainer), not the opening.
  if (insideQuotes(norm, p.index)) return null;
  return { p, m };
}

/** Whether a long line opens by presenting a report in its first sentence (a report pasted on one line). */
export function opensPresentingReport(lineText: string): boolean {
  return namedInOpening(normalize(lineText.slice(0, 600))) !== null;
}

export function sentenceTitle(lines: LineMap): TitleInfo | null {
  // (Lines of bars only, a page's table borders, are neither title nor opening.)
  for (const { line, raw } of openingLines(lines, { max: 6, within: 60, also: (raw) => /^[\s|│｜]*$/.test(raw) || isMetadataLine(raw) })) {
    const t = named(lines, line, raw.slice(0, 600)) ?? wrapped(lines, line, raw);
    if (t) return t;
  }
  return null;
}

/** The title the opening names in `text`, which starts at the start of `line` (of the text, or of a view's). */
function named(lines: LineMap, line: number, text: string): TitleInfo | null {
  const { text: norm, map } = normalizeMapped(text);
  const found = namedInOpening(norm);
  if (!found) return null;
  const { p, m } = found;
  const name = m[1].replace(/^(?:了|的|(?:我(?:街道|[局区县市委办镇乡])|本(?:机关|单位|部门))?(?:编制|撰写)?(?:完成)?的?)/, '');
  const a = map.get(p.index + p[0].length + m.index + (m[1].length - name.length));
  const b = map.get(p.index + p[0].length + m.index + m[1].length);
  return { line, endLine: line, start: lines.lineStarts[line] + a, end: lines.lineStarts[line] + b, text: text.slice(a, b), norm: name, source: 'sentence' };
}

/**
 * An opening sentence broken at the page width in a text too short for a view of its paragraphs
 * (wrap-view.ts: …有关要求,现 / 将我局2020年度……报告如下。): the line read with the next two, when it ends inside
 * a sentence and they follow without a blank line. Only a name standing on one line is taken (a title's
 * range never spans a line break here).
 */
function wrapped(lines: LineMap, line: number, raw: string): TitleInfo | null {
  if (raw.length > 200 || raw.trim().length < 12 || /[。！!？?；;：:]\s*$/.test(raw)) return null;
  let end = line;
  for (let n = 0; n < 2 && !/[。！!？?]\s*$/.test(lines.lineText(end)); n++) {
    let next = end + 1;
    // A blank line after an opening 《 or “ is a copy's paragraph spacing inside the sentence, not its end
    // (…我局编制了《 / (blank) / 2013年度政府信息公开工作年度报告》,全文包括…, pR/10 with blank lines).
    if (/[《“「(（]\s*$/.test(lines.lineText(end))) while (next < lines.lineCount && next <= end + 2 && !lines.lineText(next).trim()) next++;
    if (next >= lines.lineCount || !lines.lineText(next).trim()) break;
    end = next;
  }
  if (end === line) return null;
  // The lines joined as they stand (normalize drops their breaks; the offsets stay the text's).
  const t = named(lines, line, lines.text.slice(lines.lineStarts[line], lines.lineEnd(end)));
  if (!t || t.text.includes('\n')) return null;
  const at = lines.lineAt(t.start);
  return { ...t, line: at, endLine: at };
}
