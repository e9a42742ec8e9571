// text-table-mismatch: a number stated in prose contradicts the statutory table. Only
// statements that clearly name the same quantity as one table figure are compared: 新收/收到
// …政府信息公开申请 N 件 (row 一; with 含上年结转, rows 一 + 二), 办结/答复/办理 N 件 (（七）总计;
// 办理 may also mean the received figure), 上年结转 N 件 (row 二), 结转下年度 N 件 (row 四), a disposition
// (予以公开 N 件 …: its row, or the sum of its group's rows) and 行政复议/行政诉讼 N 件 (table 四
// totals). A clause qualifies when it names exactly one such quantity and holds exactly one
// count; comparisons (同比, 上年为), other years, sub-units (其中某局收到…, 各部门) and rounded
// figures are skipped: an ambiguous phrase gets no finding. Basis: the 2019/2021 formats
// (国办公开办函〔2019〕60号、〔2021〕30号) — the prose and the tables report the same year. Reports under the
// 2008 regulation are compared with the statistics table they append (model/statistics-table.ts and
// statistics-statements.ts, rows from the format data's `statistics`).
import type { Rule } from './rule';
import type { Analysis } from '../engine/lint';
import { Clause, Count, prose, Sentence, spanOf as spanOfNorm } from '../model/sentences';
import { activeStatements } from '../model/active-statements';
import { sentenceBefore } from '../model/paragraphs';
import { statisticsStatements } from '../model/statistics-statements';
import { applicantStatements, APPLICATION, appsTotal, blankTotal, DISPOSITIONS, GROUP_NAMES, HANDLED, NOT_THIS_YEAR, ORG, reasonStatements, RECEIVED, review, reviewGroups, SELF, Statement, STATEMENTS, SUB_UNITS } from '../model/table-statements';

/** 共收到申请15件（含上年结转3件）: the second count restates 上年结转 inside the first one's clause. */
const CARRIED_NOTE = /^[)）]?[(（](其中)?(含|包含|包括)(上年度?|上一年度?|(?:19|20)\d{2}年度?)结转(的)?(申请)?$/;

/** Years named only as the source or the target of a carry-over (2022年结转的3件, 结转2024年继续办理):
 *  last year's and next year's, which this year's figures may name. */
function otherYears(sentence: string, year: number | null): number[] {
  const out: number[] = [];
  for (const m of sentence.matchAll(/(结转(?:至|到)?)?((?:19|20)\d{2})年度?(的?结转)?/g)) {
    const y = Number(m[2]);
    if (y === year) continue;
    if (year !== null && ((m[3] && y === year - 1) || (m[1] && y === year + 1))) continue;
    out.push(y);
  }
  return out;
}

/** The organisation before the figure is the issuer itself: 长兴岛街道 in a report of 大连…长兴岛街道, 安镇街道
 *  in one of 安镇街道办事处, or the bare word (2019年度街道受理…, 街道未收到…). Otherwise a sub-unit. */
function otherOrg(subject: string, issuer: string | null): boolean {
  for (const m of subject.matchAll(new RegExp(ORG.source, 'g'))) {
    const at = m.index ?? 0;
    const run = /[\u4e00-\u9fff]*$/.exec(subject.slice(Math.max(0, at - 16), at))![0].replace(/^(全年度?|年度|本年度?|今年)/, '');
    if (run === '') continue;
    if (!issuer) return true;
    // The name as the issuer writes it, with nothing before it but a time word.
    if (run.length >= 2 && issuer.includes(run + m[0])) continue;
    return true;
  }
  return false;
}

function inSection(a: Analysis, id: string, offset: number): boolean {
  return !!a.report?.sections.get(id)?.sections.some((s) => s.start <= offset && offset < s.end);
}

type Hit = { st: Statement; count: Count };

function stated(a: Analysis, s: Sentence, c: Clause, text: string, statements: Statement[], lead: Sentence | null = null): Hit[] {
  // Most clauses hold no count: nothing to compare (statedOne needs exactly one).
  if (c.counts.length === 0) return [];
  const year = a.doc.year, issuer = a.doc.issuer;
  let words = text.slice(c.ns, c.ne);
  // 接收公民、法人及其他组织…申请17件: the 、 of 公民、法人 split one clause in two; read them as one.
  const k = s.clauses.indexOf(c);
  if (k > 0 && /^法人/.test(words) && /公民$/.test(s.clauses[k - 1].text) && !s.clauses[k - 1].counts.length) words = text.slice(s.clauses[k - 1].ns, c.ne);
  // 办理政府信息公开申请，共收到申请0件: the bare 申请 of a sentence on 政府信息公开申请 are those.
  if (/申请/.test(words) && !/政府信息|信息公开|依申请/.test(words) && !/另有|顺延|下一?年|尚未|正在|仍在/.test(words) && APPLICATION(text.slice(s.ns, c.ns))) words = '政府信息公开' + words;
  // 信息公开类行政复议7件，诉讼9件: the bare 诉讼 after a clause on 行政复议 is 行政诉讼.
  if (k > 0 && /^(提起)?诉讼/.test(words) && /行政复议/.test(s.clauses[k - 1].text) && !/诉讼/.test(s.clauses[k - 1].text)) words = '行政' + words.replace(/^提起/, '');
  let counts = c.counts.filter((x) => x.unit !== '%');
  const out: Hit[] = [];
  if (counts.length === 2 && CARRIED_NOTE.test(text.slice(counts[0].ne, counts[1].ns))) {
    // The note's own figure is 上年结转; the clause without it states the main figure.
    const carried = STATEMENTS.find((st) => st.what === '上年结转')!;
    if (APPLICATION(words) && !counts[1].approx && !counts[1].decimals) out.push({ st: carried, count: counts[1] });
    words = words.slice(0, counts[1].ns - c.ne + words.length) + text.slice(counts[1].ne, c.ne);
    counts = [counts[0]];
  }
  const hit = statedOne(a, s, c, words, counts, text, year, issuer, statements, lead);
  if (!hit) return [];
  return [hit, ...out];
}

function statedOne(a: Analysis, s: Sentence, c: Clause, words: string, counts: Count[], text: string, year: number | null, issuer: string | null, statements: Statement[], lead: Sentence | null): Hit | null {
  // A clause without exactly one count states nothing to compare: no statement is tested on it.
  if (counts.length !== 1) return null;
  const matches = statements.filter((st) => st.test(words));
  if (matches.length !== 1) return null;
  const st = matches[0];
  if (!st.units.test(counts[0].unit) || counts[0].approx || counts[0].decimals) return null;
  if (SUB_UNITS.test(words)) return null;
  // Everything said before the figure in this sentence: an organisation other than the
  // issuer (区教育局收到…, 其中县政府本级…) makes it a sub-unit's figure.
  const own = st.clauseSubject && year !== null && text.startsWith(`${year}年`, c.ns);
  let subject = text.slice(own ? c.ns : s.ns, counts[0].ns).replace(SELF, '');
  if (issuer) subject = subject.split(issuer).join('');
  // The organisation acting is named before the verb (收到公众向州政府办公室提交的申请: the office is addressed).
  const verb = subject.search(/收到|受理|接收|接到|新收|办结|答复|办理/);
  if (otherOrg(verb >= 0 ? subject.slice(0, verb) : subject, issuer) || /本级|分别/.test(subject) || SUB_UNITS.test(subject)) return null;
  if (st.what !== '上年结转' && NOT_THIS_YEAR.test(words)) return null;
  // Part of the year (第3季度, 上半年): not the year's figure.
  if (/季度|上半年|下半年/.test(s.text)) return null;
  // Another year named in the sentence: a comparison or last year's figures.
  if (otherYears(s.text, year).length) return null;
  // Received applications of a sub-unit (其中区教育局收到申请…), not of the report.
  if (st.what === '新收申请' && text.slice(s.ns, c.ns).includes('其中')) return null;
  // 其中办结10件, 其中…受理: part of another figure, not the whole agency's.
  if ((st.what === '收到申请（含上年结转）' || st.what === '办结申请') && text.slice(s.ns, counts[0].ns).includes('其中')) return null;
  // Review cases must be about 政府信息公开, not every 行政复议 of the organisation.
  if ((st.what === '行政复议' || st.what === '行政诉讼' || st.what === '被纠错') && !/信息公开/.test(s.text)
    && !inSection(a, 'review', a.doc.lines.lineStarts[s.line] ?? -1)) return null;
  // Applicants: only in a sentence about the applications received, not about a disposition.
  // A sentence opening with 其中 continues the one before it in the paragraph (共收到申请61件。其中，自然人50件…).
  if (st.what.endsWith('人申请') || st.what === '法人或其他组织申请') {
    const about = lead ? lead.text + s.text : s.text;
    if (!/申请/.test(about) || !(RECEIVED.test(about) || /提出|提交/.test(about)) || HANDLED.test(about) || DISPOSITIONS.some(([r]) => r.test(about))) return null;
    if (/结转/.test(s.text) || NOT_THIS_YEAR.test(about) || /咨询|来信|来访|来电|留言|热线|投诉|举报/.test(about)) return null;
    if (lead && (otherYears(lead.text, year).length || SUB_UNITS.test(lead.text) || /季度|上半年|下半年/.test(lead.text))) return null;
  }
  return { st, count: counts[0] };
}

export const textTableMismatch: Rule = {
  id: 'text-table-mismatch',
  formats: { family: 'gov-info' },
  defaultSeverity: 'warning',
  title: { zh: '正文数字与表格不符', en: 'Prose figure contradicts the table' },
  description: {
    zh: '正文中写明的件数与法定表格中的同一数字矛盾：新收申请（表三第一项；“收到/受理…N件（含上年结转）”对第一、二项之和）、办结/答复申请（第三项（七）总计；“办理…N件”也可指收到的件数，与其中任一相符即不报告）、上年结转（第二项）、结转下年度（第四项）、各类办理结果（予以公开、部分公开、不予公开、无法提供、不予处理、其他处理；“予以公开及部分公开N件”对两项之和；“本机关不掌握相关政府信息N件”等具体情形对其编号行）、申请人（“自然人N件”“法人或其他组织N件”对相应栏），以及政府信息公开行政复议、行政诉讼件数（表四总计）、被纠错件数（结果纠正），表二“行政规范性文件”的本年制发、本年废止、现行有效件数（“制发/印发/出台…规范性文件N件”；“发布”也可能指发布旧文件，只作提示），“未发生行政复议/行政诉讼”“均获维持”“无被纠错”等表述与表四不符时也报告。表三“总计”栏空缺时按各申请人栏之和比较，并在提示中说明。'
      + '2008 年条例下的报告与其所附《政府信息公开情况统计表》比较：主动公开政府信息、收到（受理）申请、各申请方式（当面、传真、电子邮件、网上、信函）、答复总数、同意公开、同意部分公开、不同意公开、行政复议、行政诉讼，对相应指标的本年度数（不是历年累计）；“累计”“历年”“截至”、渠道和类别的分项以及下属单位的数字不比较；以报告年度开头的分句（“2013年主动公开政府信息4970条”）视为本机关的数字。表格文字粘连、本年度与历年累计两数连写时（“条18535395”），正文数字不是该串数字的开头即报告。'
      + '申请件数也可写作“条”“起”“次”“份”；“依申请公开事项”即申请；“公民、法人和其他组织提出的申请N件”是收到的申请总数而不是“法人或其他组织”栏；以“其中”开头的句子接续同一段的上一句（“共收到申请61件。其中，自然人50件……”）；“因…等原因无法提供N件”对该项之和（N恰为其中一行的数字时不作判断）；报告机关的简称（“××街道受理…”）视为本机关；“含2022年结转的3件”中的年份不视为其他年份。'
      + '正文照表格原样写出表二某格的行名和栏名（“规章对外公开总数量1件”“规范性文件本年新制作数量3件”）时，与该格比较。'
      + '只比较明确指向同一数字的表述；对比上年、其他年份、下属单位（“其中…”“各部门”）的数字、咨询和来信等其他事项以及约数不作判断。'
      + '错误示例：正文“全年新收政府信息公开申请15件”，表三第一项总计为12。正确示例：正文与表格均为12件。'
      + '依据：政府信息公开工作年度报告格式（国办公开办函〔2019〕60号、〔2021〕30号），正文与表格报告的是同一年度的同一数据。',
    en: 'A count stated in prose contradicts the same figure in a statutory table: applications received (table 3, item 一; “收到…N件（含上年结转）” against 一 + 二), applications closed (办结/答复 N 件: item 三 （七）总计; 办理 N 件 may also mean the received figure and is not reported when it matches either), carried over (二), carried forward (四), each disposition (予以公开, 部分公开, 不予公开, 无法提供, 不予处理, 其他处理; “予以公开及部分公开 N 件” against their sum; a named reason such as 本机关不掌握相关政府信息 against its numbered row), applicants (自然人, 法人或其他组织 against their columns), and 政府信息公开 administrative reconsideration and litigation cases (table 4 totals), cases corrected (结果纠正), the 行政规范性文件 row of table 2 (制发/印发/出台 … 规范性文件 N 件 against 本年制发件数, 废止 and 现行有效 against theirs; 发布 may mean publishing older documents and is only an info finding), and the statements 未发生行政复议/行政诉讼, 均获维持 and 无被纠错 when table 4 contradicts them. When the 总计 cell of table 3 is blank the applicant columns are summed, and the message says so. '
      + 'Reports under the 2008 regulation are compared with the statistics table they append (政府信息公开情况统计表): information published, applications received, each channel (当面, 传真, 电子邮件, 网上, 信函), answers, 同意公开, 同意部分公开, 不同意公开, reconsideration and litigation, against the row\'s figure of the year (not 历年累计); running totals (累计, 历年, 截至), channels and kinds of information, and sub-units are not compared; a clause opening with the report year (2013年主动公开政府信息4970条) is the issuer\'s figure. Where the table\'s text ran together and the year\'s figure runs into the cumulative one (条18535395), a prose figure that does not begin those digits is reported. '
      + 'Applications may be counted in 条/起/次/份; 依申请公开事项 are applications; “公民、法人和其他组织提出的申请N件” is the received total, not the legal-person columns; a sentence opening with 其中 continues the one before it in its paragraph (共收到申请61件。其中，自然人50件…); “因…等原因无法提供N件” is the group\'s sum (not judged when N is one of its rows); the issuer\'s short name (××街道受理…) is the issuer; the year in “含2022年结转的3件” is not another year. '
      + 'A clause naming a cell of table 2 by its row and column word for word (规章对外公开总数量1件, 规范性文件本年新制作数量3件) is compared with that cell. '
      + 'Only statements that clearly name the same figure are compared; comparisons with last year, other years, sub-units (其中…, 各部门), other matters (咨询, 来信) and rounded figures are not. '
      + 'Wrong: prose “全年新收政府信息公开申请15件” while table 3 item 一 totals 12. Right: both say 12. '
      + 'Basis: the annual report formats (国办公开办函〔2019〕60号, 〔2021〕30号): prose and tables report the same year\'s data.',
  },
  basis: '政府信息公开工作年度报告格式（国办公开办函〔2019〕60号、〔2021〕30号）；2008 年条例下报告所附政府信息公开情况统计表',
  check(ctx) {
    const a = ctx.analysis;
    if (!a.report) return;
    // The format's statements and this draft's, in that order: made once, tested on every clause with one count.
    // Those of the statutory tables when the format has them, those of a customary statistics table (2008) when read.
    const statements = a.report.tables.size ? [...STATEMENTS, ...reasonStatements(a), ...applicantStatements(a), ...activeStatements(a)] : [];
    statements.push(...statisticsStatements(a));
    if (!statements.length) return;
    const { text, sentences } = prose(a);
    sentences.forEach((s, k) => {
      // (The sentence before it in its paragraph.)
      const lead = /^其中/.test(s.text) ? sentenceBefore(a, k) : null;
      for (const c of s.clauses) {
        for (const hit of stated(a, s, c, text, statements, lead)) {
          const words = text.slice(c.ns, c.ne);
          const table = hit.st.value(a, words);
          if (table === null) {
            gluedMismatch(ctx, a, hit, words);
            continue;
          }
          if (table === hit.count.value) continue;
          if (hit.st.alternatives?.(a, words).includes(hit.count.value)) continue;
          // 收到 may include last year's carried-over applications: new + carried is not a contradiction.
          if (hit.st.what === '新收申请' && !/新收/.test(words)) {
            const carried = appsTotal(a, ['carried']);
            if (carried && table + carried === hit.count.value) continue;
          }
          const rows = hit.st.rows?.(a, words) ?? [];
          const blank = blankTotal(a, rows);
          const source = hit.st.source(a, words) + (blank ? '（总计栏空缺，按各申请人栏之和计）' : '');
          const sourceEn = hit.st.source(a, words) + (blank ? ' (总计 cell blank: the sum of the applicant columns)' : '');
          ctx.report({ start: hit.count.start, end: hit.count.end, severity: hit.st.severity?.(words),
            message: `正文所述${hit.st.what} ${hit.count.value}${hit.count.unit} 与${source} ${table} 不符`,
            messageEn: `the prose states ${hit.count.value}${hit.count.unit} (${hit.st.what}), but the table (${sourceEn}) has ${table}` });
        }
      }
    });
    reviewClaims(ctx, a, sentences, text);
  },
};

/** A table figure run into the next one (2008 statistics table in archive text, 条44: 4 and 4): the prose
 *  figure contradicts it when the digits do not begin with it. */
function gluedMismatch(ctx: Parameters<Rule['check']>[0], a: Analysis, hit: Hit, words: string): void {
  const run = hit.st.gluedDigits?.(a);
  const v = String(hit.count.value);
  // (0 is left alone: a blank cell of the year, invisible once the cells ran together, may mean none.)
  if (!run || hit.count.value === 0 || run.startsWith(v)) return;
  const source = hit.st.source(a, words);
  ctx.report({ start: hit.count.start, end: hit.count.end,
    message: `正文所述${hit.st.what} ${v}${hit.count.unit} 与${source}不符（表中本年度与历年累计两数连写为“${run}”，不以 ${v} 开头）`,
    messageEn: `the prose states ${v}${hit.count.unit} (${hit.st.what}), but the table (${source}) does not: its year's and cumulative figures run together as “${run}”, which does not begin with ${v}` });
}

/** 未发生行政复议、行政诉讼: the negation, a short filler without figures, and the case kind. */
const NONE_RE = /(未发生|未出现|没有发生|未收到|没有收到|未接到|未有|无|没有)([^,;:。!?\d]{0,20}?)(行政复议|行政诉讼)/g;
/** 无因信息公开导致行政复议, 没有因政府信息公开引起的行政复议, 无涉及政府信息公开行政复议: after 无/没有, a filler
 *  that states the cause or the matter (not 无关, 无法). */
const NONE_CAUSE = /^(因|由于?|针对|涉及|关于)/;
const UPHELD_RE = /(均|全部|都)(被|获|得到|予以|依法|获得)?(维持)/g;
const UNCORRECTED_RE = /(无|未|没有|未出现|未发生)(被)?(依法)?(纠错|纠正)/g;
/** Words that qualify a statement about cases: another outcome, part of them, or a different matter. */
const CASE_QUALIFIED = /败诉|撤销|确认违法|其中|其余|其他|已审结|审结的|已结|结案的|尚未|未审结|同比|上年|去年|下属|各部门|各单位/;

/** Statements without figures about table 四: 未发生行政复议 (its 总计 is 0), 均获维持 (nothing corrected or
 *  pending), 无被纠错 (nothing corrected). Only in a sentence about 政府信息公开 or in the review section. */
function reviewClaims(ctx: Parameters<Rule['check']>[0], a: Analysis, sentences: Sentence[], text: string): void {
  if (!a.report?.tables.get('review')) return;
  const year = a.doc.year;
  for (const s of sentences) {
    if (!/复议|诉讼/.test(s.text)) continue;
    if (!/信息公开/.test(s.text) && !inSection(a, 'review', a.doc.lines.lineStarts[s.line] ?? -1)) continue;
    if ([...s.text.matchAll(/((?:19|20)\d{2})年/g)].some((m) => Number(m[1]) !== year)) continue;
    if (SUB_UNITS.test(s.text) || /同比|较上年|比上年|去年|上一?年度?(?!结转)/.test(s.text)) continue;
    const clauseOf = (i: number) => s.clauses.find((c) => c.ns <= s.ns + i && s.ns + i < c.ne);
    const report = (i: number, len: number, claim: string, claimEn: string, ids: string[], what: string, whatEn: string) => {
      const v = review(a, ids);
      if (v === null || v === 0) return;
      const span = spanOfNorm(a, s.ns + i, s.ns + i + len);
      ctx.report({ ...span,
        message: `正文称“${claim}”，但表四${what}为 ${v}`,
        messageEn: `the prose says “${claim}” (${claimEn}), but table 4 has ${v} (${whatEn})` });
    };
    for (const m of s.text.matchAll(NONE_RE)) {
      const i = m.index ?? 0;
      // The statement runs to the clause stop (、 and 和 keep listing: 行政复议、行政诉讼).
      const stop = s.text.slice(i).search(/[,;:。!?]/);
      const span = s.text.slice(i, stop < 0 ? undefined : i + stop);
      if (/\d|纠|维持|败诉|撤销|确认违法|被申请|其中/.test(span)) continue;
      if ((m[1] === '无' || m[1] === '没有') && m[2] !== '' && !NONE_CAUSE.test(m[2])) continue;
      const groups = reviewGroups(span);
      if (!groups.length) continue;
      const names = groups.includes('reconsideration') && groups.length > 1 ? '行政复议、行政诉讼' : groups.includes('reconsideration') ? '行政复议' : '行政诉讼';
      report(i, m[0].length, `${m[1]}${m[2]}${m[3]}`, `no ${names === '行政复议' ? 'reconsideration' : names === '行政诉讼' ? 'litigation' : 'reconsideration or litigation'} cases`,
        groups.map((g) => `${g}.total`), `${groups.map((g) => GROUP_NAMES[g]).join('、')}总计${groups.length > 1 ? '之和' : ''}`, 'total');
    }
    // 零败诉 / 无败诉 restates the claim (nothing lost), it does not qualify it.
    if (CASE_QUALIFIED.test(s.text.replace(/(零|无|未|没有)败诉/g, ''))) continue;
    for (const m of s.text.matchAll(UPHELD_RE)) {
      const i = m.index ?? 0;
      const c = clauseOf(i);
      const groups = reviewGroups(c && /复议|诉讼/.test(c.text) ? c.text : s.text);
      if (!groups.length) continue;
      report(i, m[0].length, m[0], 'all upheld', groups.flatMap((g) => [`${g}.corrected`, `${g}.pending`]),
        `${groups.map((g) => GROUP_NAMES[g]).join('、')}“结果纠正”与“尚未审结”之和`, 'corrected + pending');
    }
    for (const m of s.text.matchAll(UNCORRECTED_RE)) {
      const i = m.index ?? 0;
      const c = clauseOf(i);
      const groups = reviewGroups(c && /复议|诉讼/.test(c.text) ? c.text : s.text);
      if (!groups.length) continue;
      report(i, m[0].length, m[0], 'none corrected', groups.map((g) => `${g}.corrected`),
        `${groups.map((g) => GROUP_NAMES[g]).join('、')}“结果纠正”${groups.length > 1 ? '之和' : ''}`, 'corrected');
    }
  }
}
