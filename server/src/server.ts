// The language server: thin handlers over the pure core (server/src/core). Each handler fetches
// the document and its settings, makes one core call, converts the result (convert.ts) and guards
// against exceptions and cancellation. No rule logic lives here.
//
// Documents, settings and the per-version analysis live in document-store.ts; each editor feature
// (hover, outline, folding, inlay hints in features/, code actions) is one `registerX(ctx)`,
// advertised in `capabilities()`. Features read `ctx.store.analysis(uri, token)`: the core Analysis
// and the LintResult of the current version, computed once per version in time slices (see
// DocumentStore.analyzeSliced) after a short debounce of changes.
import {
  CodeActionKind,
  Connection,
  InitializeParams,
  InitializeResult,
  RequestType,
  ServerCapabilities,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { filePathOf } from './file-paths';
import { LineDocuments } from './line-document';
import { RULE_DOC_BASE, RULES } from './core';
import type { Rule } from './core';
import { FIX_ALL_KIND, toDiagnostics } from './convert';
import { registerCodeActions } from './code-actions';
import { type ClientFeatures, DocumentStore, describeError } from './document-store';
import { WARM_UP_MAX_CHARS, WarmUp } from './warm-up';
import { registerHover } from './features/hover';
import { registerDocumentSymbols, registerFoldingRanges } from './features/outline';
import { refreshInlayHints, registerInlayHints } from './features/inlay-hints';
import { COMPLETION_TRIGGERS, registerCompletion } from './features/completion';
import { registerFormatting } from './features/formatting';
import { registerImportDraft } from './features/import-draft';
import { refreshCodeLenses, registerCodeLens } from './features/code-lens';
import { registerCheckFiles } from './features/check-files';
import { registerConfigFiles } from './features/config-files';
import { CHECK_STATUS_NOTIFICATION, DOCUMENT_INFO_REQUEST } from '../../shared/protocol';
import type { DocumentInfo, DocumentInfoParams } from '../../shared/protocol';

export { LANGUAGES, CONFIG_SECTION, DocumentStore } from './document-store';
export type { DocumentAnalysis, ClientFeatures } from './document-store';

export { OPEN_RULE_DOC_COMMAND } from './convert';

// What the client asks and is told (govReport/documentInfo, govReport/checkStatus) is declared
// once for both sides in shared/protocol.ts.
export type { CheckStatus, DocumentInfo, DocumentInfoParams } from '../../shared/protocol';

export const DocumentInfoRequest = new RequestType<DocumentInfoParams, DocumentInfo, void>(DOCUMENT_INFO_REQUEST);
export const CheckStatusNotification = CHECK_STATUS_NOTIFICATION;

/** govReport.logLevel: what the server writes to the "GovReport" output channel besides errors. */
export type LogLevel = 'error' | 'info' | 'debug';
export const LOG_LEVELS: readonly LogLevel[] = ['error', 'info', 'debug'];
export const DEFAULT_LOG_LEVEL: LogLevel = 'info';

export function logLevelOf(value: unknown): LogLevel {
  return LOG_LEVELS.includes(value as LogLevel) ? (value as LogLevel) : DEFAULT_LOG_LEVEL;
}

export interface ServerContext {
  connection: Connection;
  /** What rule pages are resolved against (codeDescription.href, the open-rule-page action). */
  docBase: string;
  documents: TextDocuments<TextDocument>;
  store: DocumentStore;
  client: ClientFeatures;
  /** Always written: errors and what the user must know (the client's "GovReport" output channel). */
  log(message: string): void;
  /** Written at govReport.logLevel `info` or `debug`: start-up, configuration. */
  info(message: string): void;
  /** Written at govReport.logLevel `debug`: every lint with its file, version and time. */
  debug(message: string): void;
  /** Runs a handler body; an exception becomes a log line and `fallback`, never a crash. */
  guard<T>(what: string, fallback: T, body: () => T | Promise<T>): Promise<T>;
}

/** How the server is put together; only tests pass anything (server-main.ts passes nothing). */
export interface ServerOptions {
  /**
   * The rule registry to lint with. Test-only: test/lsp/hostile.test.ts adds a rule that throws
   * to prove that diagnostics keep coming. The shipped server always uses the core's RULES.
   */
  rules?: readonly Rule[];
  /** Milliseconds a change waits for the next keystroke before it is linted (DEBOUNCE_MS). */
  debounceMs?: number;
  /** Lint published texts again while idle to warm the JIT up (warm-up.ts); default true. */
  warmUp?: boolean;
}

/**
 * How long a change waits for the next one before it is linted: a burst of keystrokes (an input
 * method committing a phrase, a paste, keys sent back to back) is linted once, at its latest
 * version. Short, so that diagnostics follow the typist closely: the lag after the last keystroke
 * is this plus the lint itself (issue 13: at most 100 ms on a 150 KB draft). A lint started too
 * early costs at most one time slice (LINT_SLICE_MS): it is dropped when the next change comes.
 */
export const DEBOUNCE_MS = 20;

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents: TextDocuments<TextDocument> = new TextDocuments(LineDocuments);
  const client: ClientFeatures = { configuration: false, documentChanges: false, inlayHintRefresh: false, english: false };
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
  let level: LogLevel = DEFAULT_LOG_LEVEL;
  const write = (at: LogLevel, message: string) => {
    if (LOG_LEVELS.indexOf(at) > LOG_LEVELS.indexOf(level)) return;
    try {
      if (at === 'info') connection.console.info(message);
      else connection.console.log(message);
    } catch {
      // as for log()
    }
  };
  const store = new DocumentStore(connection, documents, client, log, options.rules ?? RULES);
  const ctx: ServerContext = {
    connection, documents, store, client, log, guard, docBase: docBaseUrl(),
    info: (m) => write('info', m),
    debug: (m) => write('debug', m),
  };
  const debounceMs = Math.max(0, options.debounceMs ?? DEBOUNCE_MS);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    client.configuration = !!caps.workspace?.configuration;
    client.documentChanges = !!caps.workspace?.workspaceEdit?.documentChanges;
    client.inlayHintRefresh = !!caps.workspace?.inlayHint?.refreshSupport;
    client.codeLensRefresh = !!caps.workspace?.codeLens?.refreshSupport;
    client.english = /^en\b/i.test(params.locale ?? '');
    client.workspaceRoots = workspaceRoots(params);
    const ext = (params.initializationOptions as { extensionPath?: unknown } | undefined)?.extensionPath;
    client.extensionRoot = typeof ext === 'string' && ext ? ext : undefined;
    level = logLevelOf((params.initializationOptions as { logLevel?: unknown } | undefined)?.logLevel);
    ctx.info(`[govreport] started: ${params.clientInfo?.name ?? 'a client'}${params.clientInfo?.version ? ` ${params.clientInfo.version}` : ''}, `
      + `Node ${process.version}, ${client.english ? 'English' : 'Chinese'} messages, workspace folders: ${(client.workspaceRoots ?? []).join(', ') || 'none'}, log level ${level}`);
    const folderEvents = !!caps.workspace?.workspaceFolders;
    if (folderEvents) {
      connection.onInitialized(() => {
        void ctx.guard('watching workspace folders', undefined, () => {
          connection.workspace.onDidChangeWorkspaceFolders((e) => {
            const removed = new Set(e.removed.map((f) => filePathOf(f.uri)));
            const kept = (client.workspaceRoots ?? []).filter((r) => !removed.has(r));
            client.workspaceRoots = [...kept, ...e.added.map((f) => filePathOf(f.uri)).filter((p): p is string => !!p)];
          });
        });
      });
    }
    return { capabilities: capabilities(), serverInfo: { name: 'govreport' } };
  });

  const revalidateAll = registerDiagnostics(ctx, debounceMs, options.warmUp !== false, (l) => {
    level = l;
  });
  registerConfigFiles(ctx, revalidateAll);
  registerCodeActions(ctx);
  registerHover(ctx);
  registerDocumentSymbols(ctx);
  registerFoldingRanges(ctx);
  registerInlayHints(ctx);
  registerCompletion(ctx);
  registerFormatting(ctx);
  registerDocumentInfo(ctx);
  registerImportDraft(ctx);
  registerCodeLens(ctx);
  registerCheckFiles(ctx);

  documents.listen(versionGuard(connection, documents, log));
  connection.listen();
}

/** The workspace folders of an initialize request as file system paths (the old rootUri/rootPath too). */
function workspaceRoots(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  const roots = uris.map(filePathOf).filter((p): p is string => !!p);
  if (roots.length === 0 && typeof params.rootPath === 'string' && params.rootPath) roots.push(params.rootPath);
  return roots;
}


export function capabilities(): ServerCapabilities {
  return {
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
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
    documentSymbolProvider: { label: 'GovReport' },
    foldingRangeProvider: true,
    inlayHintProvider: { resolveProvider: false },
    completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: false },
    documentFormattingProvider: true,
    documentRangeFormattingProvider: true,
    codeLensProvider: { resolveProvider: false },
  };
}

// ---------------------------------------------------------------------------------------------
// Diagnostics

type Trigger = 'open' | 'change' | 'save' | 'configuration';

function registerDiagnostics(ctx: ServerContext, debounceMs: number, warm: boolean, setLogLevel: (l: LogLevel) => void): () => void {
  const { connection, documents, store } = ctx;
  // Changes are debounced per document: a burst is linted once, at its latest version. Open,
  // save and configuration runs start at once. A lint under way for a version that a newer one
  // replaced is dropped at its next time slice (DocumentStore.analyzeSliced), never published.
  // One record per document with changes waiting for the debounce: the trigger of the run to come,
  // its timer, and a promise that settles when it fires — features asking for the analysis of a
  // document whose changes are still coming wait for it (DocumentStore.analysis).
  const pending = new Map<string, { trigger: Trigger; timer?: ReturnType<typeof setTimeout>; settled: Promise<void>; settle: () => void }>();
  store.settling = (uri) => pending.get(uri)?.settled;
  const warmUp = warm ? new WarmUp(() => pending.size > 0 || store.linting()) : undefined;

  const schedule = (uri: string, trigger: Trigger) => {
    let entry = pending.get(uri);
    if (!entry) {
      let settle = () => {};
      const settled = new Promise<void>((resolve) => { settle = resolve; });
      entry = { trigger, settled, settle };
      pending.set(uri, entry);
    } else {
      // A keystroke must not downgrade a pending save/open/configuration run (onSave mode).
      if (entry.trigger === 'change') entry.trigger = trigger;
      clearTimeout(entry.timer);
    }
    const run = entry;
    run.timer = setTimeout(() => {
      pending.delete(uri);
      // validate() starts the lint of the latest version before the waiting features ask for it
      // (its first await is on settings that are cached): they share that one run.
      void ctx.guard(`validating ${uri}`, undefined, () => validate(uri, run.trigger));
      run.settle();
    }, run.trigger === 'change' ? debounceMs : 0);
  };

  const validate = async (uri: string, trigger: Trigger): Promise<void> => {
    const doc = documents.get(uri);
    if (!doc || !store.isSupported(doc)) return;
    const settings = await store.getSettings(uri);
    if (trigger === 'change' && settings.run === 'onSave') return;
    const related = await store.related(uri);
    const current = documents.get(uri);
    if (!current || !store.isSupported(current)) return;
    const started = Date.now();
    const t0 = performance.now();
    void ctx.guard('sending the check status', undefined, () =>
      connection.sendNotification(CheckStatusNotification, { uri, version: current.version, checking: true }));
    const text = current.getText();
    let a: Awaited<ReturnType<typeof store.analyzeSliced>>;
    try {
      a = await store.analyzeSliced(current, settings, related);
    } finally {
      const ms = Math.round((performance.now() - t0) * 100) / 100;
      void ctx.guard('sending the check status', undefined, () =>
        connection.sendNotification(CheckStatusNotification, { uri, version: current.version, checking: false, ms }));
    }
    // Dropped or finished too late: a newer version replaced this one and has its own run queued.
    if (!a || documents.get(uri)?.version !== a.version) {
      ctx.debug(`[govreport] ${uri} version ${current.version}: dropped after ${Date.now() - started} ms (a newer version came)`);
      return;
    }
    ctx.debug(`[govreport] ${uri} version ${a.version} (${trigger}): ${a.result.kind ?? 'not a report'}${a.tooLarge ? ', too large, not checked' : ''}, `
      + `${a.result.findings.length} findings in ${Date.now() - started} ms`);
    const diagnostics = a.result.kind === null ? [] : toDiagnostics(a.result.findings, a.lines, a.version, ctx.docBase, ctx.client.english);
    store.published.set(uri, diagnostics);
    await connection.sendDiagnostics({ uri, version: a.version, diagnostics });
    if (a.result.kind !== null && !a.tooLarge && text.length <= WARM_UP_MAX_CHARS) warmUp?.offer((stop) => store.lintText(uri, text, settings, related, stop));
  };

  documents.onDidOpen((e) => schedule(e.document.uri, 'open'));
  documents.onDidChangeContent((e) => {
    // onDidOpen is followed by onDidChangeContent for the same version: keep the 'open' trigger.
    schedule(e.document.uri, 'change');
  });
  documents.onDidSave((e) => schedule(e.document.uri, 'save'));
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    const waiting = pending.get(uri);
    if (waiting) {
      clearTimeout(waiting.timer);
      pending.delete(uri);
      waiting.settle();
    }
    const had = store.published.has(uri);
    store.forget(uri);
    if (had) void ctx.guard('clearing diagnostics', undefined, () => connection.sendDiagnostics({ uri, diagnostics: [] }));
  });

  const revalidateAll = () => {
    for (const doc of documents.all()) schedule(doc.uri, 'configuration');
    // A changed format pin or rule setting changes the hints too; the client pulls them again.
    refreshInlayHints(ctx);
    refreshCodeLenses(ctx);
  };
  connection.onDidChangeConfiguration((params) => {
    void ctx.guard('applying configuration', undefined, () => {
      store.configurationChanged(params);
      revalidateAll();
    });
    void ctx.guard('reading govReport.logLevel', undefined, async () => {
      const pushed = (params.settings as { govReport?: { logLevel?: unknown } } | null | undefined)?.govReport?.logLevel;
      const value = ctx.client.configuration ? await connection.workspace.getConfiguration('govReport.logLevel') : pushed;
      setLogLevel(logLevelOf(value));
      ctx.info(`[govreport] configuration changed: documents checked again, log level ${logLevelOf(value)}`);
    });
  });
  return revalidateAll;
}

/**
 * The connection as TextDocuments sees it, with one check added: a change whose version is not
 * newer than the document's is ignored (logged), so that a version going backwards can never
 * replace newer text nor have diagnostics published for it.
 */
function versionGuard(connection: Connection, documents: TextDocuments<TextDocument>, log: (message: string) => void): Connection {
  const guarded = Object.create(connection) as Connection;
  guarded.onDidChangeTextDocument = (handler) =>
    connection.onDidChangeTextDocument((e) => {
      const current = documents.get(e.textDocument.uri);
      const version = e.textDocument.version;
      if (current && typeof version === 'number' && version <= current.version) {
        log(`[govreport] ignored a change to ${e.textDocument.uri}: version ${version} is not newer than ${current.version}`);
        return;
      }
      return handler(e);
    });
  return guarded;
}

// ---------------------------------------------------------------------------------------------
// govReport/documentInfo: kind, year and issuer for the status bar and govReport.showFormat.

function registerDocumentInfo(ctx: ServerContext): void {
  ctx.connection.onRequest(DocumentInfoRequest, (params, token) => {
    const uri = typeof params?.uri === 'string' ? params.uri : '';
    const none: DocumentInfo = { uri, version: null, kind: null, kindSource: null, year: null, issuer: null };
    return ctx.guard('documentInfo', none, async () => {
      const a = await ctx.store.analysis(uri, token);
      if (!a) return none;
      const r = a.result;
      const kindReason = ctx.client.english ? r.kindReasonEn ?? r.kindReason : r.kindReason;
      return {
        uri, version: a.version, kind: r.kind, kindSource: r.kindSource, year: r.year, issuer: r.issuer,
        ...(kindReason ? { kindReason } : {}), ...(a.tooLarge ? { tooLarge: true } : {}),
      };
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
