// Speed in tests is measured as growth, never as absolute time (shared, noisy 2-core machines):
// the same work on a small and a large input, in one run.

/**
 * Milliseconds of CPU time (user and system) of `run` on each input: one warm-up on the small one,
 * then `rounds` rounds with the two sizes interleaved (so that a busy spell hits both), the best of
 * each kept. CPU time, not wall time: on a machine with ten processes per core a run waits for the
 * CPU far longer than it works, and a large run waits more often than a short one.
 */
export function bestTimes<T>(small: T, large: T, run: (input: T) => void, rounds = 3): { small: number; large: number } {
  const time = (input: T) => {
    const t0 = process.cpuUsage();
    run(input);
    const d = process.cpuUsage(t0);
    return (d.user + d.system) / 1e3;
  };
  time(small);
  let a = Infinity;
  let b = Infinity;
  for (let i = 0; i < rounds; i++) {
    a = Math.min(a, time(small));
    b = Math.min(b, time(large));
  }
  return { small: a, large: b };
}

/**
 * The growth ratio large/small (the small time floored at `floorMs`, where JIT and load noise
 * dominate), measured again up to `attempts` times while it exceeds `limit`: a busy spell on a shared
 * machine can inflate one measurement, but a quadratic path exceeds the limit every time.
 */
export function bestRatio<T>(small: T, large: T, run: (input: T) => void, opts: { limit: number; floorMs?: number; rounds?: number; attempts?: number }): { ratio: number; small: number; large: number } {
  let best = { ratio: Infinity, small: 0, large: 0 };
  for (let i = 0; i < (opts.attempts ?? 3); i++) {
    const t = bestTimes(small, large, run, opts.rounds ?? 3);
    const ratio = t.large / Math.max(t.small, opts.floorMs ?? 0);
    if (ratio < best.ratio) best = { ratio, ...t };
    if (best.ratio < opts.limit) break;
  }
  return best;
}
