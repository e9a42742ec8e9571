// One fault per rule, injected into a clean generated draft at a line we can name. Each
// mutation returns the 0-based line where its rule's finding must appear; other rules may
// fire as consequences (a changed total breaks R1 and R3 together), and the tests only ask
// that the intended rule is there, on that line. Row and column choices come from the
// format's constraints, so that the same code serves the 2019 and the 2021 format.
import { TERMS } from '../../server/src/core/formats/index';
import type { Constraint } from '../../server/src/core/formats/index';
import { normalize } from '../../server/src/core/text/normalize';
import { deleteCell, insertCell, replaceCell } from './cells';
import { cellKey } from './counts';
import type { Draft } from './drafts';
import { Rng } from './rng';
import { MUTATIONS as DATES_CONTENT } from './mutations-dates-content';
import { MUTATIONS as STRUCTURE } from './mutations-structure';
import { MUTATIONS as PROSE } from './mutations-prose';
import { MUTATIONS as ARTIFACTS } from './mutations-artifacts';
import { MUTATIONS as PROOFREAD } from './mutations-proofread';
import { MUTATIONS as REVIEW } from './mutations-review';
import { MUTATIONS as REVIEWER } from './mutations-reviewer';

export interface Fault {
  text: string;
  rule: string;
  /** 0-based line where the rule must report. */
  line: number;
  /** What was done, for failure messages. */
  what: string;
}

export interface Mutation {
  rule: string;
  applies(d: Draft): boolean;
  apply(d: Draft, rng: Rng): Fault;
}

const tabular = (d: Draft) => !!d.format.tables.applications && !!d.format.tables.review;

function constraintOf(d: Draft, rule: string): Constraint {
  const c = d.format.constraints.find((x) => x.rule === rule);
  if (!c) throw new Error(`${d.format.id} has no constraint for ${rule}`);
  return c;
}

/** The draft's lines, an edit, and the text joined back with the draft's line ends. */
function edit(d: Draft, f: (lines: string[]) => void): string {
  const lines = d.text.split(d.eol);
  f(lines);
  return lines.join(d.eol);
}

function value(d: Draft, table: string, row: string, col: string): number {
  const v = d.counts.get(table)?.get(cellKey(row, col));
  if (v === undefined) throw new Error(`no figure ${table}/${row}/${col}`);
  return v;
}

function setCell(d: Draft, lines: string[], table: string, row: string, col: string, text: string): number {
  const at = d.lines.cell(table, row, col);
  lines[at.line] = replaceCell(lines[at.line], d.layout, at.index, text);
  return at.line;
}

/** A change of +d, or −d when the cell is large enough. */
function delta(rng: Rng, current: number): number {
  const k = rng.int(1, 3);
  return current >= k && rng.chance(0.4) ? -k : k;
}

/** Applicant columns (the right side of the row-total constraint) and the total column. */
function columns(d: Draft): { parts: string[]; total: string } {
  const r2 = constraintOf(d, 'table-row-total');
  return { parts: r2.right, total: r2.left[0] };
}

function dataRows(d: Draft): string[] {
  const spec = d.format.tables.applications;
  return spec.kind === 'grid' ? spec.rows.filter((r) => !r.group).map((r) => r.id) : [];
}

/** Changes one applicant cell by `by` and keeps the row total consistent with it. */
function shiftKeepingRowTotal(d: Draft, lines: string[], row: string, col: string, by: number): void {
  const { total } = columns(d);
  setCell(d, lines, 'applications', row, col, String(value(d, 'applications', row, col) + by));
  setCell(d, lines, 'applications', row, total, String(value(d, 'applications', row, total) + by));
}

/** Prose line to append a sentence to: preferably in 三 or 一. */
function proseLine(d: Draft, rng: Rng): number {
  for (const id of rng.sample(['applications', 'general', 'problems'], 3)) {
    const ls = d.lines.prose(id);
    if (ls.length) return rng.pick(ls);
  }
  throw new Error('draft has no prose to edit');
}

function appendSentence(d: Draft, rng: Rng, sentence: string): { text: string; line: number } {
  const line = proseLine(d, rng);
  return { text: edit(d, (ls) => { ls[line] += d.convert(sentence); }), line };
}

export const MUTATIONS: Mutation[] = [
  {
    rule: 'section-missing',
    applies: () => true,
    apply(d, rng) {
      const ids = d.format.sections.filter((s) => s.required).map((s) => s.id);
      if (d.format.headingMatch === 'meaning') {
        // Checked by meaning: only an item whose keywords vanish with its chapter can go missing.
        const candidates = ids.filter((id) => {
          const [a, b] = d.lines.section(id);
          const rest = normalize(d.text.split(d.eol).filter((_, i) => i < a || i >= b).join('\n'));
          const spec = d.format.sections.find((s) => s.id === id)!;
          return !(spec.keywords ?? []).some((w) => rest.includes(normalize(w)));
        });
        const id = rng.pick(candidates);
        const [a, b] = d.lines.section(id);
        return { text: edit(d, (ls) => ls.splice(a, b - a)), rule: this.rule, line: d.lines.title, what: `deleted item ${id} (lines ${a}-${b - 1})` };
      }
      // Reported on the next statutory heading, which moves up to line a. (Where a missing
      // last section is reported is not settled yet, so the last one is not deleted here.)
      const id = rng.pick(ids.filter((x) => x !== d.format.sections[d.format.sections.length - 1].id));
      const [a, b] = d.lines.section(id);
      const text = edit(d, (ls) => ls.splice(a, b - a));
      return { text, rule: this.rule, line: a, what: `deleted section ${id} (lines ${a}-${b - 1})` };
    },
  },
  {
    rule: 'section-empty',
    applies: () => true,
    apply(d, rng) {
      // The last section holds the signature, so it never becomes empty.
      const ids = d.format.sections.slice(0, -1).map((s) => s.id);
      const id = rng.pick(ids);
      const [a, b] = d.lines.section(id);
      const text = edit(d, (ls) => ls.splice(a + 1, b - a - 1, ...(d.flavour === 'md' ? [''] : [])));
      return { text, rule: this.rule, line: a, what: `emptied section ${id}` };
    },
  },
  {
    rule: 'table-shape',
    applies: tabular,
    apply(d, rng) {
      const [table, row, cols] = rng.chance(0.7)
        ? ['applications', rng.pick(dataRows(d)), [...columns(d).parts, columns(d).total]]
        : ['review', 'data', constraintOf(d, 'review-total').right];
      const col = rng.pick(cols);
      const at = d.lines.cell(table, row, col);
      // A value lost in the paste, or one pasted twice.
      const extra = rng.chance(0.3);
      const text = edit(d, (ls) => {
        ls[at.line] = extra ? insertCell(ls[at.line], d.layout, at.index, String(value(d, table, row, col))) : deleteCell(ls[at.line], d.layout, at.index);
      });
      // In PDF layout text (spaced) a value missing from 表四's one row is a blank cell that cannot be
      // placed: the table is unreadable there (parse/unplaced-blanks.ts), not a shape error.
      const rule = !extra && table === 'review' && d.layout === 'spaced' ? 'table-unreadable' : this.rule;
      return { text, rule, line: at.line, what: `${extra ? 'doubled' : 'dropped'} ${table}/${row}/${col}` };
    },
  },
  {
    rule: 'table-cell-invalid',
    applies: tabular,
    apply(d, rng) {
      const [table, row] = rng.chance(0.75) ? ['applications', rng.pick(dataRows(d))] : ['review', 'data'];
      const col = table === 'applications' ? rng.pick([...columns(d).parts, columns(d).total]) : rng.pick(constraintOf(d, 'review-total').right);
      const v = value(d, table, row, col);
      const bad = rng.pick(['U', 'O', 'l', `${v}件`, `-${v + 1}`]);
      let line = -1;
      const text = edit(d, (ls) => { line = setCell(d, ls, table, row, col, bad); });
      return { text, rule: this.rule, line, what: `${table}/${row}/${col} = "${bad}"` };
    },
  },
  {
    rule: 'table-balance',
    applies: tabular,
    apply(d, rng) {
      // Change a figure that only the balance constraint reads (received, carried over, carried
      // forward), keeping its row total right: the balance breaks, nothing else does.
      const r1 = constraintOf(d, 'table-balance');
      const elsewhere = new Set(d.format.constraints.filter((c) => c !== r1 && c.each === 'column').flatMap((c) => [...c.left, ...c.right]));
      const row = rng.pick([...r1.left, ...r1.right].filter((id) => !elsewhere.has(id)));
      const col = rng.pick(columns(d).parts);
      const by = delta(rng, value(d, 'applications', row, col));
      const text = edit(d, (ls) => shiftKeepingRowTotal(d, ls, row, col, by));
      return { text, rule: this.rule, line: d.lines.row('applications', r1.left[0]), what: `${row}/${col} ${by > 0 ? '+' : ''}${by}` };
    },
  },
  {
    rule: 'table-subtotal',
    applies: tabular,
    apply(d, rng) {
      const r3 = constraintOf(d, 'table-subtotal');
      const row = rng.chance(0.7) ? rng.pick(r3.right) : r3.left[0];
      const col = rng.pick(columns(d).parts);
      const by = delta(rng, value(d, 'applications', row, col));
      const text = edit(d, (ls) => shiftKeepingRowTotal(d, ls, row, col, by));
      return { text, rule: this.rule, line: d.lines.row('applications', r3.left[0]), what: `${row}/${col} ${by > 0 ? '+' : ''}${by} (row total kept)` };
    },
  },
  {
    rule: 'table-row-total',
    applies: tabular,
    apply(d, rng) {
      const row = rng.chance(0.4) ? constraintOf(d, 'table-subtotal').right[0] : rng.pick(dataRows(d));
      const { parts, total } = columns(d);
      const col = rng.chance(0.7) ? rng.pick(parts) : total;
      const by = delta(rng, value(d, 'applications', row, col));
      let line = -1;
      const text = edit(d, (ls) => { line = setCell(d, ls, 'applications', row, col, String(value(d, 'applications', row, col) + by)); });
      return { text, rule: this.rule, line, what: `${row}/${col} ${by > 0 ? '+' : ''}${by}` };
    },
  },
  {
    rule: 'review-total',
    applies: tabular,
    apply(d, rng) {
      const c = rng.pick(d.format.constraints.filter((x) => x.rule === 'review-total'));
      const col = rng.pick([...c.right, ...c.left]);
      const by = delta(rng, value(d, 'review', 'data', col));
      let line = -1;
      const text = edit(d, (ls) => { line = setCell(d, ls, 'review', 'data', col, String(value(d, 'review', 'data', col) + by)); });
      return { text, rule: this.rule, line, what: `review/${col} ${by > 0 ? '+' : ''}${by}` };
    },
  },
  {
    rule: 'category-nonstandard',
    applies: tabular,
    apply(d, rng) {
      const t = rng.pick(TERMS.nonstandard);
      const { text, line } = appendSentence(d, rng, `个别答复文书仍沿用了“${t.term}”的旧表述，已督促整改。`);
      return { text, rule: this.rule, line, what: `wrote ${t.term}` };
    },
  },
  {
    rule: 'category-misfiled',
    applies: tabular,
    apply(d, rng) {
      const t = rng.pick(TERMS.misfiled);
      const { text, line } = appendSentence(d, rng, `其中属于${t.subject}${t.wrongGroup}的${rng.int(1, 3)}件。`);
      return { text, rule: this.rule, line, what: `filed ${t.subject} under ${t.wrongGroup}` };
    },
  },
];

/** Every applicable mutation of a draft, each with its own deterministic choices. */
/** This file's mutations and those of the rule groups added later, each in its own file. */
const ALL: Mutation[] = [...MUTATIONS, ...STRUCTURE, ...PROSE, ...DATES_CONTENT, ...ARTIFACTS, ...PROOFREAD, ...REVIEW, ...REVIEWER];

export function mutate(d: Draft): Fault[] {
  return ALL.filter((m) => m.applies(d)).map((m, i) => m.apply(d, new Rng(d.seed * 31 + i)));
}
