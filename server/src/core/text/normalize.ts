// Normalisation used ONLY for comparison (principle 1: offsets always point at the
// original text). Width folding, quote folding, whitespace removal, pinyin annotations
// left by script converters, and Traditional→Simplified folding with OpenCC.
import { OffsetMap, OffsetMapBuilder } from './offset-map';
import { convertsAlone, convertsNone, toSimplified } from './script';
import { mainlandTerms } from './taiwan-words';
import { ownString as ownKey } from './own-string';
import { UnitScratch, unitsToString } from './units';

export { toSimplified };

/**
 * Pinyin with a tone mark in parentheses right after a Han character, as left by
 * converters: 落實(shí), 個(gè), 項(xiàng). A tone mark is required so that (a) or (一) survive.
 * (One line break may stand inside it: a narrow page wrapped the line there, 現(xiàn / )發.)
 */
export const PINYIN_ANNOTATION = /(?<=[\u3400-\u9fff])[(（][a-zü]*(?:\r?\n[a-zü]*)?[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zü]*(?:\r?\n[a-zü]*)?[)）]/g;

/** A toned vowel: no PINYIN_ANNOTATION without one (one scan for it is cheaper than the look-behind tried at every position). */
const TONED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/;

/** Whether `s` may hold a PINYIN_ANNOTATION (false: it holds none). */
export function mayHavePinyin(s: string): boolean {
  return TONED.test(s);
}

/** `s` without its PINYIN_ANNOTATION matches (`s` itself when it has no toned vowel). */
export function dropPinyin(s: string): string {
  return TONED.test(s) ? s.replace(PINYIN_ANNOTATION, '') : s;
}

/**
 * `s` with each converter pinyin annotation (總體(tǐ)情況) turned into as many spaces: a view of a
 * line that reads through the pinyin while every offset in it is the offset in `s`. `s` itself when
 * it has none.
 */
export function blankPinyin(s: string): string {
  if (s.indexOf('(') < 0 && s.indexOf('（') < 0) return s;
  return replacePinyin(s, ' ');
}

/**
 * PINYIN_ANNOTATION without its look-behind, which a regular expression tries at every position of
 * the text: the bracket comes first, and the character before it is looked at once per bracket.
 * (One line break may stand inside it: a paragraph joined from a narrow page's lines.)
 * (A candidate holds no opening bracket after its first character, so candidates never overlap and
 * the matches are PINYIN_ANNOTATION's.)
 */
const PINYIN_CANDIDATE = /[(（][a-zü]*(?:\r?\n[a-zü]*)?[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zü]*(?:\r?\n[a-zü]*)?[)）]/g;

/** `s` with every PINYIN_ANNOTATION match replaced by as many `fill` characters. */
function replacePinyin(s: string, fill: string): string {
  return s.replace(PINYIN_CANDIDATE, (m: string, at: number) => {
    const c = at > 0 ? s.charCodeAt(at - 1) : 0;
    // (A line break inside, where a narrow page wrapped the annotation 現(xiàn / )發, stays a line break.)
    return c >= 0x3400 && c <= 0x9fff ? m.replace(/[^\r\n]/g, fill) : m;
  });
}

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

export interface MappedText {
  /** Normalised text. */
  text: string;
  /** For each character of `text`, its offset in the original (map.get(i)); map.get(text.length) = end. */
  map: OffsetMap;
}

/**
 * Per UTF-16 code unit, what foldChar makes of it: FOLD_KEEP (itself), FOLD_DROP (whitespace) or
 * the one code unit it becomes. Built once, on first use, so that the per-character loop below
 * is a table look-up instead of a regular expression and a string per character.
 */
const FOLD_KEEP = -1;
const FOLD_DROP = -2;
let foldTable: Int32Array | undefined;
function folds(): Int32Array {
  if (foldTable) return foldTable;
  const t = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    const f = foldChar(ch);
    t[c] = f === '' ? FOLD_DROP : f === ch ? FOLD_KEEP : f.charCodeAt(0);
  }
  foldTable = t;
  return t;
}

/** Pinyin annotations blanked out (NUL, one per character, so offsets hold), then Simplified. */
function prepared(original: string): string {
  // The annotation needs an opening parenthesis: skip the regular expression when there is none.
  const noPinyin = original.indexOf('(') < 0 && original.indexOf('（') < 0
    ? original
    : replacePinyin(original, '\u0000');
  // (The Taiwan words are read in the blanked text too: a Simplified text with an annotation is still one without Traditional characters.)
  return mainlandTerms(noPinyin, toSimplified(noPinyin));
}

/** `s` as the analysis reads it: in mainland Simplified with the Taiwan words above read as the mainland's, one code unit for one. */
export function readSimplified(s: string): string {
  return mainlandTerms(s, toSimplified(s));
}

/**
 * The folding loop of normalizeMapped and normalizeText: `simplified` folded character by
 * character (NUL = a blanked pinyin annotation, dropped); `map`, when given (length n + 1), gets
 * each output character's offset in the input and the end. Returns the output length.
 */
function foldInto(simplified: string, out: Uint16Array, map: OffsetMapBuilder | null, keepSpaces: boolean): number {
  const t = folds();
  const n = simplified.length;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = simplified.charCodeAt(i);
    if (c === 0) continue;
    const f = t[c];
    if (f === FOLD_KEEP) out[k] = c;
    else if (f === FOLD_DROP) {
      // foldChar drops U+200B too, which is not whitespace: it stays dropped.
      if (!keepSpaces || c === 0x200b) continue;
      out[k] = c === 10 || c === 13 ? c : 32;
    } else out[k] = f;
    if (map) map.set(k, i);
    k++;
  }
  if (map) map.set(k, n);
  return k;
}

/**
 * Normalises and keeps, for every output character, the offset of the original
 * character it came from, so that a match in normalised text maps back exactly.
 */
export function normalizeMapped(original: string, opts: { keepSpaces?: boolean } = {}): MappedText {
  if (plainLong(original)) return foldWhole(original, !!opts.keepSpaces);
  const simplified = prepared(original);
  const out = new Uint16Array(simplified.length);
  const map = new OffsetMapBuilder(simplified.length + 1);
  const k = foldInto(simplified, out, map, !!opts.keepSpaces);
  return { text: unitsToString(out, k), map: map.done(k + 1) };
}

/**
 * Where replacePinyin would blank `s` (pairs start, end): the candidates after a Han character,
 * found as s.replace finds them, without the copy of `s` it makes.
 */
function pinyinRanges(s: string): number[] {
  const out: number[] = [];
  if (s.indexOf('(') < 0 && s.indexOf('（') < 0) return out;
  const re = new RegExp(PINYIN_CANDIDATE.source, 'g');
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const c = m.index > 0 ? s.charCodeAt(m.index - 1) : 0;
    if (c >= 0x3400 && c <= 0x9fff) out.push(m.index, m.index + m[0].length);
  }
  return out;
}

/**
 * foldInto over `s` with its pinyin annotations blanked (`blanks`: pinyinRanges(s), where only line
 * breaks are kept), read in place instead of in a blanked copy. Each output unit goes to
 * `emit(unit, offset)` when given; returns the output length.
 */
function foldBlanked(s: string, blanks: readonly number[], keepSpaces: boolean, emit: ((unit: number, offset: number) => void) | null): number {
  const t = folds();
  const n = s.length;
  let k = 0;
  let r = 0;
  let nextBlank = blanks.length ? blanks[0] : n;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (i >= nextBlank) {
      // Inside an annotation: blanked (dropped) but for its line breaks; past it, the next one.
      if (i >= blanks[r + 1]) {
        r += 2;
        nextBlank = r < blanks.length ? blanks[r] : n;
        i--;
        continue;
      }
      if (c !== 10 && c !== 13) continue;
    }
    if (c === 0) continue;
    const f = t[c];
    let u: number;
    if (f === FOLD_KEEP) u = c;
    else if (f === FOLD_DROP) {
      if (!keepSpaces || c === 0x200b) continue;
      u = c === 10 || c === 13 ? c : 32;
    } else u = f;
    if (emit) emit(u, i);
    k++;
  }
  return k;
}

/**
 * normalizeMapped of a long text that the script conversion leaves as it is (a whole Simplified
 * draft): folded from the text itself, not from a blanked copy, into a string built in pieces (and
 * flattened at once, while nothing else of this call is held), then its map in a second pass of
 * the exact size. The same result as the general path for a fraction of its passing memory.
 */
function foldWhole(original: string, keepSpaces: boolean): MappedText {
  const blanks = pinyinRanges(original);
  const { text, length: k } = foldWholeText(original, blanks, keepSpaces);
  const map = new OffsetMapBuilder(k + 1);
  let j = 0;
  foldBlanked(original, blanks, keepSpaces, (_u, offset) => map.set(j++, offset));
  map.set(k, original.length);
  return { text, map: map.done(k + 1) };
}

/** The folded text of foldWhole, and its length. */
function foldWholeText(original: string, blanks: readonly number[], keepSpaces: boolean): { text: string; length: number } {
  const chunk = new Uint16Array(8192);
  let used = 0;
  let text = '';
  const k = foldBlanked(original, blanks, keepSpaces, (u) => {
    chunk[used++] = u;
    if (used === chunk.length) {
      text += String.fromCharCode.apply(null, chunk as unknown as number[]);
      used = 0;
    }
  });
  text += unitsToString(chunk, used);
  // (A search flattens the pieces into one string now, before the map's buffer is taken.)
  text.indexOf('\u0000');
  return { text, length: k };
}

/** Whether `s` is long and its Simplified form is itself (no pinyin aside): foldWhole's texts. */
function plainLong(s: string): boolean {
  // (A Taiwan word is read only in a text with a Traditional character, which convertsNone rules out.)
  return s.length > UnitScratch.KEEP && convertsNone(s);
}

/** normalizeText's output buffer, reused: most calls are a line or a label. */
const scratch = new UnitScratch(256);

/** normalizeMapped(s).text without the offset map. */
function normalizeText(s: string): string {
  // (A long text, a whole draft's prose: folded from itself in pieces, with no copy and no buffer of its length.)
  if (plainLong(s)) return foldWholeText(s, pinyinRanges(s), false).text;
  const simplified = prepared(s);
  const n = simplified.length;
  const out = scratch.take(n);
  const k = foldInto(simplified, out, null, false);
  // Nothing folded or dropped: the output is the input (no new string to build).
  if (k === n && unchanged(simplified, out, n)) return simplified;
  return unitsToString(out, k);
}

/** Whether the first n units of `out` are `s` itself. */
function unchanged(s: string, out: Uint16Array, n: number): boolean {
  for (let i = 0; i < n; i++) if (out[i] !== s.charCodeAt(i)) return false;
  return true;
}

// Labels and headings recur on every keystroke: remember their normalised forms (bounded).
const memo = new Map<string, string>();
const MEMO_MAX = 20000;
const MEMO_KEY_MAX = 200;


// Row labels are compared over and over (every table, every rule): their keys are remembered too (bounded).
const keyMemo = new Map<string, string>();

/** `compute(s)` through a bounded memo `table` (strings over MEMO_KEY_MAX are computed each time). */
function memoised(s: string, table: Map<string, string>, compute: (s: string) => string): string {
  if (s.length > MEMO_KEY_MAX) return compute(s);
  let v = table.get(s);
  if (v === undefined) {
    if (table.size >= MEMO_MAX) table.clear();
    v = compute(s);
    const key = ownKey(s);
    // An unchanged result may be `s` itself (a slice of a document): keep the key's copy instead.
    if (v === s) v = key;
    table.set(key, v);
  }
  return v;
}

/** Normalised form for comparing labels and headings. */
export function normalize(s: string): string {
  if (plainAll(s, PLAIN_NORM)) return s;
  return memoised(s, memo, normalizeText);
}

/** Normalised form with punctuation and numbering debris removed: for fuzzy label matching. */
export function labelKey(s: string): string {
  if (plainAll(s, PLAIN_KEY)) return s;
  return memoised(s, keyMemo, labelKeyOf);
}

/** What labelKey removes after normalising (besides <u> tags, which need a '<'). */
const LABEL_DEBRIS = /[、.,，:：;；()（）\[\]【】<>《》"'`*#_=|\-~+ΞU\u3002]/g;
const LABEL_DEBRIS_ONE = new RegExp(LABEL_DEBRIS.source);

/** A year in brackets inside a label (本年(2023)制发件数, 上一年项目数量（2022年）): no part of the label. */
const LABEL_YEAR = /\((?:19|20)\d{2}年?度?\)/g;

function labelKeyOf(s: string): string {
  return normalize(s).replace(LABEL_YEAR, '').replace(LABEL_DEBRIS, '').replace(/<\/?u>/g, '');
}

/**
 * Per UTF-16 code unit, filled on first use: PLAIN_SEEN, with PLAIN_NORM when normalize leaves it
 * as it is wherever it stands (no width or quote fold, not whitespace, not converted alone, no
 * bracket that opens a pinyin annotation, not NUL), and PLAIN_KEY when labelKey does too (not
 * debris). Half the labels and lines compared are made of such characters only: they are their
 * own normalised form, told by one scan instead of a memo look-up.
 */
const PLAIN_SEEN = 1;
const PLAIN_NORM = 2;
const PLAIN_KEY = 4;
const plainTable = new Uint8Array(0x10000);

function plainOf(c: number): number {
  if (c === 0 || c === 0x28 || c === 0xff08 || folds()[c] !== FOLD_KEEP || convertsAlone(c)) return PLAIN_SEEN;
  return PLAIN_SEEN | PLAIN_NORM | (LABEL_DEBRIS_ONE.test(String.fromCharCode(c)) ? 0 : PLAIN_KEY);
}

/** Whether every character of `s` has `bit` in plainTable. */
function plainAll(s: string, bit: number): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let t = plainTable[c];
    if (t === 0) t = plainTable[c] = plainOf(c);
    if ((t & bit) === 0) return false;
  }
  return true;
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
