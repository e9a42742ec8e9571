// The three output formats written file by file, so a batch of any size never holds all its
// results, nor one big output string, in memory. The text and JSON written are byte for byte
// what formatText and formatJson (output.ts) return for the same files in the same order; SARIF
// is the same log with `results` before `invocations` (the notifications are known only at the end).
import type { Lang, OutputFormat } from './args';
import { describeSource } from './input/html-to-draft';
import {
  FileResult, isSkipped, jsonDiagnostic, jsonFile, jsonFileWith, SarifOptions, sarifBaseIds, sarifFileResults, sarifNotification, sarifRules, skippedMessage, summarize,
  Summary, summaryLine,
} from './output';

export interface OutputSink {
  /** The next file, in input order. */
  file(f: FileResult): void;
  /** After the last file; fixesApplied only with --fix (text output). */
  end(fixesApplied?: number): void;
}

/** Output chunks gathered up to this many characters before one write. */
const CHUNK = 1 << 16;

class Buffered {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly write: (text: string) => void) {}
  add(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= CHUNK) this.flush();
  }
  flush(): void {
    if (this.parts.length === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    this.write(text);
  }
}

/** Adds one file to running totals (summarize() is additive over files). */
export function addToSummary(s: Summary, f: FileResult): void {
  const one = summarize([f]);
  s.files += one.files;
  s.reports += one.reports;
  s.skipped += one.skipped;
  s.unreadable += one.unreadable;
  s.unmatched += one.unmatched;
  for (const k of Object.keys(one.counts) as (keyof Summary['counts'])[]) s.counts[k] += one.counts[k];
}

export function emptySummary(): Summary {
  return { files: 0, reports: 0, skipped: 0, unreadable: 0, unmatched: 0, counts: { error: 0, warning: 0, info: 0, hint: 0 } };
}

const oneLine = (s: string): string => s.replace(/\s*[\r\n]+\s*/g, ' ');

/** Text output options: the language of the summary and notes, and ANSI colour (a terminal only). */
export interface TextOptions {
  lang?: Lang;
  color?: boolean;
}

const SGR: Record<string, string> = { error: '31', warning: '33', info: '36', hint: '90', dim: '90', ok: '32' };
/** Wraps text in an ANSI colour (SGR) code when colour is on. */
const paint = (on: boolean | undefined, code: string, text: string): string => (on ? `\x1b[${SGR[code]}m${text}\x1b[39m` : text);

/** formatText, file by file: findings as they come; the not-checked files (path and reason only) and the summary at the end. */
export function textSink(write: (text: string) => void, options: TextOptions = {}): OutputSink {
  const out = new Buffered(write);
  const skipped: string[] = [];
  const summary = emptySummary();
  const { lang = 'zh', color } = options;
  return {
    file(f) {
      for (const d of f.diagnostics) {
        const where = d.source ? ` (${describeSource(d.source)})` : '';
        out.add(`${f.path}:${d.line}:${d.column}${where}  ${paint(color, d.severity, d.severity)}  ${paint(color, 'dim', d.rule)}  ${oneLine(d.message)}\n`);
      }
      if (isSkipped(f)) skipped.push(`${f.path}  ${skippedMessage(f, lang)}\n`);
      addToSummary(summary, f);
    },
    end(fixesApplied) {
      for (const s of skipped) out.add(s);
      const tone = summary.counts.error > 0 ? 'error' : summary.counts.warning > 0 ? 'warning' : 'ok';
      out.add(paint(color, tone, summaryLine(summary, fixesApplied, lang)) + '\n');
      out.flush();
    },
  };
}

const indent = (json: string, pad: string): string => pad + json.replace(/\n/g, '\n' + pad);

/** Where a file's diagnostics go in its JSON object (a quoted JSON string never holds these quotes bare). */
const DIAGNOSTICS = '__govreport_diagnostics__';

/** formatJson, file by file: `{"version":1,"files":[` … `]}` with the same indentation (JSON strings hold no raw line break). */
export function jsonSink(write: (text: string) => void): OutputSink {
  const out = new Buffered(write);
  let count = 0;
  out.add('{\n  "version": 1,\n  "files": [');
  return {
    file(f) {
      out.add(count++ === 0 ? '\n' : ',\n');
      if (f.diagnostics.length === 0) {
        out.add(indent(JSON.stringify(jsonFile(f), null, 2), '    '));
        return;
      }
      // The file's object around a placeholder, and its diagnostics one by one in between, with the
      // indentation JSON.stringify gives them there (a large draft has tens of thousands: never one string).
      const text = indent(JSON.stringify(jsonFileWith(f, DIAGNOSTICS), null, 2), '    ');
      const at = text.indexOf(`"${DIAGNOSTICS}"`);
      out.add(text.slice(0, at) + '[');
      f.diagnostics.forEach((d, i) => out.add((i === 0 ? '\n' : ',\n') + indent(JSON.stringify(jsonDiagnostic(d), null, 2), '        ')));
      out.add('\n      ]' + text.slice(at + DIAGNOSTICS.length + 2));
    },
    end() {
      out.add(count === 0 ? ']\n}\n' : '\n  ]\n}\n');
      out.flush();
    },
  };
}

/** formatSarif, file by file: results as they come, the invocation (with a notification per unreadable or skipped file) last. */
export function sarifSink(write: (text: string) => void, options: SarifOptions): OutputSink {
  const out = new Buffered(write);
  const ruleIndex = new Map(options.rules.map((r, i) => [r.id, i]));
  const RESULTS = '__govreport_results__';
  const INVOCATIONS = '__govreport_invocations__';
  const skeleton = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'govreport', version: options.version, rules: sarifRules(options) } }, ...sarifBaseIds(options), columnKind: 'utf16CodeUnits', results: RESULTS, invocations: INVOCATIONS }],
  };
  const text = JSON.stringify(skeleton, null, 2) + '\n';
  const [head, rest] = text.split(`"${RESULTS}"`);
  const [middle, tail] = rest.split(`"${INVOCATIONS}"`);
  // Unreadable files' notifications come first, then the skipped ones, as in formatSarif.
  const unreadable: object[] = [];
  const skipped: object[] = [];
  let count = 0;
  out.add(head + '[');
  return {
    file(f) {
      for (const r of sarifFileResults(f, ruleIndex, options.srcRoot)) out.add((count++ === 0 ? '\n' : ',\n') + indent(JSON.stringify(r, null, 2), '        '));
      const n = sarifNotification(f, options.srcRoot, options.lang);
      if (n) (f.error !== undefined ? unreadable : skipped).push(n);
    },
    end() {
      out.add(count === 0 ? ']' : '\n      ]');
      const invocations = [{ executionSuccessful: unreadable.length === 0, toolExecutionNotifications: [...unreadable, ...skipped] }];
      out.add(middle + JSON.stringify(invocations, null, 2).replace(/\n/g, '\n      ') + tail);
      out.flush();
    },
  };
}

export function outputSink(format: OutputFormat, write: (text: string) => void, sarif: () => SarifOptions, text: TextOptions = {}): OutputSink {
  if (format === 'json') return jsonSink(write);
  if (format === 'sarif') return sarifSink(write, sarif());
  // Colour is for a terminal reading text: never in JSON or SARIF.
  return textSink(write, text);
}
