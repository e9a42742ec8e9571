// The report names a superseded document as its basis: the 2019 format (国办公开办函〔2019〕60号)
// in a report of a year the 2021 format covers, or the 2008 regulation (国务院令第492号,
// 2008年5月1日起施行) in a 2019+ report. Which document belongs to which format comes from the
// format data (source, years); a mention as history (修订前, 原) is not a basis.
import type { Rule } from './rule';
import type { FormatSpec } from '../formats/types';
import { FORMATS } from '../formats/index';
import { mappedText, originalSpan, onTableLine } from '../model/text-search';

/** The 2008 regulation as reports cite it (the format data names it 条例（2008 年施行）). */
const REGULATION_2008 = /国务院令第492号|2008年5月1日起?施行的?《(?:中华人民共和国)?政府信息公开条例》|《(?:中华人民共和国)?政府信息公开条例》[(（]2008年?(?:施行|版)?[)）]|《(?:中华人民共和国)?政府信息公开条例》[(（]国务院令第492号[)）]/g;
/** A citation as the basis of the report. */
const BASIS = /根据|依据|按照|依照|遵照|参照|要求|规定/;
/** A citation as history or comparison. */
const HISTORY = /修订前|修订后|原《|原条例|旧|此前|以前|曾|废止|取代|替代|代替|对照|对比|相比|区别|变化|调整/;

interface Cited { re: RegExp; format: FormatSpec; label: string }

/** A notice's own name, from its 关于 on (关于政府信息公开工作年度报告有关事项的通知): a local notice on the year's reports names a year. */
const noticeName = (title: string): string => title.slice(Math.max(0, title.indexOf('关于'))).replace(/[〈〉《》]/g, '.');

/** Document numbers (国办公开办函〔2019〕60号) of every format's source, its notice's title, and the 2008 regulation. */
function citations(family: string): Cited[] {
  const out: Cited[] = [];
  for (const f of Object.values(FORMATS)) {
    if (f.family !== family) continue;
    for (const m of f.source.matchAll(/([\u3400-\u9fff]{2,8})〔(\d{4})〕(\d+)号/g)) {
      out.push({ re: new RegExp(`${m[1]}[〔\\[(（]${m[2]}[〕\\])）]第?${m[3]}号`, 'g'), format: f, label: m[0] });
    }
    // The notice that issued the format, named by its title without its number (《…关于政府信息公开工作年度报告有关事项的通知》
    // 要求; not a local notice on one year's reports, 关于做好2022年政府信息公开工作年度报告有关事项的通知): with a number
    // after it, the number is what is checked (here, or by docnum-malformed when it is another's).
    if (f.notice) out.push({ re: new RegExp(`(?:《[^《》\\n]{0,60})?${noticeName(f.notice.title)}(?:》(?!\\s?[(（][^)）]{0,12}〔)|(?!》|\\s?[(（][^)）]{0,12}〔))`, 'g'), format: f, label: f.notice.title });
    if (/2008\s*年施行/.test(f.source)) out.push({ re: REGULATION_2008, format: f, label: '2008年施行的《政府信息公开条例》（国务院令第492号）' });
  }
  return out;
}

export const citationOutdated: Rule = {
  id: 'citation-outdated',
  formats: 'all',
  defaultSeverity: 'info',
  title: { zh: '引用了已被替代的依据', en: 'Superseded document cited as the basis' },
  description: {
    zh: '报告把已被替代的文件写成编制依据：2021年度起的报告应依据政府信息公开工作年度报告格式（国办公开办函〔2021〕30号），仍写“按照国办公开办函〔2019〕60号要求”或只写其名称“《……关于政府信息公开工作年度报告有关事项的通知》要求”的，多为沿用旧稿；'
      + '2019年度起的报告应依据2019年修订的《政府信息公开条例》，仍写“根据2008年5月1日起施行的《政府信息公开条例》（国务院令第492号）”的同理。作为历史提及（“修订前的条例”“原《条例》”）不提示。'
      + '错误示例（2022年度报告）：“按照国办公开办函〔2019〕60号要求，编制本报告。”正确示例：“按照《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求，编制本报告。”'
      + '按名称引用的规划写错了期限也提示：《法治政府建设实施纲要》只有（2015—2020年）和（2021—2025年）两期，写成“（2022—2025年）”的应改正。'
      + '依据：政府信息公开工作年度报告格式（国办公开办函〔2021〕30号）；《中华人民共和国政府信息公开条例》（2019年修订，国务院令第711号）；《法治政府建设实施纲要（2021—2025年）》。',
    en: 'The report names a superseded document as its basis: reports for 2021 on follow the 2021 format (国办公开办函〔2021〕30号), so “按照国办公开办函〔2019〕60号要求”, or that notice named by its title alone (《……关于政府信息公开工作年度报告有关事项的通知》要求), is usually left from an old draft; '
      + 'reports for 2019 on follow the 2019 revision of the Regulations, not the 2008 one (国务院令第492号, 2008年5月1日起施行). Mentions as history (修订前, 原《条例》) are not reported. '
      + 'Wrong (2022 report): “按照国办公开办函〔2019〕60号要求，编制本报告。” Right: “按照……（国办公开办函〔2021〕30号）要求，编制本报告。” '
      + 'A plan cited by name with years none of its editions has is reported too: 《法治政府建设实施纲要》 exists for (2015—2020年) and (2021—2025年), so “（2022—2025年）” is a slip. '
      + 'Basis: the 2021 report format (国办公开办函〔2021〕30号); the Regulations as revised in 2019 (State Council Decree 711); 《法治政府建设实施纲要（2021—2025年）》.',
  },
  basis: '政府信息公开工作年度报告格式（国办公开办函〔2021〕30号）；《中华人民共和国政府信息公开条例》（2019年修订）',
  check(ctx) {
    const a = ctx.analysis;
    wrongPlanYears(ctx);
    const own = a.format;
    const from = own?.years[0];
    if (!own || from === null || from === undefined) return;
    // The report year must be known and inside its format's years: a format guessed from labels decides nothing.
    const year = a.doc.year;
    if (year === null || year < from) return;
    const m = mappedText(a);
    const text = m.text;
    for (const c of citations(own.family)) {
      const until = c.format.years[1];
      if (c.format.id === own.id || until === null || until >= from) continue;
      for (const x of text.matchAll(c.re)) {
        const ns = x.index ?? 0;
        if (onTableLine(a, m, ns)) continue;
        // The sentence around the citation.
        let s = ns;
        while (s > 0 && ns - s < 120 && !/[。；;!?！？\n]/.test(text[s - 1])) s--;
        let e = ns + x[0].length;
        while (e < text.length && e - ns < 120 && !/[。；;!?！？\n]/.test(text[e])) e++;
        const sentence = text.slice(s, e);
        if (!BASIS.test(sentence) || HISTORY.test(sentence)) continue;
        const span = originalSpan(m, ns, ns + x[0].length);
        const shown = a.doc.work.slice(span.start, span.end);
        ctx.report({ ...span,
          message: `引用“${shown}”作为依据：${year}年度报告应适用${own.name.zh}，该文件适用于${until}年度及以前`,
          messageEn: `“${shown}” is cited as the basis, but it applies to reports up to ${until}; a ${year} report follows ${own.name.en}` });
        break;
      }
    }
  },
};

/** Dashes and words between the two years of a plan's name (2021—2025, 2021年-2025年, 2021至2025). */
const SPAN = '[(（]\\s*(\\d{4})\\s*年?\\s*(?:[—–\\-－~～]{1,2}|至|到)\\s*(\\d{4})\\s*年?\\s*[)）]';
/** The name ends a place's plan when a place word stands right before it (省, 市, 自治区, 县 …). */
const LOCAL_PLAN = /[省市区县州盟旗镇乡]$/;
let planRes: { name: string; spans: [number, number][]; re: RegExp }[] | null = null;

/**
 * A plan cited with years none of its editions has: 《法治政府建设实施纲要（2022—2025年）》 for
 * (2021—2025年). The plans and their editions come from the format data (`plans`).
 */
function wrongPlanYears(ctx: Parameters<Rule['check']>[0]): void {
  planRes ??= Object.values(FORMATS).flatMap((f) => (f.plans ?? []).map((p) => ({ ...p, re: new RegExp(`${p.name}${SPAN}`, 'g') })));
  const a = ctx.analysis;
  const m = mappedText(a);
  for (const p of planRes) {
    if (!m.text.includes(p.name)) continue;
    for (const x of m.text.matchAll(p.re)) {
      // A place's own plan of the same name (《广东省法治政府建设实施纲要（2016—2020年）》) has editions of its own.
      if (LOCAL_PLAN.test(m.text.slice(Math.max(0, (x.index ?? 0) - 1), x.index ?? 0))) continue;
      const from = Number(x[1]);
      const to = Number(x[2]);
      if (p.spans.some(([f, t]) => f === from && t === to)) continue;
      // The edition meant: the one sharing a year with the citation, else none named.
      const near = p.spans.filter(([f, t]) => f === from || t === to);
      const want = near.length === 1 ? `（${near[0][0]}—${near[0][1]}年）` : p.spans.map(([f, t]) => `（${f}—${t}年）`).join('或');
      const ns = (x.index ?? 0) + p.name.length;
      const span = originalSpan(m, ns, (x.index ?? 0) + x[0].length);
      const shown = a.doc.work.slice(span.start, span.end);
      ctx.report({ ...span,
        message: `《${p.name}》没有“${shown}”这一期，应为${want}`,
        messageEn: `《${p.name}》 has no edition “${shown}”; it is ${want.replaceAll('或', ' or ')}` });
    }
  }
}
