// A site's channel menu copied above a report: a run of list items that are each a bare channel
// name (“- 政策解读”, “- 经济发展”, “- 法治中国”) at the very top of the text, before the title or
// the first line of prose. A list of bare words inside the report is the report's own; only a run
// at the start of the text, with nothing but chrome or blank lines above it, is menu.
import { classifyChrome, type ChromeLine } from './artifacts-chrome';
import { opensWrappedTitle } from '../parse/title-lines';

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

/** A bare channel name on a line of its own, without a bullet (政府信息公开指南, 政 策, or 政 / 策 when its spaces became breaks). */
const BARE_ITEM = /^\s*[\u3400-\u9fff][\u3400-\u9fff \u3000]{0,11}\s*$/;
/** The disclosure channels a 政府信息公开 page lists in its side menu. */
const DISCLOSURE_CHANNEL = /^(?:政府信息公开(?:指南|制度|年报|目录|规定)?|法定主动公开内容|依申请公开|重点领域(?:信息)?公开|政府网站(?:年度)?工作(?:报表|年度报表)|政务公开|信息公开年报|机构职能|政策文件|政策解读|乡镇街道部门单位|部门信息公开|乡镇信息公开)$/;
/** A site's standard channels in its top menu (首页 / 政务公开 / 渝快办 / 互动交流, one a line). */
const SITE_CHANNEL = /^(?:网站首页|首页|新闻中心|新闻动态|政务服务|互动交流|政民互动|专题专栏)$/;
/** How many bare names in a row make a menu, and how many of them must be disclosure or site channels. */
const MIN_BARE_RUN = 4;
const MIN_CHANNELS = 2;

/**
 * 0-based lines of the site menu at the top of the text (empty when there is none). `chromeAt`:
 * classifyChrome of the line's text trimmed, when the caller keeps the lines' answers (line-chrome.ts).
 */
export function topMenuLines(lineCount: number, lineText: (line: number) => string,
  chromeAt: (line: number) => ChromeLine | null = (l) => classifyChrome(lineText(l).trim())): number[] {
  const out: number[] = [];
  const bare: number[] = [];
  const names: string[] = [];
  let channels = 0;
  let bar = false;
  for (let l = 0; l < lineCount && l < 200; l++) {
    const t = lineText(l);
    if (!t.trim()) continue;
    if (MENU_ITEM.test(t)) { out.push(l); continue; }
    if (t.length <= 120 && MENU_BAR.test(t) && CHANNEL.test(t)) { out.push(l); bar = true; continue; }
    // A side menu of bare channel names, one a line (blank lines between), above the title.
    if (BARE_ITEM.test(t)) {
      // (An issuer above the title wrapped before its year, 某某县自然资源局 / 2023年……年度报告: the title's first half.)
      let n = l + 1;
      while (n < lineCount && n <= l + 2 && !lineText(n).trim()) n++;
      if (n < lineCount && opensWrappedTitle(t, lineText(n))) break;
      bare.push(l);
      names.push(t.replace(/\s/g, ''));
      continue;
    }
    if (!out.length && !bare.length && chromeAt(l)) continue;
    break;
  }
  // A channel name the menu's narrow column broke over two lines (政府信息 / 公开指南) counts once.
  for (let i = 0; i < names.length; i++) {
    if (DISCLOSURE_CHANNEL.test(names[i]) || SITE_CHANNEL.test(names[i])) channels++;
    else if (i + 1 < names.length && !DISCLOSURE_CHANNEL.test(names[i + 1]) && DISCLOSURE_CHANNEL.test(names[i] + names[i + 1])) { channels++; i++; }
  }
  if (bare.length >= MIN_BARE_RUN && channels >= MIN_CHANNELS) out.push(...bare);
  out.sort((x, y) => x - y);
  return out.length >= MIN_RUN || bar ? out : [];
}
