// title-nonstandard: the report's title lacks a part of the statutory form “（机关）（年度）年
// 政府信息公开工作年度报告” (《政府信息公开条例》第四十九、五十条; the national formats). One info
// finding on the title names what is missing: the statutory wording (…年报, …工作报告, …情况报告,
// 政府信息公开年度报告), the year, or the issuer. Detection only mentions a non-statutory title in
// its reason; this puts it where the author sees it. A title read from the first sentence is not
// the author's title line and is left alone. The statutory words with their characters out of
// order (工作告年度报, 工作年报度告: a paste or an edit moved them) are named on their own, with the
// right order as a fix, also when the garble kept the line from being read as the title. The
// report named in its own text without 公开 (编制了2023年度政府信息工作年度报告) is named too, and a
// bare year run into the title's start that the title states again (2025某乡2025年度…).
import type { Analysis } from '../engine/lint';
import type { Rule } from './rule';
import { normalize } from '../text/normalize';
import { garbledWords } from '../text/garbled-words';
import { mappedText, originalSpan } from '../model/text-search';

const STATUTORY = '政府信息公开工作年度报告';
const YEAR = /(?:19|20)\d{2}年|[〇零一二三四五六七八九]{4}年/;

/**
 * The line the title stands on: the title read, or else the first line with text (a garble may keep it from being read).
 * Without a title line read (none, or one taken from the first sentence), a short line among the first eight
 * whose statutory words are garbled is the title the garble hid, below the site's name and column lines
 * (昌图县人民政府 / 政府信息公开 / 昌图县某镇2023年政府信息公开 工作告年度报).
 */
function titleLine(a: Analysis): number | null {
  const t = a.doc.title;
  if (!t || t.source === 'sentence') {
    const g = garbledTitleLine(a);
    if (g !== null) return g;
  }
  if (t) return t.source === 'sentence' ? null : a.doc.lines.lineAt(t.start);
  for (let l = 0; l < Math.min(a.doc.lines.lineCount, 8); l++) {
    if (a.doc.tableLines.has(l)) return null;
    // (Without a title read, the first line is judged only when it could be one: not a sentence of
    // the opening, whose …年度工作报告编制而成 names the units' reports.)
    const raw = a.doc.lines.lineText(l).trim();
    if (raw) return raw.length <= 80 && !/[。；;]/.test(raw) ? l : null;
  }
  return null;
}

/** The first of the first eight lines, before any table, that is short, no sentence, and holds garbled statutory words. */
function garbledTitleLine(a: Analysis): number | null {
  for (let l = 0; l < Math.min(a.doc.lines.lineCount, 8); l++) {
    if (a.doc.tableLines.has(l)) return null;
    const raw = a.doc.lines.lineText(l).trim();
    if (raw && raw.length <= 80 && !/[。；;]/.test(raw) && garbledWords(raw)) return l;
  }
  return null;
}

export const titleNonstandard: Rule = {
  id: 'title-nonstandard',
  formats: { family: 'gov-info' },
  defaultSeverity: 'info',
  title: { zh: '报告标题不完整或不规范', en: 'Report title incomplete or non-standard' },
  description: {
    zh: '政府信息公开工作年度报告的标题通常写作“（机关名称）（年度）年政府信息公开工作年度报告”。标题缺少法定名称（写成“……年报”“……工作报告”“……政府信息公开年度报告”等）、缺少年度或缺少机关名称时，在标题上给出一条提示，列出所缺部分。'
      + '错误示例：“2023年政务公开年报”；正确示例：“示例区人民政府办公室2023年政府信息公开工作年度报告”。'
      + '标题中的法定名称字序错乱（如“政府信息公开工作告年度报”）时单独提示，快速修复恢复为“工作年度报告”，需人工确认。'
      + '正文中称本报告时丢了“公开”（“编制了2023年度政府信息工作年度报告”）也提示一次。'
      + '标题开头多出一个标题中已写明的年份（“2025某某乡2025年度政府信息公开工作年度报告”，网站栏目的年份连进了标题）时也提示，快速修复删除该年份，需人工确认。'
      + '只看作者自己的标题行（或网页的“名称”栏），从首句推断出的标题不作判断。默认为提示。依据：《中华人民共和国政府信息公开条例》第四十九条、第五十条；政府信息公开工作年度报告格式（国办公开办函〔2021〕30号）。',
    en: 'The title of an annual government information disclosure report is normally “(body)(year)年政府信息公开工作年度报告”. When the title lacks the statutory name (…年报, …工作报告, …政府信息公开年度报告), the year or the issuer, one info finding on the title lists what is missing. '
      + 'Wrong: “2023年政务公开年报”; right: “示例区人民政府办公室2023年政府信息公开工作年度报告”. '
      + 'Statutory words with their characters out of order (政府信息公开工作告年度报) are reported on their own; the quick fix (to be confirmed) restores 工作年度报告. '
      + 'The report named in its own text without 公开 (编制了2023年度政府信息工作年度报告) is reported once too. '
      + 'A bare year opening the title that the title states again (2025某某乡2025年度政府信息公开工作年度报告: the site\'s year column run into the title) is reported too; the quick fix (to be confirmed) deletes it. '
      + 'Only the author\'s own title line (or a web page\'s 名称 field) is read; a title inferred from the first sentence is not judged. Info by default. Basis: Arts. 49 and 50 of the Regulations; the 2021 national report format (国办公开办函〔2021〕30号).',
  },
  basis: '《中华人民共和国政府信息公开条例》第四十九条、第五十条',
  check(ctx) {
    const a = ctx.analysis;
    namedWithoutOpenness(ctx);
    const line = titleLine(a);
    const g = line === null ? null : garbledWords(a.doc.lines.lineText(line));
    if (line !== null && g) {
      const start = a.doc.lines.lineStarts[line] + g.at;
      ctx.report({ start, end: start + g.wrote.length,
        message: `标题中的“${g.wrote}”字序错乱，应为“${g.want}”`,
        messageEn: `The title's words “${g.wrote}” are out of order; they should read “${g.want}”`,
        fix: { title: `改为“${g.want}”`, edits: [{ start, end: start + g.wrote.length, newText: g.want }], safe: false } });
      return;
    }
    const t = a.doc.title;
    if (!t || t.source === 'sentence') return;
    const norm = normalize(t.norm).replace(/\.(pdf|docx?|wps|html?)$/i, '').replace(/[\s"“”《》]/g, '');
    strayYear(ctx, t.start, t.end);
    const missing: { zh: string; en: string }[] = [];
    if (!norm.includes(STATUTORY)) missing.push({ zh: `法定名称“${STATUTORY}”`, en: `the statutory name “${STATUTORY}”` });
    if (!YEAR.test(norm)) missing.push({ zh: '年度', en: 'the year' });
    if (!a.doc.issuer && !bylineBelow(a, a.doc.lines.lineAt(Math.max(t.start, t.end - 1)))) missing.push({ zh: '机关名称', en: 'the issuer' });
    if (!missing.length) return;
    ctx.report({ start: t.start, end: t.end,
      message: `标题缺少${missing.map((m) => m.zh).join('、')}（通常写作“机关名称＋年度＋${STATUTORY}”）`,
      messageEn: `The title lacks ${missing.map((m) => m.en).join(', ')} (normally “issuer + year + ${STATUTORY}”)` });
  },
};

/** The report named in its text after its year without 公开: 2023年度政府信息工作年度报告. */
const NAMED = /(?:19|20)\d{2}年度?(政府信息[^，。；、,;“”《》\s]{0,4}?年度报告)/g;

/**
 * The report's name in its own text (the opening: 编制了2023年度政府信息工作年度报告) with 公开 lost
 * from the statutory name: 政府信息 followed by at most four characters and 年度报告, without 公开.
 * Once, at the first such name outside the tables.
 */
function namedWithoutOpenness(ctx: Parameters<Rule['check']>[0]): void {
  const a = ctx.analysis;
  const m = mappedText(a);
  if (!m.text.includes('政府信息')) return;
  for (const x of m.text.matchAll(NAMED)) {
    const name = x[1];
    if (name.includes('公开')) continue;
    const ns = (x.index ?? 0) + x[0].length - name.length;
    const span = originalSpan(m, ns, ns + name.length);
    if (a.doc.tableLines.has(a.doc.lines.lineAt(span.start))) continue;
    const shown = a.doc.work.slice(span.start, span.end);
    ctx.report({ ...span,
      message: `报告名称“${shown}”缺少“公开”，法定名称为“${STATUTORY}”`,
      messageEn: `The report is named “${shown}” without 公开; the statutory name is “${STATUTORY}”` });
    return;
  }
}

/**
 * A bare year before the title that the title states again (2025湖口县某乡2025年度政府信息公开工作年度报告):
 * the site's year column or a list's date run into the title line. Reported on the stray year, with a
 * fix that deletes it (to confirm).
 */
function strayYear(ctx: Parameters<Rule['check']>[0], start: number, end: number): void {
  const raw = ctx.analysis.doc.work.slice(start, end);
  const m = /^([\s\u3000]*)((?:19|20)\d{2})(?![\d年.\-/])/.exec(raw);
  if (!m || !raw.slice(m[0].length).includes(`${m[2]}年`)) return;
  const at = start + m[1].length;
  ctx.report({ start: at, end: at + 4,
    message: `标题开头多了年份“${m[2]}”（标题中已写明“${m[2]}年”），应删除`,
    messageEn: `The title opens with a stray year “${m[2]}” (the title already states ${m[2]}年); delete it`,
    fix: { title: `删除“${m[2]}”`, edits: [{ start: at, end: at + 4, newText: '' }], safe: false } });
}

/** An organ's name alone on the line under the title (2025年政府信息公开工作年度报告 / 区数据局): the title's byline. */
const BYLINE = /^[\u4e00-\u9fff（）()]{2,24}?(?:人民政府办公室|人民政府|办事处|管委会|管理委员会|委员会|办公室|局|中心)$/;

function bylineBelow(a: Analysis, titleEnd: number): boolean {
  for (let l = titleEnd + 1; l < Math.min(a.doc.lines.lineCount, titleEnd + 3); l++) {
    const raw = a.doc.lines.lineText(l).trim();
    if (!raw) continue;
    return BYLINE.test(normalize(raw));
  }
  return false;
}
