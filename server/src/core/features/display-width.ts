// Display width of text in a monospace editor: East Asian Wide (W) and Fullwidth (F)
// characters take two columns, combining marks and zero-width characters none, all
// others one (Ambiguous counts as narrow, as in VS Code with a Latin monospace font).
// Ranges after Unicode Standard Annex #11 (EastAsianWidth.txt, Unicode 16): every
// W/F range of the BMP (gaps of unassigned code points closed), and the supplementary
// blocks coalesced (Kana and Tangut supplements, emoji and pictograph blocks as a whole,
// CJK Extension B onwards). Combining kana marks count 0, not 2. Hand-written rather
// than depending on get-east-asian-width, which is ESM-only and would need a bundling
// change for the CommonJS server and tests.

/** Sorted, non-overlapping [first, last] code-point pairs of width 2. */
const WIDE: readonly number[] = [
  0x1100, 0x115f, 0x231a, 0x231b, 0x2329, 0x232a, 0x23e9, 0x23ec, 0x23f0, 0x23f0, 0x23f3, 0x23f3,
  0x25fd, 0x25fe, 0x2614, 0x2615, 0x2630, 0x2637, 0x2648, 0x2653, 0x267f, 0x267f, 0x268a, 0x268f,
  0x2693, 0x2693, 0x26a1, 0x26a1, 0x26aa, 0x26ab, 0x26bd, 0x26be, 0x26c4, 0x26c5, 0x26ce, 0x26ce,
  0x26d4, 0x26d4, 0x26ea, 0x26ea, 0x26f2, 0x26f3, 0x26f5, 0x26f5, 0x26fa, 0x26fa, 0x26fd, 0x26fd,
  0x2705, 0x2705, 0x270a, 0x270b, 0x2728, 0x2728, 0x274c, 0x274c, 0x274e, 0x274e, 0x2753, 0x2755,
  0x2757, 0x2757, 0x2795, 0x2797, 0x27b0, 0x27b0, 0x27bf, 0x27bf, 0x2b1b, 0x2b1c, 0x2b50, 0x2b50,
  0x2b55, 0x2b55,
  0x2e80, 0x303e, // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation (incl. U+3000)
  0x3041, 0x3247, // kana, bopomofo, Hangul compatibility jamo, kanbun, CJK strokes, enclosed CJK
  0x3250, 0xa4cf, // enclosed CJK, CJK Extension A, unified ideographs, Yi
  0xa960, 0xa97f, 0xac00, 0xd7a3, 0xf900, 0xfaff, 0xfe10, 0xfe19, 0xfe30, 0xfe6f,
  0xff01, 0xff60, 0xffe0, 0xffe6,
  0x16fe0, 0x16fff, 0x17000, 0x1b2ff, // Tangut, Khitan, Kana supplement and extensions, Nüshu
  0x1d300, 0x1d37f, 0x1f004, 0x1f004, 0x1f0cf, 0x1f0cf, 0x1f18e, 0x1f18e, 0x1f191, 0x1f19a,
  0x1f200, 0x1f2ff, 0x1f300, 0x1f64f, 0x1f680, 0x1f6ff, 0x1f7e0, 0x1f7ff, 0x1f900, 0x1f9ff,
  0x1fa70, 0x1faff, 0x20000, 0x3fffd,
];

/** Zero-width: combining marks, zero-width space/joiners, marks, variation selectors. */
const ZERO: readonly number[] = [
  0x0300, 0x036f, 0x0483, 0x0489, 0x200b, 0x200f, 0x2028, 0x202e, 0x2060, 0x2064, 0x20d0, 0x20ff,
  0x302a, 0x302f, 0x3099, 0x309a, 0xfe00, 0xfe0f, 0xfe20, 0xfe2f, 0xfeff, 0xfeff, 0xe0100, 0xe01ef,
];

function inRanges(ranges: readonly number[], cp: number): boolean {
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < ranges[2 * mid]) hi = mid - 1;
    else if (cp > ranges[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Columns one code point takes: 0, 1 or 2. */
export function codePointWidth(cp: number): number {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (cp < 0x300) return 1;
  // Checked before WIDE: the kana voicing marks 3099–309A and 302A–302F combine.
  if (inRanges(ZERO, cp)) return 0;
  if (cp >= 0x4e00 && cp <= 0x9fff) return 2;
  return inRanges(WIDE, cp) ? 2 : 1;
}

/** Columns a string takes in a monospace editor. */
export function displayWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x7f) { if (c >= 0x20) w++; continue; }
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    w += codePointWidth(cp);
  }
  return w;
}
