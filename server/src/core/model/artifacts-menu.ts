// A site's channel menu copied above a report: a run of list items that are each a bare channel
// name (“- 政策解读”, “- 经济发展”, “- 法治中国”) at the very top of the text, before the title or
// the first line of prose. A list of bare words inside the report is the report's own; only a run
// at the start of the text, with nothing but chrome or blank lines above it, is menu.
import { classifyChrome } from './artifacts-chrome';

const MENU_ITEM = /^\s*[-*•·]\s*[\u3400-\u9fff]{2,8}\s*$/;
/** How many menu items in a row make a menu (two could be a short list). */
const MIN_RUN = 3;
/**
 * A menu bar on one line: five or more bare channel names separated by spaces
 * (首   页 走进汉台 新闻中心 政府信息公开 政务服务 互动交流 专题专栏), one of them a site's
 * standard channel.
 */
const MENU_BAR = /^\s*(?:[\u3400-\u9fff]{1,8}[ \t\u3000]+){4,}[\u3400-\u9fff]{1,8}\s*$/;
const CHANNEL = /首\s*页|新闻中心|政务服务|互动交流|专题专栏|政民互动|政务公开/;

/** 0-based lines of the site menu at the top of the text (empty when there is none). */
export function topMenuLines(lineCount: number, lineText: (line: number) => string): number[] {
  const out: number[] = [];
  let bar = false;
  for (let l = 0; l < lineCount && l < 200; l++) {
    const t = lineText(l);
    if (!t.trim()) continue;
    if (MENU_ITEM.test(t)) { out.push(l); continue; }
    if (t.length <= 120 && MENU_BAR.test(t) && CHANNEL.test(t)) { out.push(l); bar = true; continue; }
    if (!out.length && classifyChrome(t.trim())) continue;
    break;
  }
  return out.length >= MIN_RUN || bar ? out : [];
}
