// Shared pieces of the date and content rules (date-order, date-deadline, content-fee,
// content-rectification): which date is the report's own, whose report it is, and the
// prose of one statutory section.
import type { Analysis } from '../engine/lint';
import { headingLineSet, PIECES_PER_LINE, Section } from '../parse/document';
import { DateMention, findDates } from '../parse/prose';
import { signatureStart } from '../engine/draft-style';
import { normalize } from '../text/normalize';
import { openingLines } from '../parse/opening-lines';

/** A date with the offsets of its text (Arabic or Chinese numerals, see parse/prose.ts). */
export type ReportDate = DateMention;

/** 2021年1月20日 as the message shows it. */
export function showDate(d: { year: number; month: number; day: number }): string {
  return `${d.year}年${d.month}月${d.day}日`;
}

/** Negative, zero or positive as a is before, on or after b. */
export function compareDates(a: { year: number; month: number; day: number }, b: { year: number; month: number; day: number }): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * Whether the draft is an annual report: a half-year or quarterly report titled like one
 * (2020年上半年政府信息公开工作报告) is signed inside its year, and has no statutory deadline.
 */
export function isAnnual(a: Analysis): boolean {
  return !/上半年|下半年|季度|[一二三四五六七八九十\d]+月份/.test(a.doc.title?.norm ?? '');
}

/** A web page's publication stamp (发布日期:2020-12-04 09:27:11), not the author's date. */
// Or a page's bare 日期: stamp (日期:2023年05月11日   作者:…   来源:…, - 日期:2026-02-12).
const PUBLICATION = /(发布|發布|公布|公开|公開|发文|發文)(日期|时间|時間)|发布于|發布於|^[\s\-*•]*日期\s*[:：]\s*(?=(?:19|20)\d{2})/;
/** A piece of a flat view that is a table's cell row: two cell bars or more. */
const CELL_ROW = /\|[^|]*\|/;
/** Statistics periods and deadlines quoted in a short line are not a signing date. */
const NOT_SIGNING = /截至|截止|统计|統計|期限|至今|以来|以來|来源|來源|浏览|瀏覽/;

/** Short line that holds a signing date: no sentence punctuation, one date, no period words. */
function signingDateOf(line: string, offset: number): ReportDate | null {
  const t = line.trim();
  if (!t || t.length > 40 || /[。；;]/.test(t) || PUBLICATION.test(t) || NOT_SIGNING.test(t)) return null;
  const ds = findDates(line, offset);
  return ds.length === 1 && written(line, offset, ds[0]) ? ds[0] : null;
}

/**
 * Official documents sign with 年月日 (GB/T 9704-2012《党政机关公文格式》: 成文日期用阿拉伯数字
 * 将年、月、日标全; older ones in Chinese numerals); a bare 2020-12-04 in the
 * first or last lines is a web page's stamp (a publication date only when labelled 发布日期).
 */
function written(line: string, offset: number, d: ReportDate): boolean {
  return line.slice(d.start - offset, d.end - offset).includes('年');
}

/**
 * The date the report is signed (成文日期): the last date of the closing signing block
 * (issuer, date, 联系人/公开方式 lines); failing that, a line holding only a date right
 * under the title, as official documents print it (（2026年1月23日）). Dates quoted in the
 * body and a web page's 发布日期 are never the signing date.
 */
export function signingDate(a: Analysis): ReportDate | null {
  const { lines } = a.doc;
  const headingLines = headingLineSet(a.doc);
  const sig = signatureStart(a);
  let found: ReportDate | null = null;
  if (sig !== null) {
    for (let l = lines.lineAt(sig); l < lines.lineCount; l++) {
      const d = signingDateOf(a.doc.read.slice(lines.lineStarts[l], lines.lineEnd(l)), lines.lineStarts[l]);
      if (d) found = d;
    }
    if (found) return found;
  }
  // signatureStart() wants every closing line to look like a signing block; a short date line
  // among the last lines still counts when the lines around it do not.
  for (let l = lines.lineCount - 1, seen = 0; l >= 0 && seen < 5; l--) {
    const t = lines.lineText(l).trim();
    if (!t) continue;
    if (headingLines.has(l) || a.doc.tableLines.has(l) || t.length > 40 || /[。；]/.test(t)) break;
    seen++;
    const d = signingDateOf(a.doc.read.slice(lines.lineStarts[l], lines.lineEnd(l)), lines.lineStarts[l]);
    if (d) return d;
  }
  // A date line under the title: only brackets and the date on it.
  const title = a.doc.title;
  if (title) {
    for (const { line: l } of openingLines(a.doc.readLines, { max: 3, from: title.line + 1, within: Infinity })) {
      const raw = a.doc.read.slice(lines.lineStarts[l], lines.lineEnd(l));
      if (headingLines.has(l)) break;
      const ds = findDates(raw, lines.lineStarts[l]);
      if (ds.length !== 1 || !written(raw, lines.lineStarts[l], ds[0])) continue;
      const rest = raw.slice(0, ds[0].start - lines.lineStarts[l]) + raw.slice(ds[0].end - lines.lineStarts[l]);
      if (/^[\s（()）【】\[\]*]*$/.test(rest)) return ds[0];
    }
  }
  return null;
}

/** A 发布日期/发布时间 line among the first or last lines (web chrome around a pasted report). */
export function publicationDate(a: Analysis): ReportDate | null {
  // A page pasted on one line: its former lines, the pieces of the flat view (a metadata block's
  // cell row, 成文日期 | 发布日期 | 2022-04-06 |, is a table line as on the page).
  const flat = a.doc.view?.kind === 'flat' ? a.doc.view.lines : null;
  const lines = flat ?? a.doc.lines;
  const within = flat ? 12 * PIECES_PER_LINE : 12;
  // The first and the last twelve lines with text (the same line twice in a short draft), found from
  // both ends: not every line of a long draft.
  const filled = (l: number) => /\S/.test(lines.lineText(l));
  const head = [...openingLines(lines, { max: within, within: Infinity })].map((at) => at.line);
  const tail: number[] = [];
  for (let l = lines.lineCount - 1; l >= 0 && tail.length < within; l--) if (filled(l)) tail.unshift(l);
  const near = [...head, ...tail];
  for (const l of near) {
    if (flat ? CELL_ROW.test(lines.lineText(l)) || a.doc.tableLines.has(a.doc.lines.lineAt(lines.lineStarts[l])) : a.doc.tableLines.has(l)) continue;
    const raw = a.doc.read.slice(lines.lineStarts[l], lines.lineEnd(l));
    const m = PUBLICATION.exec(raw);
    if (!m) continue;
    const d = findDates(raw, lines.lineStarts[l]).find((x) => x.start - lines.lineStarts[l] >= (m.index ?? 0));
    if (d) return d;
  }
  return null;
}

/** The organisation line of the signing block, if any. */
export function signingIssuer(a: Analysis): string | null {
  return signingIssuerLine(a)?.name ?? null;
}

/** The organisation of the signing block (normalised, its date removed) and the line it is on. */
export function signingIssuerLine(a: Analysis): { name: string; line: number } | null {
  const sig = signatureStart(a);
  if (sig === null) return null;
  const { lines } = a.doc;
  for (let l = lines.lineAt(sig); l < lines.lineCount; l++) {
    const t = normalize(lines.lineText(l)).replace(/[（(]?\d{4}年\d{1,2}月\d{1,2}日[)）]?/, '');
    if (/[\u3400-\u9fff]{2,}$/.test(t) && !/^(联系|公开方式|公开属性)/.test(t)) return { name: t, line: l };
  }
  return null;
}

/** Organs that are not a government itself: offices, departments, sub-district offices. */
const DEPARTMENT = /(办公室|办公厅|办事处|局|委员会|委|厅|院|署|中心|所|站|队|处|科|办)$/;
/** A bare administrative area (临江区, 清河县) names the government of that area. */
const AREA = /(省|市|县|区|州|盟|旗)$/;

/**
 * Whether the report is a government's own (条例（2019）第四十九条: 县级以上地方人民政府 by
 * 3月31日) rather than a department's (by 1月31日). true for an issuer that IS a 人民政府
 * or a bare area; false for its 办公室, a department or a 街道办事处; null when unknown.
 * The title's issuer decides; the signing organisation only when the title has none.
 */
export function ownGovernment(a: Analysis): boolean | null {
  for (const name of [a.doc.issuer, signingIssuer(a)]) {
    if (!name) continue;
    const n = normalize(name);
    if (/政府$/.test(n)) return true;
    if (DEPARTMENT.test(n)) return false;
    if (AREA.test(n)) return true;
  }
  return null;
}

export interface SectionProse {
  section: Section;
  /** Normalised prose of the section body: no heading, no table rows, no signing block. */
  norm: string;
  /** Last line with content in the body, or null when the body is empty. */
  lastLine: number | null;
  /** Whether the draft separates the section's paragraphs with blank lines. */
  spaced: boolean;
}

/** The prose of every occurrence of a statutory section (by format section id). */
export function sectionProse(a: Analysis, sectionId: string): SectionProse[] {
  const m = a.report?.sections.get(sectionId);
  if (!m) return [];
  const { lines } = a.doc;
  const sig = signatureStart(a);
  return m.sections.map((section) => {
    const end = sig !== null && sig >= section.bodyStart ? Math.min(sig, section.end) : section.end;
    const parts: string[] = [];
    let lastLine: number | null = null;
    const first = lines.lineAt(section.bodyStart);
    for (let l = first; l < lines.lineCount && lines.lineStarts[l] < end; l++) {
      if (a.doc.tableLines.has(l)) continue;
      const from = Math.max(lines.lineStarts[l], section.bodyStart);
      const text = a.doc.read.slice(from, Math.min(lines.lineEnd(l), end));
      if (!text.trim()) continue;
      parts.push(text);
      lastLine = l;
    }
    const headingLine = section.heading.line;
    const spaced = headingLine + 1 < lines.lineCount && !lines.lineText(headingLine + 1).trim() && !section.heading.runIn;
    return { section, norm: normalize(parts.join('。')), lastLine, spaced };
  });
}

/**
 * The questions the rules ask of the normalised prose of the whole draft outside tables ("stated
 * elsewhere" checks), each a pattern the text matches or not: all answered in one pass, the prose
 * itself not kept (in a large draft it is megabytes, for a few yes/no answers).
 */
export const PROSE_OUTSIDE_TABLES = {
  /** The information processing fee is mentioned (content-fee). */
  fee: /信息处理费/,
  /** The documents in force or the public total are spoken of (table-active-plausible). */
  inForce: /现行有效|对外公开总数/,
} as const;

export type ProseOutsideTablesQuestion = keyof typeof PROSE_OUTSIDE_TABLES;

/** Whether the normalised prose of the draft outside tables (lines joined by \n) matches the question's pattern. */
export function proseOutsideTablesSays(a: Analysis, q: ProseOutsideTablesQuestion): boolean {
  let answers = outsideTables.get(a);
  if (answers === undefined) {
    const { lines } = a.doc;
    const parts: string[] = [];
    for (let l = 0; l < lines.lineCount; l++) if (!a.doc.tableLines.has(l)) parts.push(a.doc.read.slice(lines.lineStarts[l], lines.lineEnd(l)));
    const prose = normalize(parts.join('\n'));
    const found = new Set<ProseOutsideTablesQuestion>();
    for (const k of Object.keys(PROSE_OUTSIDE_TABLES) as ProseOutsideTablesQuestion[]) if (PROSE_OUTSIDE_TABLES[k].test(prose)) found.add(k);
    answers = found;
    outsideTables.set(a, answers);
  }
  return answers.has(q);
}
/** proseOutsideTablesSays's answers per analysis: several rules ask, and it normalises the whole draft. */
const outsideTables = new WeakMap<Analysis, ReadonlySet<ProseOutsideTablesQuestion>>();
