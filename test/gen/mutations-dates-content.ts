// Faults for the date and content rules (date-order, date-deadline, content-fee,
// content-rectification), injected into clean generated drafts. Same contract as
// mutations.ts: each returns the 0-based line where its rule must report.
import { normalize } from '../../server/src/core/text/normalize';
import type { Draft } from './drafts';
import type { Fault, Mutation } from './mutations';
import type { Rng } from './rng';

const DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/;

/** The draft's lines, an edit, and the text joined back with the draft's line ends. */
function edit(d: Draft, f: (lines: string[]) => void): string {
  const lines = d.text.split(d.eol);
  f(lines);
  return lines.join(d.eol);
}

/** Line of the signing date (the signature block is the issuer and the date, on one or two lines). */
function dateLine(d: Draft): number {
  const lines = d.text.split(d.eol);
  for (let l = d.lines.signature; l < lines.length; l++) if (DATE.test(lines[l])) return l;
  throw new Error(`${d.name}: no signing date`);
}

function redate(d: Draft, to: Date): { text: string; line: number } {
  const line = dateLine(d);
  const text = edit(d, (ls) => { ls[line] = ls[line].replace(DATE, `${to.getUTCFullYear()}年${to.getUTCMonth() + 1}月${to.getUTCDate()}日`); });
  return { text, line };
}

/** The draft's statutory deadline, from the format data (a 人民政府's own report: the government date). */
function deadline(d: Draft): Date {
  const dl = d.format.deadline;
  const own = /人民政府$/.test(d.issuer) && dl.governmentMonth !== undefined;
  return new Date(Date.UTC(d.year + 1, (own ? dl.governmentMonth! : dl.month) - 1, own ? dl.governmentDay! : dl.day));
}

/** Prose line of a section whose normalised text contains `needle`. */
function proseWith(d: Draft, sectionId: string, needle: RegExp): number | null {
  const lines = d.text.split(d.eol);
  return d.lines.prose(sectionId).find((l) => needle.test(normalize(lines[l]))) ?? null;
}

const RECTIFICATION = ['上一年度发现的问题已全部整改到位。', '对上一年度报告中提出的问题，已逐项落实整改。'];
const is2021 = (d: Draft) => d.format.source.includes('信息处理费');

export const MUTATIONS: Mutation[] = [
  {
    rule: 'date-order',
    applies: () => true,
    apply(d: Draft, rng: Rng): Fault {
      // Signed in the report year itself (the usual typo), or a year earlier.
      const year = d.year - (rng.chance(0.8) ? 0 : 1);
      const { text, line } = redate(d, new Date(Date.UTC(year, rng.int(0, 11), rng.int(1, 28))));
      return { text, rule: this.rule, line, what: `signing date moved into ${year}` };
    },
  },
  {
    rule: 'date-deadline',
    applies: () => true,
    apply(d: Draft, rng: Rng): Fault {
      // One day to three months late: the boundary matters as much as the obvious case.
      const late = new Date(deadline(d).getTime() + (rng.chance(0.3) ? 1 : rng.int(2, 90)) * 86400000);
      const { text, line } = redate(d, late);
      return { text, rule: this.rule, line, what: `signed ${late.toISOString().slice(0, 10)}, deadline ${deadline(d).toISOString().slice(0, 10)}` };
    },
  },
  {
    rule: 'content-fee',
    applies: (d) => is2021(d) && proseWith(d, 'other', /信息处理费/) !== null,
    apply(d: Draft): Fault {
      // Section 六 keeps its other paragraph; only the fee sentence goes. Reported on the heading.
      const at = proseWith(d, 'other', /信息处理费/)!;
      const text = edit(d, (ls) => { ls.splice(at, 1); });
      return { text, rule: this.rule, line: d.lines.heading('other'), what: `deleted the fee sentence (line ${at})` };
    },
  },
  {
    rule: 'content-rectification',
    applies: (d) => is2021(d) && RECTIFICATION.some((s) => d.text.includes(d.convert(s))),
    apply(d: Draft): Fault {
      const s = RECTIFICATION.map((x) => d.convert(x)).find((x) => d.text.includes(x))!;
      return { text: d.text.replace(s, ''), rule: this.rule, line: d.lines.heading('problems'), what: `deleted “${s}”` };
    },
  },
];

/** Every applicable mutation of a draft, each with its own deterministic choices. */
export function mutateDatesContent(d: Draft, rngOf: (i: number) => Rng): Fault[] {
  return MUTATIONS.filter((m) => m.applies(d)).map((m, i) => m.apply(d, rngOf(i)));
}
