// text-list: dispositions listed across the sentences of one paragraph after a stated total
// (`共收到申请20件。予以公开12件，部分公开3件。其余4件因信息不存在无法提供。`) whose list claims to
// be complete (its last part is 其余/其他/另有/此外 …) but does not add up to the total. The
// total is the single count of a 共/合计/总计/累计 clause in a sentence about 申请; the parts are
// the following clauses of the same paragraph (line) that each hold one count of the same unit
// and name a disposition (予以公开, 不予公开, 无法提供 …) or open with 其余/另有. A nested 其中,
// carried-over or other-year wording, review cases or rounded figures end the reading with no
// finding. Lists inside the total's own sentence are text-sum's. Info: the phrasing varies.
import type { Rule } from './rule';
import { Count, prose, Sentence } from '../model/sentences';

const TOTAL = /共|合计|总计|累计/;
const DISPOSITION = /予以公开|同意公开|部分公开|不予公开|无法提供|不予处理|其他处理|不存在|非本机关|不属于|不掌握|不明确|重复申请|告知|补正|撤回|办结|答复/;
/** (其他处理 is a disposition of table 三, not the rest of the list.) */
const REST = /^(其余|其他(?!处理)|其它(?!处理)|另有|此外|另外)/;
const STOP = /其中|包括|结转|上年|去年|同比|复议|诉讼|咨询|投诉|建议|提案|分别/;

interface Part { count: Count; rest: boolean; sentence: number }

function listAfter(sentences: Sentence[], k: number, total: Count, text: string): Part[] | null {
  const parts: Part[] = [];
  for (let j = k; j < sentences.length && sentences[j].line === sentences[k].line; j++) {
    for (const c of sentences[j].clauses) {
      if (c.ne <= total.ne) continue;
      const body = text.slice(Math.max(c.ns, total.ne), c.ne);
      const own = c.counts.filter((x) => x.unit !== '%' && x.ns >= total.ne);
      if (!own.length) continue;
      if (STOP.test(body) || own.length > 1) return null;
      const x = own[0];
      if (x.unit !== total.unit || x.approx || x.decimals) return null;
      const rest = REST.test(body.replace(/^[,;:、]/, ''));
      if (!rest && !DISPOSITION.test(body)) return null;
      parts.push({ count: x, rest, sentence: j });
      if (rest) return parts;
    }
  }
  return null;
}

export const textList: Rule = {
  id: 'text-list',
  formats: 'all',
  defaultSeverity: 'info',
  title: { zh: '段落所列分项与总数不符', en: 'A paragraph\'s listed parts do not add up' },
  description: {
    zh: '同一段中先写总数（“共收到申请20件”），随后几句逐项列出办理结果，并以“其余”“另有”“此外”等收尾表示已列全，而各项之和与总数不符。'
      + '错误示例：“共收到申请20件。予以公开12件，部分公开3件。其余4件因信息不存在无法提供。”（12+3+4=19）；正确示例：“……其余5件因信息不存在无法提供。”'
      + '总数只取写有“共/合计/总计/累计”且只含一个数字的分句；分项须各含一个同单位数字，并写明办理结果或以“其余/另有”开头。嵌套的“其中”、上年结转、复议诉讼、约数、“分别”等使读法不唯一的段落不作判断；同一句内的列举由 text-sum 检查。默认为提示。依据：《政府信息公开条例》第五十条。',
    en: 'A paragraph states a total (共收到申请20件), lists the dispositions over the following sentences and closes the list with 其余/另有/此外 (claiming it is complete), but the parts do not add up to the total. '
      + 'Wrong: “共收到申请20件。予以公开12件，部分公开3件。其余4件因信息不存在无法提供。” (12+3+4=19); right: “…其余5件…”. '
      + 'The total is the single count of a 共/合计/总计/累计 clause; each part holds one count of the same unit and names a disposition or opens with 其余/另有. '
      + 'Nested 其中, carried-over applications, review cases, rounded figures or 分别 leave the paragraph unjudged; lists inside one sentence are text-sum\'s. Info by default. Basis: Art. 50 of the Regulations.',
  },
  basis: '《中华人民共和国政府信息公开条例》第五十条',
  check(ctx) {
    const { text, sentences } = prose(ctx.analysis);
    sentences.forEach((s, k) => {
      if (!/申请/.test(s.text) || STOP.test(s.text)) return;
      const totals = s.clauses.filter((c) => TOTAL.test(c.text) && c.counts.filter((x) => x.unit !== '%').length === 1);
      if (totals.length !== 1) return;
      const total = totals[0].counts.find((x) => x.unit !== '%')!;
      if (total.approx || total.decimals || total.value <= 0) return;
      // Another count before the total in the sentence (新收10件，共…): the reading is not unique.
      if (s.counts.some((x) => x.ne <= total.ns && x.unit !== '%')) return;
      const parts = listAfter(sentences, k, total, text);
      if (!parts || parts.length < 2 || parts.every((p) => p.sentence === k)) return;
      const sum = parts.reduce((x, p) => x + p.count.value, 0);
      if (sum === total.value) return;
      const terms = parts.map((p) => p.count.value).join(' + ');
      ctx.report({ start: total.start, end: total.end,
        message: `本段所列分项之和 ${terms} = ${sum}${total.unit}，与总数 ${total.value}${total.unit} 不符（列举以“其余/另有”收尾，应已列全）`,
        messageEn: `The parts listed in this paragraph (${terms} = ${sum}${total.unit}) do not add up to the total ${total.value}${total.unit}, and the list closes with 其余/另有` });
    });
  },
};
