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

/**
 * Whether the copy of `n + 1` characters at `long` is the copy of `n` at `short` with the character at `long + k` added
 * (0 < k < n), compared by code unit.
 */
function addsAt(t: string, short: number, long: number, n: number, k: number): boolean {
  for (let q = 0; q < n; q++) if (t.charCodeAt(short + q) !== t.charCodeAt(long + (q < k ? q : q + 1))) return false;
  return true;
}

/**
 * The first such pair in `t`: its start, its end, and the two copies as written; or null. The shorter copy has three
 * to five Han characters, all of the pair is Han. Only the positions around a function character are tried.
 */
export function variantDoubled(t: string): { start: number; end: number; first: string; second: string } | null {
  let start = -1;
  let size = 0;
  let longFirst = false;
  for (let p = 0; p < t.length; p++) {
    // (A pair found ends before a later function character could start an earlier one.)
    if (start >= 0 && p > start + 12) break;
    if (!FUNCTION_CHARS.includes(t[p])) continue;
    for (let n = 5; n >= 3; n--) {
      for (let k = 1; k < n; k++) {
        // The longer copy second (可通过可以通过: 以 at p = i + n + k), or first (可以通过可通过: 以 at p = i + k).
        for (const second of [true, false]) {
          const i = second ? p - n - k : p - k;
          if (i < 0 || (start >= 0 && i >= start) || !hanAt(t, i, 2 * n + 1)) continue;
          if (second ? addsAt(t, i, i + n, n, k) : addsAt(t, i + n + 1, i, n, k)) { start = i; size = n; longFirst = !second; }
        }
      }
    }
  }
  if (start < 0) return null;
  const cut = start + size + (longFirst ? 1 : 0);
  return { start, end: start + 2 * size + 1, first: t.slice(start, cut), second: t.slice(cut, start + 2 * size + 1) };
}
