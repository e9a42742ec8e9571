// Page furniture above a report that the title finder and the detector's opening readers skip:
// title-chrome.ts's own navigation words, and the lines artifact-web's reader
// (model/artifacts-chrome.ts) takes for chrome. A module of its own: artifacts-debris.ts reads
// title-chrome.ts, so title-chrome.ts cannot read the chrome reader back.
import type { LineMap } from '../text/line-map';
import { classifyChrome } from '../model/artifacts-chrome';
import { lineChrome } from '../model/line-chrome';
import { topMenuLines } from '../model/artifacts-menu';
import { isNavChrome, lineMemo } from './title-chrome';
import { LINE_FLAG } from './line-flags';
import { matchesIn } from '../text/matches-in';

/** A site menu's item set as a list item (• 网站首页, - 政务服务): a bare short name after a bullet. */
const MENU_ITEM_LINE = /^\s*[-*•·]\s*[\u3400-\u9fffA-Za-z]{1,8}\s*$/;
const pageMemo = LINE_FLAG.pageChrome;
/**
 * Page furniture above a report: the header's navigation and lines of separators alone (isNavChrome),
 * a menu item set as a list item, or a line artifact-web's reader takes for chrome (a search box's hot
 * words, a toolbar's buttons such as EN or 退出老年人模式, a breadcrumb, a page header's date and
 * source, 打印). Never a title or an opening: it does not use up the lines where they are sought.
 */
export function pageChromeAt(lines: LineMap, line: number): boolean {
  return menuLineAt(lines, line) || lineMemo(pageMemo, lines, line, (raw) => isNavChrome(raw) || MENU_ITEM_LINE.test(raw)
    || (raw.length <= 240 && lineChrome(lines, line) !== null));
}

const menuMemo = new WeakMap<LineMap, ReadonlySet<number>>();
/**
 * A line of the site's side menu at the top of the text, as artifact-web reads it (model/artifacts-menu.ts):
 * bare channel names one a line (政 策 / 政府信息公开指南 / … / 政府信息公开年报, or 法定主动 / 公开内容 broken
 * by a narrow column). Each alone is a short line that names a report's column (政府信息公开年报), never the title.
 */
export function menuLineAt(lines: LineMap, line: number): boolean {
  return topMenuOf(lines).has(line);
}

/** The lines of the site's menu at the top of `lines` (topMenuLines), found once per line map, in order. */
export function topMenuOf(lines: LineMap): ReadonlySet<number> {
  let set = menuMemo.get(lines);
  if (!set) menuMemo.set(lines, (set = new Set(topMenuLines(lines.lineCount, (l) => lines.lineText(l), (l) => lineChrome(lines, l)))));
  return set;
}

/** A title's report words, then a space: where page furniture run on after the title may start. */
const TITLE_END = /(?:报告|年报|总结)(?:[(（][^()（）]{0,12}[)）])?[ \t\u3000]+(?=\S)/g;
/**
 * A title line with the page's toolbar run on after it (2012年某局政府信息公开年报 保护视力色: 默认
 * 【字体: 打印本页 关闭窗口): the column where the toolbar starts, or -1. Only when everything after
 * the report words is chrome that is never report text.
 */
export function toolbarAfterTitle(raw: string): number {
  if (raw.length > 240 || !/[报结]/.test(raw)) return -1;
  for (const m of matchesIn(raw, TITLE_END)) {
    const at = m.index + m[0].length;
    if (at < 6) continue;
    const c = classifyChrome(raw.slice(at).trim());
    if (c) return c.tier === 'strong' ? at : -1;
  }
  return -1;
}
