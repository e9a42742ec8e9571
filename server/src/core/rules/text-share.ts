// text-share: a share (占X%) that differs from its part and the total, neither rounded nor truncated from it, the
// part is listed under: `共收到申请100件，其中予以公开40件，占40%`, also when the total is the
// single count of the sentence just before on the same line (`共收到申请100件。其中予以公开40件，
// 占40%`). The part is the count right before 占 (after any previous share), or among several the one
// the share's clause names (…动漫解读文件7个，…，动漫解读占比23%); the total is the
// nearest count before 其中/包括, of the same unit. Without 其中/包括, with 分别, a rounded or
// decimal figure, or a part larger than the total, no finding: the base is not known. Rates
// (办结率 …) are text-rate's. 予以公开率/部分公开率 are compared with table 三 (row / （七）总计,
// or over the received figure). Rounding and truncation are accepted as text-rate accepts them.
// Without 其中/包括, a base stated in an earlier sentence of the paragraph is read when it is the one
// count there that can be the base (model/share-base.ts). A list of one total that rounds (two shares written
// above their truncation) is held to rounding: a share truncated below it there is a slip.
import type { Rule } from './rule';
import type { Analysis } from '../engine/lint';
import { Count, prose, Sentence } from '../model/sentences';
import { cellInt, findRow } from '../model/table-facts';
import { honestPercent } from '../model/rounding';
import { dispositionShares } from '../model/disposition-shares';
import { paragraphOf } from '../model/paragraphs';
import { paragraphShares } from '../model/share-base';
import { SHARE, SHARE_GAP } from '../model/share-words';

/** 予以公开率 / 部分公开率: the row of table 三 it is computed from. */
const TABLE_RATE = /(予以公开|部分公开)率(?:为|达|达到|是)?(\d+(?:\.\d+)?)%/g;
const TABLE_ROW: Record<string, string> = { 予以公开: 'open', 部分公开: 'partial' };

function appTotal(a: Analysis, id: string): number | null {
  const t = a.report?.tables.get('applications');
  const row = t ? findRow(t, id) : undefined;
  return row ? cellInt(row.values.get('total')) : null;
}

const MARKER = /其中|包括/g;
/** A total framed as the whole the parts are taken from: 在……主动公开的1913条政府信息中，A 133条，占6.95%；… */
const FRAME = /在[^,，。;；:：]{0,40}?中[,，]/g;

interface Share { rate: Count; part: Count; total: Count }

/** The stated share's digits and the quotient's truncation and rounding at those digits. */
function readings(f: Share): { stated: number; down: number; nearest: number } {
  const scale = 10 ** f.rate.decimals;
  const x = (f.part.value / f.total.value) * 100 * scale;
  const eps = 1e-7 * Math.max(1, x);
  return { stated: Math.round(f.rate.value * scale), down: Math.floor(x + eps), nearest: Math.floor(x + 0.5 + eps) };
}
/** Written as the rounding where truncation would have given less (5/130 as 3.85%). */
function roundedUp(f: Share): boolean {
  const r = readings(f);
  return r.stated === r.nearest && r.nearest !== r.down;
}
/** Written as the truncation where rounding would have given more (3/130 as 2.30%). */
function truncatedOnly(f: Share): boolean {
  const r = readings(f);
  return r.stated === r.down && r.nearest !== r.down;
}

function baseOf(sentences: Sentence[], k: number, markerAt: number, text: string): Count | null {
  const s = sentences[k];
  const before = s.counts.filter((c) => c.ne <= markerAt && c.unit !== '%');
  if (before.length) return before[before.length - 1];
  // 其中 opening the sentence: the previous sentence on the same line with a single count.
  if (!/^[,:]?$/.test(text.slice(s.ns, markerAt)) || k === 0) return null;
  const prev = sentences[k - 1];
  if (prev.line !== s.line) return null;
  const counts = prev.counts.filter((c) => c.unit !== '%');
  // One count, or several that say the same figure (累计公开信息80条，主动公开80条。其中……).
  return counts.length && counts.every((c) => c.value === counts[0].value && c.unit === counts[0].unit) ? counts[counts.length - 1] : null;
}

function shares(sentences: Sentence[], k: number, text: string): Share[] {
  const s = sentences[k];
  let markers = [...s.text.matchAll(MARKER)].map((m) => s.ns + (m.index ?? 0));
  // Without 其中/包括, one 在…N…中， frame holding a single count stands for it (its 中 is the marker).
  if (!markers.length) {
    markers = [...s.text.matchAll(FRAME)]
      .map((m) => [s.ns + (m.index ?? 0), s.ns + (m.index ?? 0) + m[0].length - 1])
      .filter(([a, b]) => s.counts.filter((c) => c.ns >= a && c.ne <= b && c.unit !== '%').length === 1)
      .map(([, b]) => b - 1);
  }
  // (分别 pairs several counts with several shares: not read. A 各占 after a 各 count, 政策解读和深度各2条，各占0.3%,
  // is each item's share of its own count: read like the others; any other 各占 share is skipped alone.)
  if (markers.length !== 1 || /分别/.test(s.text)) return [];
  const marker = markers[0];
  const total = baseOf(sentences, k, marker, text);
  if (!total || total.approx || total.decimals || total.value <= 0) return [];
  const out: Share[] = [];
  let from = marker;
  for (const m of s.text.matchAll(SHARE)) {
    const at = s.ns + (m.index ?? 0);
    const end = at + m[0].length;
    if (at < marker || !SHARE_GAP.test(m[1])) { from = Math.max(from, end); continue; }
    const rate = s.counts.find((c) => c.unit === '%' && c.ns >= at && c.ne <= end);
    const between = s.counts.filter((c) => c.ns >= from && c.ne <= at && c.unit !== '%');
    from = end;
    // Several counts before the share: the one its clause names (…动漫解读文件7个，…，动漫解读占比23%).
    const named = between.length > 1 ? namedPart(s, between, at, text) : null;
    if (!rate || (between.length !== 1 && !named)) continue;
    const part = named ?? between[0];
    // The part must be in the clause of the share or the clause just before it (unless the share names it).
    const clauses = s.clauses.filter((c) => c.ne > part.ns && c.ns < at);
    if (!named && clauses.length > 2) continue;
    if (part.unit !== total.unit || part.approx || part.decimals || part.value > total.value) continue;
    if (text.slice(Math.max(s.ns, at - 2), at).endsWith('各') && !text.slice(Math.max(s.ns, part.ns - 1), part.ns).endsWith('各')) continue;
    out.push({ rate, part, total });
  }
  return out;
}

/**
 * The one count of `counts` whose clause opens with the words the share's clause puts before 占
 * (动漫解读占比23% → 动漫解读文件7个): the part a share names when several counts precede it.
 */
function namedPart(s: Sentence, counts: Count[], at: number, text: string): Count | null {
  const own = s.clauses.find((c) => c.ns <= at && c.ne > at);
  if (!own) return null;
  const subject = text.slice(own.ns, at).replace(/^[\s,，、]+/, '');
  if (!/^[\u4e00-\u9fff]{2,8}$/.test(subject)) return null;
  const hits = counts.filter((c) => {
    const clause = s.clauses.find((x) => x.ns <= c.ns && x.ne >= c.ne);
    return !!clause && clause !== own && text.slice(clause.ns, c.ns).replace(/^[\s,，、]*(?:其中|包括)?/, '').startsWith(subject);
  });
  return hits.length === 1 ? hits[0] : null;
}

export const textShare: Rule = {
  id: 'text-share',
  formats: 'all',
  defaultSeverity: 'info',
  title: { zh: '所占比例与数字不符', en: 'Stated share does not match its counts' },
  description: {
    zh: '“共 N 件……其中 a 件，占 X%”中，X 既不是 a/N 按所写位数四舍五入的结果，也不是截尾的结果（向上进位不算正确，如 5/12 写作 41% 或 42% 均可，41.2% 写作 42% 不可；同一总数下各项比例调整为合计 100% 的，相差不超过末位一个单位均可）。同一总数下的一组比例已有两项按四舍五入写出（高于截尾结果）的，视为全组四舍五入，其中截尾而低于四舍五入结果的一项也报告（如 3/130 写作 2.30%，同句另有 2.31%）。'
      + '总数取“其中/包括”之前最近的同单位数字；“其中”开头的句子取同一段上一句中唯一的数字（或上一句中几个相同的数字）；句中没有“其中/包括”而以“在……N条……中，”框出总数（只含一个数字）的，取这个数字。'
      + '没有“其中”时，本段前文只有一个同单位数字（且在前一句或更前）的，以它为基数；比例按其他可能的基数（本段其他同单位数字、表三总计）计算相符的，不作判断。'
      + '比例之前有几个数字时，取比例所在分句点名的那一项（“其中图片解读文件16个，动漫解读文件7个，……，动漫解读占比23%”以7为分项）。'
      + '“予以公开率”“部分公开率”与表三对照：该行总计除以“（七）总计”（或除以本年新收、新收加上年结转，任一读法相符即可）。'
      + '错误示例：“共收到申请100件。其中予以公开40件，占45%。”；正确示例：“共收到申请100件。其中予以公开40件，占40%。”'
      + '同一句中没有“其中/包括”、写“分别占”、约数或小数、分项大于总数的句子不作判断（“政策解读和深度各2条，各占0.3%”中的“各占”是每一项的比例，照常判断）；办结率等比率由 text-rate 检查。默认为提示。依据：《政府信息公开条例》第五十条要求年度报告如实反映工作情况，文中数字应当自洽。',
    en: 'In “共 N 件……其中 a 件，占 X%” the share X is neither a/N rounded (half up) nor truncated to the digits written (5/12 as 41% or 42% is fine, 41.2% as 42% is not; shares of one total adjusted to add up to 100% may each differ by one unit of the last digit). '
      + 'A list of shares of one total where two or more are written rounded (above their truncation) is read as rounded throughout: one truncated below its rounding there is reported too (3/130 as 2.30% beside 2.31%). '
      + 'The total is the nearest count of the same unit before 其中/包括; for a sentence opening with 其中, the single count of the sentence before it on the same line (or its counts when they all say the same figure); without 其中/包括, the single count of a 在……N条……中， frame. '
      + 'Without 其中, a base stated in an earlier sentence of the paragraph is used when it is the only count of the unit before the part there; a share that fits another possible base (another count of the paragraph, a table 3 total) is not reported. '
      + 'With several counts before the share, the part is the one the share\'s clause names (其中图片解读文件16个，动漫解读文件7个，……，动漫解读占比23%: the 7). '
      + '予以公开率 / 部分公开率 are compared with table 3: the row\'s total over （七）总计 (or over the received, or received plus carried over: any reading that fits is accepted). '
      + 'Wrong: “共收到申请100件。其中予以公开40件，占45%。”; right: “…占40%。” '
      + 'Sentences without 其中/包括, with 分别占, rounded or decimal counts, or a part larger than the total are not judged (a 各占 after a 各 count, 政策解读和深度各2条，各占0.3%, is each item\'s share and is judged); rates such as 办结率 are text-rate\'s. Info by default. '
      + 'Basis: Art. 50 of the Regulations requires the annual report to state the work truthfully; its figures must agree.',
  },
  basis: '《中华人民共和国政府信息公开条例》第五十条',
  check(ctx) {
    const a = ctx.analysis;
    const { text, sentences } = prose(a);
    const within = (exact: number, rate: Count) => honestPercent(exact, rate.value, rate.decimals);
    sentences.forEach((s, k) => {
      // 予以公开率 40%: （一）予以公开 over （七）总计 (or over the applications received,
      // with or without last year's carried over: any reading that fits is accepted).
      if (s.text.includes('公开率') && a.report?.tables.get('applications')) {
        for (const m of s.text.matchAll(TABLE_RATE)) {
          const at = s.ns + (m.index ?? 0);
          const rate = s.counts.find((c) => c.unit === '%' && c.ns >= at && c.ne <= at + m[0].length);
          const part = appTotal(a, TABLE_ROW[m[1]]);
          const total = appTotal(a, 'total');
          const received = appTotal(a, 'new');
          const carried = appTotal(a, 'carried');
          if (!rate || part === null || total === null || total <= 0) continue;
          const bases = [total, received, received !== null && carried !== null ? received + carried : null].filter((b): b is number => b !== null && b > 0);
          if (bases.some((b) => within((part / b) * 100, rate))) continue;
          const shown = ((part / total) * 100).toFixed(Math.max(1, rate.decimals));
          ctx.report({ start: rate.start, end: rate.end,
            message: `${m[1]}率按表三应为 ${part}/${total} ≈ ${shown}%（“${m[1]}”/“（七）总计”），文中为 ${rate.value}%`,
            messageEn: `By table 3 the ${m[1]} rate is ${part}/${total} ≈ ${shown}%, but the text says ${rate.value}%` });
        }
      }
      if (!s.text.includes('占') || !s.text.includes('%')) return;
      const list = shares(sentences, k, text);
      // 予以公开258件，占33.9%；不予公开35件，占4.34%…: no base written; the base all the others fit.
      if (!list.length) {
        const inferred = dispositionShares(a, s);
        // 共收到申请120件。予以公开48件，占45%。: the base is the one count stated before in the paragraph.
        if (!inferred.length) {
          const at = paragraphOf(a, k);
          for (const f of at ? paragraphShares(a, at[0], at[1], text) : []) {
            const shown = ((f.part.value / f.base.value) * 100).toFixed(Math.max(1, f.rate.decimals));
            ctx.report({ start: f.rate.start, end: f.rate.end,
              message: `所占比例应为 ${f.part.value}/${f.base.value} ≈ ${shown}%（以本段前文 ${f.base.value}${f.base.unit} 为基数），文中为 ${f.rate.value}%`,
              messageEn: `The share is ${f.part.value}/${f.base.value} ≈ ${shown}% (of ${f.base.value} stated earlier in the paragraph), but the text says ${f.rate.value}%` });
          }
        }
        for (const f of inferred) {
          const shown = ((f.part.value / f.base) * 100).toFixed(Math.max(1, f.rate.decimals));
          ctx.report({ start: f.rate.start, end: f.rate.end,
            message: `所占比例应为 ${f.part.value}/${f.base} ≈ ${shown}%（同句其他比例均以${f.baseName} ${f.base} 为基数），文中为 ${f.rate.value}%`,
            messageEn: `The share is ${f.part.value}/${f.base} ≈ ${shown}% (the other shares of the sentence are of ${f.baseNameEn}, ${f.base}), but the text says ${f.rate.value}%` });
        }
      }
      // Shares of one total adjusted to add up to 100% (49.9% and 50.1% for 49.96% and 50.04%):
      // each within one unit of its last digit is accepted, as a largest-remainder rounding.
      const whole = list.length >= 2 && list.every((f) => f.total === list[0].total)
        && Math.abs(list.reduce((t, f) => t + f.rate.value, 0) - 100) < 1e-6;
      // A list whose shares are rounded (two or more written above their truncation) is read as rounded
      // throughout: one truncated below its rounding there (3/130 as 2.30% beside 2.31%) is a slip.
      const rounds = !whole && list.filter((f) => f.total === list[0].total && roundedUp(f)).length >= 2;
      for (const f of list) {
        const exact = (f.part.value / f.total.value) * 100;
        if (rounds && f.total === list[0].total && truncatedOnly(f)) {
          const shown = exact.toFixed(f.rate.decimals);
          ctx.report({ start: f.rate.start, end: f.rate.end,
            message: `所占比例按四舍五入应为 ${f.part.value}/${f.total.value} ≈ ${shown}%（同句其他比例均四舍五入），文中为 ${f.rate.value.toFixed(f.rate.decimals)}%`,
            messageEn: `Rounded, the share is ${f.part.value}/${f.total.value} ≈ ${shown}% (the other shares of the sentence are rounded), but the text says ${f.rate.value.toFixed(f.rate.decimals)}%` });
          continue;
        }
        if (honestPercent(exact, f.rate.value, f.rate.decimals)) continue;
        if (whole && Math.abs(exact - f.rate.value) < 10 ** -f.rate.decimals - 1e-9) continue;
        const shown = exact.toFixed(Math.max(1, f.rate.decimals));
        ctx.report({ start: f.rate.start, end: f.rate.end,
          message: `所占比例应为 ${f.part.value}/${f.total.value} ≈ ${shown}%，文中为 ${f.rate.value}%`,
          messageEn: `The share is ${f.part.value}/${f.total.value} ≈ ${shown}%, but the text says ${f.rate.value}%` });
      }
    });
  },
};
