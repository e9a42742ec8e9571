// Process entry of the language server (bundled to dist/server.js by esbuild.mjs).
// The transport comes from the command line, as vscode-languageclient passes it:
// `--node-ipc` (TransportKind.ipc), `--stdio`, `--socket=N` or `--pipe=NAME`.
import './v8-flags';
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);
startServer(connection);
