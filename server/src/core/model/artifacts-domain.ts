// A mirror site's domain put in place of a name: a copied site swaps the organ's or the place's
// name for its own domain (puroview.com沙头镇人民政府 for 永嘉县沙头镇人民政府, 地址:puroview.com沙头镇
// 镇前街31号, 现公布puroview.com2012年政府信息公开工作年度报告, 请与puroview.com政府信息公开办公室联系: qF/02).
// A domain glued to the name of a place or an organ that follows it, or to the year of the report
// it names, is that swap; a site's address in brackets or before a verb (在www.example.cn查询), a government or school domain
// (….gov.cn, ….edu.cn) and an e-mail address are not.

export interface DomainSwap { start: number; end: number; text: string }

const SWAP = /(?<![A-Za-z0-9.@/:_\\-])(?:www\.)?[a-z0-9][a-z0-9-]{1,30}\.(?:com|net|org|cc|top|vip|xyz|info|cn|com\.cn|net\.cn)(?:(?=[\u4e00-\u9fff]{0,8}?(?:镇|乡|县|区|市|街道|人民政府|管委会|办事处|办公室|委员会))(?=[\u4e00-\u9fff])|(?=(?:19|20)\d{2}年))/gi;

/** Whether the text holds a top-level domain's name at all (ASCII only: a text and its reading in Simplified script agree). */
export function mayHaveDomain(text: string): boolean {
  return /\.(?:com|net|org|cc|top|vip|xyz|info|cn)/i.test(text);
}

/** Domains glued before a place's or an organ's name in the text, in order. */
export function domainSwaps(text: string): DomainSwap[] {
  if (!mayHaveDomain(text)) return [];
  const out: DomainSwap[] = [];
  for (const m of text.matchAll(SWAP)) out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0] });
  return out;
}
