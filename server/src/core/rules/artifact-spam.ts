// Gambling or porn spam injected into a draft (hacked pages, SEO spam copied along with the
// text): 澳门皇冠, 真人娱乐, 百家乐 …. Publishing it on a government site is publishing
// prohibited content: 《网络信息内容生态治理规定》（国家互联网信息办公室令第5号）第六条.
// Precision: a report may legitimately speak of gambling or porn when it reports enforcement
// (打击六合彩赌博, 查处色情网站) or of lotteries it administers (福利彩票): terms in a clause
// with an enforcement word are left alone, and 彩票 on its own is never spam.
import type { Rule } from './rule';
import { crossesLine, mappedText, originalSpan } from '../model/text-search';
import type { MappedText } from '../text/normalize';
import { spamPattern } from '../text/spam-terms';

const SPAM = spamPattern();
/**
 * A clause that reports enforcement, prevention or the lotteries a government runs, rather
 * than advertising (打击六合彩赌博, 收缴老虎机12台, 竞彩足球投注额).
 */
export const SPAM_CONTEXT = new RegExp([
  '打击|查处|整治|取缔|严禁|禁止|非法|涉赌|涉黄|赌博|扫黄|打非|侦破|破获|抓获|查获|捣毁|收缴|没收|查扣|专项|违法|犯罪|举报|治理|清理',
  '淫秽|防范|诈骗|敲诈|封堵|关停|执法|公安',
  '福利彩票|体育彩票|福彩|体彩|竞彩|彩票公益金|彩票销售',
].join('|'));
const CLAUSE_STOP = /[，,。；;！!？?]/;

export const artifactSpam: Rule = {
  id: 'artifact-spam',
  formats: 'all',
  defaultSeverity: 'error',
  title: { zh: '垃圾信息（赌博/色情）', en: 'Injected gambling or porn spam' },
  description: {
    zh: '被篡改的网页或搜索引擎垃圾内容常把赌博、色情推广词（澳门皇冠、真人娱乐、百家乐……）插进正文，复制报告时一并带入。政府网站发布此类内容属于发布违法信息（《网络信息内容生态治理规定》第六条），必须删除。\n\n' +
      '错误示例：“认真贯彻落实中、省、市澳门皇冠:推进政府信息公开工作的具体要求”；正确示例：“认真贯彻落实中、省、市关于推进政府信息公开工作的具体要求”。\n\n' +
      '快速修复删除垃圾词及紧随的冒号或包住它的括号，请再核对句子是否完整；垃圾词以“_”或“$”连着的网站名（“澳门皇冠体育_中国竞彩网$【官网娱乐平台】”）一并报告和删除。报告执法工作的句子（如“打击六合彩赌博”“查处色情网站”“收缴老虎机”）和福利彩票、体育彩票的内容不会被报告；执法用语须紧挨垃圾词（前后十几个字之内），同一分句远处的“治理”“专项”不算。',
    en: 'Hacked pages and SEO spam plant gambling and porn terms (澳门皇冠, 真人娱乐, 百家乐, …) in the text, and copying the report carries them along. Publishing them is publishing prohibited content (《网络信息内容生态治理规定》 art. 6): they must go.\n\n' +
      'Wrong: “认真贯彻落实中、省、市澳门皇冠:推进政府信息公开工作的具体要求”. Right: “认真贯彻落实中、省、市关于推进政府信息公开工作的具体要求”.\n\n' +
      'The quick-fix deletes the term with the colon after it or the brackets around it; reread the sentence. Site names linked to the term by _ or $ (澳门皇冠体育_中国竞彩网$【官网娱乐平台】) are reported and deleted with it. Sentences about enforcement (打击六合彩赌博, 查处色情网站, 收缴老虎机) and the welfare and sports lotteries are not reported; the enforcement word must stand near the term (within some sixteen characters), not far down the clause (…排查治理导则).',
  },
  basis: '《网络信息内容生态治理规定》（国家互联网信息办公室令第5号）第六条',
  check(ctx) {
    const a = ctx.analysis;
    const m = mappedText(a);
    const text = a.doc.work;
    // Adjacent spam terms (澳门皇冠娱乐城百家乐) are one phrase.
    const phrases: [number, number][] = [];
    for (const hit of m.text.matchAll(SPAM)) {
      const s = hit.index;
      const e = s + hit[0].length;
      // 彩天下 is a brand only standing alone (多彩天下, 光彩天下 are words): nothing Han beside it on its line.
      if (hit[0].startsWith('彩天下') && !alone(m, text, s, e)) continue;
      const prev = phrases[phrases.length - 1];
      // Terms joined by a link character (uedbet体育_uedbet官网) are one phrase too.
      if (prev && (s <= prev[1] || /^[_@:·-]{1,2}$/.test(m.text.slice(prev[1], s)))) prev[1] = Math.max(prev[1], e);
      else phrases.push([s, e]);
    }
    // A spam term's SEO chain (澳门皇冠体育_中国竞彩网$【官网娱乐平台】: site names joined by _ or $) is spam too:
    // the lottery or enforcement words inside it (竞彩) are no context that excuses a term, and the finding
    // covers it. Only names of a site (…网, …平台, …体育, Latin letters) on the term's line: a page title
    // before the link (…年度报告_足彩app) is the text's.
    // (No further than the next term or back to the one before: the words between two chains are the text's.)
    const chained = new Uint8Array(m.text.length);
    const chains = phrases.map(([s, e], i): [number, number] => {
      const after = chainAfter(m.text, e, Math.min(e + 80, phrases[i + 1]?.[0] ?? Infinity));
      const before = chainBefore(m.text, s, Math.max(0, s - 80, phrases[i - 1]?.[1] ?? 0));
      const span = originalSpan(m, s - before, e + after);
      if (crossesLine(text, span.start, span.end)) return [s, e];
      chained.fill(1, s - before, e + after);
      return [s - before, e + after];
    });
    for (const [i, [ps, pe]] of phrases.entries()) {
      if (SPAM_CONTEXT.test(clause(m, text, ps, pe, chained))) continue;
      // (Two terms of one chain, 澳门皇冠_澳门金沙, are one finding.)
      if (i > 0 && chains[i - 1][1] > chains[i][0]) continue;
      const [s, e] = chains[i];
      const span = originalSpan(m, s, e);
      const shown = text.slice(span.start, span.end);
      const del = deletion(text, span.start, span.end);
      ctx.report({
        start: span.start,
        end: span.end,
        message: `疑似被植入的赌博/色情垃圾信息“${shown}”，应删除`,
        messageEn: `Injected gambling/porn spam “${shown}”; delete it`,
        fix: crossesLine(text, del.start, del.end) ? undefined : { title: `删除“${text.slice(del.start, del.end)}”`, edits: [{ ...del, newText: '' }], safe: true },
      });
    }
  },
};

/** Normalised [s, e) has no Han character next to it on its line of the original. */
function alone(m: MappedText, original: string, s: number, e: number): boolean {
  const start = m.map.get(s);
  const end = m.map.get(e - 1) + 1;
  const before = original.slice(Math.max(0, start - 2), start);
  const after = original.slice(end, end + 2);
  return !/[\u4e00-\u9fff]\s*$/.test(before.replace(/^.*[\r\n]/s, '')) && !/^\s*[\u4e00-\u9fff]/.test(after.replace(/[\r\n].*$/s, ''));
}

/**
 * The clause around normalised [s, e): up to clause punctuation or a line break, without the term,
 * and no further than NEAR characters on either side: an enforcement word belongs to the term's own
 * phrase (打击六合彩赌博), not to a list of document names farther on (工贸必威体育官方网站 重大隐患判定标准、
 * ……化工园区安全风险排查治理导则).
 */
const NEAR = 16;
/** A site's name in a chain: 中国竞彩网, 【官网娱乐平台】, 体育, app, 365bet. */
const SITE_PIECE = /网|平台|体育|娱乐|彩|app|登录|下载|注册|投注|官方|^[【[]?[A-Za-z0-9]+[】\]]?$/i;
const LINK_AFTER = /^([\u4e00-\u9fffA-Za-z0-9]{0,8})[_$]+([【[]?[\u4e00-\u9fffA-Za-z0-9]{1,12}[】\]]?)/;
const LINK_BEFORE = /([【[]?[\u4e00-\u9fffA-Za-z0-9]{1,12}[】\]]?)[_$]+([\u4e00-\u9fffA-Za-z0-9]{0,8})$/;
/** How many characters of site names are linked on after a term ending at `e` (not past `limit`). */
function chainAfter(t: string, e: number, limit: number): number {
  let at = e;
  for (let l = LINK_AFTER.exec(t.slice(at, limit)); l && (!l[1] || SITE_PIECE.test(l[1])) && SITE_PIECE.test(l[2]); l = LINK_AFTER.exec(t.slice(at, limit))) at += l[0].length;
  return at - e;
}
/** How many characters of site names are linked on before a term starting at `s` (not before `limit`). */
function chainBefore(t: string, s: number, limit: number): number {
  let at = s;
  for (let l = LINK_BEFORE.exec(t.slice(limit, at)); l && (!l[2] || SITE_PIECE.test(l[2])) && SITE_PIECE.test(l[1]); l = LINK_BEFORE.exec(t.slice(limit, at))) at -= l[0].length;
  return s - at;
}
/** (`skip`: characters of a spam chain, left out of the clause.) */
function clause(m: MappedText, original: string, s: number, e: number, skip?: Uint8Array): string {
  const t = m.text;
  const broken = (i: number) => CLAUSE_STOP.test(t[i]) || /[\r\n]/.test(original.slice(m.map.get(i) + 1, m.map.get(i + 1)));
  let a = s;
  while (a > 0 && s - a < NEAR && !broken(a - 1)) a--;
  let b = e;
  while (b < t.length && b - e < NEAR && !CLAUSE_STOP.test(t[b]) && !broken(b - 1)) b++;
  const kept = (from: number, to: number) => (skip ? t.slice(from, to).split("").filter((_, i) => !skip[from + i]).join('') : t.slice(from, to));
  return kept(a, s) + kept(e, b);
}

/** The span to delete: the term with a colon or a link glued to it, or the brackets around it. */
function deletion(text: string, start: number, end: number): { start: number; end: number } {
  const after = /^(?:\s*(?:https?:\/\/|www\.)[\w./?=&%-]+)?\s*[:：]?/.exec(text.slice(end))![0];
  let s = start;
  let e = end + after.length;
  const open = text[s - 1];
  const close = text[e];
  if (open && close && '【[（('.includes(open) && '】]）)'.indexOf(close) === '【[（('.indexOf(open)) { s--; e++; }
  return { start: s, end: e };
}
