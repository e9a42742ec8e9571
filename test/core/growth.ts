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
