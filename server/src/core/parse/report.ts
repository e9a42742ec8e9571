// Document model + format → report model: which statutory sections and tables the
// draft has, where they are, and the tables read row by row.
import type { FormatSection, FormatSpec } from '../formats/types';
import { chineseNumeral, labelKey, normalize } from '../text/normalize';
import { ParsedDocument, Section } from './document';
import { identifyScore, interpretTable, StatTable } from './interpret-table';
import type { TableBlock } from './tables';
import { continuedOwner } from './layouts/column-block-join';
import { spreadRows } from './layouts/column-block-spread';
import { gluedPartTitle } from './glued-part';
import { normalizedWork } from './normalized-work';
import { runInTitle } from '../formats/run-in-title';
import { cutShortPart, HEADING_LEAD, titleMatcher } from './part-title-match';
import { runSteps } from '../engine/steps';
import { TailHeading, tailHeadings } from './tail-headings';
import { lostPartHeading, strayPartHeadings } from './lost-parts';
import { inSomeBody } from './sections-at';

export interface SectionMatch {
  spec: FormatSection;
  /** Sections (headings) that carry this statutory section, in document order. */
  sections: Section[];
  /** For content items checked by meaning: found in the text though not as a heading. */
  inText: boolean;
  /**
   * When inText because the part's numbered title ends a paragraph's line (…。 二、主动公开政府信息情况):
   * the title's place in the work text, and whether its answer followed it on the line (六、… 无).
   */
  tail?: TailHeading;
}


export interface ReportModel {
  sections: Map<string, SectionMatch>;
  tables: Map<string, StatTable>;
  /** Statutory tables found but not readable without a guess (not in `tables`). */
  unreadable?: StatTable[];
}

/**
 * Candidate top-level sections: 一、 style headings at the outermost level they are used
 * (plain, or with the fewest # marks), and unnumbered markdown headings no deeper than those.
 */
export function topSections(doc: ParsedDocument): Section[] {
  const out: Section[] = [];
  // Converted markdown may mark most statutory headings with ## and leave one plain.
  const hashed = doc.headings.filter((h) => h.style === 'cn' && h.hashes > 0).map((h) => h.hashes);
  const top = hashed.length ? Math.min(...hashed) : 0;
  const isTop = (h: Section['heading']) =>
    (h.style === 'cn' && (h.hashes === 0 || h.hashes === top)) || (h.style === 'md' && h.hashes <= Math.max(top, 2));
  const walk = (list: Section[]) => {
    for (const s of list) {
      const h = s.heading;
      if (isTop(h)) out.push(s);
      walk(s.children);
    }
  };
  walk(doc.sections);
  return out;
}

function matchByTitle(format: FormatSpec, doc: ParsedDocument): Map<string, SectionMatch> {
  const out = new Map<string, SectionMatch>();
  for (const spec of format.sections) out.set(spec.id, { spec, sections: [], inText: false });
  // The statutory title and the common real variants of each heading (总体概述 for 总体情况);
  // a heading goes to the section whose title or variant it resembles most.
  const sectionOf = titleMatcher(format);
  for (const s of topSections(doc)) {
    const key = labelKey(s.heading.title);
    const best = cutShortPart(format, s.heading.numeral, key, sectionOf.get(key));
    if (best >= 0) out.get(format.sections[best].id)!.sections.push(s);
  }
  // A report pasted as one long line (a web page that lost its line breaks): a part whose
  // numbered heading stands inside such a line is there, though no heading was read.
  let long: string[] | null = null;
  let bare: Set<string> | null = null;
  let glued: { numeral: number; key: string }[] | null = null;
  let tails: Map<string, TailHeading> | null = null;
  /** The part's numbered title run onto the end of a paragraph's line (…。 二、主动公开政府信息情况), if any. */
  const tailOf = (spec: FormatSection): TailHeading | undefined => {
    tails ??= tailHeadings(doc, HEADING_LEAD);
    const titles = [spec.title, ...(spec.variants ?? [])].filter((t): t is string => !!t).map(labelKey).filter((t) => t.length >= 2);
    return titles.map((t) => tails!.get(`${spec.number}#${t}`)).find((t) => t !== undefined);
  };
  for (const spec of format.sections) {
    const m = out.get(spec.id)!;
    if (m.sections.length || m.inText || !spec.number || spec.number > 10) continue;
    long ??= longLines(doc);
    const names = [spec.title, ...(spec.variants ?? [])].filter((t): t is string => !!t);
    const heads = names.map((t) => `${'一二三四五六七八九十'[spec.number! - 1]}、${normalize(t)}`);
    // (At the line's very start too: a heading glued to its text, 一、总体情况2023年，…, was not read.)
    m.inText = long.some((t) => heads.some((h) => t.indexOf(h) >= 0));
    // Glued to the text, its title read as a heading's would be (行政机关主动公开政府信息情况).
    if (!m.inText) {
      const keys = names.map(labelKey);
      m.inText = long.some((t) => gluedPartTitle(t, '一二三四五六七八九十'[spec.number! - 1], keys, HEADING_LEAD));
    }
    // A part heading run into a one-sentence paragraph with neither a space nor a sentence end after
    // its title (一、总体情况2023年，我局…。): no heading was read; the line opens with the title.
    if (!m.inText) {
      glued ??= gluedLines(doc);
      const keys = [names.map(labelKey)];
      m.inText = glued.some((g) => g.numeral === spec.number && runInTitle(g.key, keys) !== null);
    }
    // A part heading a web page ran onto the end of the paragraph before it (…电话:0714-8766001)。一、总体情况):
    // the line's text after its last sentence end is the numbered title and nothing else.
    if (!m.inText) m.inText = tailOf(spec) !== undefined;
    // A part title without its numeral glued between a sentence's end and its statutory table
    // (……工作。主动公开政府信息情况第二十条第（一）项 | …): the part is there.
    if (!m.inText && spec.title && normalize(spec.title).length >= 8) {
      const head = normalize(spec.title);
      m.inText = long.some((t) => {
        for (let at = t.indexOf(head), n = 0; at >= 0 && n < 50; at = t.indexOf(head, at + 1), n++) {
          // (Or after the 、 of a numeral the page lost: ……提案。、主动公开政府信息情况第二十条….)
          const stop = (i: number) => i < 0 || /[。；;！!？?|]/.test(t[i]);
          if ((stop(at - 1) || (t[at - 1] === '、' && stop(at - 2))) && /^\s*(?:\||第二十条|[（(]本列)/.test(t.slice(at + head.length, at + head.length + 8))) return true;
        }
        return false;
      });
    }
    // A heading that lost its numeral (总体情况 alone on its line, the 一、 dropped by the page):
    // the part is there, under a bare title.
    if (!m.inText) {
      bare ??= bareLines(doc);
      const titles = [spec.title, ...(spec.variants ?? [])].filter((t): t is string => !!t).map(labelKey);
      m.inText = titles.some((t) => t.length >= 4 && (bare!.has(t) || bare!.has(`${spec.number}#${t}`)));
    }
    if (!m.inText && spec.subheadings) m.inText = lostPartHeading(format, spec, out, doc);
  }
  // Where a part found in the text ends a paragraph's line, section-empty looks at what follows it.
  for (const spec of format.sections) {
    const m = out.get(spec.id)!;
    if (m.sections.length || !m.inText || !spec.number || spec.number > 10) continue;
    m.tail = tailOf(spec);
  }
  return out;
}

/** Most lines read for glued part headings (a draft can be 20 MB). */
const GLUED_LINES = 20_000;

/** Prose lines opening with a part numeral 一、 that no heading was read from: the numeral and the text after it as a label key (its start). */
function gluedLines(doc: ParsedDocument): { numeral: number; key: string }[] {
  const out: { numeral: number; key: string }[] = [];
  const { lines } = doc;
  for (let l = 0; l < lines.lineCount && l < GLUED_LINES; l++) {
    // (A heading's own line too, when its paragraph ran on after it: 五、…情况 我单位……。 六、其他需要报告的事项 无.)
    if (doc.tableLines.has(l)) continue;
    const head = doc.work.slice(lines.lineStarts[l], Math.min(lines.lineEnd(l), lines.lineStarts[l] + 120));
    const m = /^[\s\u3000]*([一二三四五六七八九十]{1,2})(?:[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）])?\s*[、．.]/.exec(head);
    const numeral = m ? chineseNumeral(m[1]) : null;
    if (numeral) out.push({ numeral, key: labelKey(head.slice(m![0].length)) });
  }
  return out;
}

/** Short prose lines (not table rows) as label keys: candidates for a heading without its numeral. */
function bareLines(doc: ParsedDocument): Set<string> {
  const out = new Set<string>();
  // (A report pasted on one line: the pieces of its line, parse/flat-view.ts.)
  const lines = doc.view?.lines ?? doc.lines;
  for (let l = 0; l < lines.lineCount && l < 20_000; l++) {
    if (doc.tableLines.has(doc.view ? doc.lines.lineAt(lines.lineStarts[l]) : l)) continue;
    const start = lines.lineStarts[l];
    const end = lines.lineEnd(l);
    if (end - start > 40) continue;
    // (A list bullet the page put where the numeral was, • 总体情况, is no part of the title.)
    const t = doc.work.slice(start, end).trim().replace(/^[•●▪◆]\s*/, '');
    // A label ending in a colon (政府信息主动公开情况：) introduces a paragraph, not a part.
    if (!t || /[|\t:：]/.test(t)) continue;
    out.add(labelKey(t));
    // A part heading whose 一、 a page turned into list numbering (1、 总体情况): kept with its
    // number, so that only part 1 is found by “1、 总体情况”, never a sub-heading of another number.
    const n = /^(\d{1,2})\s*[、.．]\s*(?=\S)/.exec(t);
    if (n) out.add(`${Number(n[1])}#${labelKey(t.slice(n[0].length))}`);
  }
  return out;
}

/** Shortest line that counts as a report pasted on one line. */
const LONG_LINE = 300;
/** Most characters read from such lines (a pasted report is short; drafts can be 20 MB). */
const LONG_BUDGET = 400_000;

/** The text's long lines, normalised, up to LONG_BUDGET characters in all. */
function longLines(doc: ParsedDocument): string[] {
  const lines = doc.lines;
  const out: string[] = [];
  let budget = LONG_BUDGET;
  for (let l = 0; l < lines.lineCount && budget > 0; l++) {
    const len = lines.lineEnd(l) - lines.lineStarts[l];
    if (len <= LONG_LINE) continue;
    const take = Math.min(len, budget);
    budget -= take;
    out.push(normalize(doc.work.slice(lines.lineStarts[l], lines.lineStarts[l] + take)));
  }
  return out;
}

/** Chinese characters of prose a part that takes the unclaimed text needs (a paragraph or two). */
const PROSE_PART = 300;

/** Chinese characters after the title, counted up to PROSE_PART. */
function proseChars(doc: ParsedDocument): number {
  const from = doc.title ? doc.title.end : 0;
  const text = doc.work.slice(from, from + 4 * PROSE_PART);
  return text.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
}

/** A section's text patterns (format data `textPatterns`), compiled once per section. */
const compiled = new WeakMap<FormatSpec['sections'][number], RegExp[]>();
function textPatterns(spec: FormatSpec['sections'][number]): RegExp[] | null {
  if (!spec.textPatterns?.length) return null;
  let res = compiled.get(spec);
  if (!res) compiled.set(spec, (res = spec.textPatterns.map((p) => new RegExp(p))));
  return res;
}

function matchByMeaning(format: FormatSpec, doc: ParsedDocument): Map<string, SectionMatch> {
  const out = new Map<string, SectionMatch>();
  const tops = topSections(doc).filter((s) => s.heading.style !== 'md' || !doc.title || s.heading.line !== doc.title.line);
  const claimed = new Set<Section>();
  const normText = normalizedWork(doc).text;
  for (const spec of format.sections) {
    const words = (spec.keywords ?? []).map(normalize);
    const sections = tops.filter((s) => words.some((w) => s.heading.norm.includes(w)));
    sections.forEach((s) => claimed.add(s));
    const ignore = (spec.keywordsIgnore ?? []).map(normalize);
    const text = ignore.length && sections.length === 0 ? ignore.reduce((t, w) => t.split(w).join(' '), normText) : normText;
    const patterns = textPatterns(spec);
    const inText = sections.length === 0 && (patterns ? patterns.some((re) => re.test(text)) : words.some((w) => text.includes(w)));
    out.set(spec.id, { spec, sections, inText });
  }
  for (const spec of format.sections) {
    if (!spec.matchUnclaimed) continue;
    const m = out.get(spec.id)!;
    for (const s of tops) if (!claimed.has(s)) m.sections.push(s);
    // No part heading at all (a report flattened onto one line by a PDF or web copy, its 一、…
    // run into the prose): the prose itself is the unclaimed part.
    if (!tops.length && !m.sections.length && !m.inText) m.inText = proseChars(doc) >= PROSE_PART;
  }
  return out;
}

/**
 * A block of rows that runs from one statutory table into the next without a heading between
 * (第二十条第（九）项 … 政府集中采购 | 0 | 0, then （本列数据的勾稽关系为：…） | 申请人情况 | …): split
 * where a row opens with another table's printed note (format data `note`); the part it opens
 * belongs to that table, wherever it sits. Blocks whose cells are still to be regrouped (one cell a line:
 * 规章 | / 0 | / …, nS/35) are split the same way: the note opens a line of its own there.
 */
function splitAtNotes(format: FormatSpec, blocks: TableBlock[]): { blocks: TableBlock[]; noted: Map<TableBlock, string> } {
  const noted = new Map<TableBlock, string>();
  const notes = Object.entries(format.tables)
    .map(([id, t]) => [id, 'note' in t && t.note ? labelKey(t.note).slice(0, 8) : ''] as const)
    .filter(([, k]) => k.length >= 6);
  if (!notes.length) return { blocks, noted };
  const out: TableBlock[] = [];
  for (const b of blocks) {
    if (b.rows.length < 2) { out.push(b); continue; }
    let rest = b;
    for (let i = 1; i < rest.rows.length; i++) {
      const first = rest.rows[i].cells.find((c) => c.text.trim() !== '');
      if (!first || rest.rows[i].cells.indexOf(first) > 0) continue;
      const key = labelKey(first.text);
      const hit = notes.find(([, n]) => key.startsWith(n));
      if (!hit) continue;
      const above = rest.rows.slice(0, i);
      const below = rest.rows.slice(i);
      out.push({ ...rest, rows: above, endLine: above[above.length - 1].endLine, end: above[above.length - 1].end });
      rest = { ...rest, rows: below, startLine: below[0].line, start: below[0].start };
      noted.set(rest, hit[0]);
      i = 0;
    }
    out.push(rest);
  }
  return { blocks: out, noted };
}

function inside(b: TableBlock, s: Section): boolean {
  return b.start >= s.bodyStart && b.start < s.end;
}

export function buildReport(format: FormatSpec, doc: ParsedDocument): ReportModel {
  return runSteps(buildReportSteps(format, doc));
}

/**
 * buildReport() with a pause before each statutory table is read (the editor's time-sliced lint
 * may answer other requests there): the same model.
 */
export function* buildReportSteps(format: FormatSpec, doc: ParsedDocument): Generator<void, ReportModel> {
  const sections = format.headingMatch === 'title' ? matchByTitle(format, doc) : matchByMeaning(format, doc);
  const tables = new Map<string, StatTable>();
  const tableIds = Object.keys(format.tables);
  if (tableIds.length === 0) return { sections, tables };
  const claim = new Map<string, TableBlock[]>(tableIds.map((id) => [id, []]));
  // Column blocks claimed only as the continuation of the table before them (./layouts/column-block-join.ts).
  const continued = new Set<TableBlock>();
  const statutoryStarts = [...sections.values()].flatMap((m) => m.sections.map((s) => s.start));
  const strays = strayPartHeadings(topSections(doc), sections, format, doc.readLines);
  let prev: { block: TableBlock; owner: string } | null = null;
  const split = splitAtNotes(format, doc.tables);
  const bodies = new Map<string, (x: number) => boolean>();
  for (const b of split.blocks) {
    // A block belongs to the statutory section it sits in; otherwise to the table whose labels it shows.
    // (A part split off at a table's printed note is that table's.)
    let owner: string | null = split.noted.get(b) ?? null;
    for (const [key, m] of owner ? [] : sections) {
      if (!m.spec.table) continue;
      let within = bodies.get(key);
      if (!within) bodies.set(key, (within = inSomeBody(m.sections)));
      if (within(b.start)) { owner = m.spec.table; break; }
    }
    // (Under a stray heading, a block of another layout than the table's blocks so far is no part of it; pipe rows with or without a |---| line are one.)
    if (!owner) owner = strays.find((x) => inside(b, x.section) && claim.get(x.table)!.every((c) => c.layout === b.layout || [c.layout, b.layout].every((l) => l === 'gfm' || l === 'loose-pipe')))?.table ?? null;
    if (!owner) {
      let best = 1;
      for (const id of tableIds) {
        const sc = identifyScore(format.tables[id], b);
        if (sc > best) { best = sc; owner = id; }
      }
    }
    if (!owner) {
      owner = continuedOwner(doc.lines, prev, b, statutoryStarts);
      if (owner) continued.add(b);
    }
    if (owner) claim.get(owner)!.push(b);
    prev = owner ? { block: b, owner } : null;
  }
  const unreadable: StatTable[] = [];
  for (const [id, blocks] of claim) {
    if (!blocks.length) continue;
    yield;
    const rowSums = (format.constraints ?? []).filter((c) => c.table === id && c.each === 'row');
    let t = interpretTable(id, format.tables[id], blocks, rowSums);
    // A continuation that makes a readable table unreadable stays out (as before joining).
    const own = blocks.filter((b) => !continued.has(b));
    if (t.unreadable && own.length && own.length < blocks.length) {
      const alone = interpretTable(id, format.tables[id], own, rowSums);
      if (!alone.unreadable) t = alone;
    }
    // 表三 in reading order with each row's figures over lines of a few numbers (./layouts/column-block-spread.ts).
    const spec = format.tables[id];
    if (t.unreadableWhy === 'blank-cells' && spec.kind === 'grid') t = spreadRows(id, spec, doc, sections, blocks, rowSums) ?? t;
    if (t.unreadable) unreadable.push(t);
    else tables.set(id, t);
  }
  return { sections, tables, unreadable };
}
