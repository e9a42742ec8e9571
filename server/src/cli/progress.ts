// A progress line on stderr for long batches on a terminal: `govreport: 340/1156 个文件 (files)`,
// redrawn in place at most every PROGRESS_INTERVAL_MS and erased at the end. main.ts turns it on only
// when stderr is a TTY and CI is unset: pipes, files and CI logs never see it.

export interface Progress {
  /** `done` of `total` in the current phase. */
  update(phase: string, done: number, total: number): void;
  /** Erases the line (before any other stderr output, and at the end). */
  clear(): void;
}

export const PROGRESS_INTERVAL_MS = 100;
/** Batches shorter than this many files show no progress at all. */
export const PROGRESS_MIN_FILES = 50;

export const NO_PROGRESS: Progress = { update() {}, clear() {} };

/** A progress line written with `write` (stderr); `now` is injectable for tests. */
export function progressLine(write: (text: string) => void, now: () => number = () => Date.now()): Progress {
  let last = -Infinity;
  let shown = false;
  return {
    update(phase, done, total) {
      if (total < PROGRESS_MIN_FILES) return;
      const t = now();
      if (done < total && t - last < PROGRESS_INTERVAL_MS) return;
      last = t;
      write(`\r\x1b[Kgovreport: ${phase} ${done}/${total}`);
      shown = true;
    },
    clear() {
      if (shown) write('\r\x1b[K');
      shown = false;
    },
  };
}

/** Whether a progress line belongs on this stderr: a terminal, and not CI. */
export function wantsProgress(isTTY: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  return isTTY === true && !env.CI && env.TERM !== 'dumb';
}
