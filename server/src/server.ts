// The language server: thin handlers over the pure core (server/src/core). Each handler fetches
// the document and its settings, makes one core call, converts the result (convert.ts) and guards
// against exceptions and cancellation. No rule logic lives here.
//
// Seams for the later editor features (hover on numbers, completion, inlay hints, formatting):
// `DocumentStore.analysis(doc)` gives the cached LintResult + LineMap of the current version, and
// each feature is one `registerX(ctx)` function below, advertised in `capabilities()`.
import {
  CodeActionKind,
  Connection,
  Diagnostic,
  DidChangeConfigurationParams,
  Hover,
  HoverParams,
  InitializeParams,
  InitializeResult,
  RequestType,
  ServerCapabilities,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LineMap, LintResult, Settings, lint, normalizeSettings, ruleById, DEFAULT_SETTINGS, RULE_DOC_BASE } from './core';
import {
  FIX_ALL_KIND,
  joinHovers,
  rangeContains,
  ruleDocUrl,
  ruleHover,
  toDiagnostics,
} from './convert';
import { registerCodeActions } from './code-actions';

/** Languages GovReport looks at. Everything else is ignored (no diagnostics, no actions). */
export const LANGUAGES: readonly string[] = ['markdown', 'plaintext'];

/** The configuration section pulled per document. */
export const CONFIG_SECTION = 'govReport';

/** Client-side command opening a rule's page; arguments: [ruleId, href]. */
export const OPEN_RULE_DOC_COMMAND = 'govReport.openRuleDoc';

export interface DocumentInfoParams {
  uri: string;
}

/** What the status bar shows. `kind` null: not a report (or not open), GovReport stays silent. */
export interface DocumentInfo {
  uri: string;
  version: number | null;
  kind: LintResult['kind'];
  kindSource: LintResult['kindSource'];
  year: number | null;
  issuer: string | null;
}

export const DocumentInfoRequest = new RequestType<DocumentInfoParams, DocumentInfo, void>('govReport/documentInfo');

/** One linted version of one document. */
export interface Analysis {
  uri: string;
  version: number;
  settings: Settings;
  result: LintResult;
  lines: LineMap;
}

const EMPTY_RESULT: LintResult = { kind: null, kindSource: null, year: null, issuer: null, findings: [], internalErrors: [] };

export interface ServerContext {
  connection: Connection;
  /** What rule pages are resolved against (codeDescription.href, the open-rule-page action). */
  docBase: string;
  documents: TextDocuments<TextDocument>;
  store: DocumentStore;
  client: ClientFeatures;
  log(message: string): void;
  /** Runs a handler body; an exception becomes a log line and `fallback`, never a crash. */
  guard<T>(what: string, fallback: T, body: () => T | Promise<T>): Promise<T>;
}

export interface ClientFeatures {
  configuration: boolean;
  documentChanges: boolean;
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const client: ClientFeatures = { configuration: false, documentChanges: false };
  const log = (message: string) => {
    try {
      connection.console.error(message);
    } catch {
      // The console is the last resort; if even it fails there is nobody left to tell.
    }
  };
  const guard = async <T>(what: string, fallback: T, body: () => T | Promise<T>): Promise<T> => {
    try {
      return await body();
    } catch (e) {
      log(`[govreport] ${what} failed: ${describeError(e)}`);
      return fallback;
    }
  };
  const store = new DocumentStore(connection, documents, client, log);
  const ctx: ServerContext = { connection, documents, store, client, log, guard, docBase: docBaseUrl() };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    client.configuration = !!caps.workspace?.configuration;
    client.documentChanges = !!caps.workspace?.workspaceEdit?.documentChanges;
    return { capabilities: capabilities(), serverInfo: { name: 'govreport' } };
  });

  registerDiagnostics(ctx);
  registerCodeActions(ctx);
  registerHover(ctx);
  registerDocumentInfo(ctx);

  documents.listen(connection);
  connection.listen();
}

export function capabilities(): ServerCapabilities {
  return {
    textDocumentSync: {
      openClose: true,
      change: TextDocumentSyncKind.Incremental,
      save: { includeText: false },
    },
    codeActionProvider: {
      codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND],
      resolveProvider: false,
    },
    hoverProvider: true,
  };
}

// ---------------------------------------------------------------------------------------------
// Documents, settings and the lint cache

export class DocumentStore {
  /** Settings per document URI, pulled lazily; dropped on didChangeConfiguration. */
  private readonly settings = new Map<string, Promise<Settings>>();
  /** Settings pushed by a client without workspace/configuration. */
  private globalSettings: Settings = DEFAULT_SETTINGS;
  private readonly analyses = new Map<string, Analysis>();
  /** What the client currently shows, for the hover. */
  readonly published = new Map<string, Diagnostic[]>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly client: ClientFeatures,
    private readonly log: (message: string) => void,
  ) {}

  isSupported(doc: TextDocument): boolean {
    return LANGUAGES.includes(doc.languageId);
  }

  getSettings(uri: string): Promise<Settings> {
    if (!this.client.configuration) return Promise.resolve(this.globalSettings);
    let p = this.settings.get(uri);
    if (!p) {
      p = this.connection.workspace.getConfiguration({ scopeUri: uri, section: CONFIG_SECTION }).then(
        (raw) => this.normalize(raw, uri),
        (e) => {
          this.log(`[govreport] workspace/configuration failed for ${uri}: ${describeError(e)}`);
          return DEFAULT_SETTINGS;
        },
      );
      this.settings.set(uri, p);
    }
    return p;
  }

  configurationChanged(params: DidChangeConfigurationParams): void {
    this.settings.clear();
    this.analyses.clear();
    if (!this.client.configuration) {
      const raw = params.settings as Record<string, unknown> | null | undefined;
      this.globalSettings = this.normalize(raw && typeof raw === 'object' && CONFIG_SECTION in raw ? raw[CONFIG_SECTION] : raw, 'didChangeConfiguration');
    }
  }

  private normalize(raw: unknown, where: string): Settings {
    const problems: { path: string; message: string }[] = [];
    const s = normalizeSettings(raw, problems);
    for (const p of problems) this.log(`[govreport] setting govReport.${p.path} (${where}): ${p.message}`);
    return s;
  }

  /** The cached analysis of exactly this version, if any (no linting). */
  cached(doc: TextDocument): Analysis | undefined {
    const a = this.analyses.get(doc.uri);
    return a && a.version === doc.version ? a : undefined;
  }

  /** Lints `doc` with `settings` unless this version was already linted with them. */
  analyze(doc: TextDocument, settings: Settings): Analysis {
    const hit = this.analyses.get(doc.uri);
    if (hit && hit.version === doc.version && hit.settings === settings) return hit;
    const text = doc.getText();
    const lines = new LineMap(text);
    let result: LintResult;
    try {
      result = lint(text, { settings });
    } catch (e) {
      this.log(`[govreport] lint failed for ${doc.uri} (version ${doc.version}): ${describeError(e)}`);
      result = EMPTY_RESULT;
    }
    for (const err of result.internalErrors ?? []) {
      this.log(`[govreport] rule ${err.rule} threw on ${doc.uri} (version ${doc.version}): ${err.message}`);
    }
    const analysis: Analysis = { uri: doc.uri, version: doc.version, settings, result, lines };
    this.analyses.set(doc.uri, analysis);
    return analysis;
  }

  /** Settings + analysis of the current version of an open document; undefined if closed or unsupported. */
  async analysis(uri: string): Promise<Analysis | undefined> {
    const before = this.documents.get(uri);
    if (!before || !this.isSupported(before)) return undefined;
    const settings = await this.getSettings(uri);
    // Read the document again: it may have changed (or closed) while the settings came.
    const doc = this.documents.get(uri);
    if (!doc || !this.isSupported(doc)) return undefined;
    return this.analyze(doc, settings);
  }

  forget(uri: string): void {
    this.settings.delete(uri);
    this.analyses.delete(uri);
    this.published.delete(uri);
  }
}

// ---------------------------------------------------------------------------------------------
// Diagnostics

type Trigger = 'open' | 'change' | 'save' | 'configuration';

function registerDiagnostics(ctx: ServerContext): void {
  const { connection, documents, store } = ctx;
  // Several changes arriving in one burst are linted once, at the latest version.
  const queued = new Map<string, Trigger>();

  const schedule = (uri: string, trigger: Trigger) => {
    const prev = queued.get(uri);
    // A keystroke must not downgrade a pending save/open/configuration run (onSave mode).
    queued.set(uri, prev && prev !== 'change' ? prev : trigger);
    if (prev) return;
    setImmediate(() => {
      const t = queued.get(uri) ?? trigger;
      queued.delete(uri);
      void ctx.guard(`validating ${uri}`, undefined, () => validate(uri, t));
    });
  };

  const validate = async (uri: string, trigger: Trigger): Promise<void> => {
    const doc = documents.get(uri);
    if (!doc || !store.isSupported(doc)) return;
    const settings = await store.getSettings(uri);
    if (trigger === 'change' && settings.run === 'onSave') return;
    const current = documents.get(uri);
    if (!current || !store.isSupported(current)) return;
    const a = store.analyze(current, settings);
    const diagnostics = a.result.kind === null ? [] : toDiagnostics(a.result.findings, a.lines, a.version, ctx.docBase);
    store.published.set(uri, diagnostics);
    await connection.sendDiagnostics({ uri, version: a.version, diagnostics });
  };

  documents.onDidOpen((e) => schedule(e.document.uri, 'open'));
  documents.onDidChangeContent((e) => {
    // onDidOpen is followed by onDidChangeContent for the same version: keep the 'open' trigger.
    schedule(e.document.uri, 'change');
  });
  documents.onDidSave((e) => schedule(e.document.uri, 'save'));
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    queued.delete(uri);
    const had = store.published.has(uri);
    store.forget(uri);
    if (had) void ctx.guard('clearing diagnostics', undefined, () => connection.sendDiagnostics({ uri, diagnostics: [] }));
  });

  connection.onDidChangeConfiguration((params) => {
    void ctx.guard('applying configuration', undefined, () => {
      store.configurationChanged(params);
      for (const doc of documents.all()) schedule(doc.uri, 'configuration');
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Hover: for now only the rule explanation under a GovReport diagnostic. Number hovers and the
// like belong to core/features and will join here.

function registerHover(ctx: ServerContext): void {
  ctx.connection.onHover((params) => ctx.guard('hover', null, () => hover(ctx, params)));
}

function hover(ctx: ServerContext, params: HoverParams): Hover | null {
  const diagnostics = ctx.store.published.get(params.textDocument.uri);
  if (!diagnostics) return null;
  const under = diagnostics.filter((d) => rangeContains(d.range, params.position));
  const seen = new Set<string>();
  const contents = [];
  for (const d of under) {
    const rule = typeof d.code === 'string' ? d.code : undefined;
    if (!rule || seen.has(rule)) continue;
    seen.add(rule);
    const info = ruleById(rule);
    if (info) contents.push(ruleHover(info, d.codeDescription?.href ?? ruleDocUrl(rule, ctx.docBase)));
  }
  if (contents.length === 0) return null;
  return { contents: joinHovers(contents), range: under.length === 1 ? under[0].range : undefined };
}

// ---------------------------------------------------------------------------------------------
// govReport/documentInfo: kind, year and issuer for the status bar and govReport.showFormat.

function registerDocumentInfo(ctx: ServerContext): void {
  ctx.connection.onRequest(DocumentInfoRequest, (params) => {
    const uri = typeof params?.uri === 'string' ? params.uri : '';
    const none: DocumentInfo = { uri, version: null, kind: null, kindSource: null, year: null, issuer: null };
    return ctx.guard('documentInfo', none, async () => {
      const a = await ctx.store.analysis(uri);
      if (!a) return none;
      const r = a.result;
      return { uri, version: a.version, kind: r.kind, kindSource: r.kindSource, year: r.year, issuer: r.issuer };
    });
  });
}

/**
 * Base URL of the rule pages. The core's RULE_DOC_BASE when it is an absolute URL; otherwise the
 * installed package itself (docs/ ships in the .vsix), found by walking up from this file to the
 * package.json named "govreport": dist/ in the bundle, out/server/src/ in the compiled tests.
 */
export function docBaseUrl(start: string = __dirname): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(RULE_DOC_BASE)) return RULE_DOC_BASE;
  let dir = start;
  for (let i = 0; i < 8; i++) {
    const manifest = path.join(dir, 'package.json');
    try {
      if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'govreport') return pathToFileURL(dir).href + '/';
    } catch {
      // an unreadable package.json on the way up is not ours
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return RULE_DOC_BASE;
}

function describeError(e: unknown): string {
  if (e instanceof Error) return e.stack ?? `${e.name}: ${e.message}`;
  try {
    return JSON.stringify(e);
  } catch {
    return String(e);
  }
}
