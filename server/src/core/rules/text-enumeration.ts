// text-enumeration: points counted 一是…二是…三是 whose sequence breaks, 一是…二是…四是 (三是 left out) or
// 一是…二是…二是 (the same numeral twice): a slip reviewers send back. The runs are read by
// model/enumeration-gaps.ts (one paragraph, or consecutive paragraphs that all hold items; 一是 inside a
// list opens a nested one; a heading or a paragraph without items starts afresh; 其一/其二 and numerals in quotes or 《》 are
// no items). A proofreading check, without a fix: which numeral is wrong is the author's call.
import type { Rule } from './rule';
import { enumerationGaps } from '../model/enumeration-gaps';
import { toChineseNumeral } from '../text/normalize';

export const textEnumeration: Rule = {
  id: 'text-enumeration',
  formats: 'all',
  defaultSeverity: 'warning',
  title: { zh: '“一是、二是”序号错乱', en: 'Enumeration 一是…二是 out of sequence' },
  description: {
    zh: '正文用“一是……二是……三是……”列举要点时序号跳号（“一是……二是……四是……”，缺“三是”）或重复（“一是……二是……二是……”）。同一段落内检查，连续几段都有列举时接续检查；中间隔着标题或不含列举的段落时视为新的列举；列举中途出现“一是”时视为其下一级列举，此后的序号可接续外层（“一是强化组织领导。一是……二是……”下一段“二是严格落实……”不报告）。“其一”“其二”、“第一是”、“统一是”“之一是”等词语以及引号、书名号内的文字不算列举。'
      + '“一是……三是……三是……”只报告一处：第一个“三是”应为“二是”。不提供快速修复，请核对后改正序号。'
      + '错误示例：“存在的问题：一是公开不够及时；三是解读形式单一；三是互动回应不足。”正确示例：“一是……；二是……；三是……。”',
    en: 'Points listed 一是…二是…三是 in the prose skip a numeral (一是…二是…四是: 三是 missing) or repeat one (一是…二是…二是). '
      + 'The sequence is checked within a paragraph and on through consecutive paragraphs that list points too; 一是 starting again, a heading or a paragraph without points between starts a new list; 一是 in the middle of a list starts a list inside it, after which the outer list may go on (一是强化组织领导。一是……二是…… then 二是严格落实…… in the next paragraph is not reported). '
      + '其一/其二, 第一是, words such as 统一是 or 之一是, and text in quotation marks or 《》 are no points. '
      + '一是…三是…三是 is reported once: the first 三是 should be 二是. No quick-fix: check the numbering and correct it. '
      + 'Wrong: “一是公开不够及时；三是解读形式单一；三是互动回应不足。” Right: “一是……；二是……；三是……。”',
  },
  basis: '校对检查（列举序号）；GB/T 15834—2011《标点符号用法》、GB/T 9704—2012 层次序数依次排列',
  examples: {
    wrong: '存在的问题：一是公开不够及时；二是解读形式单一；四是互动回应不足。',
    right: '存在的问题：一是公开不够及时；二是解读形式单一；三是互动回应不足。',
    note: '“二是”之后直接写了“四是”，缺“三是”。',
  },
  check(ctx) {
    for (const g of enumerationGaps(ctx.analysis)) {
      const { item, previous } = g;
      const cur = item.marker;
      const prev = previous.marker;
      const want = `${toChineseNumeral(previous.numeral + 1)}是`;
      const [message, messageEn] = g.kind === 'repeat'
        ? [`列举序号重复：“${prev}”之后又是“${cur}”，应为“${want}”`, `enumeration repeats “${cur}” after “${prev}”; it should be “${want}”`]
        : g.kind === 'misnumbered'
          ? [`列举序号有误：“${prev}”之后是“${cur}”，下一项又是“${cur}”，此处应为“${want}”`, `enumeration misnumbered: “${cur}” follows “${prev}” and the next point is “${cur}” again; this one should be “${want}”`]
          : [`列举序号跳号：“${prev}”之后是“${cur}”，缺少“${want}”`, `enumeration skips a numeral: “${cur}” follows “${prev}”, “${want}” is missing`];
      ctx.report({ start: item.start, end: item.end, message, messageEn });
    }
  },
};
