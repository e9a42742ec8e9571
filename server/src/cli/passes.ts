// The two passes of a batch check (run.ts): pass one checks every file alone (in this thread or
// on the worker pool), pass two checks again the files the across-file rules or --fix need, with
// every report's summary; what a check command carries between its steps (Check).
import { copiedFrom, previousExcept, ReportSummary, Settings } from '../core';
import type { CheckOptions, Lang } from './args';
import { AloneOutcome, checkAcross, checkAlone, checkFile, CheckOutcome, judgeAgain, mergeAcross } from './check';
import { ConvertedInput, inputTypeOf } from './input';
import { noteBatch } from './heap';
import { PoolTask, WorkerPool } from './pool';
import type { Progress } from './progress';
import type { Io } from './run';

export type ExpandedEntry = { path: string; error?: string; unmatched?: boolean };

/** A check command between its steps: the files, their settings, and what is known so far. */
export interface Check {
  options: CheckOptions;
  io: Io;
  progress: Progress;
  note(message: string): void;
  /** Every path's entry, in output order (unreadable and unmatched ones included). */
  entries: ExpandedEntry[];
  /** The readable entries, in order. */
  readable: ExpandedEntry[];
  settingsFor(path: string): Settings;
  convertedOf(path: string): ConvertedInput | undefined;
  /** A file could not be read, a settings file is broken, --fix could not write, …: exit 2. */
  trouble: boolean;
  /** Whether each file is checked again in pass two (needsAgain), once decided. */
  again: Map<string, boolean>;
  /** The language of the output (--lang, else the locale). */
  lang: Lang;
}

export const PASS_ONE = '检查 (checking)';
export const PASS_TWO = '跨文件比对与输出 (comparing, writing)';
export const PASS_TWO_WORKERS = '跨文件比对 (comparing)';

/**
 * One copy of each sentence hash for the whole batch: every summary is kept until the output, and
 * the same sentences (the statutory template's, a unit's year after year) recur across the files.
 * A summary's arrays are rewritten in place with the batch's copies (the same strings).
 */
export class SentencePool {
  private readonly seen = new Map<string, string>();

  keep(a: AloneOutcome): AloneOutcome {
    const s = a.summary;
    if (s) {
      this.share(s.sentences);
      if (s.problemSentences) this.share(s.problemSentences);
    }
    return a;
  }

  private share(list: string[]): void {
    for (let i = 0; i < list.length; i++) {
      const h = list[i];
      const known = this.seen.get(h);
      if (known === undefined) this.seen.set(h, h);
      else list[i] = known;
    }
  }
}

/** Pass one (a batch of several files) in this thread: every file analysed, linted and summarised once, alone. */
export function passOneInProcess(check: Check): Map<string, AloneOutcome> {
  const alone = new Map<string, AloneOutcome>();
  if (check.readable.length < 2) return alone;
  noteBatch(check.readable.length);
  const pool = new SentencePool();
  let done = 0;
  for (const entry of check.readable) {
    try {
      alone.set(entry.path, pool.keep(checkAlone(entry.path, check.settingsFor(entry.path), check.convertedOf(entry.path))));
    } catch {
      // checked again in pass two, where a failure becomes the file's error
    }
    check.progress.update(PASS_ONE, ++done, check.readable.length);
  }
  return alone;
}

/**
 * Pass one on worker threads. The settings are resolved here, in input order, as passOneInProcess
 * does (the same notes, once); a web page is read by its worker, a Word or PDF file is sent converted.
 */
export async function passOneInWorkers(check: Check, pool: WorkerPool): Promise<Map<string, AloneOutcome>> {
  // This thread keeps every summary while the workers' answers come in.
  noteBatch(check.readable.length);
  const tasks: PoolTask[] = check.readable.map((entry, index) => {
    const type = inputTypeOf(entry.path);
    const settings = check.settingsFor(entry.path);
    return { index, path: entry.path, settings, ...(type === 'text' || type === 'html' ? {} : { converted: check.convertedOf(entry.path) }) };
  });
  // Each summary's sentences shared with the batch's as its answer comes in.
  const sentences = new SentencePool();
  const answers = await pool.run(tasks, (done, a) => {
    if (a.alone !== undefined) sentences.keep(a.alone);
    check.progress.update(PASS_ONE, done, tasks.length);
  });
  const alone = new Map<string, AloneOutcome>();
  answers.forEach((a, i) => {
    if (a?.alone !== undefined) alone.set(tasks[i].path, a.alone);
  });
  return alone;
}

/** The summaries the across-file rules compare with: every report of pass one. */
export function relatedOf(alone: ReadonlyMap<string, AloneOutcome>): ReportSummary[] {
  return [...alone.values()].flatMap((a) => (a.summary ? [a.summary] : []));
}

/**
 * Whether a file is checked again in pass two: it was not checked alone, or --fix, or the
 * across-file rules have something to compare it with (a report of the year before among the
 * others, or another issuer's report of the same year that this one copies; the summaries tell).
 */
export function needsAgain(check: Check, path: string, first: AloneOutcome | undefined, related: readonly ReportSummary[]): boolean {
  // Decided once per file (passTwoInWorkers, then finishCheck): copiedFrom reads every summary.
  const known = check.again.get(path);
  if (known !== undefined) return known;
  const s = first?.summary ?? null;
  const again = !first || check.options.fix || (s !== null && (previousExcept(s, related, path) !== undefined || copiedFrom(s, s.sentences, related) !== undefined));
  check.again.set(path, again);
  return again;
}

/** Pass two on the workers (not with --fix): the files that need the across-file rules, checked with every summary. */
export async function passTwoInWorkers(check: Check, pool: WorkerPool, alone: ReadonlyMap<string, AloneOutcome>): Promise<Map<string, CheckOutcome>> {
  const related = relatedOf(alone);
  const tasks: PoolTask[] = [];
  for (const entry of check.readable) {
    const first = alone.get(entry.path);
    // A file pass one could not check is checked in this thread, where its failure is reported.
    if (first === undefined || !needsAgain(check, entry.path, first, related)) continue;
    // Judged from pass one's data in this thread (checkAgain): no file read or analysed again.
    if (first.acrossOnly && first.across) continue;
    const type = inputTypeOf(entry.path);
    tasks.push({
      index: tasks.length, path: entry.path, settings: check.settingsFor(entry.path), again: true,
      ...(first.acrossOnly ? { acrossOnly: true as const } : {}),
      ...(type === 'text' || type === 'html' ? {} : { converted: check.convertedOf(entry.path) }),
    });
  }
  const checked = new Map<string, CheckOutcome>();
  if (tasks.length === 0) return checked;
  pool.share(related);
  const answers = await pool.run(tasks, (done) => check.progress.update(PASS_TWO_WORKERS, done, tasks.length));
  answers.forEach((a, i) => {
    const path = tasks[i].path;
    if (a?.checked !== undefined) checked.set(path, a.checked);
    else if (a?.across !== undefined) checked.set(path, mergeAcross(alone.get(path)!.outcome, a.across));
  });
  return checked;
}

/**
 * Pass two of one file in this thread (not with --fix): only the across-file rules when pass one
 * allows it — judged from pass one's collected data (judgeAgain), else the file analysed again
 * (checkAcross), merged into pass one's outcome — else the whole check with the others.
 */
export function checkAgain(check: Check, path: string, first: AloneOutcome | undefined, related: readonly ReportSummary[]): CheckOutcome {
  const settings = check.settingsFor(path);
  const converted = check.convertedOf(path);
  if (first?.acrossOnly && !check.options.fix) {
    const judged = judgeAgain(path, first, settings, related);
    if (judged) return judged;
    const c = checkAcross(path, settings, related, converted);
    return 'across' in c ? mergeAcross(first.outcome, c.across) : c.full;
  }
  return checkFile(path, settings, check.options.fix, related, converted);
}
