// A word doubled by mistake: the same two to four Han characters twice in a row (资金资金分配,
// 政府信息信息公开), also where a PDF line wrap falls between the two copies. Legitimate
// reduplication stays silent: one character doubled (常常, 天天, AABB 认认真真), verbs and
// adjectives reduplicated as ABAB (研究研究, 雪白雪白), 一个一个, numerals (二〇二〇). One character
// doubled is reported only for 的 and 在, which standard Chinese never doubles (我局的的职能).
// A proofreading check.
import { isDoublingBlank } from '../parse/double-spaced';
import type { Rule } from './rule';
import type { Analysis } from '../engine/lint';
import { isHan, proofLines } from '../model/proof-lines';
import { wrapTargets } from '../model/prose-wrap';
import { trimmedLine } from '../model/artifacts-lines';
import { pageChromeAt } from '../parse/page-chrome';
import { ORG_LINE } from '../parse/title';
import { hanCount } from '../text/han';
import { variantDoubled } from '../model/doubled-variant';

/** ABAB reduplication of a two-character verb or adjective, which is correct Chinese. */
const ABAB = new Set([
  '研究', '讨论', '学习', '考虑', '商量', '了解', '休息', '活动', '锻炼', '打听', '介绍', '检查', '比较', '准备',
  '收拾', '整理', '打扫', '清理', '总结', '交流', '琢磨', '溜达', '放松', '暖和', '凉快', '热闹', '高兴', '轻松',
  '舒服', '雪白', '通红', '冰凉', '笔直', '碧绿', '漆黑', '火红', '滚烫', '乐呵', '体验', '尝试', '思考', '分析',
  '调查', '沟通', '协调', '安排', '指导', '帮助', '关心', '表扬', '批评', '教育', '提醒',
]);
/** Words that end an organ's name (人民政府, 管理委员会) and also start words of their own. */
const ORGAN_END = /^(?:政府|委员会|委员|办公室|中心|机关|部门|单位)$/;
/** What stands before 政府 when it ends an organ's name: 人民政府, 县政府, 各级政府, 旗政府, 盟政府. */
const GOV_BEFORE = /[民省市县区州旗盟镇乡级府]/;
/** What names a body of rules before 规定 as a noun (有关规定, 相关规定, 国家规定): 规定规定 is then noun and verb. */
const REGULATION_BEFORE = /(?:有关|相关|国家|法律|法规|规章)$/;
const NUMERAL = /^[〇零一二三四五六七八九十百千万亿两]+$/;

/** A doubled word at i in s: the length of the word (2–4), or 0. */
export function doubledAt(s: string, i: number): number {
  for (let len = 4; len >= 2; len--) {
    if (i + 2 * len > s.length) continue;
    let same = true;
    // (By code unit: U+3400–U+9FFF as isHan, without a string per character.)
    for (let k = 0; k < len; k++) {
      const c = s.charCodeAt(i + k);
      if (c < 0x3400 || c > 0x9fff || c !== s.charCodeAt(i + len + k)) { same = false; break; }
    }
    if (!same) continue;
    const w = s.slice(i, i + len);
    // 哈哈哈哈 (one character), 一个一个/一步一步, numerals, ABAB reduplication.
    if (w[0] === w[1] || w[0] === '一' || NUMERAL.test(w) || ABAB.has(w)) continue;
    // A run of 一X pieces (办案一案一卷一审: 案一 案一 across 一案 一卷 一审): the pair ends in 一 and the run
    // goes on with 一 after the next character.
    if (w.endsWith('一') && s[i + 2 * len + 1] === '一') continue;
    // 人民政府政府信息, 委员会委员会议: the first copy ends an organ's name, the second starts a
    // word of its own. (政府 ends one after 人民 or a level, 县政府 / 各级政府: 处理政府政府信息 is doubled.)
    if (ORGAN_END.test(w) && i > 0 && isHan(s[i - 1]) && (w !== '政府' || GOV_BEFORE.test(s[i - 1]))) continue;
    // 国家有关规定规定应当主动公开 (the 条例's own words, 第二十条第（十五）项): the first 规定 ends the noun
    // 有关规定, the second is the verb.
    if (w === '规定' && REGULATION_BEFORE.test(s.slice(Math.max(0, i - 2), i))) continue;
    // The doubled pair inside a longer run of one character (哈哈哈哈哈) is covered above; a
    // triple of the word is a deliberate rhythm (是是是).
    return len;
  }
  return 0;
}

/**
 * Punctuation doubled by mistake: the same mark twice (，，, ,,, 。。, 、、, ；；, 《《, 》》: a title inside a
 * title takes 〈〉) or a comma or 、 before another mark (,、 ,。 、，). 。 followed by a comma is left
 * alone: pages that lost their paragraph breaks join paragraphs that way.
 */
const DOUBLED_PUNCT = /([，,、。；;《》])\1|[，,][、。；;，,]|、[，,。；;]/;

/**
 * A sentence written twice in a row (依申请公开方面。依申请公开方面。): four to thirty characters with
 * Han in them, up to its full stop or semicolon, then the same again.
 */
const DOUBLED_SENTENCE = /([^。；;！!？?\s]{4,30}[。；;！!？?])\1/;
/**
 * A clause written twice in a row between commas, the second time with or without a leading adverb
 * (共排查出……“挂案” 5起,排查出……“挂案” 5起,), or with 任何 in one copy only (如对本报告有任何疑问，如对本报告有
 * 疑问，): the cores (adverb and 任何 dropped) are the same, eight or more characters with four Han. Returns the start and end of the pair in `t`, or null.
 */
const CLAUSE_ADVERB = /^(?:共|共计|累计|合计|总计|已|均|还|又|再|并)/;
/** A clause compared without 任何, which an edit may have added to one copy (如对本报告有任何疑问，如对本报告有疑问，…). */
const loose = (c: string) => c.replace(/任何/g, '');
function doubledClause(t: string): [number, number] | null {
  if (!t.includes(',') && !t.includes('，')) return null;
  const parts: { s: number; e: number }[] = [];
  let from = 0;
  for (let i = 0; i <= t.length; i++) {
    if (i === t.length || t[i] === ',' || t[i] === '，' || isSentenceEnd(t.charCodeAt(i))) {
      parts.push({ s: from, e: i });
      from = i + 1;
    }
  }
  const core = (x: { s: number; e: number }) => t.slice(x.s, x.e).trim().replace(CLAUSE_ADVERB, '');
  for (let k = 0; k + 1 < parts.length; k++) {
    // (Only across a comma: a sentence written twice is DOUBLED_SENTENCE's.)
    if (t[parts[k].e] !== ',' && t[parts[k].e] !== '，') continue;
    const c = core(parts[k]);
    // (The copies compared first, the Han characters of one counted only then: most clauses differ.)
    if (c.length < 8 || loose(c) !== loose(core(parts[k + 1])) || hanCount(c) < 4) continue;
    return [parts[k].s + (t.slice(parts[k].s, parts[k].e).length - t.slice(parts[k].s, parts[k].e).trimStart().length), parts[k + 1].e];
  }
  return null;
}

/**
 * An item of a list written twice across a 、, the second copy perhaps run into the next item (its 、
 * lost as well: ……的收费及减免情况、政府信息公开的收费及减免情况政府信息公开保密审查……): the item is eight or
 * more characters with four Han, and the text after the 、 starts with it. Returns the start and end of
 * the first copy and the second in `t`, or null.
 */
function doubledListItem(t: string): [number, number] | null {
  for (let at = t.indexOf('、'); at > 0; at = t.indexOf('、', at + 1)) {
    // The item before the mark: back to the previous 、, comma, colon, sentence end or bracket.
    let s = at;
    while (s > 0 && !/[、，,：:；;。！!？?（(“"]/.test(t[s - 1])) s--;
    const item = t.slice(s, at);
    if (item.length < 8 || (item.match(/[\u3400-\u9fff]/g)?.length ?? 0) < 4) continue;
    if (t.startsWith(item, at + 1)) return [s, at + 1 + item.length];
  }
  return null;
}

/** The marks that close DOUBLED_SENTENCE's sentence (。；;！!？?). */
const isSentenceEnd = (c: number) => c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff01 || c === 0x21 || c === 0xff1f || c === 0x3f;

/**
 * Whether DOUBLED_SENTENCE can match in `t`: its two marks are the same character, 5 to 31 apart,
 * with no mark between them, and the text before each mark begins and ends with the same characters. A scan of the marks, where the regular expression tried every position
 * of every line (most lines have no such pair).
 */
function mayDoubleSentence(t: string): boolean {
  let last = -1;
  let mark = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (!isSentenceEnd(c)) continue;
    // (The two copies end and begin alike: the characters before the marks, and each copy's first.)
    if (c === mark && i - last >= 5 && i - last <= 31 && t.charCodeAt(i - 1) === t.charCodeAt(last - 1)
      && t.charCodeAt(last + 1) === t.charCodeAt(2 * last - i + 1)) return true;
    last = i;
    mark = c;
  }
  return false;
}

interface Piece { text: string; offsets: number[] }

/**
 * One character doubled by mistake where standard Chinese never doubles it: 的 and 在 (我局的的职能,
 * 在在工作中). Not where the pair is a word and the character (目的的, 现在在, 实在在 …), nor AABB
 * (的的确确, 实实在在). Other characters are left alone: most that double across a word's edge are
 * right (行政 + 政务, 工作 + 作为, 根根分明, 不了了之).
 */
const SINGLE: Record<string, RegExp> = { 的: /[目]/, 在: /[现存所实自内外潜好旨正志意不]/ };
export function singleDoubledAt(s: string, i: number): boolean {
  const c = s[i];
  const before = SINGLE[c];
  if (!before || s[i + 1] !== c || s[i + 2] === c || (i > 0 && s[i - 1] === c)) return false;
  if (i > 0 && before.test(s[i - 1])) return false;
  // AABB: 的的确确, 实实在在.
  if (i + 3 < s.length && s[i + 2] === s[i + 3] && isHan(s[i + 2])) return false;
  if (i >= 2 && s[i - 1] === s[i - 2] && isHan(s[i - 1])) return false;
  return true;
}

export const textDoubled: Rule = {
  id: 'text-doubled',
  formats: 'all',
  defaultSeverity: 'info',
  title: { zh: '词语重复', en: 'Word doubled by mistake' },
  description: {
    zh: '同一个由两到四个汉字组成的词连写两遍，通常是编辑时复制粘贴或删改不彻底造成的，如“资金资金分配”“政府信息信息公开”；PDF 换行处前一行末与后一行首重复也会检查；标题连写两遍（网页页头与正文标题一并复制；其中一遍年份后丢了“年”字也算同一标题，并指出缺字）、同一句话连写两遍（“依申请公开方面。依申请公开方面。”）、逗号前后同一分句连写两遍（“共排查出涉企“挂案”5起，排查出涉企“挂案”5起”，前一遍可多一个“共”“累计”之类的副词，或其中一遍多一个“任何”，如“如对本报告有任何疑问，如对本报告有疑问”）、顿号前后同一列举项（八字以上）连写两遍（“政府信息公开的收费及减免情况、政府信息公开的收费及减免情况”，后一遍可与下一项连在一起）也作提示；同一说法连写两遍、其中一遍多一个“以”“的”“了”（“可通过可以通过”）也提示（“亚运会亚残运会”这类两个不同的词不算）。标点连写两遍（“，，”“。。”“,、”“《《”）也提示，每行报告第一处。“的”“在”两字从不叠用，连写两遍（“我局的的职能”）也提示（“目的的”“现在在”“的的确确”“实实在在”不算）。\n\n' +
      '其他单字重叠（“常常”“天天”“认认真真”）、动词或形容词的 ABAB 重叠（“研究研究”“雪白雪白”）、“一个一个”和数字不报告。本规则只作提示，不提供快速修复：请确认后删除多余的一遍。',
    en: 'The same word of two to four Han characters written twice in a row, usually left by copy-and-paste or an incomplete edit (资金资金分配, 政府信息信息公开); the title printed twice in a row (a web page header and the article title copied together; a copy whose year lost its 年 is the same title, the slip named) a sentence written twice in a row (依申请公开方面。依申请公开方面。) a clause written twice across a comma (the first time perhaps with an adverb such as 共 or 累计, or 任何 in one copy only) and a list item of eight characters or more written twice across a 、 (the second copy perhaps run into the next item) are hinted too, and so is the same phrase written twice with 以, 的 or 了 in one copy only (可通过可以通过; two different words such as 亚运会亚残运会 are not); the end of a PDF line repeated at the start of the next one is checked too. Doubled punctuation (，，, 。。, ,、, 《《) is reported too, the first on each line. 的 and 在, which are never reduplicated, written twice (我局的的职能) are hinted too (not 目的的, 现在在, 的的确确, 实实在在).\n\n' +
      'Other reduplication of one character (常常, 天天, 认认真真), ABAB reduplication of verbs and adjectives (研究研究, 雪白雪白), 一个一个 and numbers are not reported. A hint only, without a quick-fix: check and delete the extra copy.',
  },
  basis: '校对检查（文字重复）',
  examples: {
    wrong: '规范政府信息信息公开工作流程，加强资金资金分配管理。',
    right: '规范政府信息公开工作流程，加强资金分配管理。',
    note: '“信息”“资金”各多写了一遍。',
  },
  check(ctx) {
    const a = ctx.analysis;
    const report = (p: Piece, i: number, len: number) => {
      const w = p.text.slice(i, i + len);
      const start = p.offsets[i];
      const end = p.offsets[i + 2 * len - 1] + 1;
      ctx.report({
        start,
        end,
        message: `词语重复：“${w}${w}”，“${w}”多写了一遍`,
        messageEn: `Word doubled: “${w}${w}” repeats “${w}”`,
      });
    };
    titleRepeated(a, ctx);
    const lines = proofLines(a);
    const byLine = new Map(lines.map((l) => [l.line, l]));
    const wraps = wrapTargets(a);
    for (const pl of lines) {
      const t = pl.text;
      // The line's offsets, built only for a line with a finding (most lines have none).
      let p: Piece | null = null;
      for (let i = 0; i < t.length; ) {
        const c = t.charCodeAt(i);
        const len = c >= 0x3400 && c <= 0x9fff ? doubledAt(t, i) : 0;
        if (len) {
          p ??= { text: t, offsets: Array.from({ length: t.length }, (_, k) => pl.start + k) };
          report(p, i, len);
          i += 2 * len;
        } else if ((c === 0x7684 || c === 0x5728) && singleDoubledAt(t, i)) {
          ctx.report({
            start: pl.start + i,
            end: pl.start + i + 2,
            message: `字重复：“${t[i]}${t[i]}”，“${t[i]}”多写了一遍`,
            messageEn: `Character doubled: “${t[i]}${t[i]}” repeats “${t[i]}”`,
          });
          i += 2;
        } else i++;
      }
      // A sentence doubled: the first on the line.
      const ds = mayDoubleSentence(t) ? DOUBLED_SENTENCE.exec(t) : null;
      if (ds && /[\u3400-\u9fff]{3}/.test(ds[1])) {
        ctx.report({
          start: pl.start + ds.index,
          end: pl.start + ds.index + ds[0].length,
          message: `句子重复：“${ds[1]}”连写了两遍，应删除一遍`,
          messageEn: `Sentence doubled: “${ds[1]}” is written twice in a row`,
        });
      }
      // A clause doubled across a comma, perhaps with 共 or 累计 the first time (not where a sentence is).
      const dc = ds ? null : doubledClause(t);
      if (dc) {
        ctx.report({
          start: pl.start + dc[0],
          end: pl.start + dc[1],
          message: `分句重复：“${t.slice(dc[0], dc[1])}”中同一分句连写了两遍，应删除一遍`,
          messageEn: `Clause doubled: “${t.slice(dc[0], dc[1])}” writes the same clause twice in a row`,
        });
      }
      // An item of a list doubled across a 、 (not where a sentence or a clause is).
      const dl = ds || dc || !t.includes('、') ? null : doubledListItem(t);
      if (dl) {
        const item = t.slice(dl[0], t.indexOf('、', dl[0]));
        ctx.report({
          start: pl.start + dl[0],
          end: pl.start + dl[1],
          message: `列举项重复：“${item}”在顿号前后连写了两遍，应删除一遍`,
          messageEn: `List item doubled: “${item}” is written twice in a row across a 、`,
        });
      }
      // A phrase written twice, one copy with 以/的/了 added (可通过可以通过): the first on the line.
      const dv = ds || dc || dl ? null : variantDoubled(t);
      if (dv) {
        ctx.report({
          start: pl.start + dv.start,
          end: pl.start + dv.end,
          message: `词语重复：“${dv.first}${dv.second}”，同一说法写了两遍（“${dv.first}”与“${dv.second}”），应删除一遍`,
          messageEn: `Phrase doubled: “${dv.first}${dv.second}” writes the same words twice (“${dv.first}” and “${dv.second}”)`,
        });
      }
      // Doubled punctuation: the first on the line (a converted page may have it after every clause).
      const dp = DOUBLED_PUNCT.exec(t);
      if (dp) {
        ctx.report({
          start: pl.start + dp.index,
          end: pl.start + dp.index + dp[0].length,
          message: `标点重复：“${dp[0]}”，多了一个标点`,
          messageEn: `Punctuation doubled: “${dp[0]}”`,
        });
      }
      // Across a wrapped line break: the last characters of this line and the first of the next.
      const next = wraps[pl.line] >= 0 ? byLine.get(wraps[pl.line]) : undefined;
      if (next) {
        const joint = seam(a, pl.start, t, next.start, next.text);
        for (let i = 0; i < joint.cut; i++) {
          const len = isHan(joint.text[i]) ? doubledAt(joint.text, i) : 0;
          if (len && i + 2 * len > joint.cut && i < joint.cut) { report(joint, i, len); break; }
        }
      }
    }
  },
};

/**
 * The title printed twice: the title line and the next (or previous) filled line, within two
 * lines and page header lines aside, say the same (spaces aside). Only the title: other lines may repeat on purpose (a table's
 * cells, a signature). The later copy is reported.
 */
function titleRepeated(a: Analysis, ctx: Parameters<Rule['check']>[0]): void {
  const title = a.doc.title;
  if (!title) return;
  const lines = a.doc.lines;
  const key = (l: number) => trimmedLine(a, l).text.replace(/[\s\u3000]+/g, '');
  // (A page header line between the two copies is skipped: 标题 / 栏目:… 发布时间:… / 标题; and three lines
  // as written: the blank line a double-spaced paste put after each line is not counted.)
  const near = (from: number, step: number): number => {
    for (let l = from + step, k = 0; l >= 0 && l < lines.lineCount && k < 3; l += step) {
      if (key(l) && !pageChromeAt(a.doc.readLines, l)) return l;
      if (!isDoublingBlank(lines, l)) k++;
    }
    return -1;
  };
  if (title.endLine !== undefined && title.endLine !== title.line) {
    // A title over lines (阿城区机关后勤服务中心 / 2021年政府信息公开工作年度报告) followed at once by
    // its last line again, or by the whole title on one line: the page header and the article's title.
    const last = key(title.endLine);
    const whole = Array.from({ length: title.endLine - title.line + 1 }, (_, i) => key(title.line + i)).join('');
    const next = near(title.endLine, 1);
    if (next < 0 || last.length < 8 || (key(next) !== last && key(next) !== whole)) return;
    const span = trimmedLine(a, next);
    ctx.report({ start: span.start, end: span.end,
      message: '标题重复：分行书写的标题之后又写了一遍，应删除一处',
      messageEn: 'The title, written over lines, is printed again on the next line; delete one copy' });
    return;
  }
  const own = key(title.line);
  if (own.length < 8) return;
  const next = near(title.line, 1);
  const prev = near(title.line, -1);
  // (A copy whose year lost its 年 — 某镇2024年政府… / 某镇2024政府… — is the same title, its slip named.)
  const same = (x: string, y: string) => x === y || (yearless(x) === yearless(y) && x.length !== y.length);
  const second = next >= 0 && same(key(next), own) ? next : prev >= 0 && same(key(prev), own) ? title.line : -1;
  // The second copy broken over two lines (某市2024年政府 / 信息公开工作年度报告) below the title.
  if (second < 0 && next >= 0) {
    const head = key(next);
    const tail = head.length >= 4 && head.length < own.length && own.startsWith(head) ? near(next, 1) : -1;
    const copy = tail >= 0 ? head + key(tail) : '';
    // (Or the title again under its issuer, the page title having none: 关于2025年……的报告 / 某区人民政府 /
    // 关于2025年……的报告.)
    const underIssuer = tail < 0 && ORG_LINE.test(head) && !own.startsWith(head) ? near(next, 1) : -1;
    const again = tail >= 0 && same(copy, own) ? copy : underIssuer >= 0 && key(underIssuer) === own ? own : null;
    if (again !== null) {
      const slip = yearSlip(again, own);
      // (Say what the page did: the copy broken over two lines, or the copy whole on its line under a line naming the organ.)
      const how = tail >= 0 ? { zh: '第二遍分作两行', en: 'the second copy over two lines' } : { zh: '第二遍在一行机关名称之下', en: 'the second copy under a line naming the organ' };
      ctx.report({
        start: trimmedLine(a, next).start,
        end: trimmedLine(a, tail >= 0 ? tail : underIssuer).end,
        message: `标题重复：同一标题连写了两遍（${how.zh}${slip.zh.replace('，第二遍', '，且')}），应删除一处`,
        messageEn: `The title is printed twice in a row (${how.en}${slip.en}); delete one copy`,
      });
    }
    return;
  }
  if (second < 0) return;
  const span = trimmedLine(a, second);
  const slip = yearSlip(key(second), key(second === title.line ? prev : title.line));
  ctx.report({
    start: span.start,
    end: span.end,
    message: slip.zh ? `标题重复：同一标题连写了两遍（${slip.zh.slice(1)}），应删除一处` : '标题重复：同一标题连写了两遍，应删除一处',
    messageEn: slip.en ? `The title is printed twice in a row (${slip.en.slice(2)}); delete one copy` : 'The title is printed twice in a row; delete one copy',
  });
}

/** A title with the 年 after its years dropped: what two copies are compared on when one lost it. */
const yearless = (t: string) => t.replace(/((?:19|20)\d{2})年/g, '$1');

/** Which copy of the title (the later, reported one, or the earlier) lost the 年 after its year, as a remark. */
function yearSlip(later: string, earlier: string): { zh: string; en: string } {
  if (later === earlier) return { zh: '', en: '' };
  return later.length < earlier.length
    ? { zh: '，第二遍年份后缺“年”字', en: ', the second copy lacks 年 after the year' }
    : { zh: '，第一遍年份后缺“年”字', en: ', the first copy lacks 年 after the year' };
}

/** The last eight characters of a line (without trailing spaces) and the first eight of the next. */
function seam(_a: Analysis, s1: number, t1: string, s2: number, t2: string): Piece & { cut: number } {
  const end = t1.replace(/[\s\u3000]+$/, '').length;
  const from = Math.max(0, end - 8);
  const lead = t2.length - t2.replace(/^[\s\u3000]+/, '').length;
  const to = Math.min(t2.length, lead + 8);
  const text = t1.slice(from, end) + t2.slice(lead, to);
  const offsets: number[] = [];
  for (let i = from; i < end; i++) offsets.push(s1 + i);
  for (let i = lead; i < to; i++) offsets.push(s2 + i);
  return { text, offsets, cut: end - from };
}
