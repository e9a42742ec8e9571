// An introduction that lists the parts of a 2008-regulation report (……政府信息公开的收费及减免情况,
// 依申请公开政府信息和不予公开政府信息的情况) in a report of the 2019/2021 format, whose six parts
// are others: the lead sentence was carried over from an old report.
import { labelKey } from '../text/normalize';
import { FORMATS } from '../formats/index';
import type { FormatSection } from '../formats/types';

/** The sentence says what the report consists of and lists it. */
const LIST = /(?:本?报告|全文|本年报|年度报告)[^。；;]{0,20}?(?:由|包括|包含|分为|分别是|分别为)([^。；;]{4,300}?)(?:等|共|这|计)?(?:[一二三四五六七八九十]|\d{1,2})?个?(?:部分)?(?:组成|内容|构成|[。；;]|$)/g;

function bigramScore(item: string, title: string): number {
  if (title.includes(item)) return 1;
  let n = 0;
  let hit = 0;
  for (let i = 0; i + 1 < item.length; i++, n++) if (title.includes(item.slice(i, i + 2))) hit++;
  return n ? hit / n : 0;
}

/** The character pairs of `s`, in order. */
export function bigrams(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

/** A title or variant of a format's part: its label key and the key's character pairs. */
export interface PartTitle { spec: FormatSection; key: string; pairs: string[] }

const titleCache = new WeakMap<readonly FormatSection[], { titles: PartTitle[]; words: string }>();

function titlesEntry(specs: readonly FormatSection[]): { titles: PartTitle[]; words: string } {
  let e = titleCache.get(specs);
  if (!e) {
    const titles = specs.flatMap((spec) => [spec.title, ...(spec.variants ?? [])].filter((x): x is string => !!x).map(labelKey).map((key) => ({ spec, key, pairs: bigrams(key) })));
    titleCache.set(specs, (e = { titles, words: titles.map((t) => t.key).join('|') }));
  }
  return e;
}

/** Every title and variant of the parts, in order, with its label key and character pairs (made once per format; intro-parts reads them too). */
export function partTitles(specs: readonly FormatSection[]): readonly PartTitle[] {
  return titlesEntry(specs).titles;
}

/** Every title and variant of the current format, joined. */
function currentWords(specs: readonly FormatSection[]): string {
  return titlesEntry(specs).words;
}

function best(item: string, specs: readonly FormatSection[]): number {
  let s = 0;
  for (const t of partTitles(specs)) s = Math.max(s, bigramScore(item, t.key));
  return s;
}

/**
 * The items of the introduction's list of parts that name a 2008-regulation part the current
 * format does not have, with the part's 2008 title. `intro` is the normalised text before the
 * first heading; `specs` the current format's parts.
 */
export function outdatedIntroParts(intro: string, specs: readonly FormatSection[]): { item: string; title: string; index: number }[] {
  const old = FORMATS['gov-info-2008']?.sections ?? [];
  for (const m of intro.slice(0, 5000).matchAll(LIST)) {
    // A bracketed remark on an item (诉讼和申诉的情况(公民、法人和其他组织就…)) is not items of its own:
    // blanked out with spaces, so the items keep their places in the text.
    const list = m[1].replace(/[(（][^()（）]{0,80}[)）]/g, (x) => ' '.repeat(x.length));
    const items = list.split(/[、,，]|和(?=[^和]{4,}$)|及(?=其他)/).map((t) => t.trim().replace(/^以下/, '')).filter(Boolean);
    if (items.length < 3) continue;
    const out: { item: string; title: string; index: number }[] = [];
    for (const item of items) {
      const k = labelKey(item);
      if (k.length < 4) continue;
      const now = best(k, specs);
      for (const spec of old) {
        if (!spec.title) continue;
        const s = bigramScore(k, labelKey(spec.title));
        // Only a part the current format does not have (收费及减免), or one named by words no
        // current part uses (不予公开): 政府信息公开工作存在的主要问题 is today's part 五 too.
        const own = !specs.some((sp) => sp.id === spec.id)
          || (spec.keywords ?? []).some((w) => k.includes(labelKey(w)) && !currentWords(specs).includes(labelKey(w)));
        // A part of its own named in other words (政府信息公开的支出和收费情况): one of its keywords and half its title.
        const named = !specs.some((sp) => sp.id === spec.id) && s >= 0.5 && (spec.keywords ?? []).some((w) => k.includes(labelKey(w)));
        // Named by a keyword no current part's title has (政府信息公开支出和收费情况: 收费): the words it
        // shares with every title (政府信息公开…情况) do not make it a current part unless most of it is one.
        const only = named && (spec.keywords ?? []).some((w) => k.includes(labelKey(w)) && !currentWords(specs).includes(labelKey(w)));
        if (own && (s >= 0.8 || named) && (s > now + 0.1 || (only && now < 0.6))) { out.push({ item, title: spec.title, index: (m.index ?? 0) + m[0].indexOf(item) }); break; }
      }
    }
    return out;
  }
  return [];
}
