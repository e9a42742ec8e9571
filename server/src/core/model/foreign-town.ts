// Another town's name left in a town's report (制定和完善黄村乡信息公开目录 in 参内乡's report, real page
// nH/47): the text was copied from a neighbour's report and not renamed everywhere. Read only where the
// name owns the report's own statutory work (its 信息公开目录, 指南, 门户网站, 政府信息公开工作), and only
// for 乡 and 镇, whose names are place names (the two characters before 街道 are as often a verb:
// 推进街道政府信息公开工作).
import type { Analysis } from '../engine/lint';
import { toSimplified } from '../text/normalize';
import { mappedText } from './text-search';

/** A town: two Han characters and 乡 or 镇 (the last two characters of longer names). */
const TOWN = /([\u4e00-\u9fff]{2})(乡|镇)/g;
/** A town owning the report's statutory work. */
const TOWN_WORK = /([\u4e00-\u9fff]{2})(乡|镇)(?:人民政府|政府)?(?:信息公开目录|政府信息公开目录|信息公开指南|政府信息公开指南|门户网站|政府网站|政务公开栏|政府信息公开工作|信息公开工作)/g;
/**
 * Two-character verbs before the town's own 乡政府/镇政府 and its work (通过乡政府门户网站, 依托镇政务公开栏, 完善乡信息公开目录):
 * what the report does with its own portal or catalogue, no town's name.
 */
const VERB = /^(?:通过|依托|利用|借助|经由|登录|访问|关注|运用|完善|加强|优化|建设|维护|更新|规范|推进|开展|做好|抓好|落实|负责|健全|编制|制定|修订|发布|公开|设立|开设|开通|进入|登陆)$/;
/** Characters no town name has just before 乡/镇 (全乡, 各镇, 我乡, 城乡, 乡镇, 集镇…) or inside it (的, 和…). */
const NOT_NAME = /[全各我本该城集小市下家每两乡镇的和与及对在为了年度将把由是其此等个到从向至于]/;

export interface ForeignTown {
  /** The report's own town (from its issuer, or the town its text names most). */
  own: string;
  /** The other town as written, and its offsets in the draft. */
  name: string;
  phrase: string;
  start: number;
  end: number;
}

/**
 * The report's own town: the issuer's (null when the issuer is no town); without an issuer, the town named
 * most often (twice or more, more than any other).
 */
function ownTown(text: string, issuers: readonly (string | null)[]): string | null {
  for (const name of issuers) {
    if (!name) continue;
    let last: string | null = null;
    for (const m of toSimplified(name).matchAll(TOWN)) if (!NOT_NAME.test(m[1])) last = m[0];
    // An issuer that is no town (a county, its office or a department) oversees towns: nothing to compare.
    return last;
  }
  const count = new Map<string, number>();
  for (const m of text.matchAll(TOWN)) if (!NOT_NAME.test(m[1])) count.set(m[0], (count.get(m[0]) ?? 0) + 1);
  const ranked = [...count].sort((x, y) => y[1] - x[1]);
  if (ranked.length === 0 || ranked[0][1] < 2 || (ranked.length > 1 && ranked[1][1] === ranked[0][1])) return null;
  return ranked[0][0];
}

/**
 * Towns of the report's own level other than its own, named as the owner of its statutory work. The name's
 * two characters must never stand in the text without 乡/镇 after them: a word (负责乡信息公开工作) is no name.
 */
export function foreignTowns(a: Analysis, issuers: readonly (string | null)[]): ForeignTown[] {
  const { lines } = a.doc;
  // The normalised text (Simplified, no spaces or line breaks), made once per document.
  const text = mappedText(a).text;
  if (!text.includes('乡') && !text.includes('镇')) return [];
  const own = ownTown(text, issuers);
  if (!own) return [];
  const out: ForeignTown[] = [];
  for (let l = 0; l < lines.lineCount && out.length < 5; l++) {
    if (a.doc.tableLines.has(l)) continue;
    // Simplified one code unit for one: offsets stay those of the line.
    const line = toSimplified(lines.lineText(l));
    for (const m of line.matchAll(TOWN_WORK)) {
      const name = m[1] + m[2];
      if (m[2] !== own.slice(-1) || m[1] === own.slice(0, 2) || NOT_NAME.test(m[1]) || VERB.test(m[1])) continue;
      if (new RegExp(`${m[1]}(?![乡镇])`).test(text)) continue;
      const start = lines.lineStarts[l] + (m.index ?? 0);
      out.push({ own, name, phrase: m[0], start, end: start + name.length });
    }
  }
  return out;
}
