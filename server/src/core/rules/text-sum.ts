// text-sum: `共 N …，其中 a…、b…、c…` whose parts contradict the total. The total is the
// nearest count before 其中/包括 (not the first number of the sentence: seed 004 line 31,
// `在7743件…中，已经答复的7723件，…其中…` is about the 7723). Parts larger than the total
// are always wrong; parts that fall short only when the list is plainly exhaustive (it
// names 其他/其余, or channels that cover every way in: 现场/电话/网上). Rounded figures
// (超1万条, 20余份), decimals, a 各 without names joined before it (各乡镇各2件) or a nested 其中
// make the sentence unreadable as a sum: no finding then. (微博、微信各1个 counts the 1 twice.)
import type { Rule } from './rule';
import { prose, Sentence, sentenceEndLine, show } from '../model/sentences';
import { sharesCoverAll } from '../model/sum-shares';
import { OTHER, Part, read, Reading, VERB } from '../model/sum-reading';
import { matchesIn } from '../text/matches-in';
import { categoryBreakdown } from '../model/sum-categories';

/** 其中包括/其中包含/其中有 is one marker: the 包括 after 其中 opens the same list, not a nested one. */
const MARKER = /其中(?:包括|包含|有)?|包括/g;
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
      + '“微博和微信各1个”“政策解读、深度各2条”按“各”前并列名称的个数计入各项；“其他……”一项的名称单独成一个分句、数字在下一分句的（“其他政务信息为日常报道，内容包含……等540条”），仍是列举的一项。约数（超1万条、20余份）、前面没有并列名称的“各”（各乡镇各2件）、嵌套的“其中”及未穷尽的列举不作判断（某一分项后括号内的细分“35条（其中……）”只作该项的说明，其余分项之和超过总数时仍提示）；分号前的分项之和已超过总数时，提示只列这些分项；前三项或更多项之和恰好等于总数而其后还有数字（其中没有“其他……”一项）时，或分号前的分项（哪怕只有一项）之和恰好等于总数时，视为列举到此为止、其后是另外的数字；列举句之后紧接着只写一个同单位数字的短句（“……其他传统媒体报道240条。互联网监管系统及审批平台信息17041条。”），与所列分项合计恰好等于总数时，视为列举的延续。各分项都写明所占比例、合计为100%（按所写位数四舍五入的误差以内）的，视为已穷尽，列举可延续到其后紧接、各写一个同单位数字及其比例的句子（“其中，区直各单位……1397条，占73%。各乡镇……534条，占27%。”，两项之和1931条与总数1913条不符）。先写总数、再按类别分列而不用“其中”的（“（一）主动公开政府信息的数量共192条。（二）主动公开政府信息的主要类别情况：党政信息类147条，文件类47条，制度类4条。”，或“在本年度主动公开的14条政府信息中，机构职能类信息6条，……”），所列类别可能不全，只在各类之和超过总数时提示。依据：《政府信息公开条例》第五十条要求年度报告如实反映工作情况，文中数字应当自洽。',
    en: 'In “共 N …，其中 a…、b…、c…” the listed parts exceed the total, or plainly cover everything (they include 其他/其余, or all channels such as on site, by phone and online) and do not add up to it. '
      + 'The total is the nearest count of the same unit before 其中/包括, not the first number of the sentence. '
      + 'Wrong: “共接受市民咨询1487096人次，其中现场咨询629044人次，电话咨询831448人次，网上咨询9252人次” (the parts make 1469744). '
      + 'Right: “主动公开信息4250条，其中高新要闻1395条，政务公开750条，专题专栏1080条，其他栏目1025条”. '
      + 'A 各 count stands for each of the names joined before it (微博和微信各1个, 政策解读、深度各2条 count twice); a 其他 part named in a clause of its own with its figure in the next (其他政务信息为日常报道，内容包含……等540条) is still one item of the list. Rounded figures, a 各 without names joined before it (各乡镇各2件), nested 其中 and open-ended lists are not judged (a part\'s own breakdown in brackets, “35条（其中……）”, is a remark on it: parts above the total are still reported); when the parts before a semicolon already exceed the total, the message lists those; when the first three or more parts (with no 其他 among the figures after them), or the parts before a semicolon (even one), add up to the total exactly and more figures follow, the list ended there and the rest counts other things; short sentences right after the list that each state one bare figure of the same unit and bring the sum to the total exactly continue the list. Parts that each state their share of the total, the shares making 100 % within rounding, cover it (the list may go on in the sentences right after it that each state one more part and its share: 其中…1397条，占73%。各乡镇…534条，占27%。 against 1913). A total followed by its breakdown by category without 其中 (（一）主动公开政府信息的数量共192条。（二）主动公开政府信息的主要类别情况：党政信息类147条，文件类47条，制度类4条。, or 在本年度主动公开的14条政府信息中，机构职能类信息6条，…) may list only some categories: it is reported only when the categories add up to more than the total. Basis: Art. 50 of the Regulations requires the annual report to state the work truthfully; its figures must agree.',
  },
  basis: '《中华人民共和国政府信息公开条例》第五十条',
  check(ctx) {
    const p = prose(ctx.analysis);
    const { text, sentences } = p;
    const endLine = (x: Sentence) => sentenceEndLine(ctx.analysis, x);
    sentences.forEach((s, k) => {
      // A breakdown by category after its total, without 其中 (（一）…数量共192条。（二）…主要类别情况：…147条，…47条，…4条。):
      // categories are not always all listed, so only parts above the total are sure to be wrong.
      const cat = categoryBreakdown(sentences, k, text);
      if (cat) {
        const sum = cat.parts.reduce((x, c) => x + c.value, 0);
        if (sum > cat.total.value) {
          const shown = `${cat.parts.map((c) => c.value).join(' + ')} = ${sum}${cat.total.unit}`;
          ctx.report({ start: cat.parts[0].start, end: cat.parts[cat.parts.length - 1].end,
            message: `按类别所列各项之和 ${shown}，超过总数 ${show(cat.total)}`,
            messageEn: `the figures by category (${shown}) exceed the total ${show(cat.total)}` });
        }
      }
      for (const m of matchesIn(s.text, MARKER)) {
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
