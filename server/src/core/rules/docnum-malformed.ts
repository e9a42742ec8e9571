// Document numbers (文号) damaged in typing or conversion: the year's closing bracket lost
// (国办发〔201914号, 国办公开办函〔202130)), its opening bracket lost (闽政办2018〕43号), and the
// annual-report format's own notice cited under another issuer code (国办公开函〔2021〕30号 for
// 国办公开办函〔2021〕30号). Which notice belongs to the format comes from the format data (source).
// Table cells are not checked.
import type { Rule } from './rule';
import { FORMATS } from '../formats/index';
import { mappedText, originalSpan, crossesLine, onTableLine } from '../model/text-search';
import { anchoredMatchAll } from '../text/anchored-match';

/** 〔201914号 / 〔202130): a bracket, a year and the number run together, 〕 lost. */
const NO_CLOSE = /([\u4e00-\u9fff]{1,8})[〔﹝［[]((?:19|20)\d{2})(\d{1,4})(\s*号|(?=[)）]))/g;
/**
 * The issuer code of a number the run of Han characters before it ends in: without the verb or link
 * the sentence cites it with, or the end of the number before it (按照屯府办〔201226 号 → 屯府办,
 * 根据闽政办2018〕43号 → 闽政办, …26号文件和某府办2018〕43号 → 某府办).
 */
function codeOnly(run: string): string {
  const m = /^.*(?:按照|根据|依据|依照|参照|遵照|贯彻|落实|印发|转发|执行|结合|对照|的|(?:号|文件)(?:和|及|与)?)(?=[\u4e00-\u9fff]{2,}$)/.exec(run);
  return m ? run.slice(m[0].length) : run;
}

/** 闽政办2018〕43号: the issuer code, the year and its closing bracket, 〔 lost. */
const NO_OPEN = /([\u4e00-\u9fff]{1,8})((?:19|20)\d{2})[〕﹞］\]](\s*第?\d{1,4}\s*号)/g;
/** 〔2021〕30): the number without its 号, before the bracket or the punctuation that ends the citation. */
const NO_HAO = /([\u4e00-\u9fff]{1,8})〔((?:19|20)\d{2})〕(\d{1,4})(?=[)）、,，。；;])/g;
/**
 * 南政发[2013]05 at a line end or before punctuation: a number in square brackets without its 号. Read on
 * the original lines (the normalised text runs a line's last digits into the next line's first). The
 * issuer code must end as codes do (发, 函, 字, 办…), so that a bracketed year elsewhere is not taken.
 */
const SQUARE_NO_HAO = /([\u4e00-\u9fff]{1,8}[发函字办规令文])\s*[［[]((?:19|20)\d{2})[］\]]\s*(\d{1,4})(?=\s*(?:$|[)）、,，。；;]))/g;

/** 《…的通知》(〔2022〕42号): the number cited after a document's title without its issuer code (its
 * serial number also after a dash and without 号: 《…的通知》(〔2024〕-57)). */
const NO_ISSUER = /》[(（]([〔［[](?:19|20)\d{2}[〕］\]]\s*(?:[-－—]\s*)?第?\d{1,4}\s*(?:号|(?=[)）])))/g;

/**
 * The Regulations cited with a State Council decree number in the bracket after the title
 * ((国务院令第771号) for 第711号). The Regulations were decree 492 (2008) and decree 711 (2019 revision):
 * any other number is mistyped. Decree numbers are facts of the law, not of a report format.
 */
const REGULATION_DECREE = /《(?:中华人民共和国)?政府信息公开条例》[(（][^()（）《》]{0,30}?(?:国务院令|国令)\s*第?\s*(\d{2,4})\s*([号条])/g;
const REGULATION_DECREES = ['711', '492'];

/** The issuer codes of the State Council General Office (国办发, 国办函, 国办公开办函…). */
const STATE_ISSUER = /国办[\u4e00-\u9fff]{0,4}$/;

/**
 * The issuer code ends as the right one does but its first two characters differ (过半公开办函 for
 * 国办公开办函): the head mistyped, as a pinyin input method does with 国办 (guoban).
 */
function damagedHead(run: string, issuer: string): boolean {
  if (issuer.length < 5 || run.length < issuer.length) return false;
  const tail = run.slice(-issuer.length);
  return tail.slice(2) === issuer.slice(2) && tail.slice(0, 2) !== issuer.slice(0, 2);
}

/** The pattern of each format notice cited under any issuer code, made once. */
const DOC_RES = new Map<string, RegExp>();
/** The same notice cited with both brackets lost (国办公开函202130号), made once. */
const BARE_RES = new Map<string, RegExp>();

interface FormatDoc { issuer: string; year: string; no: string; label: string }

/** The notices the formats come from (国办公开办函〔2021〕30号), from the format data. */
function formatDocs(family: string): FormatDoc[] {
  const out: FormatDoc[] = [];
  for (const f of Object.values(FORMATS)) {
    if (f.family !== family) continue;
    for (const m of f.source.matchAll(/([\u3400-\u9fff]{2,8})〔(\d{4})〕(\d+)号/g)) {
      if (!out.some((d) => d.label === m[0])) out.push({ issuer: m[1], year: m[2], no: m[3], label: m[0] });
    }
  }
  return out;
}

/** The notices that issued the formats (format data), each with the distinctive words of its title. */
function notices(): { number: string; title: string; titleKey: string }[] {
  const out: { number: string; title: string; titleKey: string }[] = [];
  for (const f of Object.values(FORMATS)) if (f.notice && !out.some((n) => n.number === f.notice!.number)) out.push(f.notice);
  return out;
}

/** A citation that joins one format notice's title to another notice's number. */
function noticeMixed(a: Parameters<Rule['check']>[0]['analysis'], text: string,
  report: (ns: number, ne: number, message: string, messageEn: string) => void): void {
  if (!a.format) return;
  const all = notices();
  for (const n of all) {
    for (let i = text.indexOf(n.number); i >= 0; i = text.indexOf(n.number, i + n.number.length)) {
      // The title just before the bracket, its quotes and angle brackets left out.
      const before = text.slice(Math.max(0, i - 60), i).replace(/[(（]$/, '').replace(/[《》<>〈〉“”"]/g, '');
      const other = all.find((o) => o !== n && before.endsWith(o.titleKey));
      if (!other) continue;
      report(i, i + n.number.length, `文号“${n.number}”与前面的文件名称不符：“……${other.titleKey}”的文号是“${other.number}”，“${n.number}”是《${n.title}》`,
        `document number ${n.number} does not belong to the title before it: “…${other.titleKey}” is ${other.number}; ${n.number} is ${n.title}`);
    }
  }
}

export const docnumMalformed: Rule = {
  id: 'docnum-malformed',
  formats: 'all',
  defaultSeverity: 'info',
  title: { zh: '文号书写有误', en: 'Malformed document number' },
  description: {
    zh: '正文引用的文号残缺：年份的六角括号丢了一半（“国办发〔201914号”“国办公开办函〔202130)”“闽政办2018〕43号”）或丢了“号”字（“国办公开办函〔2021〕30)”；方括号括年份、行末或标点前丢了“号”的“南政发[2013]05”，应为“南政发〔2013〕5号”），'
      + '或把一份年度报告格式通知的标题配上另一份的文号（“关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2021〕30号）”，该标题是〔2019〕60号），或在所引文件标题后的括号中缺了发文机关代字（“《……的通知》（〔2022〕42号）”），或把年度报告格式通知的文号写错了发文机关代字（“国办公开函〔2021〕30号”“国办发〔2021〕30号”，应为“国办公开办函〔2021〕30号”）。'
      + '年度报告格式通知的年份和序号连写、两个括号都丢了的（“国办公开函202130号”“国办公开办函202130号”）同样提示。'
      + '紧跟在年度报告格式通知标题之后、发文机关代字开头两字打错的（如“过半公开办函〔2021〕30号”）也提示；小六角括号“﹝﹞”视同“〔〕”。'
      + '也提示《政府信息公开条例》后括注的国务院令编号写错（如“国务院令第771号”，应为第711号；2008年施行的条例为第492号）或把“号”写成“条”（“国务院令第711条”）。'
      + '能确定原文号时在提示中写明；表格中的单元格不检查。'
      + '依据：《党政机关公文格式》（GB/T 9704-2012）7.2.4，发文字号由发文机关代字、年份、发文顺序号组成，年份用六角括号“〔〕”括入。',
    en: 'A document number in the prose is damaged: half of the bracket around its year was lost (国办发〔201914号, 国办公开办函〔202130), 闽政办2018〕43号) or its 号 (国办公开办函〔2021〕30); a year in square brackets and no 号 at a line end or before punctuation: 南政发[2013]05 for 南政发〔2013〕5号), '
      + 'or one format notice\'s title is cited with the other\'s number (关于政府信息公开工作年度报告有关事项的通知》(国办公开办函〔2021〕30号): that title is 〔2019〕60号), or is cited after a document\'s title without its issuer code (《…的通知》(〔2022〕42号)), or the annual-report format notice is cited under a wrong issuer code (国办公开函〔2021〕30号 or 国办发〔2021〕30号 for 国办公开办函〔2021〕30号). '
      + 'So is the format notice with both brackets lost, year and number run together (国办公开函202130号, 国办公开办函202130号). '
      + 'So is the code with its first two characters mistyped right after the format notice\'s title (过半公开办函〔2021〕30号); the small brackets ﹝﹞ count as 〔〕. '
      + 'So is a mistyped State Council decree number after the Regulations (国务院令第771号 for Decree 711; the 2008 text was Decree 492), or one numbered with 条 (国务院令第711条). '
      + 'The message gives the number as it should read where that is certain; table cells are not checked. '
      + 'Basis: GB/T 9704-2012 7.2.4 (a document number is the issuer code, the year in 〔〕 and the serial number).',
  },
  basis: '《党政机关公文格式》（GB/T 9704-2012）7.2.4',
  examples: {
    wrong: '根据《国务院办公厅关于印发2019年政务公开工作要点的通知》（国办发〔201914号）要求，按照国办公开函〔2021〕30号编制本报告。',
    right: '根据《国务院办公厅关于印发2019年政务公开工作要点的通知》（国办发〔2019〕14号）要求，按照国办公开办函〔2021〕30号编制本报告。',
    note: '第一个文号丢了“〕”，第二个文号的发文机关代字少了“办”。',
  },
  check(ctx) {
    const a = ctx.analysis;
    const m = mappedText(a);
    const text = m.text;
    const { lines } = a.doc;
    const work = a.doc.work;
    let count = 0;
    const report = (ns: number, ne: number, message: string, messageEn: string, fixText?: string) => {
      // A draft full of them gets the first hundred.
      if (count >= 100 || onTableLine(a, m, ns)) return;
      const span = originalSpan(m, ns, ne);
      if (crossesLine(work, span.start, span.end)) return;
      count++;
      const fix = fixText !== undefined
        ? { title: `改为“${fixText}”`, edits: [{ start: span.start, end: span.end, newText: fixText }], safe: false }
        : undefined;
      ctx.report({ ...span, message, messageEn, ...(fix ? { fix } : {}) });
    };

    // (Each pattern opens with up to 8 Han characters: tried only before its bracket, text/anchored-match.ts.)
    for (const x of anchoredMatchAll(text, NO_CLOSE, /[〔﹝［[]/, 1, 8)) {
      const issuer = codeOnly(x[1]);
      const year = x[2];
      const no = x[3];
      const ns = (x.index ?? 0) + x[1].length;
      const shown = x[0].slice(x[1].length);
      const open = shown[0];
      // (The small brackets ﹝﹞ many copies use stand for 〔〕: 中办发﹝20168号 lost its ﹞.)
      const close = open === '〔' ? '〕' : open === '﹝' ? '﹞' : open === '［' ? '］' : ']';
      if (x[4]) {
        const right = `${open}${year}${close}${no}号`;
        report(ns, ns + shown.length, `文号“${issuer}${shown}”缺少“${close}”，应为“${issuer}${right}”？`,
          `document number “${issuer}${shown}” lacks its “${close}”: probably ${issuer}${right}`, right);
      } else {
        report(ns, ns + shown.length, `文号“${issuer}${shown}”缺少“${close}”和“号”，应为“${issuer}${open}${year}${close}${no}号”？`,
          `document number “${issuer}${shown}” lacks “${close}” and 号: probably ${issuer}${open}${year}${close}${no}号`);
      }
    }
    for (const x of anchoredMatchAll(text, NO_HAO, /〔/, 1, 8)) {
      const ns = (x.index ?? 0) + x[1].length;
      const shown = x[0].slice(x[1].length);
      const cited = codeOnly(x[1]) + shown;
      report(ns, ns + shown.length, `文号“${cited}”缺少“号”，应为“${cited}号”？`,
        `document number “${cited}” lacks its 号: probably ${cited}号`, `${shown}号`);
    }
    for (const x of anchoredMatchAll(text, NO_OPEN, /[〕﹞］\]]/, 5, 12)) {
      const issuer = codeOnly(x[1]);
      // 年度2018〕: the issuer code of a document number ends in a character such as 发, 办, 函, 字.
      if (/[年度月日]$/.test(issuer)) continue;
      const ns = x.index ?? 0;
      const yearAt = ns + x[1].length;
      const right = `〔${x[2]}〕${x[3].replace(/^\s*/, '').replace(/^(第?\d+)\s*号$/, '$1号')}`;
      const cited = x[0].slice(x[1].length - issuer.length);
      report(yearAt, ns + x[0].length, `文号“${cited}”缺少“〔”，应为“${issuer}${right}”？`,
        `document number “${cited}” lacks its “〔”: probably ${issuer}${right}`, right);
    }

    for (let l = 0; l < lines.lineCount && count < 100; l++) {
      if (a.doc.tableLines.has(l)) continue;
      const lineText = lines.lineText(l);
      if (!lineText.includes('[') && !lineText.includes('［')) continue;
      for (const x of lineText.matchAll(SQUARE_NO_HAO)) {
        const start = lines.lineStarts[l] + (x.index ?? 0);
        const right = `${x[1]}〔${x[2]}〕${Number(x[3])}号`;
        const zero = x[3].startsWith('0');
        count++;
        ctx.report({ start, end: start + x[0].length,
          message: `文号“${x[0]}”缺少“号”，年份应用六角括号“〔〕”括入${zero ? '，序号不编虚位' : ''}：应为“${right}”？`,
          messageEn: `document number “${x[0]}” lacks its 号${zero ? ', its year belongs in 〔〕 and its number has no leading zero' : ' and its year belongs in 〔〕'}: probably ${right}`,
          fix: { title: `改为“${right}”`, edits: [{ start, end: start + x[0].length, newText: right }], safe: false } });
      }
    }

    // (The pattern opens with its anchor 》: a plain scan.)
    for (const x of text.includes('》') ? text.matchAll(NO_ISSUER) : []) {
      const ns = (x.index ?? 0) + x[0].length - x[1].length;
      report(ns, ns + x[1].length, `文号“${x[1]}”缺少发文机关代字：发文字号由发文机关代字、年份和发文顺序号组成（如“国办公开办函〔2021〕30号”）`,
        `document number “${x[1]}” lacks its issuer code: a document number is the issuer code, the year and the serial number (国办公开办函〔2021〕30号)`);
    }

    // (The pattern opens with its anchor 《: a plain scan.)
    for (const x of text.matchAll(REGULATION_DECREE)) {
      const decreeAt = (x.index ?? 0) + x[0].search(/(?:国务院令|国令)\s*第?\s*\d/);
      const written = text.slice(decreeAt, (x.index ?? 0) + x[0].length);
      if (REGULATION_DECREES.includes(x[1])) {
        // (国务院令第711条): a decree is numbered 第…号; 条 is an article of it.
        if (x[2] === '条') {
          const right = `${written.slice(0, -1)}号`;
          report(decreeAt, (x.index ?? 0) + x[0].length, `“${written}”有误：国务院令的编号写作“第…号”，应为“${right}”`,
            `“${written}” is wrong: a State Council decree is numbered 第…号: ${right}`, right);
        }
        continue;
      }
      report(decreeAt, (x.index ?? 0) + x[0].length,
        `“${written}”有误：《政府信息公开条例》是国务院令第711号（2019年修订），2008年施行的是第492号`,
        `“${written}” is wrong: the Regulations are State Council Decree 711 (2019 revision); the 2008 text was Decree 492`);
    }

    // One format notice's title with another's number (关于政府信息公开工作年度报告有关事项的通知》(国办公开办函〔2021〕30号)).
    noticeMixed(a, text, report);

    // The format notice cited under another issuer code of the General Office.
    const family = a.format?.family;
    // Every such citation names the General Office (国办…) or follows the notice's title (……年度报告格式>的通知》):
    // without either there is none to look for.
    if (!family || (!text.includes('国办') && !text.includes('报告格式'))) return;
    for (const d of formatDocs(family)) {
      let re = DOC_RES.get(d.label);
      // (﹝﹞, the small-form brackets, stand for 〔〕 in many copies.)
      if (!re) DOC_RES.set(d.label, (re = new RegExp(`([\\u4e00-\\u9fff]{2,12})[〔﹝\\[(（]${d.year}[〕﹞\\])）]\\s*第?${d.no}\\s*号`, 'g')));
      for (const x of anchoredMatchAll(text, re, /[〔﹝\[(（]/, 2, 12)) {
        const run = x[1];
        if (run.endsWith(d.issuer)) continue;
        let at = run.lastIndexOf('国办');
        if (at >= 0) {
          if (!STATE_ISSUER.test(run.slice(at))) continue;
        } else {
          // The General Office's code mistyped at its head (过半公开办函 for 国办公开办函): taken for the
          // notice only right after the notice's own title (……年度报告格式>的通知》（).
          const before = text.slice(Math.max(0, (x.index ?? 0) - 30), x.index ?? 0);
          if (!damagedHead(run, d.issuer) || !/报告格式[>〉》]*的?通知》?[(（]?$/.test(before)) continue;
          at = run.length - d.issuer.length;
        }
        const ns = (x.index ?? 0) + at;
        const written = x[0].slice(at);
        report(ns, (x.index ?? 0) + x[0].length,
          `文号“${written}”有误：政府信息公开工作年度报告格式的通知是“${d.label}”`,
          `document number “${written}” is wrong: the annual-report format notice is ${d.label}`);
      }
      // Both brackets lost (国办公开函202130号, 国办公开办函202130号): year and number run together
      // after the General Office's code. Only the format notice's own year and number are read so.
      if (!text.includes('国办')) continue;
      let bare = BARE_RES.get(d.label);
      if (!bare) BARE_RES.set(d.label, (bare = new RegExp(`国办[\\u4e00-\\u9fff]{0,4}?${d.year}\\s*${d.no}\\s*号`, 'g')));
      for (const x of text.matchAll(bare)) {
        const ns = x.index ?? 0;
        const issuer = x[0].slice(0, x[0].indexOf(d.year));
        if (issuer === d.issuer) {
          report(ns, ns + x[0].length, `文号“${x[0]}”缺少六角括号“〔〕”，应为“${d.label}”？`,
            `document number “${x[0]}” lacks its brackets 〔〕: probably ${d.label}`, d.label);
        } else {
          report(ns, ns + x[0].length, `文号“${x[0]}”有误：政府信息公开工作年度报告格式的通知是“${d.label}”`,
            `document number “${x[0]}” is wrong: the annual-report format notice is ${d.label}`);
        }
      }
    }
  },
};
