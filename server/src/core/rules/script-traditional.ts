// A draft written in Traditional characters. State organs write in 规范汉字:
// 《中华人民共和国国家通用语言文字法》第九条. Drafts arrive in Traditional script when they
// were copied from a converted page (a site's 繁體 version) or run through a converter.
import type { Rule } from './rule';
import { mappedText } from '../model/text-search';
import { simplifyEdits } from '../model/artifacts-script';
import { lazyFix } from '../engine/lazy-fix';
import { changedByTaiwanWordOnly } from '../text/taiwan-words';
import { excerpt, trimmedLine } from '../model/artifacts-lines';

/**
 * Share of Han characters that change under Traditional → Simplified conversion above which
 * the draft is written in Traditional. Running Traditional text changes about a third of its
 * characters (the seeds and generated drafts: 0.33); a Simplified draft changes none, and
 * quoting a Traditional name or two stays far below a tenth.
 */
const MIN_SHARE = 0.1;
/** And at least this many changed characters: a short note in Traditional is not a draft. */
const MIN_CHANGED = 20;

const isHan = (c: string) => c >= '\u3400' && c <= '\u9fff';

export const scriptTraditional: Rule = {
  id: 'script-traditional',
  formats: 'all',
  defaultSeverity: 'warning',
  title: { zh: '使用繁体字', en: 'Written in Traditional characters' },
  description: {
    zh: '国家机关的公务用字是规范汉字（《国家通用语言文字法》第九条）。从网站繁体版复制或经转换工具处理过的报告会整篇变成繁体字，有时还带有台湾用语（網路、最佳化、視窗）。\n\n' +
      '错误示例：“2011年廣州市荔灣區人民政府信息公開年度報告……最佳化政務公開工作流程”；正确示例：“2011年广州市荔湾区人民政府信息公开年度报告……优化政务公开工作流程”。\n\n' +
      '全文只报告一次，位置在第一处繁体字所在行；简体报告中引用个别繁体名称不会被报告。快速修复用 OpenCC 把全文转换为简体，并把少数台湾用语改为内地说法（網路→网络、最佳化→优化、視窗→窗口、資訊→信息、入口網站→门户网站等）；“档案”“程序”“核心”“建立”等内地同样使用的词保持不变。修复只改动需要转换的字；因为涉及全文，它不会随“全部修复”自动执行，转换后请通读一遍。',
    en: 'State organs write in standard Simplified characters (规范汉字; National Common Language and Script Law, art. 9). Reports copied from a site\'s Traditional version or run through a converter arrive wholly in Traditional script, sometimes with Taiwan terms (網路, 最佳化, 視窗).\n\n' +
      'Wrong: “2011年廣州市荔灣區人民政府信息公開年度報告……最佳化政務公開工作流程”. Right: “2011年广州市荔湾区人民政府信息公开年度报告……优化政务公开工作流程”.\n\n' +
      'Reported once, on the first line with Traditional characters; a Simplified draft quoting a Traditional name is not reported. The quick-fix converts the draft with OpenCC and replaces a few Taiwan terms with the mainland word (網路→网络, 最佳化→优化, 視窗→窗口, 資訊→信息, 入口網站→门户网站), leaving words mainland Chinese shares (档案, 程序, 核心, 建立). It edits only the characters that change; since it touches the whole draft, fix-all does not apply it: read the draft once converted.',
  },
  basis: '《中华人民共和国国家通用语言文字法》第九条（国家机关以普通话和规范汉字为公务用语用字）',
  check(ctx) {
    const a = ctx.analysis;
    const m = mappedText(a);
    const work = a.doc.work;
    let han = 0;
    let changed = 0;
    let first = -1;
    for (let i = 0; i < m.text.length; i++) {
      const c = m.text[i];
      if (!isHan(c)) continue;
      han++;
      // The mapped text is the converted original, character for character (出 of 釋出 → 发布 is no Traditional character).
      const o = work[m.map.get(i)];
      if (o !== c && !changedByTaiwanWordOnly(o)) {
        changed++;
        if (first < 0) first = m.map.get(i);
      }
    }
    if (changed < MIN_CHANGED || changed < han * MIN_SHARE) return;
    const line = trimmedLine(a, a.doc.lines.lineAt(first));
    // Squiggle the words, not a markdown heading mark.
    const mark = /^#{1,6}\s+/.exec(line.text)?.[0].length ?? 0;
    line.start += mark;
    line.text = line.text.slice(mark);
    const share = Math.round((changed / han) * 100);
    // The conversion's edits are built only when the fix is asked for (engine/lazy-fix.ts).
    const fix = lazyFix(false, work.length, () => {
      const { edits, terms } = simplifyEdits(work);
      const termNote = terms ? `，并将 ${terms} 处台湾用语改为内地说法` : '';
      return { title: `全文转换为简体${termNote}`, edits };
    });
    ctx.report({
      start: line.start,
      end: line.end,
      message: `全文使用繁体字（${han} 个汉字中 ${changed} 个为繁体，约 ${share}%），如“${excerpt(line.text, 16)}”；报告应使用规范汉字（简体）`,
      messageEn: `The draft is written in Traditional characters (${changed} of ${han} Han characters, about ${share}%); a mainland report uses Simplified characters`,
      fix,
    });
  },
};
