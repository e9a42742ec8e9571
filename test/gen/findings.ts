// Findings seen by line, for tests that compare against expectations stated per line.
import { LineMap } from '../../server/src/core';
import type { Finding, LintResult } from '../../server/src/core';

export interface LineFinding {
  /** 0-based line of the finding's start. */
  line: number;
  rule: string;
  severity: Finding['severity'];
  message: string;
}

export function byLine(text: string, result: LintResult): LineFinding[] {
  const lm = new LineMap(text);
  return result.findings.map((f) => ({ line: lm.positionAt(f.start).line, rule: f.rule, severity: f.severity, message: f.message }));
}

/** Errors and warnings: what a clean draft must not have. */
export const serious = (f: LineFinding): boolean => f.severity === 'error' || f.severity === 'warning';

export function show(f: LineFinding): string {
  return `L${f.line + 1} ${f.severity} ${f.rule}: ${f.message}`;
}
