// A word written twice in a row, one copy with a function character the other lacks: 可通过可以通过,
// 予公开予以公开, 可以通过可通过. An edit that rewrote a phrase and left the old wording in place. Only
// 以, 的 and 了 count as the added character: other insertions are mostly two words of their own
// (亚运会亚残运会, 上海普陀上海市普陀, 政府网站及政府网站). For text-doubled.

/** The characters an edit adds to or drops from a phrase without changing it (可通过 / 可以通过). */
const FUNCTION_CHARS = '以的了';

const isHanCode = (c: number) => c >= 0x3400 && c <= 0x9fff;

/** Whether `t` from `at` holds `n` Han characters. */
function hanAt(t: string, at: number, n: number): boolean {
  if (at + n > t.length) return false;
  for (let k = 0; k < n; k++) if (!isHanCode(t.charCodeAt(at + k))) return false;
  return true;
}

/** Whether `long` is `short` with one character of FUNCTION_CHARS added inside it (not first, not last). */
function addsOne(short: string, long: string): boolean {
  for (let k = 1; k < short.length; k++) {
    if (FUNCTION_CHARS.includes(long[k]) && long.slice(0, k) === short.slice(0, k) && long.slice(k + 1) === short.slice(k)) return true;
  }
  return false;
}

/**
 * The first such pair in `t`: its start, its end, and the two copies as written; or null. The shorter copy has three
 * to five Han characters; the pair starts and ends inside Han text (a copy is a phrase, not part of a longer run that
 * merely repeats).
 */
export function variantDoubled(t: string): { start: number; end: number; first: string; second: string } | null {
  // (Cheap gate: one of the function characters must be there.)
  if (!/[以的了]/.test(t)) return null;
  for (let i = 0; i + 7 <= t.length; i++) {
    if (!isHanCode(t.charCodeAt(i))) continue;
    for (let n = 5; n >= 3; n--) {
      // The second copy longer (可通过可以通过), or the first (可以通过可通过).
      for (const [a, b] of [[n, n + 1], [n + 1, n]] as const) {
        if (!hanAt(t, i, a + b)) continue;
        const first = t.slice(i, i + a);
        const second = t.slice(i + a, i + a + b);
        if (a < b ? addsOne(first, second) : addsOne(second, first)) return { start: i, end: i + a + b, first, second };
      }
    }
  }
  return null;
}
