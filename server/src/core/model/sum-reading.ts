// The reading of one 其中/包括 list for text-sum (rules/text-sum.ts): the total before the marker, the
// parts after it clause by clause, where the list ends, and whether it plainly covers everything
// (其他/其余, both kinds of applicant, every channel). Pure: the rule decides what to report.
import type { Count, Sentence } from './sentences';

/** A clause that starts a new statement after the list (另有2件…, 通过新媒体发布…). */
const NEW_STATEMENT = /^(另有?|此外|同时|另外|通过|举办|开展|组织|召开|印发|制定|编制|发布|办理|处理|受理|接待|完成|累计|全年|合计|总计|共)/;
/** Verbs of a separate statement (微博发布800条) rather than a category of the total. */
export const VERB = /发布|推送|转发|编发|转载|举办|召开|开展|印发|接待|回复/;
/** A part named 其他…/其余… closes the list (but not 法人或其他组织). */
export const OTHER = /^["'(]?(其他|其它|其余)/;
/** Applicants are either 自然人 or 法人或其他组织 (the two column groups of table 三). */
const APPLICANTS = [/自然人|个人/, /法人|组织|企业/];
/** Ways in that together leave nothing out (咨询 received on site, by phone and online). */
const CHANNELS: RegExp[] = [/现场|当面|窗口|来访|大厅|柜台/, /电话|热线/, /网上|网络|在线|网站|互联网|电子邮件|邮件|微信/];
/** A part that says how some of the total were handled (依法延期1件, 按时办结, 当场答复): a property
 * across the breakdown, not one of its categories (均按时答复，其中依法延期1件，予以公开10件，…). */
const ATTRIBUTE = /延期|延长|按时|按期|当场/;
const CHANNEL_ANY = /现场|当面|窗口|来访|大厅|柜台|电话|热线|网上|网络|在线|网站|互联网|电子邮件|邮件|微信|信函|来信|传真/;

/** A bracketed remark pointing back at what was just counted: （这7件……）, （上述3件……）. */
const BACK_REFERENCE = /^[,，]?\((?:这|该|此|上述|以上|前述)/;
/**
 * A clause comparing the part before it with another year (比上年度减少838条, 较2022年增加12件, 同比下降5条);
 * before any part is read, only with its figure right after the verb (CHANGE: 比上年度减少838条).
 */
const COMPARISON = /^[,，]?(?:比|较|同比|环比)[^，,；;。]{0,8}?(?:增加|减少|增长|下降|上升|多|少)/;
const CHANGE = /^(?:比|较|同比|环比)[^\d，,；;。]{0,8}?(?:增加|减少|增长|下降|上升|多|少)了?\d/;
/** A nested breakdown inside the list: a second 其中/包括, or 含 opening a clause or a bracket. */
const NESTED = /其中|包括|包含|^含[^)]*\d|\(含[^)]*\d/;
/** 包含/包括 followed by names only, then 等 and the part's figure: what the part holds, no nested list. */
const DESCRIBES = /^[^\d，,；;。()]{0,20}(?:包含|包括)[^\d，,；;。()]{2,60}等\d/;
/** A clause ending in 等 (121篇等) closes the list. */
const LIST_END = /等[)"']?$/;
/** Units that count documents or items interchangeably in one list (公文8件、补贴信息141条). */
const DOC_UNITS = new Set(['件', '条', '项', '个', '份', '篇']);

export interface Part { count: Count; label: string }

export interface Reading {
  /** The nearest count before 其中: the total the parts are checked against. */
  total: Count;
  /** Every total the sentence allows: the nearest count, earlier counts of the same unit
   * in the sentence and their sum (`收到47件，上年结转3件，其中…` lists parts of the 50). */
  totals: number[];
  parts: Part[];
  exhaustive: string | null;
  /** The list ran to its sentence's end: no new statement, no part in another unit cut it short. */
  whole: boolean;
  /** A part had its own breakdown in brackets: only parts above the total are judged then. */
  nested: boolean;
}

function closeParen(s: Sentence, from: number, text: string): number {
  // When 其中 sits inside brackets (7597件，其中基本信息查询6600件), the list ends at the bracket.
  let depth = 0;
  for (let i = s.ns; i < from; i++) depth += text[i] === '(' ? 1 : text[i] === ')' ? -1 : 0;
  if (depth <= 0) return s.ne;
  for (let i = from; i < s.ne; i++) if (text[i] === ')' && --depth === 0) return i;
  return s.ne;
}

function totalsBefore(sentences: Sentence[], k: number, at: number, text: string, endLine: (s: Sentence) => number): Count[] {
  const s = sentences[k];
  // A semicolon before the marker closes the statements before it (…165条，其中…102条；发布…1条，
  // 包括…): the total is counted in the marker's own clause.
  // Looked for inside the sentence only: a search back through the whole text was quadratic in a
  // long draft with few semicolons.
  let from = -1;
  for (let i = at - 1; i >= s.ns; i--) {
    if (text[i] === ';' || text[i] === '；') { from = i; break; }
  }
  const before = s.counts.filter((c) => c.ne <= at && c.ns > from && c.unit !== '%');
  if (before.length) return before;
  if (from >= 0) return [];
  // 其中 opening a sentence refers to the previous one, on the same line, only when that
  // sentence states a single count (`共受理申请7743件。其中，…`); with two (`收到12件，上年结转1件。
  // 其中…`) the parts belong to their combination and nothing can be checked.
  // (The previous sentence may start on an earlier line of a wrapped paragraph and end on this one.)
  if (!/^[,:]?$/.test(text.slice(s.ns, at)) || k === 0) return [];
  const prev = sentences[k - 1];
  if (prev.line !== s.line && endLine(prev) !== s.line) return [];
  const counts = prev.counts.filter((c) => c.unit !== '%');
  return counts.length === 1 ? counts : [];
}

export function read(sentences: Sentence[], k: number, at: number, markerEnd: number, text: string, endLine: (s: Sentence) => number): Reading | null {
  const s = sentences[k];
  const before = totalsBefore(sentences, k, at, text, endLine);
  const total = before[before.length - 1];
  if (!total || total.approx || total.decimals || total.value <= 0) return null;
  if (/各$/.test(text.slice(Math.max(s.ns, total.ns - 1), total.ns))) return null;
  const same = before.filter((c) => c.unit === total.unit && !c.approx && !c.decimals).map((c) => c.value);
  const totals = [...new Set([...same, same.reduce((x, y) => x + y, 0)])];
  const end = closeParen(s, markerEnd, text);
  const region = s.clauses.filter((c) => c.ne > markerEnd && c.ns < end);
  const parts: Part[] = [];
  let truncated = false;
  /** The list ended at a clause of words right after its 其他 part (其他信息525条，所有的……全部通过网站发布): the
   * 其他 closed it. (Not at a new statement with a figure: 其他类信息32条，市规划局网站公开发布信息14条 may go on with it.) */
  let afterOther = false;
  let mixed = false;
  /** Names without a figure joined to the next clause by 、 (微博、微信各1个): how many a 各 count stands for. */
  let halves = 0;
  /** A 其他 part's name in a clause before its figure's: the label of the next part. */
  let lead = '';
  // A part's own breakdown in brackets right after it (法定主动公开35条（其中政策文件6条、…）) is a
  // remark on that part: the outer list reads on without it (the bracket's list is checked on its own).
  const inner = breakdownBrackets(text, markerEnd, end);
  const outside = (x: { ns: number; ne: number }) => !inner.some(([o, e]) => x.ns > o && x.ne <= e + 1);
  for (const c of region) {
    if (!outside(c)) continue;
    const from = Math.max(c.ns, markerEnd);
    const own = c.counts.filter((x) => x.ns >= from && x.ne <= end && x.unit === total.unit && outside(x));
    let body = text.slice(from, Math.min(c.ne, end));
    for (const [o, e] of [...inner].reverse()) {
      if (o >= from && o < from + body.length) body = body.slice(0, o - from) + body.slice(Math.min(body.length, e + 1 - from));
    }
    // A second 其中 (or a 含 breakdown of one part: 1233条，含规范性文件2条，其他1231条, or
    // 8件（含规范性文件3件）) starts a nested list: the figures no longer add up to one total.
    // (内容包含党建活动、自然生态等540条 says what the part holds: names, 等, then the part's own figure.)
    if (NESTED.test(body) && !DESCRIBES.test(text.slice(from, end))) return null;
    // 义务教育信息121篇等；微信公众号发布1135条: 等 closes the list, what follows is a new statement.
    const closes = LIST_END.test(body);
    if (own.length === 0) {
      // A part counted in another unit of documents (公文8件 among 条): the same-unit parts
      // are not the whole list, so their shortfall proves nothing.
      if (DOC_UNITS.has(total.unit) && c.counts.some((x) => x.ns >= from && x.ne <= end && DOC_UNITS.has(x.unit))) mixed = true;
      if (closes && parts.length) { truncated = true; break; }
      // A clause of words without a figure after the parts (…信函申请数5件，已按程序按时办理，发生行政复议1件)
      // ends the list: what follows is another statement.
      // (But a short label's first half joined to the next part by 、 — 安全生产、应急管理类信息124条 — is
      // that part's name, not a statement.)
      // (A clause with a figure in another unit, 年度阅读量为29.4万次 after a channel's 2464条, remarks on that part:
      // the list reads on.)
      const figured = c.counts.some((x) => x.ns >= from && x.ne <= end);
      // (A 其他 part named in a clause of its own, its figure in the next: 其他政务信息为新区的日常新闻报道，内容……540条.)
      // (Its figure must come in the very next clause: else the list ended at that name, as before.)
      // (Its words may run on over names joined by 、: 内容包含党建活动、自然生态、…等540条.)
      if (lead && !figured && text[c.ne] === '、') { lead += body; continue; }
      if (lead) { truncated = true; break; }
      if (parts.length && !figured && OTHER.test(body)) { lead = body; continue; }
      if (parts.length && !figured && (body.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 4 && !labelHalf(body, text, c.ne)) { truncated = true; afterOther = otherLast(parts); break; }
      halves = !figured && labelHalf(body, text, c.ne) && text[c.ne] === '、' ? halves + 1 : 0;
      continue;
    }
    // A bracketed remark that points back at a part (其他的7件，（这7件因为……）) restates it; so does a
    // clause giving the part's change from last year (行政许可公开信息3121条，比上年度减少838条).
    // (A CHANGE is a COMPARISON too: after a part the looser pattern decides alone.)
    if (BACK_REFERENCE.test(body) || (parts.length ? COMPARISON : CHANGE).test(body)) continue;
    // (A part joined to the one before by 、 is one more item of the list, whatever word it opens with:
    // 工作动态信息29条、组织开展活动信息10条 — a new statement follows a comma or a semicolon.)
    const listed = text[from - 1] === '、';
    // (A word the first part opened with too is the list's parallel wording, 其中:通过微信…2464条,通过网站…480条.)
    const opener = NEW_STATEMENT.exec(body);
    if (parts.length && !listed && ((opener && !parts[0].label.startsWith(opener[0])) || newVerb(body, parts[0].label))) { truncated = true; break; }
    if (own.length > 1) return null;
    const x = own[0];
    if (x.approx || x.decimals) return null;
    // A count after 各 stands for each of the names before it (政策解读和深度各2条, 微博、微信各1个): that many parts.
    const each = /各\d/.test(body);
    const times = each ? eachOf(text.slice(from, x.ns), halves) : 1;
    if (each && times < 2) return null;
    halves = 0;
    for (let i = 0; i < times; i++) parts.push({ count: x, label: lead + text.slice(from, x.ns) });
    lead = '';
    if (closes) { truncated = true; break; }
  }
  // Parts that name a way of handling (依法延期1件) beside parts that name categories (予以公开10件)
  // overlap them: the categories alone are the breakdown. (When every part names one — 按时答复10件、
  // 延期答复5件 — they are the breakdown themselves.)
  const kinds = parts.filter((q) => !ATTRIBUTE.test(q.label));
  if (kinds.length && kinds.length < parts.length) parts.splice(0, parts.length, ...kinds);
  if (!parts.length) return null;
  // A list cut short by a new statement is not known to be complete.
  return { total, totals, parts, exhaustive: (truncated && !afterOther) || mixed ? null : exhaustive(parts), whole: !truncated && !mixed, nested: inner.length > 0 };
}

/** The last part read is a 其他/其余 part, after at least one other: it names the rest of the total. */
function otherLast(parts: Part[]): boolean {
  return parts.length > 1 && OTHER.test(parts[parts.length - 1].label);
}

/**
 * The names a 各 count is each of: those joined by 和/与/及/、 right before 各 in its clause, and the name-only
 * clauses joined to it by 、 before (halves). 0 when the 各 is not right before the count.
 */
function eachOf(label: string, halves: number): number {
  if (!label.endsWith('各')) return 0;
  return label.slice(0, -1).split(/和|与|及|、/).filter((n) => /[\u4e00-\u9fff]/.test(n)).length + halves;
}

/** A clause of a few words and no figure that 、 joins to the next one: the first half of a part's name. */
function labelHalf(body: string, text: string, ne: number): boolean {
  return body.length <= 12 && !/[\d,，;；:]/.test(body) && (text[ne] === '、' || text[ne - 1] === '、');
}

/** Brackets in `[from, to)` that open with 其中 right after a count (35条(其中…)): [open, close] offsets. */
function breakdownBrackets(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = from; i < to; i++) {
    if (text[i] !== '(' || !text.startsWith('其中', i + 1) || !/\d[\u4e00-\u9fff]{1,2}$/.test(text.slice(Math.max(from, i - 3), i))) continue;
    const close = text.indexOf(')', i);
    if (close < 0 || close >= to || text.slice(i + 1, close).includes('(')) break;
    out.push([i, close]);
    i = close;
  }
  return out;
}

/** A verb the first part did not use (其中政策文件100条，…，微博发布800条) starts a new statement;
 * parts that all say it (动态类信息发布1744条，政务信息发布393条) are still the list. */
function newVerb(body: string, first: string): boolean {
  const v = VERB.exec(body);
  return !!v && !first.includes(v[0]);
}

function exhaustive(parts: Part[]): string | null {
  if (parts.some((p) => OTHER.test(p.label))) return '所列项目含“其他”，已涵盖全部';
  if (parts.length === 2 && APPLICANTS.every((re, i) => re.test(parts[i].label))) return '自然人与法人或其他组织已涵盖全部申请人';
  if (parts.length >= 3 && parts.every((p) => CHANNEL_ANY.test(p.label)) && CHANNELS.every((re) => parts.some((p) => re.test(p.label)))) {
    return '所列渠道（现场、电话、网上）已涵盖全部';
  }
  return null;
}
