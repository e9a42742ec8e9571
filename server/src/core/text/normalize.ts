// Normalisation used ONLY for comparison (principle 1: offsets always point at the
// original text). Width folding, quote folding, whitespace removal, pinyin annotations
// left by script converters, and Traditional→Simplified folding with OpenCC.
// opencc-js ships its types as an ES module; the CommonJS build is what we bundle.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC = require('opencc-js/t2cn') as { Converter(o: { from: string; to: string }): (s: string) => string };

let t2s: ((s: string) => string) | undefined;
function converter(): (s: string) => string {
  // Character-level Traditional → mainland Simplified; built lazily (dictionary load).
  // 'hk' folds standard Traditional and the Hong Kong variants (衞 → 卫) alike.
  if (!t2s) t2s = OpenCC.Converter({ from: 'hk', to: 'cn' });
  return t2s as (s: string) => string;
}

/**
 * Pinyin with a tone mark in parentheses right after a Han character, as left by
 * converters: 落實(shí), 個(gè), 項(xiàng). A tone mark is required so that (a) or (一) survive.
 */
export const PINYIN_ANNOTATION = /(?<=[\u3400-\u9fff])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zü]*[)）]/g;

/** Folds one character's width and quote style; returns '' for whitespace. */
function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  if (c === 0x3000 || c === 0xa0 || c === 0x2002 || c === 0x2003 || c === 0x2009 || c === 0x200b) return '';
  if (/\s/.test(ch)) return '';
  switch (ch) {
    case '“': case '”': case '„': case '‟': case '「': case '」':
      return '"';
    case '‘': case '’': case '『': case '』':
      return "'";
    case '．':
      return '.';
    case '—': case '–': case '－':
      return '-';
    default:
      return ch;
  }
}

/**
 * Per BMP character: 0 not yet looked at, 1 the converter leaves it alone, 2 it converts it.
 * Most drafts are Simplified throughout: one pass over this table tells that without running
 * the converter (a dictionary walk) over the whole text.
 */
const converts = new Uint8Array(0x10000);

/** Whether the converter could change anything in `s` (surrogate pairs: assumed so). */
function hasConvertible(s: string, conv: (s: string) => string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c >= 0xd800 && c <= 0xdfff) return true;
    let k = converts[c];
    if (k === 0) {
      const ch = s[i];
      k = conv(ch) === ch ? 1 : 2;
      converts[c] = k;
    }
    if (k === 2) return true;
  }
  return false;
}

/** Traditional → Simplified, keeping a 1:1 character correspondence. */
export function toSimplified(s: string): string {
  const conv = converter();
  if (!hasConvertible(s, conv)) return s;
  const whole = conv(s);
  if (whole.length === s.length) return whole;
  // Rare phrase conversions change length: fall back to character by character.
  let out = '';
  for (const ch of s) {
    const c = conv(ch);
    out += c.length === ch.length ? c : ch;
  }
  return out;
}

export interface MappedText {
  /** Normalised text. */
  text: string;
  /** For each character of `text`, its offset in the original. `map[text.length]` = end. */
  map: number[];
}

/**
 * Normalises and keeps, for every output character, the offset of the original
 * character it came from, so that a match in normalised text maps back exactly.
 */
export function normalizeMapped(original: string, opts: { keepSpaces?: boolean } = {}): MappedText {
  const noPinyin = original.replace(PINYIN_ANNOTATION, (m) => '\u0000'.repeat(m.length));
  const simplified = toSimplified(noPinyin);
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < simplified.length; i++) {
    const ch = simplified[i];
    if (ch === '\u0000') continue;
    let f = foldChar(ch);
    if (f === '' && opts.keepSpaces && /\s/.test(ch)) f = ch === '\n' || ch === '\r' ? ch : ' ';
    for (let k = 0; k < f.length; k++) {
      text += f[k];
      map.push(i);
    }
  }
  map.push(simplified.length);
  return { text, map };
}

// Labels and headings recur on every keystroke: remember their normalised forms (bounded).
const memo = new Map<string, string>();
const MEMO_MAX = 20000;
const MEMO_KEY_MAX = 200;

/** Normalised form for comparing labels and headings. */
export function normalize(s: string): string {
  if (s.length > MEMO_KEY_MAX) return normalizeMapped(s).text;
  let n = memo.get(s);
  if (n === undefined) {
    if (memo.size >= MEMO_MAX) memo.clear();
    n = normalizeMapped(s).text;
    memo.set(s, n);
  }
  return n;
}

/** Normalised form with punctuation and numbering debris removed: for fuzzy label matching. */
export function labelKey(s: string): string {
  return normalize(s).replace(/[、.,，:：;；()（）\[\]【】<>《》"'`*#_=|\-~+ΞU\u3002]/g, '').replace(/<\/?u>/g, '');
}

let lcsPrev = new Int32Array(64);
let lcsCur = new Int32Array(64);

/** Length of the longest common subsequence (labels are short; two reused rows, no garbage). */
export function lcs(a: string, b: string): number {
  if (!a || !b) return 0;
  if (lcsPrev.length <= b.length) {
    lcsPrev = new Int32Array(b.length * 2 + 1);
    lcsCur = new Int32Array(b.length * 2 + 1);
  }
  let prev = lcsPrev;
  let cur = lcsCur;
  prev.fill(0, 0, b.length + 1);
  cur[0] = 0;
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      cur[j] = ca === b.charCodeAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    }
    const t = prev; prev = cur; cur = t;
  }
  return prev[b.length];
}

/** How much of `target` appears, in order, in `text` (0..1). */
export function coverage(text: string, target: string): number {
  if (!target) return 0;
  return lcs(text, target) / target.length;
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十二 → 12, 二十 → 20; null when not a Chinese numeral. */
export function chineseNumeral(s: string): number | null {
  if (!s || !/^[零〇一二三四五六七八九十]+$/.test(s)) return null;
  if (s === '十') return 10;
  const ten = s.indexOf('十');
  if (ten >= 0) {
    const hi = ten === 0 ? 1 : CN_DIGITS[s.slice(0, ten)];
    const lo = ten === s.length - 1 ? 0 : CN_DIGITS[s.slice(ten + 1)];
    return hi === undefined || lo === undefined ? null : hi * 10 + lo;
  }
  return s.length === 1 ? CN_DIGITS[s] : null;
}

const CN_NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
export function toChineseNumeral(n: number): string {
  if (n <= 10) return CN_NUMERALS[n];
  if (n < 20) return '十' + CN_NUMERALS[n - 10];
  return CN_NUMERALS[Math.floor(n / 10)] + '十' + CN_NUMERALS[n % 10];
}
