// Another county's (city's, district's) name as the subject of the report's year in a county-level
// report (贺兰县's report: 2022年,灵武市坚持…; 灵武市政府入口网站发布信息…, real page nR/09): the text was
// copied from a neighbour's report and the name never changed. Read only where a sentence opens with the
// report year and the place at once (2022年,灵武市…), the place is of county level (县, 市, 区, 旗) and
// named nowhere in the title, and the report's own place is never named in the body (outside titles in
// 《》): a report that names itself somewhere speaks of the other place for a reason (its city above it).
import type { Analysis } from '../engine/lint';
import { toSimplified } from '../text/normalize';
import { matchesIn } from '../text/matches-in';

/** The report's own county-level place: the last 县/市/区/旗 of its issuer. */
const COUNTY = /([\u4e00-\u9fff]{2,6}?)(县|市|区|旗)/g;
/** Words that end in a level character but are no place (城区, 辖区, 市场 …), or a county's collective (全县, 我市). */
const NOT_PLACE = /(?:社区|园区|辖区|城区|片区|景区|校区|小区|地区|市场|城市|都市|超市|上市|全[县市区旗]|我[县市区旗]|本[县市区旗]|各[县市区旗]|自治区|新区|开发区)$/;
/** A word, not a name, before the place: 在自治区, 全市, 对县, 为区. */
const NOT_NAME_START = /^[在全我本各该对为向于从由将把据按经与和及其此每]/;
/** Inside a name's stem (after its first character): a town's level or a verb, never a county's name (马港镇在县). */
const NOT_NAME_INSIDE = /.[镇乡]|在/;
/** A sentence opening with the year, the place its subject at once: 2022年,灵武市坚持…. */
const YEAR_SUBJECT = /(?:^|[。；;\n\s])((?:19|20)\d{2})年度?[,，]\s*([\u4e00-\u9fff]{2,4}?(?:县|市|区|旗))(?=[\u4e00-\u9fff])(?!人民政府办公|政府办公)/g;

export interface ForeignCounty {
  own: string;
  name: string;
  start: number;
  end: number;
}

function ownCounty(issuers: readonly (string | null)[]): string | null {
  for (const name of issuers) {
    if (!name) continue;
    let last: string | null = null;
    for (const m of toSimplified(name).matchAll(COUNTY)) if (!NOT_PLACE.test(m[0])) last = m[0];
    return last;
  }
  return null;
}

/** Text outside 《…》 (titles of documents, the report's own name cited in its opening). */
function outsideTitles(text: string): string {
  return text.replace(/《[^《》]{0,120}》/g, '');
}

export function foreignCounty(a: Analysis, issuers: readonly (string | null)[], title: string): ForeignCounty | null {
  const own = ownCounty(issuers);
  if (!own || a.doc.year === null) return null;
  const { lines } = a.doc;
  const t = a.doc.title;
  // The body: every line below the title, where the own place's name is looked for.
  const from = t && t.source !== 'sentence' ? (t.endLine ?? t.line) + 1 : 0;
  // (Made only once a sentence names another place: most reports have none.)
  let body: string | null = null;
  const bodyText = (): string => {
    if (body === null) {
      const parts: string[] = [];
      for (let l = from; l < lines.lineCount; l++) parts.push(toSimplified(lines.lineText(l)));
      body = outsideTitles(parts.join('\n'));
    }
    return body;
  };
  const ownName = own.slice(0, -1);
  for (let l = from; l < lines.lineCount && l < from + 60; l++) {
    if (a.doc.tableLines.has(l)) continue;
    const line = toSimplified(lines.lineText(l));
    for (const m of matchesIn(line, YEAR_SUBJECT)) {
      if (Number(m[1]) !== a.doc.year) continue;
      const name = m[2];
      const stem = name.slice(0, -1);
      // (A town's name before the county's, 马港镇在县委…, is no county: a 镇/乡 or 在 inside the stem.)
      if (NOT_PLACE.test(name) || NOT_NAME_START.test(name) || NOT_NAME_INSIDE.test(stem) || name === own || title.includes(stem) || stem.startsWith(ownName) || ownName.startsWith(stem)) continue;
      // The report's own place named in the body: the other place may be its city, or a partner.
      if (bodyText().split(ownName).length - 1 > (t && t.source === 'sentence' ? 1 : 0)) return null;
      const at = (m.index ?? 0) + m[0].length - name.length;
      const start = lines.lineStarts[l] + at;
      return { own, name, start, end: start + name.length };
    }
  }
  return null;
}
