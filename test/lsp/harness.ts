// In-process LSP harness: the real server (startServer) and a JSON-RPC client talk through two
// pairs of PassThrough streams, exactly as over stdio, without a child process. Nothing sleeps:
// every wait is a promise on a message, with a timeout that only turns a hang into a failure.
import { PassThrough } from 'node:stream';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ClientCapabilities,
  CodeAction,
  CodeActionParams,
  CodeActionRequest,
  Command,
  ConfigurationItem,
  ConfigurationRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  DocumentSymbol,
  DocumentSymbolRequest,
  FoldingRange,
  FoldingRangeRequest,
  Hover,
  HoverRequest,
  InitializeRequest,
  InitializeResult,
  InitializedNotification,
  InlayHint,
  InlayHintRefreshRequest,
  InlayHintRequest,
  LogMessageNotification,
  ShowMessageNotification,
  ShowMessageParams,
  MessageConnection,
  Position,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
  Range,
  StreamMessageReader,
  SymbolInformation,
  StreamMessageWriter,
  TextEdit,
  WorkspaceEdit,
  createConnection,
  createMessageConnection,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Rule } from '../../server/src/core';
import { startServer, DocumentInfo, ServerOptions } from '../../server/src/server';

/** out/test/lsp → repository root. */
export const ROOT = path.resolve(__dirname, '../../..');
export const SEEDS = path.join(ROOT, 'test', 'fixtures', 'seeds');

export const FULL_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceEdit: { documentChanges: true },
    didChangeConfiguration: { dynamicRegistration: false },
    inlayHint: { refreshSupport: true },
  },
  textDocument: {
    synchronization: { didSave: true, dynamicRegistration: false },
    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true, relatedInformation: false },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
      isPreferredSupport: true,
      dataSupport: true,
    },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    foldingRange: { lineFoldingOnly: true },
    inlayHint: {},
  },
};

interface Waiter {
  uri: string;
  accept: (p: PublishDiagnosticsParams) => boolean;
  resolve: (p: PublishDiagnosticsParams) => void;
}

export class TestClient {
  readonly logs: string[] = [];
  /** window/showMessage notifications, in order. */
  readonly messages: ShowMessageParams[] = [];
  /** Every publishDiagnostics received, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  /** Answers workspace/configuration; tests replace it. */
  configuration: (item: ConfigurationItem) => unknown = () => ({ format: 'auto', rules: {}, run: 'onType' });
  configurationRequests = 0;
  /** workspace/inlayHint/refresh requests received. */
  inlayHintRefreshes = 0;
  private readonly waiters: Waiter[] = [];
  private readonly streams: PassThrough[];

  private constructor(
    readonly connection: MessageConnection,
    private readonly serverConnection: { dispose(): void },
    streams: PassThrough[],
  ) {
    this.streams = streams;
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.published.push(p);
      for (const w of [...this.waiters]) {
        if (w.uri === p.uri && w.accept(p)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(p);
        }
      }
    });
    connection.onNotification(LogMessageNotification.type, (p) => this.logs.push(p.message));
    connection.onNotification(ShowMessageNotification.type, (p) => this.messages.push(p));
    connection.onRequest(ConfigurationRequest.type, (params) => {
      this.configurationRequests++;
      return params.items.map((item) => this.configuration(item));
    });
    connection.onRequest(InlayHintRefreshRequest.type, () => {
      this.inlayHintRefreshes++;
      return null;
    });
    connection.listen();
  }

  /** Starts a server on in-memory streams and a client connected to it (not yet initialized). */
  static create(options: ServerOptions = {}): TestClient {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    startServer(server, options);
    const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    return new TestClient(client, server, [toServer, toClient]);
  }

  initialize(capabilities: ClientCapabilities = FULL_CAPABILITIES, locale?: string, workspaceFolders: string[] | null = null, initializationOptions?: unknown): Promise<InitializeResult> {
    return this.request(InitializeRequest.type.method, {
      processId: null,
      rootUri: null,
      capabilities,
      workspaceFolders: workspaceFolders?.map((dir) => ({ uri: pathToFileURL(dir).href, name: path.basename(dir) })) ?? null,
      locale,
      initializationOptions,
    }).then((r) => {
      void this.connection.sendNotification(InitializedNotification.type, {});
      return r as InitializeResult;
    });
  }

  /** A request with a timeout, so that a dead server fails the test instead of hanging it. */
  request<R = unknown>(method: string, params: unknown, timeoutMs = 10_000): Promise<R> {
    return withTimeout(this.connection.sendRequest(method, params) as Promise<R>, timeoutMs, `request ${method}`);
  }

  /** Resolves with the next publishDiagnostics for uri accepted by `accept` (only future ones). */
  nextDiagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    const p = new Promise<PublishDiagnosticsParams>((resolve) => this.waiters.push({ uri, accept, resolve }));
    return withTimeout(p, timeoutMs, `publishDiagnostics for ${uri}`);
  }

  /** Opens a document and resolves with the diagnostics published for that version. */
  async open(uri: string, languageId: string, text: string, version = 1): Promise<PublishDiagnosticsParams> {
    const next = this.nextDiagnostics(uri, (p) => p.version === version);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
    return next;
  }

  /** Replaces the whole text; resolves once the notification is written. */
  async change(uri: string, version: number, text: string): Promise<void> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async changeConfiguration(settings: unknown = null): Promise<void> {
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings });
  }

  codeActions(params: CodeActionParams): Promise<(CodeAction | Command)[]> {
    return this.request<(CodeAction | Command)[] | null>(CodeActionRequest.type.method, params).then((r) => r ?? []);
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.request<Hover | null>(HoverRequest.type.method, { textDocument: { uri }, position });
  }

  documentSymbols(uri: string): Promise<DocumentSymbol[] | SymbolInformation[] | null> {
    return this.request(DocumentSymbolRequest.type.method, { textDocument: { uri } });
  }

  foldingRanges(uri: string): Promise<FoldingRange[] | null> {
    return this.request(FoldingRangeRequest.type.method, { textDocument: { uri } });
  }

  inlayHints(uri: string, range: Range): Promise<InlayHint[] | null> {
    return this.request(InlayHintRequest.type.method, { textDocument: { uri }, range });
  }

  documentInfo(uri: string): Promise<DocumentInfo> {
    return this.request<DocumentInfo>('govReport/documentInfo', { uri });
  }

  dispose(): void {
    this.connection.dispose();
    this.serverConnection.dispose();
    for (const s of this.streams) s.destroy();
  }
}

/** A rule for server tests only (hostile, slow or counting rules), with the registry's required fields filled in. */
export function testRule(id: string, check: Rule['check'], defaultSeverity: Rule['defaultSeverity'] = 'info'): Rule {
  return { id, formats: 'all', defaultSeverity, title: { zh: '测试规则', en: 'test rule' }, description: { zh: '测试用', en: 'test only' }, basis: 'test', check };
}

export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/** The edits a WorkspaceEdit makes to one document (documentChanges or changes). */
export function editsFor(edit: WorkspaceEdit | undefined, uri: string): { version: number | null | undefined; edits: TextEdit[] } {
  if (!edit) return { version: undefined, edits: [] };
  if (edit.documentChanges) {
    const edits: TextEdit[] = [];
    let version: number | null | undefined;
    for (const dc of edit.documentChanges) {
      if ('textDocument' in dc && dc.textDocument.uri === uri) {
        version = dc.textDocument.version;
        for (const e of dc.edits) if ('range' in e) edits.push(e);
      }
    }
    return { version, edits };
  }
  return { version: undefined, edits: edit.changes?.[uri] ?? [] };
}

export function applyLspEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('mem://x', 'plaintext', 0, text), edits);
}

export function isCodeAction(x: CodeAction | Command): x is CodeAction {
  return typeof (x as Command).command !== 'string';
}
