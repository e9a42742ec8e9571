// The JIT warm-up. V8 compiles the lint's hot paths only after they have run many times: on a
// 150 KB draft the first lints after the open take two to four times as long as they do once the
// writer has typed for a while (bench/RESULTS.md), so the first bursts of typing wait for colder
// code. After diagnostics are published, while the server has nothing else to do (no keystroke
// waiting for its debounce, no lint under way), the text just checked is linted again in the
// background, in the lint's own time slices, a few times: nothing is published or kept. It stops at
// the next pause after anything else arrives and starts again only after the next diagnostics; the
// whole warm-up is bounded per server (WARM_UP_MS of work, WARM_UP_RUNS lints), then never again.

/** Lint work (ms, wall time of the warm-up lints themselves) a server spends on warming up, in all. */
export const WARM_UP_MS = 2500;
/** At most this many warm-up lints per server (a small draft's lint warms little per run). */
export const WARM_UP_RUNS = 24;
/** The server must have been idle this long (ms) before a warm-up lint starts. */
export const WARM_UP_IDLE_MS = 100;
/**
 * Longer texts are not warmed up on: one lint of them runs the hot loops long enough to compile
 * them, and a warm-up lint would hold a second analysis of the draft (tens of MB) beside the
 * document's own.
 */
export const WARM_UP_MAX_CHARS = 512 * 1024;

/** One warm-up lint of the text: undefined when `stop()` ended it at a pause. */
export type WarmLint = (stop: () => boolean) => Promise<unknown>;

export class WarmUp {
  private spentMs = 0;
  private runs = 0;
  /** The lint to warm up with: the text of the diagnostics published last. */
  private next: WarmLint | undefined;
  private loop: Promise<void> | undefined;

  constructor(
    /** Anything else to do: a keystroke waiting for its debounce, a lint under way. */
    private readonly busy: () => boolean,
    private readonly budget = { ms: WARM_UP_MS, runs: WARM_UP_RUNS, idleMs: WARM_UP_IDLE_MS },
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** The lint time and lints spent so far, and whether the bound is reached (for tests). */
  get spent(): { ms: number; runs: number; done: boolean } {
    return { ms: this.spentMs, runs: this.runs, done: this.exhausted() };
  }

  /** Diagnostics were published: warm up on their text while the server stays idle. */
  offer(lint: WarmLint): void {
    if (this.exhausted()) return;
    this.next = lint;
    this.loop ??= this.run().finally(() => {
      this.loop = undefined;
    });
  }

  private exhausted(): boolean {
    return this.spentMs >= this.budget.ms || this.runs >= this.budget.runs;
  }

  private async run(): Promise<void> {
    while (this.next && !this.exhausted()) {
      // Idle for a moment first: a writer who has just opened a draft reads before typing. A server
      // that is busy then (typing goes on) waits for the next diagnostics to offer again: no polling.
      await new Promise<void>((resolve) => setTimeout(resolve, this.budget.idleMs));
      const lint = this.next;
      if (this.busy()) break;
      const t0 = this.now();
      this.runs++;
      let stopped = true;
      try {
        stopped = (await lint(() => this.busy())) === undefined;
      } catch {
        // A lint that throws warms nothing: stop for good.
        this.runs = this.budget.runs;
      }
      this.spentMs += this.now() - t0;
      if (stopped) break;
    }
    this.next = undefined;
  }
}
