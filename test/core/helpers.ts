// Shared test helpers: fixture paths and line-based views of findings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineMap, lint, LintResult } from '../../server/src/core';

/** Repository root, from out/test/core. */
export const ROOT = join(__dirname, '..', '..', '..');

export function seedPath(prefix: string): string {
  const dir = join(ROOT, 'test', 'fixtures', 'seeds');
  const names = require('node:fs').readdirSync(dir) as string[];
  const name = names.find((n) => n.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return join(dir, name);
}

export function readSeed(prefix: string): string {
  return readFileSync(seedPath(prefix), 'utf8');
}

/** Findings as "line:rule" strings (1-based lines), for compact assertions. */
export function lineRules(text: string, result: LintResult, severities = ['error', 'warning']): string[] {
  const lm = new LineMap(text);
  return result.findings.filter((f) => severities.includes(f.severity)).map((f) => `${lm.positionAt(f.start).line + 1}:${f.rule}`);
}

export function lintText(text: string): LintResult {
  return lint(text);
}
