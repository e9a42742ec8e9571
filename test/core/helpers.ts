// Shared test helpers: fixture paths and line-based views of findings.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, LineMap, lint, LintResult } from '../../server/src/core';

/**
 * A markdown draft (the bundled sample) without its table 三: the part's heading and one line of
 * prose stay, so the 插入表三 CodeLens and quick fix have something to do.
 */
export function withoutTable3(text: string): string {
  const lines = text.split('\n');
  const head = lines.findIndex((l) => l.includes('三、收到和处理政府信息公开申请情况'));
  const next = lines.findIndex((l, i) => i > head && /^#+ 四、/.test(l));
  if (!(head > 0 && next > head)) throw new Error('the draft has no table 三 part followed by part 四');
  return [...lines.slice(0, head + 1), '', '本年度共收到政府信息公开申请 29 件。', '', ...lines.slice(next)].join('\n');
}

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

/** A text's detected kind, report year and the detector's reason (for the detection tests of real page shapes). */
export function detect(text: string) {
  const a = analyze(text);
  return { kind: a.kind, year: a.doc.year, reason: a.detection.reason };
}

/**
 * The cell texts of a statutory table's rows by row id (blank cells as ''), each checked to stand at
 * its exact range in the text (`trimmed`: the range's text once trimmed, for readers whose cells keep
 * the spaces around them).
 */
export function tableCells(text: string, table: string, trimmed = false): Record<string, string[]> {
  const t = analyze(text).report!.tables.get(table)!;
  const out: Record<string, string[]> = {};
  for (const r of t.rows) {
    if (!r.rowId) continue;
    out[r.rowId] = [...r.values.values()].map((c) => {
      const at = text.slice(c.start, c.end);
      assert.equal(trimmed ? at.trim() : at, c.text);
      return c.text;
    });
  }
  return out;
}
