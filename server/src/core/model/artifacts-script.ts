// Traditional → mainland Simplified for the script-traditional quick-fix, as minimal edits.
// Two stages, both aligned with the original character for character, so that every edit
// covers only characters that change:
// 1. characters, with OpenCC's phrase tables for one-to-many characters (乾淨 → 干净 but
//    乾隆 stays, 隨著 → 随着 but 著作 stays), reading both Hong Kong and Taiwan variants
//    (text/script.ts, the converter the comparison uses, with the Taiwan variants added);
// 2. a short list of Taiwan terms that have a different mainland word (網路 → 网络,
//    最佳化 → 优化, 視窗 → 窗口), as left by converters with Taiwan phrasing.
// OpenCC's own Taiwan phrase table ('twp') is NOT used: it is made for IT texts and turns
// 文件 into 文档, 程序 into 进程, 核心 into 内核, 建立 into 创建, 指标 into 指针, which would
// corrupt a government report.
import type { TextEdit } from '../types';
import { toSimplified } from '../text/script';

/**
 * Taiwan terms (already in Simplified characters) and the mainland word. Only terms that a
 * mainland report never uses in the Taiwan sense; 资料, 线上, 连线, 使用者, 专案, 影片 are
 * ordinary mainland words too and stay as they are.
 */
export const MAINLAND_TERMS: Readonly<Record<string, string>> = {
  网际网路: '互联网', 网路: '网络', 最佳化: '优化', 视窗: '窗口', 入口网站: '门户网站', 资讯: '信息', 软体: '软件', 硬体: '硬件',
  伺服器: '服务器', 资料库: '数据库', 印表机: '打印机', 列印: '打印', 简讯: '短信', 部落格: '博客', 宽频: '宽带', 频宽: '带宽',
  萤幕: '屏幕', 滑鼠: '鼠标', 人工智慧: '人工智能', 智慧财产权: '知识产权', 数位化: '数字化', 数位政府: '数字政府', 数位经济: '数字经济',
  点选: '点击',
};
const TERM_RE = new RegExp(Object.keys(MAINLAND_TERMS).sort((a, b) => b.length - a.length).join('|'), 'g');

export interface ScriptConversion {
  edits: TextEdit[];
  /** Taiwan terms replaced (最佳化 → 优化 …), for the message. */
  terms: number;
}

/** Edits that turn text (offset `base` in the document) into mainland Simplified. */
export function simplifyEdits(text: string, base = 0): ScriptConversion {
  const edits: TextEdit[] = [];
  let terms = 0;
  let from = 0;
  for (const line of text.split(/(?<=\n)/)) {
    // Stage 1: one Simplified character per original character (text/script.ts).
    const simp = toSimplified(line, 'fix');
    TERM_RE.lastIndex = 0;
    if (!TERM_RE.test(simp)) {
      // No Taiwan term on the line (the usual case): the edits are the runs where the aligned
      // conversion differs, read off the two strings without a per-character array.
      if (simp !== line) {
        for (let i = 0; i < line.length; ) {
          if (simp.charCodeAt(i) === line.charCodeAt(i)) { i++; continue; }
          let j = i;
          while (j < line.length && simp.charCodeAt(j) !== line.charCodeAt(j)) j++;
          edits.push({ start: base + from + i, end: base + from + j, newText: simp.slice(i, j) });
          i = j;
        }
      }
      from += line.length;
      continue;
    }
    TERM_RE.lastIndex = 0;
    // out[i]: what original character i becomes; a replaced term puts its word on its first character.
    const out = [...simp.split('')];
    for (const m of simp.matchAll(TERM_RE)) {
      out[m.index] = MAINLAND_TERMS[m[0]];
      for (let k = 1; k < m[0].length; k++) out[m.index + k] = '';
      terms++;
    }
    for (let i = 0; i < line.length; ) {
      if (out[i] === line[i]) { i++; continue; }
      let j = i;
      while (j < line.length && out[j] !== line[j]) j++;
      edits.push({ start: base + from + i, end: base + from + j, newText: out.slice(i, j).join('') });
      i = j;
    }
    from += line.length;
  }
  return { edits, terms };
}
