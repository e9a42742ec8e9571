// abbreviation-mismatch: a short name that names another kind of document than the full name it is given to —
// 《中华人民共和国政府信息公开工作年度报告格式（试行）》（以下简称《条例》）: the 格式 is no 条例, and every later 《条例》
// of the text then points to the wrong document. Only a bare document word as the short name (《条例》, 《格式》,
// 《通知》, 《办法》 …) after a full name in 《》 that ends in another document word and nowhere holds the short name's
// (《…关于印发〈…年度报告格式〉的通知》（以下简称《格式》） names the 格式 it publishes: right). Prose only. No fix:
// which of the two the author meant is theirs to say.
import type { Rule } from './rule';
import { mappedText, originalSpan, onTableLine } from '../model/text-search';

/** The document words a short name may be: what kind of document a full name ends in. */
const DOC_WORDS = '条例|格式|通知|办法|规定|意见|规划|纲要|方案|要点|决定|细则|指南|规则';
/** 《full name》（以下简称《short》）: the full name's last document word (a （试行） after it aside) and the short name. */
const DEFINITION = new RegExp(`《([^《》\\n]{2,80}?(${DOC_WORDS})(?:[（(](?:试行|修订|暂行)[）)])?)》\\s*[（(]\\s*以下简称\\s*[:：]?\\s*《(${DOC_WORDS})》\\s*[）)]`, 'g');

export const abbreviationMismatch: Rule = {
  id: 'abbreviation-mismatch',
  formats: 'all',
  defaultSeverity: 'warning',
  title: { zh: '简称与全称不符', en: 'Short name of another document' },
  description: {
    zh: '“（以下简称《条例》）”一类简称应取自全称本身。全称是《……年度报告格式（试行）》却简称《条例》，此后文中的《条例》就指错了文件（《格式》不是《中华人民共和国政府信息公开条例》）。只检查正文中紧跟在书名号全称后的简称，且简称是“条例”“格式”“通知”“办法”等文件名称、全称以另一种文件名称结尾、全称中也没有简称的字样（“《……关于印发〈……年度报告格式〉的通知》（以下简称《格式》）”简称所印发的格式，不提示）；不提供快速修复。'
      + '错误示例：“根据《中华人民共和国政府信息公开工作年度报告格式（试行）》（以下简称《条例》）……”。正确示例：“根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《……年度报告格式》……”。',
    en: 'A short name such as （以下简称《条例》） is taken from the full name. A full name 《……年度报告格式（试行）》 shortened to 《条例》 makes every later 《条例》 of the text point to the wrong document (the 格式 is not the 政府信息公开条例). Prose only: a short name right after a full name in 《》, the short name a document word (条例, 格式, 通知, 办法 …), the full name ending in another one and nowhere holding the short name (《……关于印发〈……年度报告格式〉的通知》（以下简称《格式》） names the 格式 it publishes: not reported). No quick-fix. '
      + 'Wrong: “根据《中华人民共和国政府信息公开工作年度报告格式（试行）》（以下简称《条例》）……”. Right: “根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《……年度报告格式》……”.',
  },
  basis: '校对检查（简称）；《党政机关公文处理工作条例》公文应“结构严谨、表述准确、文字精炼”',
  examples: {
    wrong: '本年度报告根据《中华人民共和国政府信息公开工作年度报告格式（试行）》（以下简称《条例》）编制。',
    right: '本年度报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）编制。',
    note: '全称是年度报告格式，简称却是《条例》。',
  },
  check(ctx) {
    const a = ctx.analysis;
    const m = mappedText(a);
    for (const x of m.text.matchAll(DEFINITION)) {
      const [, full, kind, short] = x;
      if (kind === short || full.includes(short)) continue;
      const ns = x.index ?? 0;
      if (onTableLine(a, m, ns)) continue;
      const span = originalSpan(m, ns, ns + x[0].length);
      ctx.report({ ...span,
        message: `简称与全称不符：《${full.length > 24 ? `……${full.slice(-12)}` : full}》是${kind}，却简称《${short}》，请核对全称或改正简称`,
        messageEn: `the short name 《${short}》 is given to a ${kind} (《${full.length > 24 ? `…${full.slice(-12)}` : full}》): check the full name or correct the short name` });
    }
  },
};
