// kind-unsettled: the text looks like a report, but detection could not settle its kind or
// its year (no year anywhere, no table label that tells the formats apart, or a report whose
// title and headings were lost). One info finding at the top says so, with the reason, and
// offers to pin the kind with the govreport-kind directive. Runs even when no kind was chosen.
import { kindReasonEn } from '../formats/kind-reason-en';
import type { Fix } from '../types';
import type { Analysis } from '../engine/lint';
import type { Rule } from './rule';
import { FORMATS } from '../formats/index';
import { frontMatterOf, kindDirective } from '../../../../shared/directives';

/** Where a directive goes: the very top, or right after front matter (which must stay first). */
function insertAt(a: Analysis): number {
  return frontMatterOf(a.doc.text.slice(0, 4000))?.length ?? 0;
}

function pinFix(a: Analysis, kind: string): Fix {
  const eol = /\r\n/.test(a.doc.text.slice(0, 4000)) ? '\r\n' : '\n';
  const at = insertAt(a);
  return {
    title: `指定报告类型：${kindDirective(kind)}`,
    edits: [{ start: at, end: at, newText: `${kindDirective(kind)}${eol}` }],
    // A choice the author must confirm: never applied by fix-all.
    safe: false,
  };
}

/** The first non-blank line's text span (or the title's). */
function topSpan(a: Analysis): { start: number; end: number } {
  if (a.doc.title && a.doc.title.source !== 'sentence') return { start: a.doc.title.start, end: a.doc.title.end };
  const { lines } = a.doc;
  for (let l = 0; l < lines.lineCount && l < 200; l++) {
    const t = lines.lineText(l);
    if (!t.trim()) continue;
    const lead = t.length - t.trimStart().length;
    const start = lines.lineStarts[l] + lead;
    return { start, end: start + Math.min(t.trim().length, 60) };
  }
  return { start: 0, end: 0 };
}

export const kindUnsettled: Rule = {
  id: 'kind-unsettled',
  formats: 'all',
  withoutKind: true,
  defaultSeverity: 'info',
  title: { zh: '未能确定报告类型或年度', en: 'Report kind or year not settled' },
  description: {
    zh: '文本看起来是一份年度报告，但无法确定它适用哪种格式或报告哪一年度：标题、统计期限、正文和落款日期都没有写明年度，表格里也没有能区分 2019 年与 2021 年格式的栏目，或者标题和法定章节标题已丢失、只剩法定表格。'
      + '此时按推测的格式检查（或不检查），结果可能不准。全文只提示一次，位置在开头，说明识别的依据。'
      + '快速修复在文首插入 `<!-- govreport-kind: … -->` 指令，按推测的类型指定报告格式；请确认类型无误后再采用，它不会随“全部修复”自动执行。'
      + '也可以在标题中写明年度，例如“XX县人民政府2023年政府信息公开工作年度报告”。'
      + '依据：《政府信息公开条例》第四十九条、第五十条，年度报告按年度、按规定格式编制。',
    en: 'The text looks like an annual report, but its format or its year cannot be settled: no year in the title, the statistical period, the body or the signing date, no table label that tells the 2019 and 2021 formats apart, or a report whose title and statutory headings were lost and only the statutory tables remain. '
      + 'It is then checked as a guessed format (or not at all), and the results may be off. Reported once, at the top, with the reason of the detection. '
      + 'The quick-fix inserts a `<!-- govreport-kind: … -->` directive at the top that pins the guessed kind; confirm the kind first — fix-all does not apply it. '
      + 'Writing the year in the title (…2023年政府信息公开工作年度报告) settles it too. '
      + 'Basis: Art. 49 and 50 of the Regulations: the annual report is compiled per year in the prescribed format.',
  },
  basis: '《中华人民共和国政府信息公开条例》第四十九条、第五十条',
  examples: {
    wrong: '政府信息公开工作年度报告\n一、总体情况\n本机关认真贯彻落实《条例》……\n二、主动公开政府信息情况',
    right: '2023年政府信息公开工作年度报告\n一、总体情况\n本机关认真贯彻落实《条例》……\n二、主动公开政府信息情况',
    note: '全文没有写明年度，表格也没有能区分格式的栏目，只能按推测的格式检查；在标题中写明年度（或用快速修复插入 govreport-kind 指令）即可确定。',
  },
  check(ctx) {
    const a = ctx.analysis;
    const u = a.detection.unsettled;
    if (!u || a.detection.source === 'directive' || a.detection.source === 'setting') return;
    const { start, end } = topSpan(a);
    const name = FORMATS[u.guess].name;
    const what = u.what === 'year' ? '未能确定报告年度' : '未能确定报告类型';
    const whatEn = u.what === 'year' ? 'the report year could not be settled' : 'the report kind could not be settled';
    const checked = a.kind ? `，暂按“${FORMATS[a.kind].name.zh}”检查` : '，暂不检查';
    const checkedEn = a.kind ? `; checked as “${FORMATS[a.kind].name.en}” for now` : '; not checked for now';
    ctx.report({
      start, end,
      message: `${what}（${a.detection.reason}）${checked}。可用 govreport-kind 指令指定，例如 ${u.guess}（${name.zh}）`,
      messageEn: `${whatEn} (${kindReasonEn(a.detection.reason)})${checkedEn}. Pin it with the govreport-kind directive, e.g. ${u.guess} (${name.en})`,
      fix: pinFix(a, u.guess),
    });
  },
};
