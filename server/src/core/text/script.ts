// Traditional → mainland Simplified with OpenCC, one UTF-16 code unit for one (offsets in the
// result are offsets in the input): for comparison (text/normalize.ts) and for the
// script-traditional fix (model/artifacts-script.ts). One loader and one alignment; two sets
// of dictionaries, on purpose:
// - `compare`: standard and Hong Kong Traditional ('hk', which also folds 衞 → 卫). Taiwan's
//   variant tables are left out: they turn 著 → 着 and 么 → 幺 even in mainland text
//   (显著 → 显着), which would change what a Simplified draft compares as and take the fast path
//   below away from every draft with 著.
// - `fix`: the same plus the Taiwan variants ('tw'), so that a converted Taiwan text's 隨著
//   becomes 随着 (the fix only runs on Traditional lines).
// OpenCC's Taiwan phrase table ('twp') is used by neither (see model/artifacts-script.ts).

type Conv = (s: string) => string;
/** A dictionary as opencc-js ships it: 'key value|key value' or [key, value] pairs. */
type Dict = string | string[][];
interface OpenCCModule {
  Converter(o: { from: string; to: string }): Conv;
  ConverterFactory(...dicts: unknown[]): Conv;
  Locale: {
    from: Record<string, Dict[][]>;
    to: Record<string, Dict[][]>;
    configs: Record<string, { normalizationChain?: Dict[][]; segmentation?: Dict[]; conversionChain: Dict[][] }>;
  };
}
import { ownString as own } from './own-string';
import { UnitScratch, unitsToString } from './units';
// opencc-js ships its types as an ES module; the CommonJS build is what we bundle.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC = require('opencc-js/t2cn') as OpenCCModule;

export type Simplifier = 'compare' | 'fix';

/**
 * One pass of the converter's chain (one OpenCC trie, applied to the whole text in turn): `conv`
 * converts with that trie alone; `phrases` holds its keys longer than one character by their first
 * code unit; `image[c]` is what the pass reads where the text has the character c, when every pass
 * before it converted character by character.
 */
interface Pass { conv: Conv; phrases: Map<number, string[]>; image: Uint16Array }

interface Loaded {
  conv: Conv;
  /**
   * Per BMP character: 0 not yet looked at, 1 the converter leaves it alone, 2 it converts it.
   * Most drafts are Simplified throughout: one pass over this table tells that without running
   * the converter (a dictionary walk) over the whole text.
   */
  converts: Uint8Array;
  which: Simplifier;
  /** The passes of `conv`, in order (see charTable): built on first use, by a Traditional text. */
  passes: Pass[] | null;
  /**
   * Per BMP character: 0 not yet looked at, CHAR_ODD where the phrase converter must decide,
   * otherwise 1 + the one code unit the converter makes of it where no phrase covers it, with
   * CHAR_STARTS set when some pass has a phrase starting with its image.
   */
  chars: Int32Array;
}

const CHAR_ODD = -1;
const CHAR_STARTS = 1 << 20;
const CHAR_UNIT = 0xfffff;
const loaded: Partial<Record<Simplifier, Loaded>> = {};

function load(which: Simplifier): Loaded {
  // Built lazily: loading the dictionaries takes a moment and only Traditional drafts need them.
  let l = loaded[which];
  if (!l) {
    // 'hk' → 'cn' through Converter() is OpenCC's hk2s configuration (it also folds the CJK
    // compatibility ideographs and segments phrases first); the fix stacks the dictionaries.
    const conv = which === 'fix'
      ? OpenCC.ConverterFactory(OpenCC.Locale.from.hk, OpenCC.Locale.from.tw, OpenCC.Locale.to.cn)
      : OpenCC.Converter({ from: 'hk', to: 'cn' });
    l = loaded[which] = { conv, converts: new Uint8Array(0x10000), which, passes: null, chars: new Int32Array(0x10000) };
  }
  return l;
}

/**
 * The passes behind each converter, from the same dictionary groups (opencc-js: Converter() runs
 * a config's normalization chain, then cuts the text into segments and converts each with each
 * group of the conversion chain; ConverterFactory() runs each group over the text in turn). The
 * segmentation is left out: where no pass finds a phrase in the whole text, none finds one in a
 * segment, and a text converted a character at a time is the same however it was cut.
 */
function passesOf(which: Simplifier): Pass[] {
  const pass = (g: Dict[]): Pass => ({ conv: OpenCC.ConverterFactory(g), phrases: phrasesOf(g), image: new Uint16Array(0x10000) });
  if (which === 'fix') return [...OpenCC.Locale.from.hk, ...OpenCC.Locale.from.tw, ...OpenCC.Locale.to.cn].map(pass);
  const c = OpenCC.Locale.configs.hk2s;
  return [...(c.normalizationChain ?? []), ...c.conversionChain].map(pass);
}

/** Every key longer than one character in `dicts`, by its first code unit. */
function phrasesOf(dicts: Dict[]): Map<number, string[]> {
  const phrases = new Map<number, string[]>();
  for (const d of dicts) {
    const entries = typeof d === 'string' ? d.split('|').map((e) => e.split(' ')) : d;
    for (const [key] of entries) {
      if (!key || [...key].length < 2) continue;
      const list = phrases.get(key.charCodeAt(0));
      if (list) list.push(key);
      else phrases.set(key.charCodeAt(0), [key]);
    }
  }
  return phrases;
}

/**
 * What the converter makes of the character `c` where no phrase covers it (a trie's longest match
 * at a character that starts none of its phrases there is the character alone), with CHAR_STARTS
 * when a phrase may start at it; CHAR_ODD for surrogates, ideographic description characters
 * (OpenCC steps over what follows them) and characters that some pass turns into more than one.
 * Fills each pass's image of `c`.
 */
function charTable(c: number, l: Loaded): number {
  if ((c >= 0xd800 && c <= 0xdfff) || (c >= 0x2ff0 && c <= 0x2fff)) return CHAR_ODD;
  const ch = String.fromCharCode(c);
  let x = ch;
  let starts = 0;
  for (const p of (l.passes ??= passesOf(l.which))) {
    if (x.length !== 1) return CHAR_ODD;
    const u = x.charCodeAt(0);
    p.image[c] = u;
    if (p.phrases.has(u)) starts = CHAR_STARTS;
    x = p.conv(x);
  }
  // The passes are read from the same dictionaries as the converter: checked on each character.
  return x.length === 1 && x === l.conv(ch) ? (x.charCodeAt(0) + 1) | starts : CHAR_ODD;
}

function charOf(c: number, l: Loaded): number {
  const f = l.chars[c];
  return f !== 0 ? f : (l.chars[c] = charTable(c, l));
}

/**
 * Whether some pass finds one of its phrases at `i` in its image of `s` (each pass before it
 * converting character by character); true also where a character of the text is odd.
 */
function phraseAt(s: string, i: number, l: Loaded): boolean {
  const n = s.length;
  for (const p of l.passes ?? []) {
    const keys = p.phrases.get(p.image[s.charCodeAt(i)]);
    if (!keys) continue;
    for (const key of keys) {
      if (i + key.length > n) continue;
      let j = 1;
      for (; j < key.length; j++) {
        const c = s.charCodeAt(i + j);
        if (charOf(c, l) === CHAR_ODD) return true;
        if (p.image[c] !== key.charCodeAt(j)) break;
      }
      if (j === key.length) return true;
    }
  }
  return false;
}

/** Whether the converter could change anything in `s` (surrogate pairs: assumed so). */
function hasConvertible(s: string, l: Loaded): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c >= 0xd800 && c <= 0xdfff) return true;
    let k = l.converts[c];
    if (k === 0) {
      const ch = s[i];
      k = l.conv(ch) === ch ? 1 : 2;
      l.converts[c] = k;
    }
    if (k === 2) return true;
  }
  return false;
}

/** Whether toSimplified(s) (comparison's) is `s` itself because no character of `s` converts alone (surrogates: assumed to). */
export function convertsNone(s: string): boolean {
  return !hasConvertible(s, load('compare'));
}

/**
 * Whether comparison's conversion changes the character `c` standing alone (surrogates: assumed
 * so). toSimplified(s) is `s` itself when it changes none of s's characters alone.
 */
export function convertsAlone(c: number): boolean {
  if (c < 0x80) return false;
  if (c >= 0xd800 && c <= 0xdfff) return true;
  const l = load('compare');
  let k = l.converts[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = l.conv(ch) === ch ? 1 : 2;
    l.converts[c] = k;
  }
  return k === 2;
}

/**
 * Where a conversion may be cut: no key or value of any OpenCC dictionary used here holds one of
 * these (checked by test/core/text/script.test.ts), so the converter's longest-match scan copies
 * each of them as it is and starts afresh after it: converting `s` is converting its clauses one by one.
 */
const CUTS = '\n\r\t 。，；：、？！,;:?!';
const CUT = new Uint8Array(0x10000);
for (let i = 0; i < CUTS.length; i++) CUT[CUTS.charCodeAt(i)] = 1;
/** Where the remembered pieces are cut (lines, sentences). */
const CUT_NL = 10;
const CUT_STOP = 0x3002;
/** Ideographic description characters (U+2FF0–U+2FFF) make OpenCC step over what follows them, cuts included. */
const IDS = /[\u2ff0-\u2fff]/;
/** Pieces up to this length are remembered (a line, a sentence), at most MEMO_MAX of them per converter. */
const PIECE_MAX = 400;
const MEMO_MAX = 20000;
const memos: Partial<Record<Simplifier, Map<string, string>>> = {};

/**
 * l.conv(s), exactly, piece by piece: the same lines and sentences recur in a draft's many
 * normalisations (each line alone, the whole text, its sections, its prose) and across the drafts
 * of a batch, so each piece (cut at line breaks and 。) is converted once and remembered (bounded).
 * Strings with an ideographic description character are converted whole.
 */
function convertPieces(s: string, l: Loaded): string {
  const which: Simplifier = l === loaded.fix ? 'fix' : 'compare';
  const memo = (memos[which] ??= new Map());
  if (s.length <= PIECE_MAX) return memoConvert(s, l, memo);
  if (IDS.test(s)) return l.conv(s);
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch !== CUT_NL && ch !== CUT_STOP) continue;
    if (i > from) out.push(memoConvert(s.slice(from, i), l, memo));
    out.push(s[i]);
    from = i + 1;
  }
  if (from < s.length) out.push(memoConvert(s.slice(from), l, memo));
  return out.join('');
}

function memoConvert(piece: string, l: Loaded, memo: Map<string, string>): string {
  if (piece.length > PIECE_MAX) return convertClauses(piece, l);
  let v = memo.get(piece);
  if (v === undefined) {
    const converted = convertClauses(piece, l);
    if (memo.size >= MEMO_MAX) memo.clear();
    const key = own(piece);
    v = converted === piece ? key : converted;
    memo.set(key, v);
  }
  return v;
}

/** convertClauses' output buffer, reused. */
const units = new UnitScratch(1024);

/**
 * l.conv(s), exactly, clause by clause: a clause where no pass finds a phrase (most of them) is
 * converted a character at a time through a table (no pass finds one anywhere in it, so each pass
 * converts it character by character); any other clause goes through the phrase converter.
 */
function convertClauses(s: string, l: Loaded): string {
  if (IDS.test(s)) return l.conv(s);
  const n = s.length;
  let out = units.take(n);
  let k = 0;
  // Where the current clause starts, in `s` and in `out`.
  let from = 0;
  let fromOut = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (CUT[c] === 1) {
      out[k++] = c;
      from = i + 1;
      fromOut = k;
      continue;
    }
    const f = charOf(c, l);
    if (f !== CHAR_ODD && ((f & CHAR_STARTS) === 0 || !phraseAt(s, i, l))) {
      out[k++] = (f & CHAR_UNIT) - 1;
      continue;
    }
    // A phrase starts here, or an odd character stands here: the whole clause through the
    // converter, in place of what was written.
    let end = i + 1;
    while (end < n && CUT[s.charCodeAt(end)] !== 1) end++;
    const r = l.conv(s.slice(from, end));
    k = fromOut;
    if (k + r.length + (n - end) > out.length) {
      const grown = new Uint16Array((k + r.length + (n - end)) * 2);
      grown.set(out.subarray(0, k));
      out = grown;
      units.keep(grown);
    }
    for (let j = 0; j < r.length; j++) out[k++] = r.charCodeAt(j);
    i = end - 1;
  }
  return unitsToString(out, k);
}

/**
 * `s` in mainland Simplified, one code unit for one: phrase-aware (乾淨 → 干净 but 乾隆 stays)
 * wherever the conversion keeps the length. A rare conversion that changes the length is done
 * clause by clause, and character by character only inside a clause whose length changed.
 */
export function toSimplified(s: string, which: Simplifier = 'compare'): string {
  const l = load(which);
  if (!hasConvertible(s, l)) return s;
  const c = l.conv;
  const whole = convertPieces(s, l);
  if (whole.length === s.length) return whole;
  return s.split(/(?<=[，,。；;：:、！？\s])/).map((part) => {
    const p = c(part);
    if (p.length === part.length) return p;
    let out = '';
    for (const ch of part) {
      const x = c(ch);
      out += x.length === ch.length ? x : ch;
    }
    return out;
  }).join('');
}
