// A statutory table as `pdftotext -layout` prints it: cells separated by runs of spaces, the
// column headers broken into short pieces over several lines, long numbered labels split over
// two or three lines with the values on a line of their own, and a page footer in the middle.
import type { TableSpec } from '../../server/src/core/formats/index';
import { Rng } from './rng';

export interface SpacedTable {
  lines: string[];
  /** Line (within `lines`) that carries the values of each statutory row ('data' for a flat table). */
  rows: Map<string, number>;
}

/** Labels longer than this (in characters) are split over lines when they are numbered. */
const SPLIT_AT = 16;
const LABEL_WIDTH = 34;
const NUMBERED = /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])/;

const pad = (s: string, w: number) => s + ' '.repeat(Math.max(2, w - s.length));
const values = (vs: string[], width: number) => vs.map((v) => (v === '' ? '0' : v).padStart(width)).join('');

/** A header label broken into pieces of two characters, one piece per line (as narrow PDF cells print). */
function headerLines(labels: string[], indent: number, width: number): string[] {
  const pieces = labels.map((l) => l.match(/.{1,2}/gu) ?? ['']);
  const depth = Math.max(...pieces.map((p) => p.length));
  const out: string[] = [];
  for (let k = 0; k < depth; k++) {
    const line = ' '.repeat(indent) + pieces.map((p) => (p[k] ?? '').padStart(width - 2).padEnd(width)).join('');
    out.push(line.replace(/\s+$/, ''));
  }
  return out;
}

/** Splits a long label into two or three pieces of at least three characters. */
function splitLabel(label: string): string[] {
  const chars = [...label];
  const parts = Math.min(3, Math.ceil(chars.length / SPLIT_AT));
  const size = Math.ceil(chars.length / parts);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += size) out.push(chars.slice(i, i + size).join(''));
  // A continuation must not look like a numbered label of its own or like header debris.
  return out.every((p, i) => i === 0 || (p.length >= 3 && !NUMBERED.test(p))) ? out : [label];
}

export function renderSpaced(spec: TableSpec, fill: (row: string, col: string) => string, rng: Rng): SpacedTable {
  const lines: string[] = [];
  const rows = new Map<string, number>();
  const footer = () => lines.push('', `${' '.repeat(30)}${rng.pick(['- ', '— ', '-'])}${rng.int(2, 9)}${rng.pick([' -', ' —', '-'])}`, '');
  if (spec.kind === 'grid') {
    const w = 6;
    if (spec.note) lines.push(spec.note);
    lines.push(...headerLines(spec.columns.map((c) => c.label), LABEL_WIDTH, w), '');
    const breakAfter = Math.floor(spec.rows.length / 2);
    spec.rows.forEach((r, i) => {
      const indent = r.parent ? (spec.rows.find((x) => x.id === r.parent)?.parent ? 10 : 5) : 0;
      const label = ' '.repeat(indent) + r.label;
      if (r.group) {
        lines.push(label);
      } else {
        const vs = values(spec.columns.map((c) => fill(r.id, c.id)), w);
        const parts = r.label.length > SPLIT_AT && NUMBERED.test(r.label) ? splitLabel(r.label) : [r.label];
        if (parts.length > 1) {
          lines.push(' '.repeat(indent) + parts[0], ...parts.slice(1).map((p) => ' '.repeat(indent + 2) + p));
          lines.push(' '.repeat(LABEL_WIDTH) + vs);
        } else {
          lines.push(pad(label, LABEL_WIDTH) + vs);
        }
        rows.set(r.id, lines.length - 1);
      }
      if (i === breakAfter) footer();
    });
  } else if (spec.kind === 'flat') {
    const groups = spec.groups.map((g) => g.label);
    lines.push(`     ${groups.join('          ')}`, '');
    lines.push(...headerLines(spec.columns.map((c) => c.label), 0, 5), '', '');
    const vs = spec.columns.map((c) => fill('data', c.id) || '0');
    const per = spec.columns.length / spec.groups.length;
    const grouped = rng.chance(0.5) && Number.isInteger(per);
    lines.push(grouped
      ? spec.groups.map((_, g) => vs.slice(g * per, (g + 1) * per).join(' ')).join(' | ')
      : vs.map((v, i) => (i === 0 ? v : v.padStart(5))).join(''));
    rows.set('data', lines.length - 1);
  } else {
    spec.blocks.forEach((b, i) => {
      if (i > 0 && i % 2 === 0) footer();
      lines.push(`              ${b.caption}`, '', '');
      lines.push(`       信息内容   ${b.columns.map((c) => c.label).join('    ')}`, '', '');
      for (const r of b.rows) {
        lines.push(pad(r.label, 20) + b.columns.map((c) => `    ${fill(r.id, c.id).padStart(8)}`).join(''));
        rows.set(r.id, lines.length - 1);
        lines.push('');
      }
    });
  }
  return { lines, rows };
}
