// text-disposition-sum: a paragraph that states a total of applications (共办结N件, 收到申请N件) and
// then lists the dispositions it splits into (予以公开X件，部分公开Y件，不予公开Z件，…) where the list
// claims to be complete and does not add up. Complete means: every disposition of the format's
// table 三 is named (予以公开, 部分公开, 不予公开, 无法提供, 不予处理, 其他处理), or the list closes with
// 其余/其他 M件, or (two parts at least) the dispositions it leaves out are 0 in the table (rows written, not
// blank, in a table whose dispositions add up to its （七）总计: otherwise its zeros say nothing). A specific
// reason (本机关不掌握相关政府信息 N 件) stands for its numbered row: its group is named when every other
// row of the group is 0. 因…等原因无法提供 N 件 is the group, unless N is one row's figure and not the
// group's (then it may count that reason alone: unreadable). A partial list says nothing about the total: no finding. The list may run over
// several sentences of one paragraph. Lists text-sum reads (the total before 其中/包括 in the same
// sentence, or a 其中 sentence after a single-count sentence on the same line) are left to it.
// Readings that make the list right are all accepted: the total may be received (then applications
// carried over from last year or carried forward to next year may be in or out of it), or closed.
// Unreadable lists are skipped: a disposition named twice or beside one of its own reasons, a reason
// the format data does not label or filed under another disposition, two figures in one clause (分别为), comparisons with last year, rounded
// figures or other units.
import type { Rule } from './rule';
import type { Analysis } from '../engine/lint';
import type { GridTable } from '../formats/types';
import type { Count, Sentence } from '../model/sentences';
import { prose } from '../model/sentences';
import { paragraphs } from '../model/paragraphs';
import { APP_UNITS, appsTotal, dataRows, DISPOSITIONS, GROUP_VIA_REASON, joinedIds, JOINED, NOT_THIS_YEAR, reasonRows, rowTotal, SUB_ROWS, SUB_UNITS } from '../model/table-statements';
import { normalize } from '../text/normalize';
import { findRow } from '../model/table-facts';

/** Words that state a total of applications (received or closed). */
const TOTAL = /共|合计|总计|收到|新收|受理|接收|接到|办结|答复|办理|处理/;
/** Carried over from last year (a part of the received total in some readings). */
const CARRIED = /(上年度?|上一年度?)结转|结转自上年/;
/** Carried forward, still being handled: may be part of a received total. */
const PENDING = /结转(至|到)?下一?年度?|转入下一?年度?|正在办理|尚在办理|仍在办理|尚未办结/;
/** 其余 M 件 / 其他 M 件 (not 其他处理) closing the list. */
const REST = /^(另有|剩余|剩下)?(其余|其他|其它)(?!处理|组织)/;
/** Totals of other matters than applications for government information. */
const OTHER_MATTERS = /咨询|诉求|热线|来信|来访|信访|来电|留言|建议|提案|复议|诉讼|投诉|举报|审批|许可|事项|意见/;
/** A sentence about applications (申请) or their closing (办结/答复). */
const APPLICATIONS = /申请|办结|答复/;
/** The marker text-sum reads a list after. */
const MARKER = /其中|包括/;

type Kind = 'total' | 'carried' | 'disposition' | 'reason' | 'pending' | 'rest' | 'other';
/** ids: the dispositions named (for a reason: its group); reason: the numbered sub-row a reason names. */
interface Item { kind: Kind; count: Count; ids: string[]; sentence: number; reason?: string }

/** The numbered sub-row a clause names by its label (本机关不掌握相关政府信息, 属于国家秘密), without another
 *  disposition beside it; null when it names none, or more than one (then the clause is unreadable). */
type ReasonOf = (words: string) => { id: string; parent: string } | null | 'ambiguous';
function reasonMatcher(a: Analysis): ReasonOf {
  const rows = reasonRows(a).map(({ id, key }) => ({
    id, parent: id.replace(/-\d+$/, ''),
    keys: [key, key.replace(/^(属于|本机关|要求)/, '')].filter((k) => k.length >= 4).map((k) => k.replace(/["“”]/g, '')),
  }));
  return (words) => {
    const w = normalize(words).replace(/["“”]/g, '');
    const hits = rows.filter((r) => r.keys.some((k) => w.includes(k)));
    if (!hits.length) return null;
    if (hits.length > 1) return 'ambiguous';
    // 属于重复申请信息不予公开的1件: a reason filed under another disposition (category-misfiled's business).
    if (DISPOSITIONS.some(([r, d]) => d !== hits[0].parent && r.test(words))) return 'ambiguous';
    return hits[0];
  };
}

/** The top-level dispositions of the format's table 三 that the prose names (予以公开 … 其他处理). */
function tableDispositions(a: Analysis): string[] {
  const spec = a.format?.tables.applications as GridTable | undefined;
  if (!spec || spec.kind !== 'grid') return [];
  const known = new Set(DISPOSITIONS.map(([, id]) => id));
  return spec.rows.filter((r) => r.parent === 'results' && known.has(r.id)).map((r) => r.id);
}

/** Bracket depth before every character of a sentence (counts inside brackets are notes). */
function depths(text: string): Int8Array {
  const d = new Int8Array(text.length + 1);
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    d[i] = k;
    if (text[i] === '(') k = Math.min(k + 1, 100);
    else if (text[i] === ')') k = Math.max(k - 1, 0);
  }
  d[text.length] = k;
  return d;
}

function classify(words: string): Kind | null {
  if (REST.test(words)) return 'rest';
  // 因本机关不掌握等原因无法提供265件: the group, by one of its reasons.
  if (SUB_ROWS.test(words) && !(GROUP_VIA_REASON.test(words) && DISPOSITIONS.some(([r]) => r.test(words)))) return null;
  if (JOINED.test(words) || DISPOSITIONS.some(([r]) => r.test(words))) return 'disposition';
  if (PENDING.test(words)) return 'pending';
  if (CARRIED.test(words)) return 'carried';
  if (TOTAL.test(words) && !OTHER_MATTERS.test(words)) return 'total';
  return 'other';
}

/** The items of one paragraph, or null when it cannot be read as a list. */
/** table(id): the table's sum of a disposition's rows, and the figure of each of them. */
function items(para: Sentence[], reasonOf: ReasonOf, table: (id: string) => { group: number | null; rows: (number | null)[] }): Item[] {
  const out: Item[] = [];
  para.forEach((s, k) => {
    const depth = depths(s.text);
    for (const c of s.clauses) {
      const counts = c.counts.filter((x) => x.unit !== '%' && depth[x.ns - s.ns] === 0);
      if (!counts.length) continue;
      // The clause without its bracketed notes.
      let words = '';
      for (let i = c.ns; i < c.ne; i++) if (depth[i - s.ns] === 0 && s.text[i - s.ns] !== '(' && s.text[i - s.ns] !== ')') words += s.text[i - s.ns];
      const kind = classify(words);
      if (counts.length > 1 || /分别|各/.test(words) || NOT_THIS_YEAR.test(words) || SUB_UNITS.test(words)) {
        out.push({ kind: 'other', count: counts[0], ids: ['unreadable'], sentence: k });
        continue;
      }
      const count = counts[0];
      if (kind === null) {
        const r = reasonOf(words);
        if (r && r !== 'ambiguous') out.push({ kind: 'reason', count, ids: [r.parent], reason: r.id, sentence: k });
        else out.push({ kind: 'other', count, ids: ['sub-reason'], sentence: k });
        continue;
      }
      // A total of applications: the sentence speaks of applications (共发布解读50件 is not one).
      if ((kind === 'total' || kind === 'carried') && !APPLICATIONS.test(s.text)) { out.push({ kind: 'other', count, ids: [], sentence: k }); continue; }
      const ids = kind === 'disposition'
        ? (joinedIds(words).length ? joinedIds(words) : DISPOSITIONS.filter(([r]) => r.test(words)).map(([, id]) => id))
        : [];
      // 因本机关不掌握等原因无法提供265件 with 265 the figure of one row of the group, not of the group: it may
      // count that reason alone, so the list is not known to be complete.
      if (kind === 'disposition' && SUB_ROWS.test(words) && ids.length === 1) {
        const { group, rows } = table(ids[0]);
        if (group !== count.value && rows.includes(count.value)) { out.push({ kind: 'other', count, ids: ['sub-reason'], sentence: k }); continue; }
      }
      out.push({ kind, count, ids, sentence: k });
    }
  });
  return out;
}

interface List { totals: Item[]; parts: Item[]; pending: Item | null; closed: boolean }

/** The first list of dispositions after a total in the paragraph. */
function firstList(all: Item[]): List | null {
  const totals: Item[] = [];
  let i = 0;
  for (; i < all.length && all[i].kind !== 'disposition' && all[i].kind !== 'reason'; i++) {
    const it = all[i];
    if ((it.kind === 'total' || it.kind === 'carried') && APP_UNITS.test(it.count.unit)) totals.push(it);
    else if (it.kind === 'rest' || it.kind === 'pending') return null;
  }
  if (i === all.length || !totals.length) return null;
  const parts: Item[] = [];
  let pending: Item | null = null;
  let closed = false;
  for (; i < all.length; i++) {
    const it = all[i];
    if ((it.kind === 'disposition' || it.kind === 'reason') && closed) return null;
    if (it.kind === 'disposition' || it.kind === 'reason') parts.push(it);
    else if (it.kind === 'pending' && !pending) pending = it;
    // 其余 closes the dispositions; a carried-forward figure may still follow (其余10件，结转下年度3件).
    else if (it.kind === 'rest' && !closed) { parts.push(it); closed = true; }
    else if (it.ids[0] === 'unreadable' || it.ids[0] === 'sub-reason' || it.kind === 'pending') return null;
    else break;
  }
  return { totals, parts, pending, closed };
}

/** How the list covers every disposition of table 三: 'named' when each is named (as a whole, or by all its
 *  reasons the table does not hold at 0), 'zeros' when those it leaves out are 0 in the table (two parts at
 *  least), null when some disposition left out holds applications or cannot be read. */
function coverage(a: Analysis, all: string[], whole: string[], reasons: string[], parts: number): 'named' | 'zeros' | null {
  let zeros = false;
  const table = !!a.report?.tables.get('applications');
  for (const id of all) {
    if (whole.includes(id)) continue;
    const rows = dataRows(a, id);
    const mine = reasons.filter((r) => rows.includes(r));
    const left = rows.filter((r) => !mine.includes(r));
    if (mine.length && !left.length) continue;
    if (!table) return null;
    if (mine.length && left.every((r) => rowTotal(a, r) === 0) && zerosTrusted(a, all, left)) { zeros = true; continue; }
    if (!mine.length && appsTotal(a, rows) === 0 && zerosTrusted(a, all, rows)) { zeros = true; continue; }
    return null;
  }
  if (zeros && parts < 2) return null;
  return zeros ? 'zeros' : 'named';
}

/** Table 三's 0 for the rows a list leaves out says "none" only when those rows are written (a blank row says
 *  nothing) and the 总计 column's dispositions add up to its （七）总计 (a table that does not add up may be
 *  wrong in just those rows). */
function zerosTrusted(a: Analysis, all: string[], rows: string[]): boolean {
  const t = a.report?.tables.get('applications');
  if (!t) return false;
  for (const id of rows) {
    const row = findRow(t, id);
    if (!row || ![...row.values.values()].some((c) => c.value.type !== 'empty')) return false;
  }
  const closed = rowTotal(a, 'total');
  return closed !== null && appsTotal(a, all.flatMap((id) => dataRows(a, id))) === closed;
}

/** text-sum reads this list: the total before 其中/包括 in the list's first sentence, or 其中 opening
 *  that sentence after a sentence of a single count on the same line. */
function textSumReads(para: Sentence[], list: List, text: string): boolean {
  const first = list.parts[0];
  const s = para[first.sentence];
  const m = MARKER.exec(text.slice(s.ns, first.count.ns));
  if (!m) return false;
  const at = s.ns + m.index;
  if (s.counts.some((c) => c.ne <= at && c.unit !== '%')) return true;
  if (first.sentence === 0 || !/^[,:]?$/.test(text.slice(s.ns, at))) return false;
  const prev = para[first.sentence - 1];
  return prev.line === s.line && prev.counts.filter((c) => c.unit !== '%').length === 1;
}

export const textDispositionSum: Rule = {
  id: 'text-disposition-sum',
  formats: { family: 'gov-info', since: 2019 },
  defaultSeverity: 'warning',
  title: { zh: '办理结果分项之和与总数不符', en: 'Listed dispositions do not add up to the total' },
  description: {
    zh: '同一段中先写申请总数（“共办结申请N件”“收到申请N件”），再逐项列出办理结果，且所列已穷尽——表三的全部办理结果（予以公开、部分公开、不予公开、无法提供、不予处理、其他处理）都已列出，或以“其余M件”“其他M件”收尾——而各项之和不等于总数。'
      + '总数可以指收到的申请（此时上年结转、结转下年度的申请可能计入或不计入），也可以指办结的申请，任一读法相符即不报告；所列不完整时不作判断。'
      + '错误示例：“本年共办结申请20件。予以公开5件，部分公开2件，不予公开3件，无法提供4件，不予处理1件，其他处理1件。”（六项之和为16件）。'
      + '正确示例：“……其他处理5件。”（六项之和为20件）。'
      + '具体情形（如“本机关不掌握相关政府信息N件”）按表三对应编号行计；未列出的办理结果在表三中均为 0 时（至少列出两项），所列也视为完整；但这些行在表中留空，或表三各项办理结果之和与（七）总计不符时，表中的 0 不足为凭，不作判断。'
      + '同一办理结果出现两次、与其自身的具体情形并列、“分别为”、同比数字、约数的段落不作判断；总数与“其中”所列分项同在一句的由 text-sum 检查。依据：《政府信息公开条例》第五十条要求年度报告如实反映工作情况，正文数字应当自洽。',
    en: 'A paragraph states a total of applications (共办结申请N件, 收到申请N件) and then lists the dispositions, and the list is complete by its own words — every disposition of table 3 is named (予以公开, 部分公开, 不予公开, 无法提供, 不予处理, 其他处理), or it closes with 其余/其他 M 件 — yet the parts do not add up to the total. '
      + 'The total may be the applications received (with or without those carried over from last year or forward to next year) or those closed: any reading that fits is accepted; a partial list is not judged. '
      + 'Wrong: “本年共办结申请20件。予以公开5件，部分公开2件，不予公开3件，无法提供4件，不予处理1件，其他处理1件。” (the six make 16). Right: “……其他处理5件。” '
      + 'A specific reason (本机关不掌握相关政府信息N件) counts as its numbered row of table 3; a list of two parts or more whose left-out dispositions are 0 in table 3 is complete too, unless those rows are blank or table 3\'s dispositions do not add up to its （七）总计 (then its zeros prove nothing). '
      + 'Paragraphs naming a disposition twice or beside one of its own reasons, using 分别为, year-on-year figures or rounded figures are not judged; a total followed by 其中 and its parts in one sentence is text-sum\'s. '
      + 'Basis: Art. 50 of the Regulations requires the annual report to state the work truthfully; its figures must agree.',
  },
  basis: '《中华人民共和国政府信息公开条例》第五十条；政府信息公开工作年度报告格式（国办公开办函〔2019〕60号、〔2021〕30号）表三',
  check(ctx) {
    const a = ctx.analysis;
    const all = tableDispositions(a);
    if (!all.length) return;
    const { text } = prose(a);
    const t = a.report?.tables.get('applications');
    const nextT = t ? rowTotal(a, 'next') : null;
    const carriedT = t ? rowTotal(a, 'carried') : null;
    let reasonOf: ReasonOf | undefined;
    for (const para of paragraphs(a)) {
      if (para.every((s) => !s.counts.length) || !DISPOSITIONS.some(([r]) => para.some((s) => r.test(s.text)))) continue;
      const list = firstList(items(para, reasonOf ??= reasonMatcher(a), (id) => t
        ? { group: appsTotal(a, dataRows(a, id)), rows: dataRows(a, id).map((r) => appsTotal(a, [r])) }
        : { group: null, rows: [] }));
      if (!list) continue;
      const whole = list.parts.filter((p) => p.kind !== 'reason').flatMap((p) => p.ids);
      const reasons = list.parts.filter((p) => p.kind === 'reason');
      // A disposition named twice, or as a whole and by one of its reasons (不予公开5件，属于国家秘密2件): unreadable.
      if (new Set(whole).size !== whole.length || new Set(reasons.map((p) => p.reason)).size !== reasons.length
        || reasons.some((p) => whole.includes(p.ids[0]))) continue;
      const complete = list.closed ? 'closed' : coverage(a, all, whole, reasons.map((p) => p.reason!), list.parts.length);
      if (!complete || textSumReads(para, list, text)) continue;
      const counts = [...list.parts.map((p) => p.count), list.totals[0].count, ...(list.pending ? [list.pending.count] : [])];
      if (counts.some((c) => !APP_UNITS.test(c.unit) || c.approx || c.decimals) || list.totals.some((x) => !APP_UNITS.test(x.count.unit))) continue;
      const sum = list.parts.reduce((n, p) => n + p.count.value, 0);
      // Every total the paragraph allows: each stated figure, and received + carried over.
      const stated = list.totals.filter((x) => !x.count.approx && !x.count.decimals);
      const totals = new Set(stated.map((x) => x.count.value));
      const received = stated.filter((x) => x.kind === 'total').map((x) => x.count.value);
      const carried = stated.filter((x) => x.kind === 'carried').map((x) => x.count.value);
      for (const r of received) for (const c of carried) totals.add(r + c);
      // What the list may add up to: closed applications, plus those carried forward, minus last year's.
      const nexts = [0, ...(list.pending ? [list.pending.count.value] : []), ...(nextT ? [nextT] : [])];
      const lasts = [0, ...(carriedT ? [carriedT] : []), ...carried];
      const fits = [...totals].some((T) => nexts.some((n) => lasts.some((l) => sum + n - l === T)));
      if (fits) continue;
      // The nearest total of applications (received or closed) before the list; a carried-over figure only when there is none.
      const total = [...list.totals].reverse().find((x) => x.kind === 'total')?.count ?? list.totals[list.totals.length - 1].count;
      const terms = list.parts.map((p) => p.count.value).join(' + ');
      const why = complete === 'closed' ? '以“其余/其他”收尾，已涵盖全部' : complete === 'named' ? '表三全部办理结果均已列出' : '未列出的办理结果在表三中均为 0';
      const whyEn = complete === 'closed' ? 'it closes with 其余/其他' : complete === 'named' ? 'every disposition of table 3 is named' : 'the dispositions it leaves out are 0 in table 3';
      ctx.report({ start: total.start, end: total.end,
        message: `其后所列办理结果之和 ${terms} = ${sum}${total.unit}，与总数 ${total.value}${total.unit} 不符（${why}）`,
        messageEn: `the dispositions listed after it add up to ${terms} = ${sum}, not the total ${total.value} (${whyEn})` });
    }
  },
};
