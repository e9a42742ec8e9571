// More web debris, line by line (issue #16 §3), beside the items of artifacts-chrome.ts: an
// attachment link (附件：….pdf) or a bare file-name line inside the text, a site header with
// the page date (某某市人民政府门户网站 2024-01-20, www.….gov.cn 2024-01-20), and the
// watermark of a document-mirror site (本文档由原创力文档用户上传, 豆丁网 www.docin.com) and a
// document-sharing site's notices (温馨提示: / 1. 本文档由用户上传…).
// A line is debris only when all of it is; report sentences that mention 门户网站 never are.
import { normalize, readSimplified } from '../text/normalize';
import { isDocSiteNotice } from '../parse/title-chrome';
import type { ChromeLine } from './artifacts-chrome';

const EXT = '(?:pdf|docx?|wps|ofd|xlsx?|et|rtf|txt|zip|rar)';
/** 附件：1. 某某局2023年政府信息公开工作年度报告.pdf (several names allowed). */
const ATTACHMENT = new RegExp(`^(?:附件|相关附件|附件下载)\\d{0,2}[:：]?\\s*(?:\\d{1,2}[.、]\\s*)?[^\\\\/|\\t<>"*?。；;]{1,120}\\.${EXT}(?:\\s*[（(]\\s*\\d+(?:\\.\\d+)?\\s*[KMG]?B\\s*[)）])?$`, 'i');
/** A bare file name alone on a line (artifact-ocr reports it at the very top or bottom). */
export const BARE_FILE_NAME = new RegExp(`^[^\\\\/|\\t<>:"*?，。；：,;]{1,150}\\.${EXT}$`, 'i');
const DATE = '\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?(?:\\d{1,2}:\\d{2}(?::\\d{2})?)?';
const SITE_URL = '(?:https?://)?www\\.[a-z0-9.-]+\\.[a-z]{2,6}/?';
/** The site's name (…门户网站, …政府网, www.….gov.cn; or the name and its address) and a date before or after it,
 * nothing else (on the normalised line): 某某市人民政府门户网站 www.….gov.cn 2023-01-28, 2025-04-27 10:14 某某省人民政府网. */
const SITE_NAME = `(?:[\\u4e00-\\u9fff]{2,30}(?:门户网站|政府网|政务网|网站)(?:${SITE_URL})?|${SITE_URL})`;
const SITE_HEADER = new RegExp(`^(?:${SITE_NAME}[|·-]?${DATE}|${DATE}[|·-]?${SITE_NAME})$`, 'i');
const MIRROR_SITE = /原创力文档|公文汇|gongwenhui\.com|豆丁网|道客巴巴|百度文库|人人文库|淘豆网|金锄头文库|文库网|冰点文库|docin\.com|doc88\.com|book118\.com|wenku\.baidu\.com|360doc\.com|taodocs\.com|renrendoc\.com|wenkuwang\.com/i;
/**
 * A document-mirror watermark run onto the end of a report line after a space: “一、……主要举措和成效 公文汇
 * www.gongwenhui.com”, “(一)坚持党的领导 公文汇,办公文档之家”, “(二)…… 稿子汇 www.gaozihui.com”. The
 * line is report text; only the watermark is debris.
 */
const MIRROR_NAME = '(?:公文汇|稿子汇|办公文档之家|原创力文档|豆丁网|道客巴巴|百度文库|人人文库|淘豆网|金锄头文库|冰点文库)';
export const TRAILING_WATERMARK = new RegExp(`(?<=\\S)[ \\t\\u3000]+${MIRROR_NAME}(?:[ \\t\\u3000,，]*(?:${MIRROR_NAME}|www\\.[a-z0-9-]+\\.(?:com|cn|net)))*[ \\t\\u3000]*$`, 'i');
/**
 * A document-mirror watermark run into the text anywhere, even inside a word (扛牢法治建设第一秘书之家—
 * 全网资源每日更新www.mishuzj.com责任人职责): the site's name, a dash, its slogan about documents or
 * resources, and its commercial address (never a government site's .gov.cn).
 */
export const RUN_IN_WATERMARK = /([\u4e00-\u9fff]{2,8})([ \t\u3000]*[—–-]{1,2}[ \t\u3000]*[\u4e00-\u9fff]{0,10}?(?:资源|文档|范文|文库|公文)[\u4e00-\u9fff]{0,10}[ \t\u3000]*(?:https?:\/\/)?www\.[a-z0-9-]+\.(?:com|net|cn)(?![a-z0-9.-]))/gi;
/**
 * The watermarks run into `text` (the whole draft: a name seen alone anywhere counts) as [start, end) offsets. The site's name is certain where nothing Han
 * stands before it (the text's start, after punctuation); glued to a word (第一秘书之家—…), the longest
 * such name that ends the Han run is taken, and without one only the slogan and address from the dash on.
 */
export function runInWatermarks(text: string): [number, number][] {
  const hits = [...text.matchAll(RUN_IN_WATERMARK)];
  const clean = (i: number) => i === 0 || !/[\u4e00-\u9fff]/.test(text[i - 1]);
  const names = hits.filter((m) => clean(m.index!)).map((m) => m[1]);
  return hits.map((m) => {
    const end = m.index! + m[0].length;
    if (clean(m.index!)) return [m.index!, end];
    const name = names.filter((n) => m[1].endsWith(n)).sort((x, y) => y.length - x.length)[0];
    return [name ? m.index! + m[1].length - name.length : m.index! + m[1].length, end];
  });
}
const MIRROR_WORDS = /上传|下载|仅供|文档来源|本文(?:档)?来[自源]|来源[:：]|www\.|https?:|\.com/i;

export function classifyDebris(lineText: string): ChromeLine | null {
  if (lineText.length > 200) return null;
  const raw = lineText.trim();
  if (!raw) return null;
  // The separator row of a metadata block copied as a Markdown table: chrome only inside that block.
  if (/^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$/.test(raw)) return { tier: 'support', zh: '网页信息元数据', en: 'page metadata', pageMeta: true };
  if (ATTACHMENT.test(raw)) {
    return { tier: 'strong', zh: '附件下载链接', en: 'attachment link', keep: { zh: '如需保留附件，请在正文中另行说明附件名称', en: 'name the attachment in the text if it is to stay' } };
  }
  if (BARE_FILE_NAME.test(raw)) return { tier: 'weak', zh: '文件名', en: 'file name', fileName: true };
  // A document-sharing site's notices above the text (温馨提示: / 2. 本文档由用户上传… / 网站客服:…),
  // which the title and detection already skip as page chrome.
  // (The line as written: read in Simplified script, as title-chrome's tests expect.)
  if (isDocSiteNotice(readSimplified(raw))) return { tier: 'strong', zh: '文档站提示', en: 'document-site notice' };
  const norm = normalize(raw);
  if (SITE_HEADER.test(norm)) return { tier: 'meta', zh: '网站页眉', en: 'site header' };
  if (raw.length <= 100 && MIRROR_SITE.test(norm) && MIRROR_WORDS.test(norm.replace(MIRROR_SITE, '')) && !/[。；;]./.test(norm) && !/我[局区县市委办镇乡]|本(?:机关|单位|部门)/.test(norm)
    // A heading or list item with the watermark run into it is report text (the heading stays).
    && !/^[(（]?[一二三四五六七八九十\d]{1,3}[、.．)）]/.test(norm)) {
    return { tier: 'strong', zh: '文档站水印', en: 'document-mirror watermark' };
  }
  return null;
}

/**
 * A view counter's label whose count the page never wrote, run into the first line of the text below it
 * (访问次数:2024年，某厅笃学践行……): the label at the line's start, then an opening sentence (a year, 根据……, 本报告……).
 * Only the label is debris; a line that lists the counter's value (访问量:全年累计……) is text.
 */
export const LEADING_COUNTER = /^[ \t\u3000]*(?:访问次数|浏览次数|点击次数|点击数|阅读次数|浏览量|访问量)[:：][ \t\u3000]*(?=(?:(?:19|20)\d{2}年|根据|按照|依据|本(?:年度)?报告)[^。]{8,}?[，,。])/;
