// Open documents, their settings (pulled per document) and one analysis per document version:
// the core Analysis (parsed document, report model, format) and its LintResult side by side, so
// that diagnostics, hover, outline, folding and inlay hints share one parse per version.
import { CancellationToken, Connection, Diagnostic, DidChangeConfigurationParams, MessageType, ShowMessageNotification, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, LineMap, LintResult, ReportSummary, RULES, Settings, analyze, analyzeSteps, lintAnalysis, lintSteps, normalizeSettings, overlaySettings, runSteps } from './core';
import type { Rule } from './core';
import { MAX_EDITOR_CHARS } from './limits';
import type { ConfigFile } from './config-file';
import { WorkspaceConfig } from './workspace-config';
import { NO_RELATED, RelatedReports } from './related';
import { filePathOf, isInside } from './file-paths';
import * as path from 'node:path';

// Languages GovReport looks at (everything else: no diagnostics, no actions) and the configuration
// section pulled per document, as the client knows them too.
import { CONFIG_SECTION, LANGUAGES } from '../../shared/protocol';

export { CONFIG_SECTION, LANGUAGES };

export interface ClientFeatures {
  configuration: boolean;
  documentChanges: boolean;
  /** workspace/inlayHint/refresh is understood. */
  inlayHintRefresh: boolean;
  /** workspace/codeLens/refresh is understood. */
  codeLensRefresh?: boolean;
  /** The editor runs in English (initialize `locale`): diagnostics use the findings' English messages. */
  english: boolean;
  /** The workspace folders' paths (initialize, didChangeWorkspaceFolders): neighbours are read only inside them. */
  workspaceRoots?: string[];
  /**
   * Where the extension itself is installed (initializationOptions.extensionPath). Files there —
   * the rule pages it opens, its README — are never linted, unless they are also inside a
   * workspace folder (someone developing GovReport itself).
   */
  extensionRoot?: string;
}

/** One analysed version of one document. */
export interface DocumentAnalysis {
  uri: string;
  version: number;
  settings: Settings;
  /** The other reports it was compared with (the same array while the folder did not change). */
  related: readonly ReportSummary[];
  result: LintResult;
  lines: LineMap;
  /** The core analysis the result came from; null when the core threw on this text. */
  analysis: Analysis | null;
  /** Over MAX_EDITOR_CHARS: only the beginning was read, to tell the kind (no findings). */
  tooLarge?: boolean;
}

const EMPTY_RESULT: LintResult = { kind: null, kindSource: null, year: null, issuer: null, findings: [], internalErrors: [] };

/** How much of an oversized document is read to tell whether it is a report at all. */
const DETECT_PREFIX_CHARS = 64 * 1024;

/**
 * The editor's time slice: a lint that has worked this long (ms) lets other requests and
 * notifications through before it goes on with the next rule, and stops if its version is gone.
 */
export const LINT_SLICE_MS = 8;

/** A lint of one version under way, shared by everyone who asks for that version meanwhile. */
interface Running {
  version: number;
  settings: Settings;
  related: readonly ReportSummary[];
  promise: Promise<DocumentAnalysis | undefined>;
}

export class DocumentStore {
  /** Settings per document URI, pulled lazily; dropped on didChangeConfiguration. */
  private readonly settings = new Map<string, Promise<Settings>>();
  /** Settings pushed by a client without workspace/configuration (raw, before the settings file). */
  private globalRaw: unknown = undefined;
  /** The .govreportrc.json files of the workspace. */
  readonly config: WorkspaceConfig;
  /** Told about every settings file used, so that its problems can be shown on it (server.ts). */
  onConfigFile: (file: ConfigFile) => void = () => {};
  private readonly analyses = new Map<string, DocumentAnalysis>();
  private readonly running = new Map<string, Running>();
  /** What the client currently shows, for the hover. */
  readonly published = new Map<string, Diagnostic[]>();
  /** Reports in the same folder, for the across-file rules. */
  private readonly neighbours: RelatedReports;
  /** Oversized reports the user was already told about (once per document). */
  private readonly toldTooLarge = new Set<string>();
  /**
   * While changes to a document are still coming (server.ts's debounce has not fired): a promise
   * that settles when they stop, else undefined. Set by server.ts; see analysis().
   */
  settling: (uri: string) => Promise<void> | undefined = () => undefined;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly client: ClientFeatures,
    private readonly log: (message: string) => void,
    /** The rule registry (always RULES, except in tests: see ServerOptions in server.ts). */
    private readonly rules: readonly Rule[] = RULES,
  ) {
    this.neighbours = new RelatedReports(documents, log, () => client.workspaceRoots ?? []);
    this.config = new WorkspaceConfig(() => client.workspaceRoots ?? []);
  }

  /** Summaries of the other reports in the document's folder. */
  related(uri: string): Promise<readonly ReportSummary[]> {
    return this.neighbours.for(uri).catch((e) => {
      this.log(`[govreport] related reports of ${uri}: ${describeError(e)}`);
      return NO_RELATED;
    });
  }

  isSupported(doc: TextDocument): boolean {
    return LANGUAGES.includes(doc.languageId) && !this.isExtensionFile(doc.uri);
  }

  /** A file of the installed extension itself (see ClientFeatures.extensionRoot). */
  private isExtensionFile(uri: string): boolean {
    const root = this.client.extensionRoot;
    const file = root ? filePathOf(uri) : undefined;
    if (!root || !file) return false;
    const dir = path.dirname(file);
    return isInside(root, dir) && !(this.client.workspaceRoots ?? []).some((r) => isInside(r, dir));
  }

  /**
   * The settings of a document: the govReport.* settings (pulled per document), with the
   * workspace's .govreportrc.json over them (workspace-config.ts). Cached per document until the
   * configuration or a settings file changes.
   */
  getSettings(uri: string): Promise<Settings> {
    let p = this.settings.get(uri);
    if (!p) {
      const raw: Promise<unknown> = this.client.configuration
        ? this.connection.workspace.getConfiguration({ scopeUri: uri, section: CONFIG_SECTION }).then(
          (r) => r,
          (e) => {
            this.log(`[govreport] workspace/configuration failed for ${uri}: ${describeError(e)}`);
            return undefined;
          },
        )
        : Promise.resolve(this.globalRaw);
      p = raw.then((r) => this.withFile(r, uri));
      this.settings.set(uri, p);
    }
    return p;
  }

  private withFile(raw: unknown, uri: string): Settings {
    let file: ConfigFile | null = null;
    try {
      file = this.config.forDocument(uri);
    } catch (e) {
      this.log(`[govreport] reading the settings file for ${uri}: ${describeError(e)}`);
    }
    if (file) this.onConfigFile(file);
    return this.normalize(file?.json ? overlaySettings(raw, file.json) : raw, uri);
  }

  configurationChanged(params: DidChangeConfigurationParams): void {
    this.settingsChanged();
    if (!this.client.configuration) {
      const raw = params.settings as Record<string, unknown> | null | undefined;
      this.globalRaw = raw && typeof raw === 'object' && CONFIG_SECTION in raw ? raw[CONFIG_SECTION] : raw;
    }
  }

  /** Settings (or a settings file) changed: every document's settings and analysis are stale. */
  settingsChanged(): void {
    this.settings.clear();
    this.analyses.clear();
  }

  private normalize(raw: unknown, where: string): Settings {
    const problems: { path: string; message: string }[] = [];
    const s = normalizeSettings(raw, problems);
    for (const p of problems) this.log(`[govreport] setting govReport.${p.path} (${where}): ${p.message}`);
    return s;
  }

  /** The cached analysis of exactly this version, if any (no linting). */
  cached(doc: TextDocument): DocumentAnalysis | undefined {
    const a = this.analyses.get(doc.uri);
    return a && a.version === doc.version ? a : undefined;
  }

  /** Analyses and lints `doc` with `settings` unless this version was already done with them (at once, no slicing). */
  analyze(doc: TextDocument, settings: Settings, related: readonly ReportSummary[] = NO_RELATED): DocumentAnalysis {
    const hit = this.hit(doc, settings, related);
    if (hit) return hit;
    const { uri, version } = doc;
    const text = doc.getText();
    if (text.length > MAX_EDITOR_CHARS) return this.tooLarge(doc, text, settings, related);
    const done = runSteps(this.lintWork(uri, version, text, settings, related));
    return this.keep(uri, version, text, settings, related, done.analysis, done.result);
  }

  /**
   * analyze() in time slices, for the editor: the parse, the detection, the report model, then the
   * rules one by one; after every LINT_SLICE_MS of work the lint lets other requests through. It is dropped
   * (undefined) as soon as the document has a newer version or is closed: a superseded version
   * is never finished. Everyone asking for the same version meanwhile shares one run.
   */
  analyzeSliced(doc: TextDocument, settings: Settings, related: readonly ReportSummary[] = NO_RELATED): Promise<DocumentAnalysis | undefined> {
    const hit = this.hit(doc, settings, related);
    if (hit) return Promise.resolve(hit);
    const run = this.running.get(doc.uri);
    if (run && run.version === doc.version && run.settings === settings && run.related === related) return run.promise;
    const promise: Promise<DocumentAnalysis | undefined> = this.runSliced(doc, settings, related).finally(() => {
      if (this.running.get(doc.uri)?.promise === promise) this.running.delete(doc.uri);
    });
    this.running.set(doc.uri, { version: doc.version, settings, related, promise });
    return promise;
  }

  private async runSliced(doc: TextDocument, settings: Settings, related: readonly ReportSummary[]): Promise<DocumentAnalysis | undefined> {
    // TextDocuments updates the document object in place: take its version and text now.
    const { uri, version } = doc;
    const text = doc.getText();
    if (text.length > MAX_EDITOR_CHARS) return this.tooLarge(doc, text, settings, related);
    const superseded = () => this.documents.get(uri)?.version !== version;
    const done = await inSlices(this.lintWork(uri, version, text, settings, related), superseded);
    if (!done || superseded()) return undefined;
    return this.keep(uri, version, text, settings, related, done.analysis, done.result);
  }

  /**
   * Lints a text that is not an open document's version (govReport/checkFiles; the JIT warm-up,
   * warm-up.ts, which passes `stop`: undefined when it said so at a pause), in time slices like an
   * open document, with nothing cached: the workspace may hold many reports.
   */
  lintText(uri: string, text: string, settings: Settings, related: readonly ReportSummary[]): Promise<LintResult>;
  lintText(uri: string, text: string, settings: Settings, related: readonly ReportSummary[], stop: () => boolean): Promise<LintResult | undefined>;
  async lintText(uri: string, text: string, settings: Settings, related: readonly ReportSummary[], stop = () => false): Promise<LintResult | undefined> {
    return (await inSlices(this.lintWork(uri, 0, text, settings, related), stop))?.result;
  }

  /** A lint of an open document is under way. */
  linting = (): boolean => this.running.size > 0;

  /**
   * The work of one lint, shared by analyze() and runSliced(): the parse, the detection and the report
   * model, then one rule per step (a yield between steps is where a sliced run may pause). A
   * throwing core gives no findings.
   */
  private *lintWork(uri: string, version: number, text: string, settings: Settings, related: readonly ReportSummary[]): Generator<void, { analysis: Analysis | null; result: LintResult }> {
    try {
      const analysis = yield* analyzeSteps(text, { settings, related });
      const steps = lintSteps(analysis, this.rules);
      for (;;) {
        const step = steps.next();
        if (step.done) return { analysis, result: step.value };
        yield;
      }
    } catch (e) {
      this.log(`[govreport] lint failed for ${uri} (version ${version}): ${describeError(e)}`);
      return { analysis: null, result: EMPTY_RESULT };
    }
  }

  private hit(doc: TextDocument, settings: Settings, related: readonly ReportSummary[]): DocumentAnalysis | undefined {
    const hit = this.analyses.get(doc.uri);
    return hit && hit.version === doc.version && hit.settings === settings && hit.related === related ? hit : undefined;
  }

  private keep(uri: string, version: number, text: string, settings: Settings, related: readonly ReportSummary[], analysis: Analysis | null, result: LintResult): DocumentAnalysis {
    for (const err of result.internalErrors ?? []) {
      this.log(`[govreport] rule ${err.rule} threw on ${uri} (version ${version}): ${err.message}`);
    }
    const lines = analysis ? analysis.doc.lines : new LineMap(text);
    const entry: DocumentAnalysis = { uri, version, settings, related, result, lines, analysis };
    this.analyses.set(uri, entry);
    return entry;
  }

  /**
   * An oversized document: only its beginning is read, to tell its kind, year and issuer (status
   * bar); it gets no findings. When it is a report, the user is told once why it is not checked.
   */
  private tooLarge(doc: TextDocument, text: string, settings: Settings, related: readonly ReportSummary[]): DocumentAnalysis {
    let result: LintResult = EMPTY_RESULT;
    try {
      result = lintAnalysis(analyze(text.slice(0, DETECT_PREFIX_CHARS), { settings, related: NO_RELATED }), []);
    } catch (e) {
      this.log(`[govreport] detecting the kind of ${doc.uri} failed: ${describeError(e)}`);
    }
    const mb = (Buffer.byteLength(text, 'utf8') / 1024 / 1024).toFixed(1);
    this.log(`[govreport] ${doc.uri} is not checked: ${text.length} characters (${mb} MB UTF-8) exceed the editor's limit of ${MAX_EDITOR_CHARS}`);
    if (result.kind !== null && !this.toldTooLarge.has(doc.uri)) {
      this.toldTooLarge.add(doc.uri);
      const name = fileName(doc.uri);
      // A notification (window/showMessage), not a request: there is nothing to answer.
      void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: this.client.english
        ? `GovReport: ${name} has ${mb} MB of text, more than the editor checks (about 2 MB), so it is not checked. Report drafts are a few dozen KB; to check it anyway, run "govreport check" on the command line.`
        : `GovReport：${name} 有 ${mb} MB 文本，超过编辑器中检查的上限（约 2 MB），因此不检查。年度报告草稿通常只有几十 KB；如确需检查，请在命令行运行 govreport check。` });
    }
    const entry: DocumentAnalysis = {
      uri: doc.uri, version: doc.version, settings, related,
      result: { ...result, findings: [], internalErrors: [] }, lines: new LineMap(text), analysis: null, tooLarge: true,
    };
    this.analyses.set(doc.uri, entry);
    return entry;
  }

  /**
   * Settings + analysis of the current version of an open document; undefined if closed or
   * unsupported, if the document changed while it was being linted (the caller asks again for the
   * new version, as editors do), or once `token` is cancelled (the lint itself goes on for others).
   */
  async analysis(uri: string, token?: CancellationToken): Promise<DocumentAnalysis | undefined> {
    // In the middle of a burst of keystrokes, wait for its end (the debounce, a few ms) rather than
    // start a lint of a version the next keystroke replaces: such a lint would be dropped after its
    // first time slice, and the slice would hold up the keystrokes behind it.
    const settling = this.settling(uri);
    if (settling && (await untilCancelled(settling.then(() => true), token)) !== true) return undefined;
    const before = this.documents.get(uri);
    if (!before || !this.isSupported(before)) return undefined;
    const settings = await this.getSettings(uri);
    const related = await this.related(uri);
    // Read the document again: it may have changed (or closed) while the settings came.
    const doc = this.documents.get(uri);
    if (!doc || !this.isSupported(doc) || token?.isCancellationRequested) return undefined;
    return untilCancelled(this.analyzeSliced(doc, settings, related), token);
  }

  /** The core analysis of the current version when the document is a report; else undefined. */
  async report(uri: string, token?: CancellationToken): Promise<{ entry: DocumentAnalysis; analysis: Analysis } | undefined> {
    const entry = await this.analysis(uri, token);
    if (!entry?.analysis || entry.analysis.kind === null) return undefined;
    return { entry, analysis: entry.analysis };
  }

  forget(uri: string): void {
    this.toldTooLarge.delete(uri);
    this.settings.delete(uri);
    this.analyses.delete(uri);
    this.running.delete(uri);
    this.published.delete(uri);
  }
}

/** The last path segment of a URI, decoded when it can be. */
function fileName(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

export function describeError(e: unknown): string {
  if (e instanceof Error) return e.stack ?? `${e.name}: ${e.message}`;
  try {
    return JSON.stringify(e);
  } catch {
    return String(e);
  }
}

/** `work`, or undefined as soon as `token` is cancelled (the work itself is not stopped). */
function untilCancelled<T>(work: Promise<T>, token: CancellationToken | undefined): Promise<T | undefined> {
  if (!token) return work;
  return new Promise<T | undefined>((resolve, reject) => {
    const listener = token.onCancellationRequested(() => resolve(undefined));
    work.then(
      (v) => {
        listener.dispose();
        resolve(v);
      },
      (e) => {
        listener.dispose();
        reject(e);
      },
    );
  });
}

/**
 * Runs a lint's steps in time slices of LINT_SLICE_MS, letting other requests in between; stops
 * (undefined) when `stop()` says so at a pause. Returns what the work returns.
 */
async function inSlices<T>(work: Generator<void, T>, stop: () => boolean): Promise<T | undefined> {
  let sliceStart = performance.now();
  let step = work.next();
  while (!step.done) {
    if (performance.now() - sliceStart >= LINT_SLICE_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (stop()) return undefined;
      sliceStart = performance.now();
    }
    step = work.next();
  }
  return step.value;
}
