// The lines above a report's title that are not it, for title.ts and the detector: a web page's
// metadata block (索引号 | 发布机构 …) and its 名称 field, a breadcrumb, a header of navigation
// links, a document-sharing site's notices (温馨提示 / VIP / 下载 / 客服) and Word field codes;
// and a title set one word per line. Every test reads a bounded head of one line of the text read in
// Simplified script (doc.read, doc.readLines): a page in Traditional script (當前位置, 索引號) is
// read in the Simplified forms these patterns know.
import type { LineMap } from '../text/line-map';
import { dropPinyin, normalize } from '../text/normalize';
import { pageLabelSource, pageLabelFirsts } from '../text/page-labels';
import { LINE_FLAG } from './line-flags';

/**
 * A site's channel names or a metadata field's name glued before the issuer of a title in a copy
 * without breaks (政府信息公开指南政府信息公开制度某某局…, 组配分类政府信息公开年报2023年…, …专题专栏某某街道…,
 * a date's weekday: 2019年12月3日星期二某某委员会2025年度…, the toolbar's buttons: …无障碍浏览长者模式某某局…,
 * a disclosure site's side menu: …政府信息公开年报依申请公开乡镇街道部门单位重点领域公开某某市2023年…):
 * what the issuer starts after. Only when two or more characters are left, or none (the title starts at its year).
 */
export const GLUED_CHANNEL = /^.*(?:年报|年度报告|报告|正文|公开指南|公开制度|公开目录|依申请公开|重点领域(?:信息)?公开|部门单位|公示公告|通知公告|工作动态|新闻动态|新闻资讯|行业资讯|专题专栏|发布机构|发文机关|所属机构|组配分类|主题分类|信息来源|关键词|文件下载|时效|星期[一二三四五六日天]|今天是|智能问答|无障碍浏览|无障碍阅读|无障碍|长者模式|关怀版|适老化)(?=[\u3400-\u9fff（）()]{2,}$|$)/;

/** Lines of a web page's metadata block (索引号 | 发布机构 | 成文日期 …) and similar chrome. */
// The column a page is filed under (栏目: 政府信息公开年报) names reports, but it is a field, never the title.
// A list marker or a bracket may come first (- [ 索引号 ] …, [ 发布日期 ] 2026-02-10, 【发布机构】…).
// A label word followed by a comma opens a sentence (公开形式,突出……: a line of a paragraph wrapped there).
export const META = new RegExp(`^[\\s|│]*(?:[-*•·]\\s*)?[\\[【［]?\\s*(?:${pageLabelSource(['作\\s*者', '责任编辑', '(?:所属)?栏\\s*目(?=\\s*[:：\\t|│])', '原文(?:链接|地址)(?=\\s*[:：])'])})(?!\\s*[,，。、；;])\\s*[:：\\t|│]?`);
/**
 * What META's label may open with: a page label's first character or one of its own labels' (作者,
 * 责任编辑, 栏目/所属栏目, 原文链接), after what its lead may take (a superset: those marks in any number).
 */
const META_FIRST = new Set([...pageLabelFirsts(), ...'作责栏所原'].map((c) => c.charCodeAt(0)));
const META_LEAD = /^[\s|│\-*•·[【［]*/;

/** False where META cannot match: the first character after its lead's marks opens no label. */
export function mayOpenMetaLabel(s: string): boolean {
  const n = META_LEAD.exec(s)![0].length;
  return n < s.length && META_FIRST.has(s.charCodeAt(n));
}
// The value ends at a tab or pipe, at the line's end, or before the next field on the line (名  称: 某某街道2025年……
// 年度报告 发布机构: 某某街道: spaces, a label and its colon).
export const META_NAME = new RegExp(`^[\\s|│]*(?:[-*•·]\\s*)?(?:名\\s*称|标\\s*题|文件名称)\\s*[:：\\t|│]\\s*([^\\t|│]{4,120}?)\\s*(?:[\\t|│]|$|(?<=\\s)(?=(?:${pageLabelSource()})\\s*[:：]))`);

/** A document site's sharing line naming the shared file: 《某局2022年……报告.docx》由会员分享，可在线阅读…. */
export const DOC_SHARE_NAME = /^\s*《([^《》]{4,80}?)\.(?:docx?|pdf|wps|pptx?|txt)》\s*由(?:会员|用户|网友)?(?:分享|上传)/i;

/** A breadcrumb (您当前所在的位置：首页 > … > 年度报告, 首页/ 政府信息公开 / 年报 / 正文): web chrome, never the title. */
const BREADCRUMB = /当前.{0,3}位置|[>＞›»]|^\s*(?:网站)?首页\s*[/／]|[/／]\s*正文\s*$/;
export function isBreadcrumb(raw: string): boolean {
  return BREADCRUMB.test(raw.slice(0, 300));
}

export function isMetadataLine(raw: string): boolean {
  // (A mirror's converter pinyin and full-width spaces broken into question marks inside the labels,
  // 發(fā)布時間: and 索??引??號:, are dropped.)
  // (Both patterns open with a look-behind, tried at every position: each only on a line with its bracket or mark.)
  const cut = raw.slice(0, 200);
  const unannotated = cut.includes('(') || cut.includes('（') ? dropPinyin(cut) : cut;
  const head = unannotated.includes('?') || unannotated.includes('？') ? unannotated.replace(/(?<=[\u3400-\u9fff])[?？]+(?=[\u3400-\u9fff])/g, '') : unannotated;
  // (Most lines open with a word no label starts with: told without META's alternation of labels.)
  return mayOpenMetaLabel(head) && META.test(head);
}

/**
 * Site navigation words a page's header repeats (站群导航 | 加入收藏 | 设为首页 | 手机版), the
 * accessibility toolbar's buttons one a line (页面 / 配色 / 辅助线 / 重置, 用户空间), the header's
 * technical badge (支持IPv6) and its links to the site's accounts (微信公众号, 政务微信, 政务微博, 移动端应用,
 * 政务新媒体矩阵, 智能机器人, 登录个人中心), and the site search box's prompts one a line (选择特殊符号 /
 * 选择搜索类型 / 请输入搜索, 高级搜索).
 */
export const NAV_WORDS = '站群导航|网站导航|加入收藏|设为首页|手机版|移动版|全文检索|站内搜索|搜索|选择特殊符号|选择搜索类型|请输入(?:搜索|关键[字词])(?:内容|词)?|高级(?:搜索|检索)|无障碍(?:浏览|阅读)?|长者模式|关怀版|适老化|网站地图|站点地图|返回首页|繁体版|简体版|繁體|简体|English|登录|注册|智能问答|联系我们|关于我们|友情链接|朗读|全文朗读|语音朗读|听全文|点击(?:收听|播放)[\\u4e00-\\u9fff]{0,8}(?:朗读|播报)|页面|配色|辅助线|重置|用户空间|(?:本?网站(?:已)?)?支持IPv6|微信公众号|微信|微博|政务微信|政务微博|移动端(?:应用)?|客户端|(?:登录)?(?:个人|用户)中心|政务新媒体矩阵|智能机器人';
// (Several glued together, 移动端应用政务微信政务微博, as a copy without spaces gives them, are one word.)
const NAV_WORD = new RegExp(`^(?:${NAV_WORDS})+$`);
/** A site header's date line (今天:2024年2月22日 星期四 …, 今天是2024年…), whatever links follow it. */
const HEADER_DATE = /^\s*今天(?:是)?\s*[:：]?\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日/;
/**
 * A link to the report's graphic or video explainer alone on its line, under the page's header (年报图解, 图解年报,
 * 图文解读, 视频解读): the page's link to another page. (An explainer's own title names the report with its year:
 * 图解：某市2024年政府信息公开工作年度报告.)
 */
const EXPLAINER_LINK = /^\s*(?:(?:年报|报告)?图解(?:年报|报告)?|(?:图文|图片|视频|动漫|漫画)解读)\s*$/;
/** A header line of navigation links only, or of separators only (a lone |), or the header's date line, or an explainer's link: no title line. */
export function isNavChrome(raw: string): boolean {
  if (HEADER_DATE.test(raw) || EXPLAINER_LINK.test(raw)) return true;
  const words = raw.slice(0, 200).split(/[\s|│/·•]+/).filter((w) => w !== '');
  return words.every((w) => NAV_WORD.test(w));
}

/**
 * A line of a site header's contact block (地址：南京市…, 电话：025-…, 传真：…, 邮件：info@…): one
 * field of the site's own address, never the title. A report's contact sentence (如对本报告有疑问，
 * 请与…联系（地址：…）) opens otherwise. It does not use up the lines where the title is sought.
 */
const CONTACT_LINE = /^\s*(?:联系)?(?:地\s*址|电\s*话|传\s*真|邮\s*件|邮\s*箱|电子邮箱|电子邮件|E-?mail|邮\s*编|邮政编码|热\s*线)\s*[:：]\s*\S/i;
export function isContactLine(raw: string): boolean {
  if (raw.length > 80) return false;
  return CONTACT_LINE.test(raw) && !/报告|年报|信息公开|[。；;]/.test(raw);
}

/**
 * A site's menu line: short link words set apart by runs of spaces (新闻 要闻 动态 专题 访谈,
 * 海关电邮  使用帮助, 简体中文  繁体中文  English), no punctuation, nothing of a report's name.
 * It does not use up the lines where the title is sought.
 */
const MENU_WORD = /^[\u3400-\u9fffA-Za-z]{1,6}$/;
/** A disclosure site's column names (信息公开指南 信息公开年报 / 信息公开月报 依申请公开): they name reports, but as columns. */
const CHANNEL_WORD = /^(?:(?:政府|政务)?(?:信息)?公开(?:指南|年报|月报|目录|制度|规定|专栏|平台)|依申请公开|(?:政府)?信息公开)$/;
export function isMenuLine(raw: string): boolean {
  // (A line of a view's paragraph holds its breaks: a column name wrapped, 信息公开指南 信息公开 / 年报, is one word.)
  const head = raw.slice(0, 120).replace(/(?<=[\u3400-\u9fff])[ \t]*\r?\n[ \t]*(?=[\u3400-\u9fff])/g, '');
  if (raw.length > 120) return false;
  const words = head.trim().split(/\s+/);
  if (words.length >= 2 && words.every((w) => CHANNEL_WORD.test(w))) return true;
  if (/报告|年报|信息公开|政府|法治/.test(head)) return false;
  if (words.length < 2 || !words.every((w) => MENU_WORD.test(w))) return false;
  // Two words need a wide gap (a title broken by one space is not a menu).
  return words.length >= 3 || /\S\s{2,}\S/.test(head);
}

/**
 * A document-sharing site's notices above the text (温馨提示: / 1. 本文档由用户上传… / - 4、该文档为VIP文档…
 * / 网站客服:… / 查看更多) and a Word field code left in the text (PAGE \* MERGEFORMAT1): page
 * chrome, never the title, and they do not use up the lines where the title and opening are sought.
 */
const DOC_SITE_NOTICE = /^\s*(?:温馨提示\s*[:：]?\s*$|合集下载\s*$|(?:网站|在线)?客服(?:电话|QQ|热线)?\s*[:：]\s*[\d-]{5,}\s*$|查看更多\s*$|PAGE\s*\\\*\s*MERGEFORMAT)/i;
const DOC_SITE_WORDS = /文档|下载|本站|网站/;
const DOC_SITE_TERMS = /VIP|付费|会员|退款|上传|版权|侵权|客服|下载权益|查看预览时|向本站投诉|自行甄别|附加服务/i;
export function isDocSiteNotice(raw: string): boolean {
  const head = raw.slice(0, 400);
  if (DOC_SITE_NOTICE.test(head)) return true;
  // A numbered notice item (1. / - 2、) about the site's documents: their upload, payment, rights.
  return /^\s*(?:[-*•]\s*)?\d{1,2}\s*[.、．)）]/.test(head) && DOC_SITE_WORDS.test(head) && DOC_SITE_TERMS.test(head)
    && !/政府信息公开|法治政府/.test(head);
}

// The readers of a text's first lines (title, year, detection) ask the same lines these questions
// over and over (findYear alone walks the first 80 lines up to six times): the answers per line
// of one line map, computed once.
const noticeMemo = LINE_FLAG.docSiteNotice;
const metadataMemo = LINE_FLAG.metadata;

/** `test` of the whole line `line` of `lines`, asked once per line map and question (`slot`, a LINE_FLAG). */
export function lineMemo(slot: number, lines: LineMap, line: number, test: (raw: string) => boolean): boolean {
  const flags = lines.lineFlags(slot);
  // (A line outside the map, if one is ever asked, is answered without keeping the answer.)
  if (!(line >= 0 && line < flags.length)) return test(lines.lineText(line));
  const v = flags[line];
  if (v !== 0) return v === 2;
  const yes = test(lines.lineText(line));
  flags[line] = yes ? 2 : 1;
  return yes;
}

/** isDocSiteNotice of the whole line `line` of `lines`, computed once per line map. */
export function docSiteNoticeAt(lines: LineMap, line: number): boolean {
  return lineMemo(noticeMemo, lines, line, isDocSiteNotice);
}

const navMemo = LINE_FLAG.navChrome;
/** isNavChrome of the whole line `line` of `lines`, computed once per line map. */
export function navChromeAt(lines: LineMap, line: number): boolean {
  return lineMemo(navMemo, lines, line, isNavChrome);
}

/**
 * isMetadataLine of the whole line `line` of `lines`, computed once per line map; or the value of such a
 * line's bare label above it (a metadata table copied one cell per line: 索引号: / 330803-055/2020-42609 /
 * 公开方式: / 主动公开): a short line, no sentence, no report's name, under a line that is only a label.
 * (名称/标题 are left out: their value is the report's title.)
 */
export function metadataLineAt(lines: LineMap, line: number): boolean {
  return lineMemo(metadataMemo, lines, line, isMetadataLine) || labelValueAt(lines, line);
}

const BARE_LABEL = new RegExp(`${META.source}\\s*$`);
const TITLE_LABEL = /^[\s|│]*(?:[-*•·]\s*)?[\[【［]?\s*(?:(?:信息|文件)?名\s*称|标\s*题)/;
function labelValueAt(lines: LineMap, line: number): boolean {
  const raw = lines.lineText(line).trim();
  if (!raw || raw.length > 40 || /[。；;，,！!？?]|^[一二三四五六七八九十]+[、.．]|^[(（][一二三四五六七八九十]/.test(raw)) return false;
  // (A report's name is no value here, though a classification's may end in 报告: 其他/其他 / 报告.)
  if (/报告|年报/.test(raw) && /(?:19|20)\d{2}|年度|信息公开|法治/.test(raw)) return false;
  for (let l = line - 1; l >= 0 && l >= line - 2; l--) {
    const up = dropPinyin(lines.lineText(l));
    if (!up.trim()) continue;
    if (up.length > 24) return false;
    // (`lines` are doc.read's, in Simplified script already.)
    return BARE_LABEL.test(up) && !TITLE_LABEL.test(up);
  }
  return false;
}

/** Short lines in a row (2023 / 医院 / 政府 / 信息 / …): a title set one word per line. */
const WORD_LINE = /^[\u3400-\u9fff\d]{1,4}$/;
const WORD_TITLE_END = /(?:年度报告|年报|的报告|工作报告|情况报告)$/;
/** The last line of a title set one word per line from `line` on (three or more lines), or -1. */
export function wordTitleEnd(lines: LineMap, line: number): number {
  const parts: string[] = [];
  for (let l = line; l < lines.lineCount && l < line + 24 && parts.length < 16; l++) {
    const t = lines.lineText(l).trim();
    if (!t) continue;
    if (!WORD_LINE.test(t)) break;
    parts.push(t);
    if (parts.length >= 3 && WORD_TITLE_END.test(normalize(parts.join('')))) return l;
  }
  return -1;
}
