// Plain data shared by the whole language service. No LSP or vscode types here:
// the server converts these in server/src/convert.ts, the CLI prints them.

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

export type KindId = 'gov-info-2021' | 'gov-info-2019' | 'gov-info-2008' | 'rule-of-law';
export const KIND_IDS: readonly KindId[] = ['gov-info-2021', 'gov-info-2019', 'gov-info-2008', 'rule-of-law'];

/** A replacement of original text [start, end) (UTF-16 offsets) by newText. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** A quick-fix. `safe` fixes are applied by `--fix` and `source.fixAll`. */
export interface Fix {
  title: string;
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
}

/** How the report kind was decided. */
export type KindSource = 'directive' | 'setting' | 'detected';

/** Per-rule setting: turn a rule off or change its severity. */
export type RuleSetting = 'off' | Severity;

/** The one settings shape, shared by the editor (govReport.*) and the CLI (.govreportrc.json). */
export interface Settings {
  format: 'auto' | KindId;
  rules: Record<string, RuleSetting>;
  run: 'onType' | 'onSave';
}

export interface LintOptions {
  /** Normalised settings; see engine/settings.ts normalizeSettings(). */
  settings?: Partial<Settings>;
}

export interface InternalError {
  rule: string;
  message: string;
}

export interface LintResult {
  kind: KindId | null;
  kindSource: KindSource | null;
  year: number | null;
  issuer: string | null;
  findings: Finding[];
  /** Rules that threw; the engine carried on without them. */
  internalErrors: InternalError[];
}
