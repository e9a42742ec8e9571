// Pass one of a batch on worker threads: each file checked alone (checkAlone) on a pool of
// min(cores, files / FILES_PER_WORKER) workers, answers put back in input order. A small batch, one
// core, or GOVREPORT_WORKERS=1 runs in the main thread instead (run.ts). The outcome is the same
// either way: a file a worker could not check is left out, and the main thread checks it itself.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { shareFigureKeys } from '../core';
import type { ReportSummary, Settings } from '../core';
import type { AloneOutcome, CheckOutcome } from './check';
import type { ConvertedInput } from './input';
import type { Diagnostic } from './output';

export interface PoolTask {
  index: number;
  path: string;
  settings: Partial<Settings>;
  /** A .docx or .pdf converted beforehand; undefined for text and web files, which the worker reads. */
  converted?: ConvertedInput;
  /** Pass two: checkFile with the summaries last shared (WorkerPool.share), instead of checkAlone. */
  again?: true;
  /** Pass two of a file whose pass one allows it: checkAcross (the across-file rules only) instead of checkFile. */
  acrossOnly?: true;
}

/** What the main thread sends a worker: a file to check, or the summaries for pass two. */
export type PoolMessage = { task: PoolTask } | { related: ReportSummary[] };

export interface PoolAnswer {
  index: number;
  /** Pass one's outcome; absent when the worker could not check the file. */
  alone?: AloneOutcome;
  /** Pass two's outcome; absent when the worker could not check the file. */
  checked?: CheckOutcome;
  /** Pass two's across-file diagnostics (an acrossOnly task), to merge into pass one's outcome. */
  across?: Diagnostic[];
}

/**
 * An answer as the main thread keeps it: its summary's figure keys shared with the batch's (the
 * structured clone gave every answer a copy of the list; pass two's summaries sent to the workers
 * then held 1,916 copies of a few lists, ≈ 15 MB on the bench corpus, instead of ≈ 4 MB).
 */
export function fromWorker(a: PoolAnswer): PoolAnswer {
  const s = a.alone?.summary;
  if (!a.alone || !s?.figures) return a;
  const figures = shareFigureKeys(s.figures);
  return figures === s.figures ? a : { ...a, alone: { ...a.alone, summary: { ...s, figures } } };
}

/** Below this many files per worker, starting a worker (≈ 40 ms and its own JIT warm-up) does not pay. */
export const FILES_PER_WORKER = 16;

/**
 * How many workers for a batch of `files`: GOVREPORT_WORKERS (a whole number; 0 or 1 = the main
 * thread only) when set, else min(cores - 1, files / FILES_PER_WORKER); 1 or less means no pool.
 * One core is left to the main thread and to each thread's garbage collector and compiler: on two
 * cores, two workers took as long as the main thread alone (bench corpus, 1,916 files: 8.52 s against
 * 8.38 s, idle machine) with 40 % more CPU time and 100 MB more memory (bench/RESULTS.md).
 */
export function workerCount(files: number, env: NodeJS.ProcessEnv = process.env, cores = availableCores()): number {
  const forced = env.GOVREPORT_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced.trim())) return Math.min(Number(forced.trim()), Math.max(files, 1));
  return Math.min(cores - 1, Math.floor(files / FILES_PER_WORKER));
}

function availableCores(): number {
  const o = os as { availableParallelism?: () => number };
  return typeof o.availableParallelism === 'function' ? o.availableParallelism() : os.cpus().length;
}

/** The worker script beside this module: dist/cli-worker.js in the bundle, cli-worker.js in out/. */
export function workerScript(): string | undefined {
  const file = path.join(__dirname, 'cli-worker.js');
  return fs.existsSync(file) ? file : undefined;
}

/**
 * A pool of worker threads kept for both passes (each worker warms its JIT once). run() gives each
 * worker the next task when it answers, so a slow file holds up one worker only, and never rejects: a
 * worker that cannot start or dies leaves its files undefined, for the main thread to check itself.
 */
export class WorkerPool {
  private readonly workers: Worker[] = [];
  private constructor() {}

  static start(count: number): WorkerPool {
    const pool = new WorkerPool();
    const script = workerScript();
    if (script === undefined) return pool;
    for (let i = 0; i < count; i++) {
      try {
        const w = new Worker(script);
        // A worker that ends between two runs (no run listening) leaves the pool at once.
        w.once('exit', () => {
          const i = pool.workers.indexOf(w);
          if (i >= 0) pool.workers.splice(i, 1);
        });
        // An error is followed by 'exit'; without a listener it would be thrown in the main thread.
        w.on('error', () => {});
        pool.workers.push(w);
      } catch {
        break;
      }
    }
    return pool;
  }

  get size(): number {
    return this.workers.length;
  }

  /** The summaries pass two compares with, sent once to every worker. */
  share(related: ReportSummary[]): void {
    for (const w of this.workers) w.postMessage({ related } satisfies PoolMessage);
  }

  run(tasks: readonly PoolTask[], onDone?: (done: number, answer: PoolAnswer) => void): Promise<(PoolAnswer | undefined)[]> {
    const answers: (PoolAnswer | undefined)[] = new Array(tasks.length);
    if (tasks.length === 0 || this.workers.length === 0) return Promise.resolve(answers);
    let next = 0;
    let done = 0;
    return new Promise((resolve) => {
      let busy = 0;
      const settle = () => {
        if (busy === 0) resolve(answers);
      };
      for (const worker of [...this.workers]) {
        const give = (): boolean => {
          if (next >= tasks.length) return false;
          worker.postMessage({ task: tasks[next++] } satisfies PoolMessage);
          return true;
        };
        const onMessage = (sent: PoolAnswer) => {
          const a = fromWorker(sent);
          answers[a.index] = a;
          onDone?.(++done, a);
          if (!give()) finish();
        };
        const onExit = () => {
          // A dead worker: its file is left to the main thread, the others go to the live workers.
          const i = this.workers.indexOf(worker);
          if (i >= 0) this.workers.splice(i, 1);
          finish();
        };
        let ended = false;
        const finish = () => {
          if (ended) return;
          ended = true;
          worker.off('message', onMessage);
          worker.off('exit', onExit);
          worker.off('error', onError);
          busy--;
          settle();
        };
        const onError = () => {
          // 'exit' follows.
        };
        worker.on('message', onMessage);
        worker.on('exit', onExit);
        worker.on('error', onError);
        busy++;
        if (!give()) finish();
      }
    });
  }

  close(): void {
    for (const w of this.workers) void w.terminate();
    this.workers.length = 0;
  }
}
