// text-sum: `共 N …，其中 a…、b…、c…` whose parts contradict the total. The total is the
// nearest count before 其中/包括 (not the first number of the sentence: seed 004 line 31,
// `在7743件…中，已经答复的7723件，…其中…` is about the 7723). Parts larger than the total
// are always wrong; parts that fall short only when the list is plainly exhaustive (it
// names 其他/其余, or channels that cover every way in: 现场/电话/网上). Rounded figures
// (超1万条, 20余份), decimals, a 各 without names joined before it (各乡镇各2件) or a nested 其中
// make the sentence unreadable as a sum: no finding then. (微博、微信各1个 counts the 1 twice.)
import type { Rule } from './rule';
import { Count, prose, Sentence, sentenceEndLine, show } from '../model/sentences';
import { sharesCoverAll } from '../model/sum-shares';

/** 其中包括/其中包含/其中有 is one marker: the 包括 after 其中 opens the same list, not a nested one. */
const MARKER = /其中(?:包括|包含|有)?|包括/g;
/** A clause that starts a new statement after the list (另有2件…, 通过新媒体发布…). */
const NEW_STATEMENT = /^(另有?|此外|同时|另外|通过|举办|开展|组织|召开|印发|制定|编制|发布|办理|处理|受理|接待|完成|累计|全年|合计|总计|共)/;
/** Verbs of a separate statement (微博发布800条) rather than a category of the total. */
const VERB = /发布|推送|转发|编发|转载|举办|召开|开展|印发|接待|回复/;
/** A part named 其他…/其余… closes the list (but not 法人或其他组织). */
const OTHER = /^["'(]?(其他|其它|其余)/;
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

interface Part { count: Count; label: string }

interface Reading {
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

function read(sentences: Sentence[], k: number, at: number, markerEnd: number, text: string, endLine: (s: Sentence) => number): Reading | null {
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
      if (parts.length && !figured && (body.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 4 && !labelHalf(body, text, c.ne)) { truncated = true; break; }
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
  return { total, totals, parts, exhaustive: truncated || mixed ? null : exhaustive(parts), whole: !truncated && !mixed, nested: inner.length > 0 };
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

/** The values split into two or more consecutive runs that each add up to `total`. */
function breakdowns(values: number[], total: number): boolean {
  let acc = 0;
  let runs = 0;
  for (const v of values) {
    acc += v;
    if (acc === total) { runs++; acc = 0; } else if (acc > total) return false;
  }
  return runs >= 2 && acc === 0;
}

/** The parts up to the first semicolon between two of them. */
function beforeSemicolon(parts: Part[], text: string): Part[] {
  for (let k = 1; k < parts.length; k++) {
    if (/[；;]/.test(text.slice(parts[k - 1].count.ne, parts[k].count.ns))) return parts.slice(0, k);
  }
  return parts;
}

/**
 * The first k >= 3 parts (not all of them) add up to `total` exactly, and no part after them is the
 * rest of the same whole (其他各类信息8条: a 其他 closes the list it belongs to, so the list did not end
 * at the sum).
 */
function prefixAddsUp(parts: Part[], total: number): boolean {
  let acc = 0;
  for (let k = 0; k < parts.length - 1; k++) {
    acc += parts[k].count.value;
    if (acc === total) return k >= 2 && !parts.slice(k + 1).some((q) => OTHER.test(q.label));
    if (acc > total) return false;
  }
  return false;
}

/** The first k >= 2 parts, joined by 、 only, add up to `total` and a comma (or semicolon)
 * separates them from the rest; or the parts before a semicolon, even one (其中业务工作4条；动态类
 * 信息数51条；…), joined by 、 or commas, add up to it: a semicolon closes the statement. */
function listEndsAtComma(parts: Part[], total: number, text: string): boolean {
  let acc = parts[0].count.value;
  let comma = false;
  for (let k = 1; k < parts.length; k++) {
    const gap = text.slice(parts[k - 1].count.ne, parts[k].count.ns);
    if (/[；;]/.test(gap)) return acc === total;
    // (Parts joined by commas read on to a semicolon only: 其中18件已予以答复，1件结转至下年度办理；予以公开6件；….)
    if (/[，,]/.test(gap)) {
      if (k >= 2 && acc === total && !comma) return true;
      comma = true;
    } else if (!/、/.test(gap)) return false;
    acc += parts[k].count.value;
    if (acc > total) return false;
  }
  return false;
}

function exhaustive(parts: Part[]): string | null {
  if (parts.some((p) => OTHER.test(p.label))) return '所列项目含“其他”，已涵盖全部';
  if (parts.length === 2 && APPLICANTS.every((re, i) => re.test(parts[i].label))) return '自然人与法人或其他组织已涵盖全部申请人';
  if (parts.length >= 3 && parts.every((p) => CHANNEL_ANY.test(p.label)) && CHANNELS.every((re) => parts.some((p) => re.test(p.label)))) {
    return '所列渠道（现场、电话、网上）已涵盖全部';
  }
  return null;
}

/** Sentences right after the list on its line that each state one bare count of the total's unit and
 * nothing else (…其他传统媒体报道240条。互联网监管系统及审批平台信息17041条。): the list went on there. */
function partsAfter(sentences: Sentence[], k: number, unit: string): number[] {
  const out: number[] = [];
  for (let j = k + 1; j < sentences.length && j <= k + 3; j++) {
    const s = sentences[j];
    if (s.line !== sentences[k].line || s.clauses.length !== 1 || /其中|包括/.test(s.text) || VERB.test(s.text)) break;
    const cs = s.counts.filter((c) => c.unit !== '%');
    if (cs.length !== 1 || cs[0].unit !== unit || cs[0].approx || cs[0].decimals) break;
    out.push(cs[0].value);
  }
  return out;
}

/** Fewest parts of an open list whose small shortfall is noted. */
const NEAR_PARTS = 4;
/** Largest shortfall (in the total's unit) noted for an open list. */
const NEAR_GAP = 2;
/** Smallest total a shortfall of NEAR_GAP is noted against. */
const NEAR_TOTAL = 20;

/** An open list of NEAR_PARTS or more parts, run to its sentence's end, that falls 1–NEAR_GAP short of the only total. */
function nearMiss(r: Reading, sum: number, closed: boolean): boolean {
  if (closed || !r.whole || r.totals.length !== 1 || r.parts.length < NEAR_PARTS) return false;
  const gap = r.total.value - sum;
  return r.total.value >= NEAR_TOTAL && gap >= 1 && gap <= NEAR_GAP;
}

export const textSum: Rule = {
  id: 'text-sum',
  formats: 'all',
  defaultSeverity: 'warning',
  title: { zh: '分项之和与总数不符', en: 'Parts do not add up to the stated total' },
  description: {
    zh: '“共 N …，其中 a…、b…、c…”句式中，“其中”所列分项之和超过总数，或所列分项显然已穷尽（含“其他”“其余”，或现场、电话、网上等全部渠道）而其和不等于总数。总数取“其中/包括”之前最近的同单位数字，而不是句首第一个数字。'
      + '错误示例：“共接受市民咨询1487096人次，其中现场咨询629044人次，电话咨询831448人次，网上咨询9252人次”（三项之和为1469744人次）。'
      + '正确示例：“主动公开信息4250条，其中高新要闻1395条，政务公开750条，专题专栏1080条，其他栏目1025条”。'
      + '“微博和微信各1个”“政策解读、深度各2条”按“各”前并列名称的个数计入各项；“其他……”一项的名称单独成一个分句、数字在下一分句的（“其他政务信息为日常报道，内容包含……等540条”），仍是列举的一项。约数（超1万条、20余份）、前面没有并列名称的“各”（各乡镇各2件）、嵌套的“其中”及未穷尽的列举不作判断（某一分项后括号内的细分“35条（其中……）”只作该项的说明，其余分项之和超过总数时仍提示）；分号前的分项之和已超过总数时，提示只列这些分项；前三项或更多项之和恰好等于总数而其后还有数字（其中没有“其他……”一项）时，或分号前的分项（哪怕只有一项）之和恰好等于总数时，视为列举到此为止、其后是另外的数字；列举句之后紧接着只写一个同单位数字的短句（“……其他传统媒体报道240条。互联网监管系统及审批平台信息17041条。”），与所列分项合计恰好等于总数时，视为列举的延续。各分项都写明所占比例、合计为100%（按所写位数四舍五入的误差以内）的，视为已穷尽，列举可延续到其后紧接、各写一个同单位数字及其比例的句子（“其中，区直各单位……1397条，占73%。各乡镇……534条，占27%。”，两项之和1931条与总数1913条不符）。依据：《政府信息公开条例》第五十条要求年度报告如实反映工作情况，文中数字应当自洽。',
    en: 'In “共 N …，其中 a…、b…、c…” the listed parts exceed the total, or plainly cover everything (they include 其他/其余, or all channels such as on site, by phone and online) and do not add up to it. '
      + 'The total is the nearest count of the same unit before 其中/包括, not the first number of the sentence. '
      + 'Wrong: “共接受市民咨询1487096人次，其中现场咨询629044人次，电话咨询831448人次，网上咨询9252人次” (the parts make 1469744). '
      + 'Right: “主动公开信息4250条，其中高新要闻1395条，政务公开750条，专题专栏1080条，其他栏目1025条”. '
      + 'A 各 count stands for each of the names joined before it (微博和微信各1个, 政策解读、深度各2条 count twice); a 其他 part named in a clause of its own with its figure in the next (其他政务信息为日常报道，内容包含……等540条) is still one item of the list. Rounded figures, a 各 without names joined before it (各乡镇各2件), nested 其中 and open-ended lists are not judged (a part\'s own breakdown in brackets, “35条（其中……）”, is a remark on it: parts above the total are still reported); when the parts before a semicolon already exceed the total, the message lists those; when the first three or more parts (with no 其他 among the figures after them), or the parts before a semicolon (even one), add up to the total exactly and more figures follow, the list ended there and the rest counts other things; short sentences right after the list that each state one bare figure of the same unit and bring the sum to the total exactly continue the list. Parts that each state their share of the total, the shares making 100 % within rounding, cover it (the list may go on in the sentences right after it that each state one more part and its share: 其中…1397条，占73%。各乡镇…534条，占27%。 against 1913). Basis: Art. 50 of the Regulations requires the annual report to state the work truthfully; its figures must agree.',
  },
  basis: '《中华人民共和国政府信息公开条例》第五十条',
  check(ctx) {
    const p = prose(ctx.analysis);
    const { text, sentences } = p;
    const endLine = (x: Sentence) => sentenceEndLine(ctx.analysis, x);
    sentences.forEach((s, k) => {
      for (const m of s.text.matchAll(MARKER)) {
        const at = s.ns + (m.index ?? 0);
        const r = read(sentences, k, at, at + m[0].length, text, endLine);
        if (!r) continue;
        const sum = r.parts.reduce((x, q) => x + q.count.value, 0);
        const terms = r.parts.map((q) => q.count.value).join(' + ');
        const listed = r.parts.length > 1 ? `${terms} = ${sum}${r.total.unit}` : show(r.parts[0].count);
        const closed = !!r.exhaustive && r.parts.length > 1;
        // Around a bracketed breakdown only parts above every total are sure to be wrong.
        if (r.nested && sum <= Math.max(...r.totals)) continue;
        // Every part states its share and the shares make 100 % (…1397条，占73%。各乡镇…534条，占27%。):
        // the list covers the total, so its parts, with those the next sentences add, must make it.
        const cover = r.whole && !closed && r.totals.length === 1
          ? sharesCoverAll(sentences, k, r.parts.map((q) => q.count), r.total.unit) : null;
        if (cover) {
          const all = [...r.parts.map((q) => q.count), ...cover.more];
          const full = all.reduce((x, c) => x + c.value, 0);
          if (full === r.total.value) continue;
          const shown = `${all.map((c) => c.value).join(' + ')} = ${full}${r.total.unit}`;
          ctx.report({ start: r.total.start, end: r.total.end,
            message: `“${m[0]}”所列分项之和 ${shown}，与总数 ${show(r.total)} 不符（各项占比合计100%，所列已是全部）`,
            messageEn: `the parts listed after “${m[0]}” (${shown}) do not add up to the total ${show(r.total)}, though their shares make 100 % (the list is complete)` });
          continue;
        }
        // A long open list that misses the total by a unit or two (465条，其中…8项之和464条): the
        // writer meant to list everything and a figure is off; said as a note (the list may be partial).
        if (nearMiss(r, sum, closed)) {
          const gap = r.total.value - sum;
          ctx.report({ start: r.total.start, end: r.total.end, severity: 'info',
            message: `“${m[0]}”所列 ${r.parts.length} 项之和 ${listed}，比总数 ${show(r.total)} 少 ${gap}${r.total.unit}；如所列已是全部，请核对各项数字`,
            messageEn: `the ${r.parts.length} parts listed after “${m[0]}” (${listed}) fall ${gap}${r.total.unit} short of the total ${show(r.total)}; if the list is complete, check the figures` });
          continue;
        }
        // Some reading of the sentence makes the parts consistent: no finding.
        if (r.totals.some((t) => sum === t || (sum < t && !closed))) continue;
        // Two breakdowns of one total in a row (其中自然人34件、企业1件，办结32件、结转3件):
        // the parts fall into runs that each add up to the total.
        if (r.totals.some((t) => breakdowns(r.parts.map((q) => q.count.value), t))) continue;
        // A 、-joined run that adds up to the total, then a comma and a further figure
        // (其中工作动态192条、通知8条，公开财政信息81条): the list ended at the comma.
        if (r.totals.some((t) => listEndsAtComma(r.parts, t, text))) continue;
        // The first three or more parts add up to the total exactly, and further figures follow
        // (事项清单5054项，其中行政许可701项，……其他权力189项，公共服务395项，镇街清单131项):
        // the list ended there; what follows counts other things (unless a 其他 among it closes the same list).
        if (r.totals.some((t) => prefixAddsUp(r.parts, t))) continue;
        const max = Math.max(...r.totals);
        if (sum > max) {
          const of = r.totals.length > 1 ? `前述各数（最大 ${max}${r.total.unit}）` : `总数 ${show(r.total)}`;
          // The parts before a semicolon already exceed it (…127条；微信公众号422条): those are the list.
          const head = beforeSemicolon(r.parts, text);
          const headSum = head.reduce((x, q) => x + q.count.value, 0);
          const shown = head.length > 1 && head.length < r.parts.length && headSum > max
            ? `${head.map((q) => q.count.value).join(' + ')} = ${headSum}${r.total.unit}` : listed;
          ctx.report({ start: r.total.start, end: r.total.end,
            message: `“${m[0]}”所列分项之和 ${shown} 超过${of}`,
            messageEn: `the parts listed after “${m[0]}” (${shown}) exceed the total ${max}${r.total.unit}` });
        } else if (r.totals.length === 1) {
          // The list continued in the sentences after it: the figures there make up the total.
          let more = sum;
          if (partsAfter(sentences, k, r.total.unit).some((v) => (more += v) === r.total.value)) continue;
          ctx.report({ start: r.total.start, end: r.total.end,
            message: `“${m[0]}”所列分项之和 ${listed}，与总数 ${show(r.total)} 不符（${r.exhaustive}）`,
            messageEn: `the parts listed after “${m[0]}” (${listed}) do not add up to the total ${show(r.total)}, and the list is exhaustive` });
        }
      }
    });
  },
};
