// Outline: the heading tree of a report, statutory sections named by their statutory title, and
// the statutory tables as children of the section they sit in (表：收到和处理政府信息公开申请情况).
// Reports only: for any other text GovReport stays silent (the editor's own outline remains).
import type { Analysis } from '../engine/lint';
import type { FormatSection } from '../formats/types';
import type { Section } from '../parse/document';
import { normalize, toChineseNumeral } from '../text/normalize';

export type OutlineKind = 'title' | 'statutory-section' | 'section' | 'table';

export interface OutlineSymbol {
  name: string;
  /** Secondary text: the heading as written when the name is the statutory title, the format, … */
  detail: string;
  kind: OutlineKind;
  /** Heading level (1 = 一、 or #); 0 for tables. */
  level: number;
  /** Whole extent (heading to the last non-blank character before the next heading of its level). */
  start: number;
  end: number;
  /** What the editor highlights: the heading title, or the table's first line. */
  selectionStart: number;
  selectionEnd: number;
  children: OutlineSymbol[];
}

export function documentSymbols(a: Analysis): OutlineSymbol[] {
  if (!a.kind || !a.format || !a.report) return [];
  const statutory = new Map<Section, FormatSection>();
  for (const m of a.report.sections.values()) for (const s of m.sections) if (!statutory.has(s)) statutory.set(s, m.spec);
  const text = a.doc.text;
  const trimEnd = (start: number, end: number) => {
    let e = end;
    while (e > start && /\s/.test(text[e - 1])) e--;
    return e;
  };

  const build = (s: Section): OutlineSymbol => {
    const h = s.heading;
    const spec = statutory.get(s);
    const written = writtenHeading(text, s);
    let name = written;
    let detail = '';
    let kind: OutlineKind = 'section';
    if (spec) {
      kind = 'statutory-section';
      if (a.format!.headingMatch === 'title') {
        name = `${spec.number ? `${toChineseNumeral(spec.number)}、` : ''}${spec.title}`;
        if (normalize(h.title) !== normalize(spec.title)) detail = written;
      } else {
        detail = spec.title;
      }
    } else if (a.doc.title && h.line === a.doc.title.line) {
      kind = 'title';
      detail = a.format!.name.zh;
    }
    const end = Math.max(h.end, trimEnd(s.start, s.end));
    return {
      name, detail, kind, level: h.level,
      start: s.start, end,
      selectionStart: h.titleStart, selectionEnd: h.titleEnd,
      children: s.children.map(build),
    };
  };
  const roots = a.doc.sections.map(build);

  // Each statutory table goes under the innermost section containing its first row.
  for (const t of a.report.tables.values()) {
    const firstLineEnd = a.doc.lines.lineEnd(a.doc.lines.lineAt(t.start));
    const sym: OutlineSymbol = {
      name: `表：${t.spec.title}`, detail: tableDetail(a, t.id), kind: 'table', level: 0,
      start: t.start, end: t.end, selectionStart: t.start, selectionEnd: Math.min(firstLineEnd, t.end), children: [],
    };
    let list = roots;
    let parent: OutlineSymbol | null = null;
    for (;;) {
      const inner: OutlineSymbol | undefined = list.find((x) => x.kind !== 'table' && x.start <= t.start && t.start < x.end);
      if (!inner) break;
      parent = inner;
      list = inner.children;
    }
    // A table split over blocks may run past its section: keep children inside their parent.
    if (parent) sym.end = Math.min(sym.end, parent.end);
    list.push(sym);
    list.sort((x, y) => x.start - y.start);
  }
  return roots;
}

/** The heading as written, without # marks, emphasis or a list bullet: 三、收到和处理… */
function writtenHeading(text: string, s: Section): string {
  const h = s.heading;
  const marker = text.slice(h.start, h.titleStart).replace(/^[\s\u3000]*(#{1,6}\s+)?([*_]{1,3})?[\s\u3000]*([-*+]\s+)?/, '').trim();
  return `${marker}${h.title}`;
}

function tableDetail(a: Analysis, tableId: string): string {
  const sec = a.format?.sections.find((s) => s.table === tableId);
  return sec?.number ? `第${toChineseNumeral(sec.number)}部分表格` : '';
}
