// docnum-malformed: a document number whose year bracket lost one half, so year and serial
// run together (国办公开办函〔202130号 for 〔2021〕30号, 闽政办2018〕43号 for 闽政办〔2018〕43号).
// Web copies and converters drop the bracket; the cited notice can no longer be identified.
// Precision: only a year (19xx/20xx) right after an opening bracket and glued to the serial
// and 号, or an agency abbreviation glued to a year and a closing bracket; table rows are
// cells and are left alone. Linear: two global regexes over the text.
import type { Rule } from './rule';

/** 〔202130号: opening bracket, year and serial run together, closing bracket lost. */
const OPEN_ONLY = /(?<=[\u4e00-\u9fff])([〔［\[【])((?:19|20)\d{2})(\d{1,4})号/g;
/** 闽政办2018〕43号: the agency abbreviation glued to the year, opening bracket lost. */
const CLOSE_ONLY = /(?<=[\u4e00-\u9fff])((?:19|20)\d{2})([〕］\]】])(\d{1,4})号/g;
const PAIR: Record<string, string> = { '〔': '〕', '［': '］', '[': ']', '【': '】' };
const OPENER: Record<string, string> = { '〕': '〔', '］': '［', ']': '[', '】': '【' };

export const docnumMalformed: Rule = {
  id: 'docnum-malformed',
  kinds: 'all',
  defaultSeverity: 'info',
  title: { zh: '文号书写有误', en: 'Malformed document number' },
  description: {
    zh: '引用文件的文号缺了年份括号的一半，年份与序号连在一起（如“国办公开办函〔202130号”“闽政办2018〕43号”），读者无法据此查到所引文件。网页复制或格式转换常丢失“〕”或“〔”。'
      + '提示中写出应有的写法，并提供需人工确认的修复。表格中的单元格不检查。'
      + '错误示例：“(国办公开办函〔202130号)”。正确示例：“(国办公开办函〔2021〕30号)”。'
      + '依据：《党政机关公文格式》（GB/T 9704-2012）7.2.4 发文字号由机关代字、年份、发文顺序号组成，年份用六角括号“〔〕”括入。',
    en: 'A cited document number lost one half of its year bracket, so year and serial run together (国办公开办函〔202130号, 闽政办2018〕43号) and the cited document cannot be identified. '
      + 'Web copies and converters drop the 〕 or 〔. The message gives the intended form and an unsafe fix is offered. Table cells are not checked. '
      + 'Wrong: “(国办公开办函〔202130号)”. Right: “(国办公开办函〔2021〕30号)”. '
      + 'Basis: GB/T 9704-2012 7.2.4: a document number is the issuer code, the year in 〔〕 and the serial.',
  },
  basis: '《党政机关公文格式》（GB/T 9704-2012）7.2.4',
  check(ctx) {
    const a = ctx.analysis;
    const text = a.doc.work;
    const { lines, tableLines } = a.doc;
    let n = 0;
    const report = (start: number, end: number, fixed: string, insertAt: number, insert: string) => {
      if (n >= 100 || tableLines.has(lines.lineAt(start))) return;
      n++;
      const shown = text.slice(start, end);
      ctx.report({
        start, end,
        message: `文号“${shown}”缺少“${insert}”，应为“${fixed}”？`,
        messageEn: `document number “${shown}” lacks “${insert}”: probably “${fixed}”`,
        fix: { title: `改为“${fixed}”`, edits: [{ start: insertAt, end: insertAt, newText: insert }], safe: false },
      });
    };
    for (const x of text.matchAll(OPEN_ONLY)) {
      const s = x.index ?? 0;
      const close = PAIR[x[1]];
      const at = s + x[1].length + x[2].length;
      report(s, s + x[0].length, `${x[1]}${x[2]}${close}${x[3]}号`, at, close);
    }
    for (const x of text.matchAll(CLOSE_ONLY)) {
      const s = x.index ?? 0;
      const open = OPENER[x[2]];
      report(s, s + x[0].length, `${open}${x[1]}${x[2]}${x[3]}号`, s, open);
    }
  },
};
