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
interface OpenCCModule {
  Converter(o: { from: string; to: string }): Conv;
  ConverterFactory(...dicts: unknown[]): Conv;
  Locale: { from: Record<string, unknown>; to: Record<string, unknown> };
}
import { ownString as own } from './own-string';
// opencc-js ships its types as an ES module; the CommonJS build is what we bundle.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC = require('opencc-js/t2cn') as OpenCCModule;

export type Simplifier = 'compare' | 'fix';

interface Loaded {
  conv: Conv;
  /**
   * Per BMP character: 0 not yet looked at, 1 the converter leaves it alone, 2 it converts it.
   * Most drafts are Simplified throughout: one pass over this table tells that without running
   * the converter (a dictionary walk) over the whole text.
   */
  converts: Uint8Array;
}

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
    l = loaded[which] = { conv, converts: new Uint8Array(0x10000) };
  }
  return l;
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

/**
 * Where a conversion may be cut: no key or value of any OpenCC dictionary used here holds a line
 * break or 。 (checked by test/core/text/script.test.ts), so the converter's longest-match scan
 * starts afresh after each of them and converting `s` is converting its pieces one by one.
 */
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
 * of a batch, so each piece is converted once and remembered (bounded). Strings with an ideographic
 * description character are converted whole.
 */
function convertPieces(s: string, l: Loaded): string {
  const which: Simplifier = l === loaded.fix ? 'fix' : 'compare';
  const memo = (memos[which] ??= new Map());
  if (s.length <= PIECE_MAX) return memoConvert(s, l.conv, memo);
  if (IDS.test(s)) return l.conv(s);
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch !== CUT_NL && ch !== CUT_STOP) continue;
    if (i > from) out.push(memoConvert(s.slice(from, i), l.conv, memo));
    out.push(s[i]);
    from = i + 1;
  }
  if (from < s.length) out.push(memoConvert(s.slice(from), l.conv, memo));
  return out.join('');
}

function memoConvert(piece: string, c: Conv, memo: Map<string, string>): string {
  if (piece.length > PIECE_MAX) return c(piece);
  let v = memo.get(piece);
  if (v === undefined) {
    const converted = c(piece);
    if (memo.size >= MEMO_MAX) memo.clear();
    const key = own(piece);
    v = converted === piece ? key : converted;
    memo.set(key, v);
  }
  return v;
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
