// Statutory words that lost one character: 读和回应 for 解读和回应, 存在的主要问题及改情况 for
// 存在的主要问题及改进情况, 主动公开府信息情况 (a copy, a conversion or an edit dropped it). The
// phrases are the formats' own fixed wording (section titles and their variants, table row and
// column labels) and the reports' stock phrases of terms.json (`fixedPhrases`); each is split at its
// punctuation, and only pieces of five characters or more count. A variant is the piece with one
// character left out, except a character a writer may leave out on purpose (的 和 及 与 要 度 …,
// 需要 → 需 is no damage; in prose 采购总金额 → 采购金额 is none either) and a variant found inside another phrase. A variant that lost the
// piece's first (last) character counts only right after (before) a punctuation mark on the same
// line, where the lost character cannot stand on the line before (after) it.
import { FORMATS, TERMS } from '../formats';

export interface LostWord {
  /** Offsets in the line given. */
  start: number;
  end: number;
  /** The statutory phrase. */
  want: string;
}

interface Variant { text: string; want: string; at: number; /** Counts only right before a figure. */ beforeDigit: boolean }

/** Characters whose omission leaves a wording writers use (需要 → 需, 年度 → 年, 及/和 dropped). */
const OPTIONAL = new Set(Array.from('的和及与或并等要度之其也地得以'));
/**
 * Characters a sentence may leave out of a table's name (采购金额18.6198万元 for 采购总金额) that a table's
 * own header cell may not (对外公开数量 for 对外公开总数量): optional in prose only.
 */
const PROSE_OPTIONAL = new Set(Array.from('总'));
const PUNCT = /[、，,。；;：:（(“"‘'\s\u3000]/;
const HAN = /^[\u3400-\u9fff]+$/;
const DIGIT = /[0-9０-９]/;
const MIN = 5;
/**
 * Whole words that hold a phrase's variant (政信息公开, 政府信息公开 without its 府, in 财政信息公开): the
 * variant is their wording, never a damaged phrase. Only the variant test reads them (no variant of their own).
 */
const WHOLE_WORDS = ['财政信息公开', '行政信息公开', '党政信息公开', '市政信息公开', '民政信息公开', '家政信息公开', '邮政信息公开'];
/**
 * Words of a phrase that writers also write shorter, their own wording and no lost character: 结转 as 转
 * (1件转下年度继续办理: the statutory row label 四、结转下年度继续办理 told in prose).
 */
const SHORT_WORDS: readonly (readonly [string, string])[] = [['结转', '转']];

/** Variants by their first two characters, then by their third and fourth (every variant has four or more). */
let index: Map<number, Map<number, Variant[]>> | null = null;
/** Per UTF-16 code unit: 1 when some variant starts with it (most characters of a line start none: no look-up). */
let firsts: Uint8Array | null = null;

/**
 * Two Han characters (U+3400–U+9FFF, as every variant's are) as one small integer, an index key: read
 * without making a two-character string at every character of every line. (Under 2^30: a small
 * integer to the Map, never a heap number allocated and hashed as a double at each look-up.)
 */
const HAN_SPAN = 0xa000 - 0x3400;
/** Whether `s` holds `word` at `i`, its first `known` code units already compared (a loop: startsWith on a slice of the draft is slower). */
function sameFrom(s: string, i: number, word: string, known: number): boolean {
  if (i + word.length > s.length) return false;
  for (let k = known; k < word.length; k++) if (s.charCodeAt(i + k) !== word.charCodeAt(k)) return false;
  return true;
}
/** Whether the code unit at i is Han (U+3400–U+9FFF); false past the end. */
const isHanAt = (s: string, i: number): boolean => { const c = s.charCodeAt(i); return c >= 0x3400 && c <= 0x9fff; };
const pairKey = (s: string, i: number): number => (s.charCodeAt(i) - 0x3400) * HAN_SPAN + (s.charCodeAt(i + 1) - 0x3400);

function phrases(): string[] {
  const out = new Set<string>();
  const add = (s: string | undefined) => {
    if (!s) return;
    // Numbering and notes off: （二）部分公开（区分处理的…） → 部分公开; 4.无正当理由… → 无正当理由…
    const bare = s.replace(/^[（(]?[一二三四五六七八九十\d]+[）)]?[、.．]?/, '').replace(/[（(][^）)]*[）)]/g, '');
    for (const piece of bare.split(/[^\u3400-\u9fff]+/)) if (piece.length >= MIN && HAN.test(piece)) out.add(piece);
  };
  for (const f of Object.values(FORMATS)) {
    for (const s of f.sections) { add(s.title); for (const v of s.variants ?? []) add(v); }
    for (const t of Object.values(f.tables)) {
      const spec = t as unknown as { rows?: { label: string }[]; columns?: { label: string }[]; blocks?: { rows: { label: string }[]; columns: { label: string }[] }[] };
      for (const r of spec.rows ?? []) add(r.label);
      for (const c of spec.columns ?? []) add(c.label);
      for (const b of spec.blocks ?? []) { for (const r of b.rows) add(r.label); for (const c of b.columns) add(c.label); }
    }
  }
  for (const p of TERMS.fixedPhrases) add(p);
  return [...out];
}

/**
 * Variants keyed by their first two characters, then by the next two, each list in the order the variants
 * were made (built once: the format data lives as long as the process). (One level alone left a line
 * comparing hundreds of variants at every 政府 or 信息.)
 */
function variants(): Map<number, Map<number, Variant[]>> {
  if (index) return index;
  const all = phrases();
  const seen = new Set<string>();
  index = new Map();
  firsts = new Uint8Array(0x10000);
  for (const p of all) {
    for (let j = 0; j < p.length; j++) {
      if (OPTIONAL.has(p[j]) || p[j] === p[j - 1]) continue;
      const v = p.slice(0, j) + p.slice(j + 1);
      if (seen.has(v)) continue;
      // A variant inside another phrase is that phrase's wording (a first or last character off is inside its own);
      // with its last character lost it still counts before a figure (规范性文31件) when in every such phrase a
      // Han character follows it (行政规范性文件), which a figure cannot be.
      const inside = all.filter((q) => q !== p && q.includes(v));
      if (WHOLE_WORDS.some((w) => w.includes(v))) continue;
      if (SHORT_WORDS.some(([w, short]) => p.includes(w) && p.replace(w, short) === v)) continue;
      const beforeDigit = inside.length > 0;
      if (beforeDigit && (j !== p.length - 1 || inside.some((q) => q.endsWith(v)))) continue;
      seen.add(v);
      firsts![v.charCodeAt(0)] = 1;
      let byNext = index.get(pairKey(v, 0));
      if (!byNext) index.set(pairKey(v, 0), (byNext = new Map()));
      let list = byNext.get(pairKey(v, 2));
      if (!list) byNext.set(pairKey(v, 2), (list = []));
      list.push({ text: v, want: p, at: j, beforeDigit });
    }
  }
  return index;
}

/** The statutory words in `line` that lost one character, in order (one pass over the line); `prose`: the line is no table's. */
export function lostWords(line: string, prose = false): LostWord[] {
  const idx = variants();
  const first = firsts!;
  const out: LostWord[] = [];
  for (let i = 0; i + 1 < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c < 0x3400 || c > 0x9fff || first[c] === 0) continue;
    if (!isHanAt(line, i + 1) || !isHanAt(line, i + 2) || !isHanAt(line, i + 3)) continue;
    const list = idx.get(pairKey(line, i))?.get(pairKey(line, i + 2));
    if (!list) continue;
    for (const v of list) {
      if (!sameFrom(line, i, v.text, 4)) continue;
      const end = i + v.text.length;
      const lost = v.want[v.at];
      if (prose && PROSE_OPTIONAL.has(lost)) continue;
      if (v.beforeDigit && !(end < line.length && DIGIT.test(line[end]))) continue;
      if (v.at === 0 && (i === 0 || !PUNCT.test(line[i - 1]) || line[i - 1] === lost)) continue;
      // (A figure right after the shortened word, 规范性文31件, is no part of it: the last character is lost there too.)
      // (Spaces alone after it, a padded line end, are the line's end: the label may go on on the next line.)
      if (v.at === v.want.length - 1 && (end >= line.length || !(PUNCT.test(line[end]) || DIGIT.test(line[end])) || line[end] === lost || !line.slice(end).trim())) continue;
      if (line.startsWith(v.want, i - 1) || line.startsWith(v.want, i)) continue;
      // (The phrase's first two characters swapped, the second standing right before the variant, 转结下年度 for
      // 结转下年度, or its last two, the one before last right after it: the writer's word order, nothing lost.)
      if ((v.at === 1 && line[i - 1] === lost) || (v.at === v.want.length - 2 && line[end] === lost)) continue;
      // (A phrase that ends in 数 read on into 数量/数据/数额 is the writer's own wording, 现行有效数量0条
      // for 现行有效件数: nothing lost.)
      if (v.at < v.want.length - 1 && v.text.endsWith('数') && /[量据额]/.test(line[end] ?? '')) continue;
      out.push({ start: i, end, want: v.want });
      i = end - 1;
      break;
    }
  }
  return out;
}

/**
 * A whole cell or line that is a statutory phrase short of one character (现行有效件 for 现行有效件数, a
 * header cell alone on its line): the phrase it stands for, the character lost and where, or null. The
 * caller makes sure a first or last character lost is not on the line before or after (a wrapped label).
 */
export function lostWhole(cell: string): { want: string; lost: string; at: 'first' | 'last' | 'inside' } | null {
  if (cell.length < MIN - 1 || !HAN.test(cell)) return null;
  const list = variants().get(pairKey(cell, 0))?.get(pairKey(cell, 2));
  const v = list?.find((x) => x.text === cell && !x.beforeDigit);
  if (!v) return null;
  return { want: v.want, lost: v.want[v.at], at: v.at === 0 ? 'first' : v.at === v.want.length - 1 ? 'last' : 'inside' };
}
