// scripts/real-vscode/lib.cjs for the TypeScript tests, typed once. It is required by absolute
// path: the compiled tests live under out/, where tsc does not copy the .cjs file.
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { ROOT } from '../core/helpers';

export interface CodeServer {
  host: string;
  stop(): Promise<void>;
}

export interface RealEditor {
  paths(): { root: string; cache: string; node24Bin: string; codeServer: string; chromium: string; playwrightCore: string; cjkFont: string };
  /** What is missing for the real editor, as sentences; empty when everything is in place. */
  missing(): string[];
  writeUserSettings(userDataDir: string, extra?: Record<string, unknown>): void;
  startCodeServer(o: { userDataDir: string; extensionsDir: string; logFile: string; smokeTestDriver?: boolean; locale?: string; startTimeoutMs?: number }): Promise<CodeServer>;
  codeServerCli(args: string[], o: { userDataDir: string; extensionsDir: string }): { status: number | null; output: string; error?: Error };
  launchChromium(): Promise<Browser>;
  tempDir(prefix: string): string;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const real = require(path.join(ROOT, 'scripts', 'real-vscode', 'lib.cjs')) as RealEditor;
