// text-rate: a stated rate (办结率99.1%) that differs, beyond rounding, from the two counts
// it is computed from, when both are stated in the same sentence before it. Only rates whose
// numerator and denominator can be told apart by their wording are checked (办结率 = 办结 /
// 受理, 答复率, 即办率 …); 占总数的…% without a stated denominator, 满意度, 时限压缩率 and
// anything ambiguous get no finding. Rounding (half up) and truncation to the digits written
// are accepted (95% for 94.95%, 71.79% for 71.795%); rounding up (42% for 41.2%) is not.
import type { Rule } from './rule';
import { Count, prose, Sentence } from '../model/sentences';
import { honestPercent } from '../model/rounding';
import { matchesIn } from '../text/matches-in';

interface RateKind {
  /** The rate's name as written right before 率. */
  stem: RegExp;
  /** Wording of the clause that states the numerator. */
  numerator: RegExp;
}

const KINDS: RateKind[] = [
  { stem: /(办结|结案)$/, numerator: /办结|结案|办理完毕|办理完成|完成办理/ },
  { stem: /(答复|回复)$/, numerator: /答复|回复/ },
  { stem: /即办$/, numerator: /即办/ },
];
/** A qualified rate (按时办结率; 到期办结率, of the requests already due) needs a count with the same qualifier: not checked. */
const QUALIFIED = /(按时|按期|及时|限时|到期|如期|当场|现场|网上|一次性)(办结|结案|答复|回复|即办)$/;
/** Wording of the clause that states the denominator. */
const DENOMINATOR = /受理|收到|接报|接到|接收|新收|登记|共|总计|合计|累计|办理/;
const RATE_RE = /率(?:为|达|达到|是|约为|均为)?(\d+(?:\.\d+)?)%/g;

interface Found { rate: Count; num: Count; den: Count; name: string }

function candidates(s: Sentence, from: number, to: number, re: RegExp, not: RegExp | null, text: string): Count[] {
  return s.clauses.flatMap((c) => {
    if (c.ne <= from || c.ns >= to) return [];
    const own = c.counts.filter((x) => x.unit !== '%' && x.ns >= from && x.ne <= to);
    if (own.length !== 1) return [];
    const words = text.slice(c.ns, c.ne);
    return re.test(words) && !(not && not.test(words)) ? own : [];
  });
}

function check(s: Sentence, text: string): Found[] {
  const out: Found[] = [];
  let from = s.ns;
  for (const m of matchesIn(s.text, RATE_RE)) {
    const at = s.ns + (m.index ?? 0);
    const rate = s.counts.find((c) => c.unit === '%' && c.ns > at && c.ns <= at + m[0].length);
    const head = text.slice(Math.max(s.ns, at - 8), at);
    // The counts a rate is computed from come before it and after the previous rate.
    const window = [from, at] as const;
    from = at + m[0].length;
    if (!rate || QUALIFIED.test(head)) continue;
    const kind = KINDS.find((k) => k.stem.test(head));
    if (!kind) continue;
    const nums = candidates(s, window[0], window[1], kind.numerator, null, text);
    const dens = candidates(s, window[0], window[1], DENOMINATOR, kind.numerator, text);
    if (nums.length !== 1 || dens.length !== 1) continue;
    const [num, den] = [nums[0], dens[0]];
    if (num.unit !== den.unit || num.approx || den.approx || den.value <= 0 || num.value > den.value) continue;
    out.push({ rate, num, den, name: `${head.match(kind.stem)![0]}率` });
  }
  return out;
}

export const textRate: Rule = {
  id: 'text-rate',
  formats: 'all',
  defaultSeverity: 'warning',
  title: { zh: '比率与所述数字不符', en: 'Stated rate does not match its counts' },
  description: {
    zh: '同一句中先后写明了分母（受理、收到、接报……）和分子（办结、结案、答复……）的数字，其后所写的比率既不是两数之商按所写位数四舍五入的结果，也不是截尾的结果（向上进位不算正确）。'
      + '错误示例：“全年受理事项94702件，办结93874件，办结率95.1%”（应为99.1%）。'
      + '正确示例：“接报办理热线投诉1782份，完成结案1692份，办结率95%”（94.95%，四舍五入为95%）。'
      + '“占总数的…%”未写明分母、按时办结率等带限定的比率、满意度以及分子分母不能唯一确定的句子不作判断。依据：《政府信息公开条例》第五十条要求年度报告如实反映工作情况，文中数字应当自洽。',
    en: 'A sentence states a denominator (受理, 收到, 接报 …) and a numerator (办结, 结案, 答复 …), then a rate that is neither their quotient rounded (half up) nor truncated to the digits written (rounding up is not accepted). '
      + 'Wrong: “全年受理事项94702件，办结93874件，办结率95.1%” (99.1%). Right: “接报办理热线投诉1782份，完成结案1692份，办结率95%” (94.95% rounds to 95%). '
      + '“占总数的…%” without a stated denominator, qualified rates such as 按时办结率, satisfaction figures and sentences where the two counts cannot be told apart are not judged. '
      + 'Basis: Art. 50 of the Regulations requires the annual report to state the work truthfully; its figures must agree.',
  },
  basis: '《中华人民共和国政府信息公开条例》第五十条',
  check(ctx) {
    const { text, sentences } = prose(ctx.analysis);
    for (const s of sentences) {
      for (const f of check(s, text)) {
        const exact = (f.num.value / f.den.value) * 100;
        if (honestPercent(exact, f.rate.value, f.rate.decimals)) continue;
        const shown = exact.toFixed(Math.max(1, f.rate.decimals));
        ctx.report({ start: f.rate.start, end: f.rate.end,
          message: `${f.name}应为 ${f.num.value}/${f.den.value} ≈ ${shown}%，文中为 ${f.rate.value}%`,
          messageEn: `${f.name}: ${f.num.value}/${f.den.value} ≈ ${shown}%, but the text says ${f.rate.value}%` });
      }
    }
  },
};
