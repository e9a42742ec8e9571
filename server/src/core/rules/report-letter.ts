// The annual report written as a letter to a superior: an addressee line naming an office at
// the top (市政府办公室：), 特此报告, 请审阅/请审示/妥否，请批示. The report is published to the
// public (条例（2019）第四十九条; 督察工作规定: 向社会公开), not submitted as a 请示/报告 letter.
import type { Rule } from './rule';
import { mappedText, originalSpan, onTableLine } from '../model/text-search';
import { toSimplified } from '../text/normalize';

/** Closing formulas of a letter to a superior (此函 alone closing a covering letter's line). */
const CLOSING = /特此报告|请审阅|请审示|妥否[,，]?请|特此函告|(?<![\u4e00-\u9fff])此函(?=[。.]|$)/g;
/** An addressee line: an office or government, then a colon, nothing else on the line; or 主送： and the offices. */
const ADDRESSEE = /^(?:国务院|[\u3400-\u9fff、，,]{1,40}(?:人民政府|政府办公室|政府办|办公室|办公厅|政务公开办公室|政务公开领导小组|局|委员会|司法局|依法治[省市县区]委员会办公室|[省市县区州旗]委))[:：]$|^主送[:：]\s*[\u3400-\u9fff、，,（）()]{2,60}[:：。]?$/;

export const reportLetter: Rule = {
  id: 'report-letter',
  formats: 'all',
  defaultSeverity: 'info',
  title: { zh: '报告写成了上行公文', en: 'Report written as a letter to a superior' },
  description: {
    zh: '年度报告是向社会公开的文件，不是向上级报送的“报告”或“请示”。开头的主送机关（如“市政府办公室：”）和“特此报告”“请审阅”“妥否，请批示”“此函”之类结束语是上行文的写法，公开发布时应删去。'
      + '错误示例：开头“区政府办公室：”，结尾“特此报告。”；正确示例：开头直接写“根据《中华人民共和国政府信息公开条例》……编制本报告。”，结尾为署名和日期。'
      + '依据：《政府信息公开条例》（2019）第四十九条（向社会公布年度报告）；《法治政府建设与责任落实督察工作规定》（年度报告向社会公开）。',
    en: 'The annual report is published to the public, not submitted to a superior as a 报告/请示 letter. An addressee line at the top (市政府办公室：) and closings such as 特此报告, 请审阅, 妥否，请批示, 此函 belong to letters and should be removed before publication. '
      + 'Wrong: opening with “区政府办公室：” and closing with “特此报告。”; right: opening directly with “根据《中华人民共和国政府信息公开条例》……编制本报告。” and closing with the signature and date. '
      + 'Basis: Regulations (2019) Art. 49 (the report is published); the rule-of-law inspection provisions (reports made public).',
  },
  basis: '《中华人民共和国政府信息公开条例》（2019）第四十九条；《法治政府建设与责任落实督察工作规定》',
  check(ctx) {
    const a = ctx.analysis;
    const { lines } = a.doc;
    // An addressee line among the first lines after the title, before the first heading.
    const titleLine = a.doc.title?.line ?? -1;
    // The first heading after the title (a Markdown title is itself a heading).
    const firstHeading = a.doc.headings.find((h) => h.line > titleLine)?.line ?? lines.lineCount;
    for (let l = titleLine + 1, seen = 0; l < Math.min(firstHeading, lines.lineCount) && seen < 3; l++) {
      const raw = lines.lineText(l);
      const t = raw.trim();
      if (!t || a.doc.tableLines.has(l)) continue;
      seen++;
      if (ADDRESSEE.test(toSimplified(t))) {
        const start = lines.lineStarts[l] + raw.indexOf(t);
        ctx.report({ start, end: start + t.length,
          message: `“${t}”是主送机关的写法：年度报告向社会公开，不是向上级报送的公文，应删去主送机关`,
          messageEn: `“${t}” addresses a superior office; the annual report is published to the public, not submitted as a letter` });
        break;
      }
    }
    // Closing formulas outside tables: the first one only.
    const m = mappedText(a);
    for (const x of m.text.matchAll(CLOSING)) {
      const ns = x.index ?? 0;
      if (onTableLine(a, m, ns)) continue;
      const span = originalSpan(m, ns, ns + x[0].length);
      const shown = a.doc.work.slice(span.start, span.end);
      ctx.report({ ...span,
        message: `“${shown}”是上行公文的结束语：年度报告向社会公开，不是向上级报送的报告或请示，应删去`,
        messageEn: `“${shown}” closes a letter to a superior; the annual report is published to the public and needs no such closing` });
      break;
    }
  },
};
