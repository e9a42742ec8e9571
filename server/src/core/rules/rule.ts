// The shape of one rule. One rule per file; rules/index.ts is the ordered registry.
import type { Figures, FormatId, Severity, Fix, RelatedSpan, ReportSummary } from '../types';
import type { Analysis } from '../engine/lint';
import type { FormatSpec } from '../formats/types';
import { FORMATS } from '../formats/index';

export type RuleFormats = 'all' | { family: FormatSpec['family']; since?: number };

export interface RuleInfo {
  /** Stable kebab-case id; the diagnostic code. */
  id: string;
  /**
   * The report formats the rule applies to, asked of the format data (never by format id): every
   * format, or those of one family, optionally only the formats whose first report year is
   * `since` or later (the 2019 and 2021 forms share tables the 2008 regulation's reports lack).
   */
  formats: RuleFormats;
  /** Also runs when no kind was detected but the text looks like a report (detection.unsettled). */
  withoutKind?: boolean;
  defaultSeverity: Severity;
  /** Short name, Chinese first. */
  title: { zh: string; en: string };
  /** What the rule checks and why: hover text and the rule page, Chinese first. */
  description: { zh: string; en: string };
  /** The document the rule is grounded on. */
  basis: string;
  /**
   * A wrong and a right draft excerpt for the rule's page (docs/rules/<id>.md, written by
   * scripts/gen-rule-docs.ts). Rules whose description already gives 错误示例/正确示例 in
   * prose may leave it out.
   */
  examples?: {
    /** Draft text the rule reports. */
    wrong: string;
    /** The same excerpt, corrected. */
    right: string;
    /** What exactly is wrong in `wrong`, in one sentence. */
    note?: string;
  };
}

export interface ReportInput {
  start: number;
  end: number;
  message: string;
  messageEn?: string;
  /** Overrides the rule's default severity for this one finding (e.g. incomplete vs invalid). */
  severity?: Severity;
  fix?: Fix;
  related?: RelatedSpan[];
}

export interface RuleContext {
  readonly analysis: Analysis;
  /** Every rule id of the registry (the directive check names the closest one). */
  readonly ruleIds: readonly string[];
  report(f: ReportInput): void;
}

export interface Rule extends RuleInfo {
  /** Findings are never silenced by a disable directive (the rule checks the directives themselves). */
  notSilenced?: boolean;
  /**
   * The rule reads analysis.related (the other reports); no other rule may. The CLI's second pass
   * runs only these rules on a file that has a neighbour and keeps the first pass's findings of
   * every other rule.
   */
  acrossFiles?: true;
  /**
   * An across-file rule split in two, so that a batch need not analyse a file again: `collect`
   * takes from one analysis what the rule needs of this file (offsets as `{ start, end }` objects,
   * figures; structured-cloneable, no text), `judge` reports from that, the file's own summary and
   * the other reports. `check` with `analysis.related` reports exactly what `check` alone (no
   * related) reports plus what `judge` reports.
   */
  across?: AcrossPart;
  check(ctx: RuleContext): void;
}

/** What a judge knows of its own file besides the collected data (its summary's fields). */
export interface AcrossSelf {
  kind: FormatId | null;
  year: number | null;
  /** Normalised issuer, as in a summary. */
  issuer: string | null;
  sentences(): readonly string[];
  problemSentences(): readonly string[];
  figures(): Figures | null;
}

export interface AcrossPart<D = unknown> {
  /** Null: the file gives the rule nothing to judge. */
  collect(a: Analysis): D | null;
  judge(d: D, self: AcrossSelf, related: readonly ReportSummary[], report: (f: ReportInput) => void): void;
}

/** Whether a rule's `formats` take in a format (from its data: family and first report year). */
export function appliesToFormat(formats: RuleFormats, f: FormatSpec): boolean {
  if (formats === 'all') return true;
  if (f.family !== formats.family) return false;
  return formats.since === undefined || (f.years[0] !== null && f.years[0] >= formats.since);
}

/** The format ids a rule applies to, oldest format first, or 'all': for its documentation and SARIF. */
export function ruleKinds(rule: Pick<RuleInfo, 'formats'>): readonly FormatId[] | 'all' {
  if (rule.formats === 'all') return 'all';
  return Object.values(FORMATS).filter((f) => appliesToFormat(rule.formats, f))
    .sort((a, b) => (a.years[0] ?? 0) - (b.years[0] ?? 0)).map((f) => f.id);
}
