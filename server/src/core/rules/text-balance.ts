// text-balance: one sentence states the whole flow of this year's applications — received (新收/
// 受理/收到 N 件), carried over from last year (上年结转 N 件), closed (办结 N 件) and carried forward
// (结转下年度/转下一年 N 件) — and the four figures break the statutory identity of table 三
// (一 + 二 = 三 + 四: received + carried over = closed + carried forward). Only a sentence naming each
// of the four exactly once, with nothing else counted in 件, is read; the reading where the received
// figure already includes last year's (received = closed + carried forward) is accepted too.
// Sentences about other years, sub-units, reviews, hotlines or rounded figures are skipped.
// Reported at info: the phrasing of such sentences varies.
import type { Rule } from './rule';
import type { Count } from '../model/sentences';
import { prose } from '../model/sentences';
import { APP_UNITS, NOT_THIS_YEAR, SUB_UNITS } from '../model/table-statements';

type Flow = 'received' | 'carried' | 'closed' | 'pending';

/** Carried over from last year (上年转结 is a common slip of the pen for 上年结转). */
const CARRIED = /(上年度?|上一年度?)(结转|转结)|(结转|转结)自上一?年/;
/** Carried forward to next year, still open. */
const PENDING = /(结转|转结|转入|转到|转至|转)(到|至|入)?下一?年度?|下一?年度?(继续)?办理|正在办理|尚在办理|仍在办理|尚未办结|未办结/;
/** Closed this year. */
const CLOSED = /办结|办理完毕|办理完成|答复完毕|已答复|予以答复|作出答复/;
/** Received this year. */
const RECEIVED = /新收|新受理|收到|受理|接收|接到/;
/** Matters other than applications for government information. */
const OTHER_MATTERS = /复议|诉讼|咨询|投诉|举报|热线|信访|来信|来访|来电|留言|建议|提案|审批|许可|事项/;

function classify(words: string): Flow | null {
  if (CARRIED.test(words)) return 'carried';
  if (PENDING.test(words)) return 'pending';
  if (CLOSED.test(words)) return 'closed';
  if (RECEIVED.test(words)) return 'received';
  return null;
}

export const textBalance: Rule = {
  id: 'text-balance',
  formats: { family: 'gov-info', since: 2019 },
  defaultSeverity: 'info',
  title: { zh: '正文所述申请收结数字不平衡', en: 'Prose figures of received and closed applications do not balance' },
  description: {
    zh: '同一句中写明本年新收（受理）申请数、上年结转数、办结数和结转下年度数，而“新收 + 上年结转 ≠ 办结 + 结转下年度”（表三的勾稽关系：第一项加第二项之和等于第三项加第四项之和）。'
      + '新收数已含上年结转的读法（新收 = 办结 + 结转下年度）也予接受。'
      + '错误示例：“新受理政府信息公开申请10件，上年结转0件，全年办结0件，转下一年办理0件。”（10 + 0 ≠ 0 + 0）。'
      + '正确示例：“新受理申请10件，上年结转1件，全年办结9件，结转下年度2件。”'
      + '四项缺一、某项出现两次、句中另有以“件”计的数字、约数、同比数字或下属单位的数字不作判断。以提示级别报告。依据：政府信息公开工作年度报告格式表三的勾稽关系；《政府信息公开条例》第五十条要求年度报告如实反映工作情况。',
    en: 'One sentence states this year\'s received applications, those carried over from last year, those closed and those carried forward, and received + carried over ≠ closed + carried forward (the identity of table 3: items 1 + 2 = items 3 + 4). '
      + 'The reading where the received figure already includes last year\'s (received = closed + carried forward) is accepted too. '
      + 'Wrong: “新受理政府信息公开申请10件，上年结转0件，全年办结0件，转下一年办理0件。” (10 + 0 ≠ 0 + 0). Right: “新受理申请10件，上年结转1件，全年办结9件，结转下年度2件。” '
      + 'Sentences missing one of the four, naming one twice, holding another count in 件, rounded figures, year-on-year or sub-unit figures are not judged. Reported as info. Basis: the identity of table 3 of the annual report format; Art. 50 of the Regulations.',
  },
  basis: '政府信息公开工作年度报告格式（国办公开办函〔2019〕60号、〔2021〕30号）表三勾稽关系；《中华人民共和国政府信息公开条例》第五十条',
  check(ctx) {
    for (const s of prose(ctx.analysis).sentences) {
      if (!/申请/.test(s.text) || NOT_THIS_YEAR.test(s.text.replace(CARRIED, '')) || SUB_UNITS.test(s.text) || OTHER_MATTERS.test(s.text)) continue;
      const counts = s.counts.filter((c) => APP_UNITS.test(c.unit));
      if (counts.length !== 4) continue;
      const flow = new Map<Flow, Count>();
      let readable = true;
      for (const c of s.clauses) {
        const own = c.counts.filter((x) => APP_UNITS.test(x.unit));
        if (!own.length) continue;
        if (own.length > 1) { readable = false; break; }
        const x = own[0];
        const kind = classify(s.text.slice(c.ns - s.ns, x.ns - s.ns));
        if (!kind || flow.has(kind) || x.approx || x.decimals) { readable = false; break; }
        flow.set(kind, x);
      }
      if (!readable || flow.size !== 4) continue;
      const [r, c, d, p] = (['received', 'carried', 'closed', 'pending'] as const).map((k) => flow.get(k)!);
      const out = d.value + p.value;
      if (r.value + c.value === out || r.value === out) continue;
      ctx.report({ start: r.start, end: r.end,
        message: `新收 ${r.value}${r.unit} + 上年结转 ${c.value}${c.unit} = ${r.value + c.value}${r.unit}，与办结 ${d.value}${d.unit} + 结转下年度 ${p.value}${p.unit} = ${out}${d.unit} 不符（应相等）`,
        messageEn: `received ${r.value} + carried over ${c.value} = ${r.value + c.value}, but closed ${d.value} + carried forward ${p.value} = ${out} (they must be equal)` });
    }
  },
};
