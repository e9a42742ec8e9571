// Folding ranges of a report: every section (heading line to the last non-blank line before the
// next heading of the same or a higher level) and every table block. Reports only.
import type { Analysis } from '../engine/lint';
import type { Section } from '../parse/document';

export interface FoldRange {
  /** 0-based lines, both inclusive; endLine > startLine. */
  startLine: number;
  endLine: number;
  kind: 'section' | 'table';
}

export function foldingRanges(a: Analysis): FoldRange[] {
  if (!a.kind) return [];
  const { lines, text } = a.doc;
  const out: FoldRange[] = [];
  const walk = (list: Section[]) => {
    for (const s of list) {
      const startLine = s.heading.line;
      let endLine = lines.lineAt(Math.max(s.start, Math.min(s.end, text.length) - 1));
      while (endLine > startLine && lines.lineText(endLine).trim() === '') endLine--;
      if (endLine > startLine) out.push({ startLine, endLine, kind: 'section' });
      walk(s.children);
    }
  };
  walk(a.doc.sections);
  for (const t of a.doc.tables) {
    if (t.endLine > t.startLine) out.push({ startLine: t.startLine, endLine: t.endLine, kind: 'table' });
  }
  return out.sort((x, y) => x.startLine - y.startLine || y.endLine - x.endLine);
}
