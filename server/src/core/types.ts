// Plain data shared by the whole language service. No LSP or vscode types here:
// the server converts these in server/src/convert.ts, the CLI prints them.

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** A report format's id (the format data's `id`); the list lives in shared/protocol.ts. */
import type { FormatId } from '../../../shared/protocol';
export { FORMAT_IDS } from '../../../shared/protocol';
export type { FormatId };

/** A replacement of original text [start, end) (UTF-16 offsets) by newText. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** A quick-fix. `safe` fixes are applied by `--fix` and `source.fixAll`. */
export interface Fix {
  title: string;
  /** English title (an English editor); without it, engine/fix-title-en.ts builds one from `title`. */
  titleEn?: string;
  edits: TextEdit[];
  safe: boolean;
}

/** One finding of one rule, located by UTF-16 offsets into the original text. */
export interface Finding {
  rule: string;
  severity: Severity;
  /** Chinese message (the product's first language). */
  message: string;
  /** English message, shown where the editor runs in English. */
  messageEn?: string;
  start: number;
  end: number;
  fix?: Fix;
  /** Other places the finding rests on (e.g. the failing sums a wrong cell explains). */
  related?: RelatedSpan[];
}

/** A span of the same text with a short note, shown as related information. */
export interface RelatedSpan {
  start: number;
  end: number;
  message: string;
}

/** How the report kind was decided (declared with what the editor is told: shared/protocol.ts). */
export type { KindSource } from '../../../shared/protocol';
import type { KindSource } from '../../../shared/protocol';

/** Per-rule setting: turn a rule off or change its severity. */
export type RuleSetting = 'off' | Severity;

/** The one settings shape, shared by the editor (govReport.*) and the CLI (.govreportrc.json). */
export interface Settings {
  format: 'auto' | FormatId;
  rules: Record<string, RuleSetting>;
  run: 'onType' | 'onSave';
  /** Editor table formatting (govReport.formatTables); absent means `align`. */
  formatTables?: FormatTablesMode;
  /** Editor inlay hints (govReport.inlayHints); absent means `mismatches`. */
  inlayHints?: InlayHintsMode;
  /** Disable directives that silence nothing are reported (directive-unused); absent means off. */
  reportUnusedDisableDirectives?: boolean;
}

export type FormatTablesMode = 'align' | 'compact' | 'off';
export type InlayHintsMode = 'mismatches' | 'all' | 'off';

export interface LintOptions {
  /** Normalised settings; see engine/settings.ts normalizeSettings(). */
  settings?: Partial<Settings>;
  /**
   * Other reports of the same workspace folder (editor) or the same CLI run, summarised with
   * summarize(): the across-file rules (carryover-mismatch, content-duplicate) read them.
   */
  related?: readonly ReportSummary[];
}

/** What the across-file rules need to know of another report (see engine/related.ts). */
export interface ReportSummary {
  path: string;
  kind: FormatId | null;
  year: number | null;
  /** Normalised issuer (Simplified, no spaces), or null. */
  issuer: string | null;
  /** Table 三 row 四、结转下年度继续办理 by column id, when readable. */
  carriedToNext: Record<string, number> | null;
  /** Hashes of the normalised prose sentences (numbers removed), for 内容雷同. */
  sentences: string[];
  /** Integer figures of 表二/表三/表四 keyed `table.row.column` (engine/related.ts tableFigures, figureValue). */
  figures?: Figures | null;
  /** Sentence hashes of section 五 (存在的主要问题及改进情况) only. */
  problemSentences?: string[];
}

/**
 * A summary's table figures: `table.row.column` keys in reading order and their values. The key
 * list is shared by every summary with the same keys, and the values are one typed array: a batch
 * keeps a summary of every report until its output, and one object with a property per figure took
 * some 12 KB a report (engine/related.ts figureValue reads one figure).
 */
export interface Figures {
  readonly keys: readonly string[];
  readonly values: Float64Array;
}

export interface InternalError {
  rule: string;
  message: string;
}

export interface LintResult {
  kind: FormatId | null;
  kindSource: KindSource | null;
  /** Why the text has this kind, or none (detection's reason, Chinese); e.g. why a file is not a report. */
  kindReason?: string;
  /** English counterpart of kindReason (formats/kind-reason-en.ts), for English UIs. */
  kindReasonEn?: string;
  year: number | null;
  issuer: string | null;
  findings: Finding[];
  /** Rules that threw; the engine carried on without them. */
  internalErrors: InternalError[];
}
