// Pass one of a batch on worker threads: each file checked alone (checkAlone) on a pool of
// min(cores, files / FILES_PER_WORKER) workers, answers put back in input order. A small batch, one
// core, or GOVREPORT_WORKERS=1 runs in the main thread instead (run.ts). The outcome is the same
// either way: a file a worker could not check is left out, and the main thread checks it itself.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Settings } from '../core';
import type { AloneOutcome } from './check';
import type { ConvertedInput } from './input';

export interface PoolTask {
  index: number;
  path: string;
  settings: Partial<Settings>;
  /** A .docx or .pdf converted beforehand; undefined for text and web files, which the worker reads. */
  converted?: ConvertedInput;
}

export interface PoolAnswer {
  index: number;
  /** Absent when the worker could not check the file. */
  alone?: AloneOutcome;
}

/** Below this many files per worker, starting a worker (≈ 40 ms and its own JIT warm-up) does not pay. */
export const FILES_PER_WORKER = 16;

/**
 * How many workers for a batch of `files`: GOVREPORT_WORKERS (a whole number; 0 or 1 = the main
 * thread only) when set, else min(cores, files / FILES_PER_WORKER); 1 or less means no pool.
 */
export function workerCount(files: number, env: NodeJS.ProcessEnv = process.env, cores = availableCores()): number {
  const forced = env.GOVREPORT_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced.trim())) return Math.min(Number(forced.trim()), Math.max(files, 1));
  return Math.min(cores, Math.floor(files / FILES_PER_WORKER));
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
 * Runs the tasks on `count` workers; answers[i] is task i's outcome, or undefined when its worker
 * failed. Each worker gets the next task when it answers, so a slow file holds up one worker only.
 * Never rejects: a worker that cannot start or dies leaves its files to the main thread.
 */
export function checkInWorkers(tasks: readonly PoolTask[], count: number, onDone?: (done: number) => void): Promise<(AloneOutcome | undefined)[]> {
  const answers: (AloneOutcome | undefined)[] = new Array(tasks.length);
  const script = workerScript();
  if (script === undefined || tasks.length === 0) return Promise.resolve(answers);
  let next = 0;
  let done = 0;
  return new Promise((resolve) => {
    let live = 0;
    const start = () => {
      let worker: Worker;
      try {
        worker = new Worker(script);
      } catch {
        return;
      }
      live++;
      let current: number | undefined;
      let finished = false;
      const give = () => {
        if (next >= tasks.length) {
          current = undefined;
          finished = true;
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage(tasks[current]);
      };
      const stop = () => {
        if (--live === 0) resolve(answers);
      };
      worker.on('message', (a: PoolAnswer) => {
        answers[a.index] = a.alone;
        onDone?.(++done);
        give();
      });
      worker.on('error', () => {
        // The file it was checking is left to the main thread; the others go to the live workers.
        finished = true;
      });
      worker.on('exit', () => {
        if (!finished && current !== undefined) onDone?.(++done);
        stop();
      });
      give();
    };
    for (let i = 0; i < Math.min(count, tasks.length); i++) start();
    if (live === 0) resolve(answers);
  });
}
