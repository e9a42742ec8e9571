// What the VS Code client (client/src/) and the language server (server/src/) exchange beyond
// LSP itself: request and notification method names, their parameters and replies, the command
// ids one side runs and the other registers, the code-action kind and the diagnostic source.
// One declaration for both sides; this file imports nothing, so that the client bundles it
// without bundling server code (test/core/layering.test.ts checks that no side keeps a copy).

/** Languages GovReport checks (the client's document selector); everything else is ignored. */
export const LANGUAGES: readonly string[] = ['markdown', 'plaintext'];

/** The settings section (`govReport.*`), pulled by the server per document and watched by the client. */
export const CONFIG_SECTION = 'govReport';

/** The diagnostics' `source`, and the diagnostic collection of the client. */
export const DIAGNOSTIC_SOURCE = 'govreport';

/** The server's fix-all code action (`source.fixAll.govreport`), which govReport.fixAll runs. */
export const FIX_ALL_KIND = 'source.fixAll.govreport';

/** Command ids the extension registers (package.json `contributes.commands` lists them too). */
export const COMMANDS = {
  fixAll: 'govReport.fixAll',
  showFormat: 'govReport.showFormat',
  /** Run by the server's diagnostics and hovers with (rule id, optional page URL). */
  openRuleDoc: 'govReport.openRuleDoc',
  /** Run by the server's CodeLens "插入表三" with InsertTableArgs. */
  insertTable: 'govReport.insertTable',
  restartServer: 'govReport.restartServer',
  checkWorkspace: 'govReport.checkWorkspace',
  insertSkeleton: 'govReport.insertSkeleton',
  selectKind: 'govReport.selectKind',
  importDraft: 'govReport.importDraft',
} as const;

// ---------------------------------------------------------------------------------------------
// govReport/documentInfo: kind, year and issuer for the status bar and govReport.showFormat.

export const DOCUMENT_INFO_REQUEST = 'govReport/documentInfo';

export interface DocumentInfoParams {
  uri: string;
}

/**
 * The report format ids, in the order offered to the user: one data file each in
 * server/src/core/formats/data/ (test/core/format-ids.test.ts checks the data, package.json's enum
 * and the CLI's --kind choices against this list).
 */
export const FORMAT_IDS = ['gov-info-2021', 'gov-info-2019', 'gov-info-2008', 'rule-of-law'] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

/** How the report kind was settled: a directive in the text, the govReport.format setting, or detection. */
export type KindSource = 'directive' | 'setting' | 'detected';

/** What the status bar shows. `kind` null: not a report (or not open), GovReport stays silent. */
export interface DocumentInfo {
  uri: string;
  version: number | null;
  kind: FormatId | null;
  kindSource: KindSource | null;
  year: number | null;
  issuer: string | null;
  /** How the kind was decided (or why the text is not a report), in the editor's language. */
  kindReason?: string;
  /** Over the editor's size limit: only its beginning was read (kind, year, issuer), no findings. */
  tooLarge?: boolean;
}

// ---------------------------------------------------------------------------------------------
// govReport/checkStatus (server → client): a lint of a document version started or ended.

export const CHECK_STATUS_NOTIFICATION = 'govReport/checkStatus';

/** Sent when a lint of a document version starts (`checking: true`) and when it ends, published or dropped. */
export interface CheckStatus {
  uri: string;
  version: number;
  checking: boolean;
  /** With `checking: false`: how long the lint took in the server, in milliseconds (benchmarks read it). */
  ms?: number;
}

// ---------------------------------------------------------------------------------------------
// govReport/checkFile: one closed file linted from disk, for govReport.checkWorkspace.

export const CHECK_FILE_REQUEST = 'govReport/checkFile';

export interface CheckFileParams {
  uri: string;
}

/**
 * `checked`: linted (kind null: not a report, nothing published). `open`: open in the editor,
 * checked there. Otherwise skipped: `outside` (not a file inside a workspace folder), `tooLarge`,
 * `unreadable` (missing, not text).
 */
export type CheckFileState = 'checked' | 'open' | 'outside' | 'tooLarge' | 'unreadable';

export interface CheckFileResult {
  uri: string;
  state: CheckFileState;
  kind: string | null;
  /** Findings published for the file (0 when it is no report or was skipped). */
  findings: number;
}

// ---------------------------------------------------------------------------------------------
// govReport/importDraft: a Word, web or PDF file on disk as the text of a new Markdown draft.

export const IMPORT_DRAFT_REQUEST = 'govReport/importDraft';

export interface ImportDraftParams {
  uri: string;
}

export type ImportDraftResult = { ok: true; text: string } | { ok: false; message: string };

// ---------------------------------------------------------------------------------------------
// The CodeLens "插入表三" runs COMMANDS.insertTable with these arguments.

export interface InsertTableArgs {
  uri: string;
  /** Document version the place was computed for; the client declines when the text has moved on. */
  version: number;
  kind: string;
  /** Table number as printed (3 for 表三). */
  table: number;
  /** Where the table goes: the end of this line. */
  position: { line: number; character: number };
}
