// Deterministic generator of realistic report drafts, built from the format data: section
// headings, table labels and arithmetic constraints all come from FORMATS, and tables are
// rendered by the core's own renderTable. Each draft knows on which line every heading,
// table row and prose paragraph sits, so that mutations can state where a finding must be.
import { FORMATS } from '../../server/src/core/formats/index';
import type { FormatSpec } from '../../server/src/core/formats/index';
import type { FormatId } from '../../server/src/core/types';
import { renderTable } from '../../server/src/core/features/table-skeleton';
import type { EditableLayout } from '../../server/src/core/parse/tables';
import { applicationSampler, cellKey, Counts, reviewSampler, solveTable } from './counts';
import { cellTexts } from './cells';
import { CellLinesStyle, renderCellLines } from './layout-cell-lines';
import * as P from './prose';
import { Rng } from './rng';
import { renderSpaced } from './layout-spaced';

/** Editable layouts, and PDF text with layout (read-only: GovReport inserts no rows there). */
export type Layout = EditableLayout | 'spaced';
export type Script = 'simplified' | 'traditional';
export type Flavour = 'md' | 'txt';

export interface DraftOptions {
  kind: FormatId;
  seed: number;
  /** Report year; by default one the format applies to. */
  year?: number;
  layout?: Layout;
  /** Tables as web copies show them, one cell per line (read-only; `layout` is then unused). */
  cellLines?: CellLinesStyle;
  script?: Script;
  /** OpenCC target for Traditional drafts. */
  variant?: 'hk' | 'tw';
  flavour?: Flavour;
  eol?: '\n' | '\r\n';
}

/** Where things are in a draft (0-based lines). */
export class DraftLines {
  constructor(
    readonly title: number,
    private readonly headings: Map<string, number>,
    private readonly proseLines: Map<string, number[]>,
    private readonly rows: Map<string, { line: number; valueIndex: Map<string, number> }>,
    /** First line of the signature block (issuer and date). */
    readonly signature: number,
    readonly count: number,
  ) {}

  /** Heading line of a statutory section or content item. */
  heading(sectionId: string): number {
    const l = this.headings.get(sectionId);
    if (l === undefined) throw new Error(`no heading ${sectionId}`);
    return l;
  }

  sectionIds(): string[] {
    return [...this.headings.keys()];
  }

  /** Lines [heading, next heading or signature) of a section. */
  section(sectionId: string): [number, number] {
    const start = this.heading(sectionId);
    const after = [...this.headings.values(), this.signature].filter((l) => l > start);
    return [start, Math.min(...after)];
  }

  /** Prose paragraph lines of a section (not headings, not table rows). */
  prose(sectionId: string): number[] {
    return this.proseLines.get(sectionId) ?? [];
  }

  /** Line of a table row ('data' for the single row of a flat table). */
  row(tableId: string, rowId: string): number {
    return this.rowInfo(tableId, rowId).line;
  }

  /** Line and logical cell index (see cells.ts) of one value cell. */
  cell(tableId: string, rowId: string, colId: string): { line: number; index: number } {
    const r = this.rowInfo(tableId, rowId);
    const index = r.valueIndex.get(colId);
    if (index === undefined) throw new Error(`no column ${colId} in ${tableId}/${rowId}`);
    return { line: r.line, index };
  }

  private rowInfo(tableId: string, rowId: string) {
    const r = this.rows.get(`${tableId}:${rowId}`);
    if (!r) throw new Error(`no row ${tableId}:${rowId}`);
    return r;
  }
}

export interface Draft {
  text: string;
  kind: FormatId;
  year: number;
  layout: Layout;
  /** Set when the tables are web copies with one cell per line: no mutation applies to them. */
  cellLines: CellLinesStyle | null;
  script: Script;
  flavour: Flavour;
  eol: '\n' | '\r\n';
  seed: number;
  /** The issuer as written in the title, in Simplified script. */
  issuer: string;
  /** A short unique name for test titles. */
  name: string;
  format: FormatSpec;
  lines: DraftLines;
  /** Figures of the constrained tables (applications, review) by cellKey(row, column). */
  counts: Map<string, Counts>;
  /** Converts inserted text to the draft's script. */
  convert: (s: string) => string;
}

type ConverterFn = (s: string) => string;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC = require('opencc-js') as { Converter(o: { from: string; to: string }): ConverterFn };
const converters = new Map<string, ConverterFn>();
function converter(variant: 'hk' | 'tw'): ConverterFn {
  let c = converters.get(variant);
  if (!c) converters.set(variant, (c = OpenCC.Converter({ from: 'cn', to: variant })));
  return c;
}

const CITIES = ['江川市', '临湖市', '青岚市', '云泽市', '南屏市', '北原市', '安平市'];
const COUNTIES: [string, string][] = [['临江区', '我区'], ['东湖区', '我区'], ['西山区', '我区'], ['清河县', '我县'], ['长宁县', '我县'], ['丰乐县', '我县']];
const ORGANS: [string, string | null][] = [
  ['人民政府办公室', null], ['人民政府', null], ['教育局', '我局'], ['生态环境局', '我局'], ['市场监督管理局', '我局'],
  ['卫生健康委员会', '我委'], ['发展和改革局', '我局'], ['财政局', '我局'], ['住房和城乡建设局', '我局'], ['人力资源和社会保障局', '我局'],
];
const NUMERALS = '一二三四五六七八九十';

function defaultYear(format: FormatSpec, rng: Rng): number {
  // Rule-of-law reports are due under the 2019 督察工作规定; gov-info reports began in 2008.
  const lo = format.years[0] ?? (format.family === 'rule-of-law' ? 2019 : 2008);
  const hi = format.years[1] ?? 2025;
  return rng.int(lo, Math.min(hi, 2025));
}

function headingText(format: FormatSpec, i: number): string {
  const s = format.sections[i];
  return `${NUMERALS[(s.number ?? i + 1) - 1]}、${s.title}`;
}

/** Generates one draft. Same options, same text. */
export function generateDraft(o: DraftOptions): Draft {
  const format = FORMATS[o.kind];
  const rng = new Rng(o.seed);
  const year = o.year ?? defaultYear(format, rng.fork(1));
  const layout = o.layout ?? 'gfm';
  const script = o.script ?? 'simplified';
  const flavour = o.flavour ?? 'md';
  const eol = o.eol ?? '\n';
  const variant = o.variant ?? (o.seed % 2 ? 'tw' : 'hk');
  const r = rng.fork(2);
  const city = r.pick(CITIES);
  const [county, weCounty] = r.pick(COUNTIES);
  const [organ, weOrgan] = r.pick(ORGANS);
  const issuer = city + county + organ;
  const ctx: P.ProseContext = { rng: rng.fork(3), year, area: county, we: weOrgan ?? weCounty };

  // Figures first: the prose quotes them.
  const counts = new Map<string, Counts>();
  const tr = rng.fork(4);
  const apps = format.tables.applications ? solveTable(format, 'applications', applicationSampler(tr, tr.pick([0, 4, 12, 40, 150, 600]))) : null;
  const review = format.tables.review ? solveTable(format, 'review', reviewSampler(tr, tr.pick([0, 0, 1, 3, 10]))) : null;
  if (apps) {
    counts.set('applications', apps);
    const at = (row: string) => apps.get(cellKey(row, 'total')) ?? 0;
    ctx.apps = { received: at('new'), carried: at('carried'), open: at('open'), partial: at('partial'), next: at('next'), unpaid: at('otherproc-2') };
  }
  if (review) {
    counts.set('review', review);
    const g = (id: string) => review.get(cellKey('data', `${id}.total`)) ?? 0;
    ctx.review = { reconsideration: g('reconsideration'), litigation: g('direct') + g('after') };
  }
  const blockValues = blockFiller(format, rng.fork(5));

  const out: string[] = [];
  const headings = new Map<string, number>();
  const prose = new Map<string, number[]>();
  const rows = new Map<string, { line: number; valueIndex: Map<string, number> }>();
  const spacedRng = rng.fork(6);
  const spaced = flavour === 'md' || r.chance(0.5);
  const blank = () => { if (spaced && out[out.length - 1] !== '') out.push(''); };
  const para = (sectionId: string, text: string) => {
    if (!text) return;
    blank();
    prose.set(sectionId, [...(prose.get(sectionId) ?? []), out.length]);
    out.push(text);
  };
  const table = (tableId: string) => {
    const spec = format.tables[tableId];
    const fill = (row: string, col: string) => counts.get(tableId)?.get(cellKey(row, col))?.toString() ?? blockValues(row, col);
    blank();
    const first = out.length;
    if (o.cellLines) {
      const { lines: cl, rowLine } = renderCellLines(spec, o.cellLines, fill);
      out.push(...cl);
      const at = (label: string) => first + (rowLine.get(label) ?? 0);
      if (spec.kind === 'grid') for (const row of spec.rows) rows.set(`${tableId}:${row.id}`, { line: at(row.label), valueIndex: new Map(spec.columns.map((c, k) => [c.id, k + 1])) });
      else if (spec.kind === 'flat') rows.set(`${tableId}:data`, { line: at('data'), valueIndex: new Map(spec.columns.map((c, k) => [c.id, k])) });
      else for (const b of spec.blocks) for (const row of b.rows) rows.set(`${tableId}:${row.id}`, { line: at(row.label), valueIndex: new Map(b.columns.map((c, k) => [c.id, k + 1])) });
      blank();
      return;
    }
    if (layout === 'spaced') {
      const sp = renderSpaced(spec, fill, spacedRng);
      out.push(...sp.lines);
      for (const [id, i] of sp.rows) {
        const n = cellTexts(sp.lines[i], layout).length;
        const cols = spec.kind === 'blocks' ? spec.blocks.find((b) => b.rows.some((r) => r.id === id))!.columns : spec.columns;
        const key = spec.kind === 'flat' ? `${tableId}:data` : `${tableId}:${id}`;
        rows.set(key, { line: first + i, valueIndex: new Map(cols.map((c, k) => [c.id, n - cols.length + k])) });
      }
      blank();
      return;
    }
    const rendered = renderTable(spec, layout, fill).split('\n');
    out.push(...rendered);
    const find = (pred: (cells: string[]) => boolean) => rendered.findIndex((l) => pred(cellTexts(l, layout)));
    if (spec.kind === 'grid') {
      for (const row of spec.rows) {
        const i = find((c) => c[0] === row.label);
        if (i < 0) throw new Error(`row ${row.id} not rendered`);
        const n = cellTexts(rendered[i], layout).length;
        rows.set(`${tableId}:${row.id}`, { line: first + i, valueIndex: new Map(spec.columns.map((c, k) => [c.id, n - spec.columns.length + k])) });
      }
    } else if (spec.kind === 'flat') {
      const i = find((c) => spec.columns.every((col, k) => c[k] === fill('data', col.id)));
      rows.set(`${tableId}:data`, { line: first + i, valueIndex: new Map(spec.columns.map((c, k) => [c.id, k])) });
    } else {
      for (const b of spec.blocks) {
        for (const row of b.rows) {
          const i = find((c) => c[0] === row.label);
          rows.set(`${tableId}:${row.id}`, { line: first + i, valueIndex: new Map(b.columns.map((c, k) => [c.id, 1 + k])) });
        }
      }
    }
    blank();
  };

  // Title, then an optional preamble.
  const titleVariants = format.family === 'rule-of-law'
    ? [`${issuer}${year}年法治政府建设年度报告`, `${issuer}关于${year}年度法治政府建设情况的报告`]
    : [`${issuer}${year}年政府信息公开工作年度报告`, `${issuer}${year}年度政府信息公开工作年度报告`];
  out.push((flavour === 'md' ? '# ' : '') + r.pick(titleVariants));
  const preamble = r.pick(['none', 'compiled', 'opening'] as const);
  const openingInSection = preamble !== 'opening';
  if (preamble === 'compiled' && format.family === 'gov-info') para('', P.compiledBy(ctx));
  if (preamble === 'opening') para('', P.opening(ctx, true, format.family));

  const heading = (id: string, text: string) => {
    blank();
    headings.set(id, out.length);
    out.push((flavour === 'md' ? '## ' : '') + text);
  };
  const meaning = format.headingMatch === 'meaning';
  format.sections.forEach((s, i) => {
    heading(s.id, headingText(format, i));
    if (meaning) {
      const own = P.meaningItem(ctx, o.kind as 'gov-info-2008' | 'rule-of-law', s.id);
      for (const p of withoutOtherKeywords(format, s.id, own)) para(s.id, p);
      return;
    }
    switch (s.id) {
      case 'general':
        if (openingInSection) para(s.id, P.opening(ctx, r.chance(0.7)));
        for (const p of P.general(ctx)) para(s.id, p);
        break;
      case 'problems':
        for (const p of P.problems(ctx)) para(s.id, p);
        break;
      case 'other':
        // Formats issued with the 信息处理费 measures expect section 六 to state the fee.
        for (const p of P.other(ctx, format.source.includes('信息处理费'))) para(s.id, p);
        break;
      default:
        if (s.id === 'review' || r.chance(0.6)) {
          para(s.id, s.id === 'active' ? P.activeLead(ctx) : s.id === 'applications' ? P.applicationsLead(ctx) : P.reviewLead(ctx));
        }
    }
    if (s.table) table(s.table);
  });

  blank();
  const signature = out.length;
  const date = `${year + 1}年1月${r.int(5, 30)}日`;
  if (r.chance(0.5)) out.push(issuer, date);
  else out.push(`${issuer}　　${date}`);
  out.push('');

  const conv = script === 'traditional' ? converter(variant) : (s: string) => s;
  const simplified = out.join('\n');
  const text = conv(simplified).split('\n').join(eol);
  if (text.split(eol).length !== out.length) throw new Error('script conversion changed the line count');
  const name = `${o.kind}/${year}/${o.cellLines ? `cells-${o.cellLines}` : layout}/${script === 'traditional' ? `trad-${variant}` : 'simp'}/${flavour}${eol === '\r\n' ? '-crlf' : ''}/s${o.seed}`;
  return {
    text, kind: o.kind, year, layout, cellLines: o.cellLines ?? null, script, flavour, eol, seed: o.seed, issuer, name, format, counts, convert: conv,
    lines: new DraftLines(0, headings, prose, rows, signature, out.length),
  };
}

/** Values of block tables (section 二): counts, signed changes and amounts by column type. */
function blockFiller(format: FormatSpec, rng: Rng): (rowId: string, colId: string) => string {
  const spec = format.tables.active;
  const memo = new Map<string, string>();
  if (!spec || spec.kind !== 'blocks') return () => '';
  for (const b of spec.blocks) {
    for (const row of b.rows) {
      const mag = rng.pick([0, 5, 30, 300, 3000]);
      let firstCount = 0;
      b.columns.forEach((c, k) => {
        let v: string;
        if (c.type === 'signed') {
          // A change from last year's count: never below zero items.
          const d = rng.int(0, 20);
          v = d === 0 ? '0' : rng.chance(0.6) || d > firstCount ? `+${d}` : `-${d}`;
        } else if (c.type === 'amount') {
          v = rng.chance(0.3) ? '0' : (rng.int(1, 900000) / 100).toFixed(2);
          // A column without a unit in its label often carries one in the cell (6566.23万元).
          if (!c.unit && v !== '0' && rng.chance(0.5)) v += '万元';
        } else {
          // The last of several counts is a running total: at least the first.
          const n = rng.int(0, mag);
          v = String(k > 0 && k === b.columns.length - 1 && b.columns.filter((x) => x.type === 'count').length >= 3 ? firstCount + n : n);
          if (k === 0) firstCount = Number(v);
        }
        memo.set(cellKey(row.id, c.id), v);
      });
    }
  }
  return (rowId, colId) => memo.get(cellKey(rowId, colId)) ?? '';
}

/** Drops paragraphs that mention another content item's keywords (they would cover it). */
function withoutOtherKeywords(format: FormatSpec, itemId: string, paragraphs: string[]): string[] {
  const others = format.sections.filter((s) => s.id !== itemId).flatMap((s) => s.keywords ?? []);
  return paragraphs.filter((p) => !others.some((w) => p.includes(w)));
}

/** The combinations a full test run covers for the two tabular formats. */
export const MATRIX = {
  kinds: ['gov-info-2019', 'gov-info-2021'] as const,
  layouts: ['gfm', 'loose-pipe', 'tab', 'spaced'] as const,
  scripts: ['simplified', 'traditional'] as const,
  flavours: ['md', 'txt'] as const,
};

/** Options for draft i of a run: cycles through MATRIX, then through seeds. */
export function matrixOptions(i: number, baseSeed = 1): DraftOptions {
  const { kinds, layouts, scripts, flavours } = MATRIX;
  let k = i;
  const kind = kinds[k % kinds.length]; k = Math.floor(k / kinds.length);
  const layout = layouts[k % layouts.length]; k = Math.floor(k / layouts.length);
  const script = scripts[k % scripts.length]; k = Math.floor(k / scripts.length);
  const flavour = flavours[k % flavours.length]; k = Math.floor(k / flavours.length);
  const seed = baseSeed + k * 7919 + i;
  return { kind, layout, script, flavour, seed, eol: flavour === 'txt' && k % 2 === 1 ? '\r\n' : '\n' };
}

/**
 * Drafts whose tables are web copies with one cell per line (read-only layout): both tabular
 * kinds × both styles × both flavours, one seed each. Checked clean and fix-safe, never mutated.
 */
export function cellLinesOptions(baseSeed = 1): DraftOptions[] {
  return MATRIX.kinds.flatMap((kind, k) => (['pipe', 'blank', 'dense', 'browser', 'paras'] as const).flatMap((cellLines, c) =>
    MATRIX.flavours.map((flavour, f) => ({ kind, cellLines, flavour, seed: baseSeed + 31 * (k * 4 + c * 2 + f) + (c > 1 ? 7 : 0), eol: '\n' as const }))));
}

/** N drafts across the matrix (for benchmarks: no linting, just text). */
export function generateDrafts(n: number, baseSeed = 1): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i < n; i++) out.push(generateDraft(matrixOptions(i, baseSeed)));
  return out;
}
