// Section 六 of a 2021-format report does not state the 信息处理费 charged. The 2021 format
// (国办公开办函〔2021〕30号) asks section 六 to report fees collected under the 《政府信息公开
// 信息处理费管理办法》 (国办函〔2020〕109号): notices issued and amount, or that none was charged.
import type { Rule, RuleContext } from './rule';
import { eol } from '../engine/draft-style';
import { proseOutsideTablesSays, sectionProse } from '../model/report-dates';
import { cellInt, findRow } from '../model/table-facts';

/** Words that show the fee is addressed (收费通知, 未收取信息处理费, 收取费用 …). */
const FEE_WORDS = ['信息处理费', '收费', '收取费用', '未收取', '费用'];
/** One sentence with placeholders: the author fills in the figures (0 when none was charged). */
export const FEE_TEMPLATE = '本年度共发出收费通知X件，收取信息处理费X元。';
/** "No fee notice was issued": 未发出收费通知, 发出收费通知0件, 收费通知书0份. Linear (bounded gaps). */
const NO_NOTICE = /(?:未|没有|沒有|无|無|不曾)(?:向申请人|向申請人)?(?:[发發]出|下[发發]|出具|[发發]放|送[达達]|制[发發])(?:[过過]|任何)?(?:信息[处處]理[费費]|資訊[处處]理[费費])?收[费費]通知|(?:[发發]出|下[发發]|出具|[发發]放|制[发發])[^。；;\d０-９]{0,8}?收[费費]通知书?書?[^。；;\d０-９]{0,3}?[0０](?:件|份|次|个|個)/;

export const contentFee: Rule = {
  id: 'content-fee',
  formats: { family: 'gov-info', since: 2021 },
  defaultSeverity: 'warning',
  title: { zh: '未说明信息处理费收取情况', en: 'Information processing fees not reported' },
  description: {
    zh: '自2021年度起，年度报告第六部分“其他需要报告的事项”应当报告按照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）收取信息处理费的情况：发出收费通知的件数和金额、实际收取的金额；未收取的，应写明未收取。'
      + '错误示例：第六部分只写“无。”；正确示例：“本年度共发出收费通知0件，收取信息处理费0元。”或“本年度未收取信息处理费。”'
      + '已在正文其他部分写明信息处理费情况的，不再提示。快速修复在第六部分末尾插入一句模板，请把其中的 X 改为实际数字。',
    en: 'From report year 2021, part 6 (其他需要报告的事项) must report the information processing fees charged under the 2020 fee measures (国办函〔2020〕109号): notices issued and amount, amount collected, or that none was charged. '
      + 'Wrong: part 6 reads only “无。”; right: “本年度共发出收费通知0件，收取信息处理费0元。” or “本年度未收取信息处理费。” '
      + 'No finding when the fees are stated elsewhere in the body. The quick-fix appends a template sentence to part 6; replace each X with the real figure.',
  },
  basis: '政府信息公开工作年度报告格式，国办公开办函〔2021〕30号；《政府信息公开信息处理费管理办法》，国办函〔2020〕109号',
  check(ctx) {
    const a = ctx.analysis;
    noticeContradiction(ctx);
    const parts = sectionProse(a, 'other');
    if (!parts.length || parts.some((p) => FEE_WORDS.some((w) => p.norm.includes(w)))) return;
    // Stated elsewhere (e.g. in 一、总体情况): the reader has the information.
    if (proseOutsideTablesSays(a, 'fee')) return;
    const { section, lastLine, spaced } = parts[parts.length - 1];
    const nl = eol(a);
    const lines = a.doc.lines;
    const after = lastLine ?? section.heading.line;
    const at = lines.lineEnd(after);
    const h = section.heading;
    ctx.report({
      start: h.start,
      end: h.end,
      message: '第六部分未说明信息处理费的收取情况（发出收费通知件数、收取金额，或未收取）',
      messageEn: 'Part 6 does not state the information processing fees charged (notices issued, amount collected, or that none was charged)',
      fix: {
        title: '插入信息处理费情况（请把 X 改为实际数字，未收取的填 0）',
        edits: [{ start: at, end: at, newText: nl + (spaced ? nl : '') + FEE_TEMPLATE }],
        safe: false,
      },
    });
  },
};

/** The prose says no fee notice was issued, but table 三 counts applications closed because the
 *  applicant did not pay by a fee notice's deadline (其他处理 2.): the reader sees one of the two
 *  is wrong. Info: a notice of the year before may fall due in this one. */
function noticeContradiction(ctx: RuleContext): void {
  const a = ctx.analysis;
  const t = a.report?.tables.get('applications');
  const row = t ? findRow(t, 'otherproc-2') : undefined;
  const unpaid = cellInt(row?.values.get('total'));
  if (!row || unpaid === null || unpaid <= 0) return;
  const lines = a.doc.lines;
  for (let l = 0; l < lines.lineCount; l++) {
    if (a.doc.tableLines.has(l)) continue;
    const text = lines.lineText(l);
    if (!/收[费費]通知/.test(text)) continue;
    const m = NO_NOTICE.exec(text);
    if (!m) continue;
    const start = lines.lineStarts[l] + m.index;
    ctx.report({ start, end: start + m[0].length, severity: 'info',
      message: `正文称未发出收费通知，但表三“申请人逾期未按收费通知要求缴纳费用”为 ${unpaid} 件，两者不一致`,
      messageEn: `The text says no fee notice was issued, but table 3 counts ${unpaid} application(s) closed because a fee notice was not paid` });
    return;
  }
}
