// Speed in tests is measured as growth, never as absolute time (shared, noisy 2-core machines):
// the same work on a small and a large input, in one run.

/**
 * Milliseconds of `run` on each input: one warm-up on the small one, then `rounds` rounds with
 * the two sizes interleaved (so that a busy spell hits both), the best of each kept.
 */
export function bestTimes<T>(small: T, large: T, run: (input: T) => void, rounds = 3): { small: number; large: number } {
  const time = (input: T) => {
    const t0 = process.hrtime.bigint();
    run(input);
    return Number(process.hrtime.bigint() - t0) / 1e6;
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
