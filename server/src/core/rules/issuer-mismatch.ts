// issuer-mismatch: the title and the signing block name different places of the same level —
// `甲县人民政府2023年政府信息公开工作年度报告` signed `乙县人民政府`. A report copied from another
// unit's and only partly renamed reads like this, and reviewers criticise it. The place compared is
// the last place name of each (…省/自治区/市/州/盟/县/旗/区/镇/乡/街道, 开发区 and 新区 included);
// the two are the same place when one name begins with the other (长阳土家族自治县 and 长阳县, 某某市
// 某某区 and 某某区). Different levels (a county's report signed by its office or a town), a title or
// signature without a place, and a title read from the first sentence are not judged. Info: one
// of the two names is wrong, and only the author knows which.
// The body's self-references must fit the issuer too (model/issuer-self.ts): a 局's report that
// says 我委 throughout (never 我局), a 县人民政府's that speaks as 我局, a 区's that says 我县
// throughout: reported at the first such word. A government and its 办公室 are one issuer.
// The opening may name the report it publishes (现向社会公布乙县人民政府2023年政府信息公开工作年度报告):
// that unit is compared with the title's (or, without one, the signature's) in the same way.
import type { Rule } from './rule';
import { signingIssuerLine } from '../model/report-dates';
import { normalize, toSimplified } from '../text/normalize';
import type { Analysis } from '../engine/lint';
import { bodyTownKind, foreignSelf, reportIssuerKind, selfWords } from '../model/issuer-self';
import { prose, spanOf } from '../model/sentences';
import { foreignTowns } from '../model/foreign-town';
import { foreignCounty } from '../model/foreign-county';

/** Place names: a run of Han characters closed by a level word; the last match is the lowest place. */
const PLACE = /([\u4e00-\u9fff]{1,10}?)(自治区|自治州|自治县|自治旗|经济技术开发区|经济开发区|高新技术产业开发区|开发区|新区|街道|苏木|省|市|州|盟|县|旗|区|镇|乡)/g;
/** Words that end in a level character but are no place of their own. */
const NOT_PLACE = /(?:社区|园区|辖区|城区|片区|景区|校区|小区|地区|市场|城市|都市|超市|上市|县域|市域|区域|乡村|城乡|乡镇|镇村|旗下)$/;

function lowestPlace(name: string): { name: string; level: string } | null {
  let last: { name: string; level: string } | null = null;
  for (const m of name.matchAll(PLACE)) {
    const whole = m[1] + m[2];
    if (NOT_PLACE.test(whole)) continue;
    last = { name: m[1].replace(/^(?:中共|中国共产党)/, ''), level: m[2].replace(/^自治/, '') };
  }
  return last;
}

/** The place names of two issuers of the same level that cannot be the same place, or null. */
export function differentPlaces(title: string, signature: string): [string, string] | null {
  const a = lowestPlace(title);
  const b = lowestPlace(signature);
  if (!a || !b || a.level !== b.level || a.name.length < 2 || b.name.length < 2) return null;
  if (a.name.startsWith(b.name) || b.name.startsWith(a.name)) return null;
  // The same place written with and without 某某市 in front (one name ending with the other):
  // both names have two characters or more, so comparing the last two characters covers it.
  if (a.name.slice(-2) === b.name.slice(-2)) return null;
  return [a.name + a.level, b.name + b.level];
}

const TOWN_LEVELS = ['镇', '乡', '苏木', '街道'];

/**
 * A town's report (甲县某镇) whose opening presents a department's report of a higher level
 * (甲县民族宗教事务局2025年度……报告), or the county's own (现发布《阿巴嘎旗2022年……年度报告》 in a 苏木's):
 * the text was copied from that report.
 */
export function townPresentsDepartment(own: string, opening: string): boolean {
  const a = lowestPlace(own);
  const b = lowestPlace(opening);
  if (!a || !b || !TOWN_LEVELS.includes(a.level) || TOWN_LEVELS.includes(b.level) || a.name.length < 2) return false;
  const county = ['县', '旗', '区', '市'].includes(b.level) && new RegExp(`${b.level}(?:人民政府)?$`).test(opening);
  return (county || /(?:局|委员会|委|办公室|中心)$/.test(opening)) && !opening.includes(a.name + a.level);
}

const KIND_ZH = { bureau: '局', commission: '委员会', hall: '厅', office: '办公室', government: '人民政府' } as const;

/**
 * The body speaks of its issuer as another kind of organ (a 局's report saying 我委 throughout,
 * a 县人民政府's saying 我局): model/issuer-self.ts. Reported at the first such word.
 */
function selfReference(a: Analysis, titleIssuer: string | null, signature: string | null,
  report: (f: { start: number; end: number; message: string; messageEn: string }) => void): void {
  const named = reportIssuerKind(titleIssuer, signature);
  const p = prose(a);
  const words = selfWords(p.sentences);
  // (Untitled and unsigned: a body speaking as a town throughout is a town's; its 我局 is a bureau's sentence.)
  const kind = named ?? (titleIssuer || signature ? null : bodyTownKind(words));
  if (!kind) return;
  const foreign = foreignSelf(kind, words);
  if (!foreign) return;
  const sp = spanOf(a, foreign.at, foreign.at + foreign.word.length);
  if (!named) {
    const own = words.get(kind.level!)!;
    report({ ...sp,
      message: `正文以“${foreign.word}”自称（${foreign.count} 处），而通篇自称“${own.word}”（${own.count} 处），是${kind.level === '街道' ? '街道办事处' : `${kind.level}人民政府`}的报告，自称与机关不符，请核对是否照搬其他单位的报告`,
      messageEn: `The text calls its issuer “${foreign.word}” (${foreign.count} times) but “${own.word}” throughout (${own.count} times), a ${kind.level} government's report; check whether the text was copied from another unit's report` });
    return;
  }
  const who = normalize(titleIssuer ?? signature!);
  report({ ...sp,
    message: `正文以“${foreign.word}”自称（${foreign.count} 处），而发布机关“${who}”是${kind.kind === 'government' ? (kind.level === '街道' ? '街道办事处' : `${kind.level}人民政府`) : KIND_ZH[kind.kind]}，自称与机关不符，请核对是否照搬其他单位的报告`,
    messageEn: `The text calls its issuer “${foreign.word}” (${foreign.count} times), but the issuer “${who}” is ${kind.kind === 'government' ? `the government of a ${kind.level}` : `a ${kind.kind}`}; check whether the text was copied from another unit's report` });
}

/** A report named in the opening: the organ just before its year and the statutory words. */
const NAMED_REPORT = /([\u4e00-\u9fff]{2,30}?)(?:19|20)\d{2}年度?(?:政府信息公开|法治政府建设)(?:工作)?(?:年度报告|年报|情况报告)/g;
/** What may stand before the organ's name: a verb of publishing or compiling, or a clause break. */
const BEFORE_ORGAN = /^(?:.*(?:现将|现予|现|特|予以|向社会|社会)?(?:公布|公开|发布|印发|编制|编写|形成|制作|是|为|系)(?:了|的)?)/;

/** The organ named as the issuer of the report the opening presents, with its offsets, or null. */
function openingIssuer(a: Analysis): { name: string; start: number; end: number } | null {
  const { lines } = a.doc;
  const t = a.doc.title;
  const from = t && t.source !== 'sentence' ? (t.endLine ?? t.line) + 1 : 0;
  const heading = a.doc.headings.find((h) => h.line >= from)?.line ?? Math.min(lines.lineCount, from + 10);
  for (let l = from; l < heading; l++) {
    if (a.doc.tableLines.has(l)) continue;
    // Simplified for matching, one code unit for one: offsets stay those of the line.
    const text = toSimplified(lines.lineText(l));
    for (const m of text.matchAll(NAMED_REPORT)) {
      const at = m.index ?? 0;
      // The organ's name alone: after a verb of publishing or a clause break, never a notice's title (关于…).
      let name = m[1];
      const cut = BEFORE_ORGAN.exec(name);
      if (cut) name = name.slice(cut[0].length);
      name = name.replace(/^.*[，。；：、,;:（）()《》“”]/, '');
      // 现将我镇…: the issuer speaking of itself (我镇, 本局) names no other place.
      name = name.replace(/^(?:现将|现把|特将|兹将|现)/, '');
      if (/^(?:我|本)[\u4e00-\u9fff]{1,3}$/.test(name)) continue;
      if (name.length < 3 || /关于|做好|通知|要求|根据|按照|依据/.test(name)) continue;
      // Inside 《》 the title of another document (a notice, a report cited as an example); but not the
      // report the opening publishes (现发布《……2022年政府信息公开工作年度报告》).
      const before = text.slice(0, at);
      const open = before.lastIndexOf('《');
      if (open > before.lastIndexOf('》') && !/(?:发布|公布|公开)$/.test(before.slice(0, open))) continue;
      const start = lines.lineStarts[l] + at + m[1].length - name.length;
      return { name, start, end: start + name.length };
    }
  }
  return null;
}

export const issuerMismatch: Rule = {
  id: 'issuer-mismatch',
  formats: 'all',
  defaultSeverity: 'info',
  title: { zh: '标题、落款与正文自称的机关不一致', en: 'Title, signature and self-references name different issuers' },
  description: {
    zh: '标题中的机关与落款机关是同一级别的不同地方（如标题写“甲县人民政府”，落款写“乙县人民政府”）：多见于照搬其他单位的报告而未改全。'
      + '比较两者最后一个地名（省、自治区、市、州、县、旗、区、镇、乡、街道、开发区等）；一方以另一方开头或结尾（“某某市某某区”与“某某区”、“长阳土家族自治县”与“长阳县”）视为同一地方；级别不同（县政府的报告由县政府办公室或乡镇落款）、没有地名、标题取自首句的不作判断。'
      + '错误示例：标题“甲县人民政府2023年政府信息公开工作年度报告”，落款“乙县人民政府”；正确示例：落款“甲县人民政府”。'
      + '正文的自称也应与发布机关相符：局的报告通篇自称“我委”（从不写“我局”）、委员会的报告通篇自称“我局”、县（区、乡镇、街道）人民政府的报告自称“我局”“本厅”，或区政府的报告通篇写“我县”而从不写“我区”，多是照搬其他单位的报告，在第一处自称上提示。政府与其办公室视为同一机关（“我办”不判断）；部门报告中的“我县”“我市”、区政府报告中的“我市”（上级）不判断；党委、管委会等机关不判断。'
      + '开头所公布报告的机关（如“现向社会公布乙县人民政府2023年政府信息公开工作年度报告”）也按同样方法与标题（无标题时与落款）比较；公文标题（书名号内、“关于……”）中的机关不判断。'
      + '乡镇（苏木）、街道的报告开头公布的却是上级部门（如“甲县民族宗教事务局”）或所在县、旗（如“现发布《甲旗2022年政府信息公开工作年度报告》”）的报告，同样提示（开头以“发布、公布、公开”引出的书名号内即本报告的名称，照常比较）。'
      + '没有标题和落款的报告，正文通篇以“我镇”（我乡、我街道）自称三次以上、从不以县区自称的，按乡镇人民政府判断，其中的“我局”同样提示。'
      + '乡、镇的报告中，本报告自己的政府信息公开目录、指南、门户网站或政府信息公开工作冠以另一个乡镇的名称（如参内乡的报告写“制定和完善黄村乡信息公开目录”），也提示；本乡镇取自标题或落款，没有时取正文中出现最多的乡镇名，且另一名称在正文中不单独成词（“负责乡信息公开工作”不算）。'
      + '县级（县、市、区、旗）报告的正文以另一个县级地方作为本年度工作的主语（如贺兰县的报告写“2022年，灵武市坚持……”），而正文中（书名号外）从未出现本报告的地名，也提示。'
      + '默认为提示：两处必有一处写错，须由作者核实。依据：《中华人民共和国政府信息公开条例》第四十九条、第五十条（年度报告由各机关编制并公布）。',
    en: 'The issuer in the title and the signing organisation are different places of the same level (title 甲县人民政府, signed 乙县人民政府), as when another unit\'s report is copied and only partly renamed. '
      + 'The last place name of each (province, city, prefecture, county, banner, district, town, township, street, development zone) is compared; one beginning or ending with the other is the same place. Different levels, no place name, or a title taken from the first sentence are not judged. '
      + 'The body\'s self-references must fit the issuer as well: a bureau\'s report calling itself “我委” throughout (never “我局”), a commission\'s calling itself “我局”, a county, district, town or sub-district government\'s speaking as “我局” or “本厅”, or a district\'s saying “我县” throughout and never “我区” was most likely copied from another unit\'s; the first such word is reported. A government and its office are one issuer (“我办” is not judged); “我县”/“我市” in a department\'s report and “我市” (the level above) in a district\'s are not judged; party bodies and zone committees are not judged. '
      + 'The organ whose report the opening presents (现向社会公布乙县人民政府2023年政府信息公开工作年度报告) is compared with the title\'s (without a title, the signature\'s) in the same way; organs inside a document\'s title (《》, 关于…) are not judged. '
      + 'So is a town\'s (镇, 乡, 苏木, 街道) report whose opening presents a higher level department\'s report (甲县民族宗教事务局…) or its county\'s (现发布《甲旗2022年政府信息公开工作年度报告》: a 《》 right after 发布/公布/公开 holds the report\'s own name and is compared). '
      + 'A report without title or signature whose body speaks as a town (我镇, 我乡, 我街道) three times or more, and never as a county, is judged as a town government\'s: its 我局 is reported too. '
      + 'So is a 乡 or 镇 report that puts another town\'s name on its own information catalogue, guide, portal or disclosure work (制定和完善黄村乡信息公开目录 in 参内乡\'s report); its own town is the title\'s or signature\'s, else the town its text names most, and the other name must never stand in the text as a word of its own (负责乡信息公开工作 is not a name). '
      + 'So is a county-level (县, 市, 区, 旗) report whose text makes another county-level place the subject of the report year\'s work (2022年,灵武市坚持… in 贺兰县\'s report) while its own place is named nowhere in the body outside 《》. '
      + 'Wrong: title 甲县人民政府2023年政府信息公开工作年度报告 signed 乙县人民政府; right: signed 甲县人民政府. Info by default: one of the two is wrong, and only the author knows which. Basis: Arts. 49 and 50 of the Regulations (each body compiles and publishes its own report).',
  },
  basis: '《中华人民共和国政府信息公开条例》第四十九条、第五十条',
  examples: {
    wrong: '甲县人民政府2023年政府信息公开工作年度报告……落款：乙县人民政府',
    right: '甲县人民政府2023年政府信息公开工作年度报告……落款：甲县人民政府',
  },
  check(ctx) {
    const a = ctx.analysis;
    const t = a.doc.title;
    const titleIssuer = t && t.source !== 'sentence' ? a.doc.issuer : null;
    // The signing block below the title (not the title's own line read as a signature).
    const found = signingIssuerLine(a);
    const sig = found && (!t || found.line > (t.endLine ?? t.line)) ? found : null;
    selfReference(a, titleIssuer, sig?.name ?? null, (f) => ctx.report(f));
    const own = titleIssuer ? normalize(titleIssuer) : sig?.name ?? null;
    const opening = own ? openingIssuer(a) : null;
    const elsewhere = opening && own ? differentPlaces(own, normalize(opening.name)) : null;
    if (opening && own && !elsewhere && townPresentsDepartment(own, normalize(opening.name))) {
      ctx.report({ start: opening.start, end: opening.end,
        message: `开头公布的是“${normalize(opening.name)}”的报告，而${titleIssuer ? '标题' : '落款'}中的机关是“${own}”，请核对是否照搬其他单位的报告`,
        messageEn: `The opening presents the report of “${normalize(opening.name)}”, but the ${titleIssuer ? 'title' : 'signature'} names “${own}”; check whether the text was copied from another unit's report` });
    }
    if (opening && elsewhere) {
      ctx.report({ start: opening.start, end: opening.end,
        message: `开头公布的是“${normalize(opening.name)}”的报告，与${titleIssuer ? '标题' : '落款'}中的“${own}”不是同一地方（${elsewhere[1]} / ${elsewhere[0]}），请核对是否照搬其他单位的报告`,
        messageEn: `The opening presents the report of “${normalize(opening.name)}”, but the ${titleIssuer ? 'title' : 'signature'} names “${own}” (${elsewhere[1]} / ${elsewhere[0]}); check whether the text was copied from another unit's report` });
    }
    // Another town's name owning the report's own statutory work (制定和完善黄村乡信息公开目录 in 参内乡's report).
    for (const f of foreignTowns(a, [titleIssuer, sig?.name ?? null])) {
      ctx.report({ start: f.start, end: f.end,
        message: `正文“${f.phrase}”中的“${f.name}”不是本报告的“${f.own}”，请核对是否照搬其他乡镇的报告`,
        messageEn: `“${f.phrase}” names “${f.name}”, not the report's own “${f.own}”; check whether the text was copied from another town's report` });
    }
    // Another county named as the subject of the report's year in a report that never names its own (model/foreign-county.ts).
    const county = foreignCounty(a, [titleIssuer, sig?.name ?? null], t ? normalize(t.text) : '');
    if (county) {
      ctx.report({ start: county.start, end: county.end,
        message: `正文以“${county.name}”为本年度工作的主语，而本报告是“${county.own}”的，正文中也从未出现“${county.own}”，请核对是否照搬其他单位的报告`,
        messageEn: `The text makes “${county.name}” the subject of the year's work, but the report is “${county.own}”'s and never names it; check whether the text was copied from another unit's report` });
    }
    if (!t || !titleIssuer || !sig) return;
    const places = differentPlaces(normalize(titleIssuer), sig.name);
    if (!places) return;
    const { lines } = a.doc;
    const raw = lines.lineText(sig.line);
    const lead = raw.length - raw.trimStart().length;
    const start = lines.lineStarts[sig.line] + lead;
    const end = lines.lineStarts[sig.line] + raw.trimEnd().length;
    if (end <= start) return;
    ctx.report({ start, end,
      message: `落款机关“${sig.name}”与标题中的“${titleIssuer}”不是同一地方（${places[1]} / ${places[0]}），请核对`,
      messageEn: `The signing body “${sig.name}” and the title's issuer “${titleIssuer}” name different places (${places[1]} / ${places[0]}); check which is right` });
  },
};
