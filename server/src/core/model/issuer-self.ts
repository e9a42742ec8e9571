// How a report speaks of its own issuer (我局, 本委, 我县, 本镇 …) against the kind of organ the
// title and the signature name. A bureau's report whose body says 我委 throughout, or a county
// government's whose body speaks as 我局, was copied from another unit's. Precise and silent
// when unsure:
// - the issuer's kind is read from the title's issuer and the signing organisation; both must
//   give the same kind when both are known (a government and its 办公室 are one issuer);
// - a foreign self-reference counts only when the issuer's own word never occurs in the body,
//   and it occurs at least twice (a single 我委 may be a quotation or a slip of another kind);
//   a government speaking as a bureau (我局, 本厅) counts once, beside its own words too (a town's
//   report reading 我局积极配合调整，并结合我镇…: a sentence pasted from a bureau's report);
// - organ words: 局, 委, 厅 (departments), compared for departments and governments; 办 is never
//   foreign (a government's report is compiled by its office; 本办法 is no organ);
// - place words (我县, 本镇, 我街道 …) only for governments and only at the issuer's own tier or
//   below (a district's report may speak of 我市, the city above it).
// Linear in the text: one global regular expression without nested quantifiers.
import { normalize } from '../text/normalize';

export type OrganKind = 'bureau' | 'commission' | 'hall' | 'office' | 'government';

/** Tier of a place level: 1 province, 2 city, 3 county, 4 town. */
const TIER: Record<string, number> = { 省: 1, 自治区: 1, 市: 2, 州: 2, 盟: 2, 县: 3, 区: 3, 旗: 3, 镇: 4, 乡: 4, 街道: 4 };

export interface IssuerKind {
  kind: OrganKind;
  /** Governments: the level word of the issuer's own place (县, 区, 镇, 街道 …). */
  level?: string;
}

const GOV = /(?:人民政府|政府)(?:办公室|办公厅)?$|政府办$/;

/** The kind of organ a normalised name ends in, or null when unsure. */
export function issuerKind(name: string): IssuerKind | null {
  const n = name.replace(/[（(][^）)]*[)）]$/, '');
  // Party bodies, development-zone committees, courts and the like: not judged.
  if (/中共|中国共产党|党委|党工委|工委|管理委员会|管委会|纪委|监委|法院|检察院|人大|政协/.test(n)) return null;
  if (GOV.test(n)) {
    const m = /(自治区|自治州|自治县|自治旗|省|市|州|盟|县|旗|区|镇|乡)(?:人民政府|政府)(?:办公室|办公厅)?$|(镇|乡)政府办$|(市|县|区|旗)政府办$/.exec(n);
    const lv = m ? (m[1] ?? m[2] ?? m[3]).replace(/^自治/, '') : undefined;
    // 开发区/新区 governments and the like: their own words vary (我区, 我委).
    if (!lv || /(?:开发区|新区|园区|试验区|示范区)(?:人民政府|政府)/.test(n)) return null;
    return { kind: 'government', level: lv };
  }
  if (/街道办事处$|街道办$|街道$/.test(n)) return { kind: 'government', level: '街道' };
  // A place named alone (周湾镇, 福州市晋安区): its government. Zones, parks and the like are not judged.
  const place = /(?<!(?:社|园|辖|城|片|景|校|小|地|新|开发|试验|示范|保税|风景|矿|林|农|牧)区?)(自治县|自治旗|县|区|旗|镇|乡)$/.exec(n);
  if (place && !/(?:社区|园区|辖区|城区|片区|景区|校区|小区|地区|新区|开发区|试验区|示范区|保税区|风景区|矿区|林区|农场|牧区|乡镇|城乡)$/.test(n)) return { kind: 'government', level: place[1].replace(/^自治/, '') };
  if (/局$/.test(n)) return { kind: 'bureau' };
  if (/委员会$|[^党]委$/.test(n)) return { kind: 'commission' };
  if (/办公室$|办公厅$|办$/.test(n)) return { kind: 'office' };
  if (/厅$/.test(n)) return { kind: 'hall' };
  return null;
}

/** Self-references; the lookaheads leave out words that merely begin alike (本局限, 我委托, 本区域, 本乡镇). */
const SELF = /(?:我|本)(?:(局)(?![限面势域部])|(委)(?![托派屈婉])(?!员(?!会))|(厅)(?![堂长])|(街道)|(县)(?![域城长委])|(区)(?![域别块分间])|(旗)(?![帜])|(市)(?![场民值区县长委])|(镇)(?![村长委])|(乡)(?![村镇土亲长委]))/g;

export interface SelfWord {
  /** As first written: 我委, 本县. */
  word: string;
  /** Normalised offset of the first occurrence. */
  at: number;
  count: number;
}

/** Counts of each self-reference word in normalised pieces of body text (ns: a piece's offset). */
export function selfWords(pieces: Iterable<{ text: string; ns: number }>): Map<string, SelfWord> {
  const out = new Map<string, SelfWord>();
  for (const p of pieces) {
    if (!/[我本]/.test(p.text)) continue;
    for (const m of p.text.matchAll(SELF)) {
      const w = m.slice(1).find((g) => g !== undefined)!;
      const s = out.get(w);
      if (s) s.count++;
      else out.set(w, { word: m[0], at: p.ns + m.index!, count: 1 });
    }
  }
  return out;
}

const ORGAN_OWN: Record<Exclude<OrganKind, 'government'>, string> = { bureau: '局', commission: '委', hall: '厅', office: '' };

/**
 * The self-reference that does not fit the issuer: the word used at least twice while the
 * issuer's own word is never used. null when the body fits or when unsure.
 */
export function foreignSelf(kind: IssuerKind, words: Map<string, SelfWord>): SelfWord | null {
  const has = (w: string) => (words.get(w)?.count ?? 0) > 0;
  const candidates: SelfWord[] = [];
  if (kind.kind === 'government') {
    const own = kind.level!;
    // A government never speaks as a bureau (我局, 本厅: once is enough, whatever else it
    // says) or, at least twice, as a commission (我委 might be a party committee's).
    for (const w of ['局', '厅']) {
      const s = words.get(w);
      if (s) return s;
    }
    const c = words.get('委');
    if (c) candidates.push(c);
    const tier = TIER[own];
    for (const [w, s] of words) {
      if (!(w in TIER) || w === own || has(own)) continue;
      // 乡 and 镇 are the same tier and often written loosely; 区 and 县 likewise in one name
      // (某某县 became 某某区): both are still another unit's words when the own never occurs.
      if (TIER[w] >= tier) candidates.push(s);
    }
  } else {
    const own = ORGAN_OWN[kind.kind];
    // An office speaks for the committee or bureau it serves: only 局 is foreign to it when
    // neither 办 … is read (offices are left out: their own word is too ambiguous to count).
    if (!own) return null;
    if (has(own)) return null;
    for (const w of ['局', '委', '厅']) {
      if (w === own) continue;
      const s = words.get(w);
      if (s) candidates.push(s);
    }
  }
  const best = candidates.filter((c) => c.count >= 2).sort((x, y) => y.count - x.count || x.at - y.at)[0];
  return best ?? null;
}

/** The issuer's kind from the title's issuer and the signature; null when unknown or when they disagree. */
export function reportIssuerKind(titleIssuer: string | null, signature: string | null): IssuerKind | null {
  const kinds = [titleIssuer, signature].filter((n): n is string => !!n).map((n) => issuerKind(normalize(n)));
  if (!kinds.length || kinds.some((k) => k === null)) return null;
  const [k0] = kinds as IssuerKind[];
  for (const k of kinds as IssuerKind[]) if (k.kind !== k0.kind || k.level !== k0.level) return null;
  return k0;
}

/**
 * Without a title or a signature to name the issuer, a body that speaks of itself as a town three
 * times or more (我镇, 本乡, 我街道), and as no other town or county, is a town government's report.
 */
export function bodyTownKind(words: Map<string, SelfWord>): IssuerKind | null {
  const towns = ['镇', '乡', '街道'].filter((w) => (words.get(w)?.count ?? 0) > 0);
  if (towns.length !== 1 || words.get(towns[0])!.count < 3 || ['县', '区', '旗', '市'].some((w) => words.has(w))) return null;
  return { kind: 'government', level: towns[0] };
}
