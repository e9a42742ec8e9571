// text-table-mismatch: a number stated in prose contradicts the statutory table. Only
// statements that clearly name the same quantity as one table figure are compared: 新收/收到
// …政府信息公开申请 N 件 (row 一; with 含上年结转, rows 一 + 二), 办结/答复/办理 N 件 (（七）总计;
// 办理 may also mean the received figure), 上年结转 N 件 (row 二), 结转下年度 N 件 (row 四), a disposition
// (予以公开 N 件 …: its row, or the sum of its group's rows) and 行政复议/行政诉讼 N 件 (table 四
// totals). A clause qualifies when it names exactly one such quantity and holds exactly one
// count; comparisons (同比, 上年为), other years, sub-units (其中某局收到…, 各部门) and rounded
// figures are skipped: an ambiguous phrase gets no finding. Basis: the 2019/2021 formats
// (国办公开办函〔2019〕60号、〔2021〕30号) — the prose and the tables report the same year.
import type { Rule } from './rule';
import type { Severity } from '../types';
import type { Analysis } from '../engine/lint';
import type { GridTable } from '../formats/types';
import { cellInt, findRow, rowName } from '../model/table-facts';
import { Clause, Count, prose, Sentence, spanOf as spanOfNorm } from '../model/sentences';
import { normalize } from '../text/normalize';
import { activeStatements } from '../model/active-statements';

interface Statement {
  what: string;
  /** The clause names this quantity. */
  test: (clause: string) => boolean;
  /** The table's figure, or null when the table does not hold it readably. */
  value: (a: Analysis, clause: string) => number | null;
  /** The table and row the figure comes from, for the message. */
  source: (a: Analysis, clause: string) => string;
  /** Table 三 rows the figure sums (for the blank-总计 note). */
  rows?: (a: Analysis, clause: string) => string[];
  units: RegExp;
  /** Other table figures the phrase may mean as well (办理 N 件: handled, or received): no contradiction. */
  alternatives?: (a: Analysis, clause: string) => (number | null)[];
  /** The severity of a contradiction, when it is not the rule's (an ambiguous verb: info). */
  severity?: (clause: string) => Severity | undefined;
}

const APP_UNITS = /^(件|宗)$/;
const CASE_UNITS = /^(件|宗|起)$/;
const APPLICATION = (c: string) => /申请/.test(c) && /政府信息|信息公开|依申请/.test(c) && !/复议|诉讼|咨询|投诉|举报|审批|许可|建议|提案|信访|事项|来信|来访|来电|留言|热线/.test(c);
/** Words that receive applications (新收/收到/受理 …). */
const RECEIVED = /新收|收到|受理|接收|接到/;
/** 含上年结转 / 包括上年结转的申请在内: the received figure counts last year's carried-over ones too. */
const WITH_CARRIED = /(含|包含|包括|连同)(上年度?|上一年度?)结转/;
/** Words that close applications: 办结/答复/办理 N 件 is the 总计 of the dispositions. */
const HANDLED = /办结|答复|办理完毕|处理完毕|办理/;
const NOT_THIS_YEAR = /同比|去年|较上年|比上年|上年度?(?!结转)|上一年度?(?!结转)|增长|下降|增加|减少/;
const SUB_UNITS = /各部门|各单位|各街道|各镇|各乡|系统|下属|所属|直属/;
/** An organisation named before the figure (区教育局收到…): a sub-unit, unless it is the issuer or 我局/本机关. */
const ORG = /分局|局|委员会|办公室|办事处|街道|中心|公司|学校|医院|法院/;
const SELF = /(我|本|全)(局|委|办|区|县|市|镇|乡|街道|机关|单位|部门|中心)/g;
/** Words of the numbered sub-rows: a clause naming one speaks of that row (or misfiles it:
 * `属于重复申请信息不予公开的1件`, seed 001), not of its group's total. */
const SUB_ROWS = /不存在|非本机关|不属于|没有现成|补正|国家秘密|禁止公开|三安全一稳定|第三方|内部事务|过程性|执法案卷|行政查询|不掌握|另行制作|不明确|信访|举报|投诉|重复申请|出版物|反复申请|重新出具|逾期|缴纳|收费/;

/** Applicant columns of table 三 (every column but 总计), from the format data. */
function applicantColumns(a: Analysis): string[] {
  const spec = a.format?.tables.applications as GridTable | undefined;
  return spec && spec.kind === 'grid' ? spec.columns.map((c) => c.id).filter((id) => id !== 'total') : [];
}

/** A row's 总计; when that cell is blank, the sum of its applicant columns (all readable). */
function rowTotal(a: Analysis, id: string): number | null {
  const row = findRow(a.report!.tables.get('applications')!, id);
  if (!row) return null;
  const cell = row.values.get('total');
  if (cell && cell.value.type !== 'empty') return cellInt(cell);
  const cols = applicantColumns(a);
  let sum = 0;
  for (const c of cols) {
    const v = cellInt(row.values.get(c));
    if (v === null) return null;
    sum += v;
  }
  return cols.length ? sum : null;
}

/** True when one of the rows' 总计 cells is blank (the figure is the applicant columns' sum). */
function blankTotal(a: Analysis, ids: string[]): boolean {
  const t = a.report?.tables.get('applications');
  if (!t) return false;
  return ids.some((id) => { const c = findRow(t, id)?.values.get('total'); return !c || c.value.type === 'empty'; });
}

function appsTotal(a: Analysis, ids: string[]): number | null {
  const t = a.report?.tables.get('applications');
  if (!t) return null;
  let sum = 0;
  for (const id of ids) {
    const v = rowTotal(a, id);
    if (v === null) return null;
    sum += v;
  }
  return sum;
}

/** A disposition row, or the data rows of a group (不予公开 = 1.属于国家秘密 … 8.属于行政查询事项). */
function dataRows(a: Analysis, id: string): string[] {
  const spec = a.format?.tables.applications as GridTable | undefined;
  if (!spec || spec.kind !== 'grid') return [id];
  const kids = spec.rows.filter((r) => r.parent === id && !r.group).map((r) => r.id);
  return kids.length ? kids : [id];
}

function appRow(what: string, test: (c: string) => boolean, rowId: string, label: string): Statement {
  return {
    what, test, units: APP_UNITS,
    value: (a) => appsTotal(a, dataRows(a, rowId)),
    rows: (a) => dataRows(a, rowId),
    source: (a) => {
      const spec = a.format?.tables.applications;
      const row = spec && spec.kind === 'grid' ? spec.rows.find((r) => r.id === rowId) : undefined;
      if (row?.group) return `表三“${row.label}”所列各项总计之和`;
      return `表三“${spec && row ? rowName(spec, rowId) : label}”总计`;
    },
  };
}

function review(a: Analysis, ids: string[]): number | null {
  const t = a.report?.tables.get('review');
  const row = t?.rows.find((r) => r.rowId === 'data' && r.values.size > 0);
  if (!row) return null;
  let sum = 0;
  for (const id of ids) {
    const v = cellInt(row.values.get(id));
    if (v === null) return null;
    sum += v;
  }
  return sum;
}

const DISPOSITIONS: [RegExp, string, string][] = [
  [/(?<!不)予以公开/, 'open', '予以公开'],
  [/部分公开/, 'partial', '部分公开'],
  [/不予以?公开/, 'deny', '不予公开'],
  [/无法提供/, 'unable', '无法提供'],
  [/不予处理/, 'noproc', '不予处理'],
  [/其他处理/, 'otherproc', '其他处理'],
];

function sumOf(what: string, test: (c: string) => boolean, ids: string[], source: string): Statement {
  return { what, test, units: APP_UNITS, value: (a) => appsTotal(a, ids), source: () => source, rows: () => ids };
}

/** 予以公开及部分公开 N 件, 予以公开和部分公开共 N 件: two or more dispositions joined by 及/和/与. */
const JOINED = new RegExp(`(?:${DISPOSITIONS.map(([r]) => r.source).join('|')})(?:(?:及|和|与|以及)(?:${DISPOSITIONS.map(([r]) => r.source).join('|')}))+`);
function joinedIds(c: string): string[] {
  const m = JOINED.exec(c);
  return m ? DISPOSITIONS.filter(([r]) => r.test(m[0])).map(([, id]) => id) : [];
}
const joined: Statement = {
  what: '', units: APP_UNITS,
  test: (c) => !SUB_ROWS.test(c) && joinedIds(c).length >= 2 && joinedIds(c).length === DISPOSITIONS.filter(([r]) => r.test(c)).length,
  value: (a, c) => appsTotal(a, joinedIds(c).flatMap((id) => dataRows(a, id))),
  rows: (a, c) => joinedIds(c).flatMap((id) => dataRows(a, id)),
  source: (a, c) => `表三${joinedIds(c).map((id) => `“${labelOf(a, id)}”`).join('与')}总计之和`,
};

function labelOf(a: Analysis, id: string): string {
  const spec = a.format?.tables.applications;
  return spec && spec.kind === 'grid' ? rowName(spec, id) : id;
}

/** A named reason (本机关不掌握相关政府信息 N 件, 重复申请 N 件): its numbered sub-row, found by the
 *  format data's label (or match) without its number; labels shorter than 4 characters (3.其他) are too vague. */
function reasonStatements(a: Analysis): Statement[] {
  return reasonRows(a).map(({ id, key }) => {
    const keys = [key, key.replace(/^(属于|本机关|要求)/, '')].filter((k) => k.length >= 4);
    // A clause naming another disposition (属于重复申请信息不予公开的1件) misfiles the reason: category-misfiled's business.
    const parent = id.replace(/-\d+$/, '');
    const test = (c: string) => {
      const n = c.replace(/["“”]/g, '');
      return keys.some((k) => n.includes(k.replace(/["“”]/g, ''))) && DISPOSITIONS.every(([r, d]) => d === parent || !r.test(c));
    };
    return { ...appRow(labelOf(a, id), test, id, labelOf(a, id)), what: labelOf(a, id) };
  });
}

function reasonRows(a: Analysis): { id: string; key: string }[] {
  const spec = a.format?.tables.applications;
  if (!spec || spec.kind !== 'grid') return [];
  return spec.rows.filter((r) => !r.group && r.parent && r.parent !== 'results')
    .map((r) => ({ id: r.id, key: normalize((r.match ?? r.label).replace(/^\s*\d+[.．、]\s*/, '')) }))
    .filter((r) => r.key.length >= 4);
}

const STATEMENTS: Statement[] = [
  appRow('新收申请', (c) => RECEIVED.test(c) && APPLICATION(c) && !/结转/.test(c), 'new', '一、本年新收政府信息公开申请数量'),
  // 收到申请15件（含上年结转）: new + carried. With its own figure (含上年结转3件) the clause has two counts and is skipped.
  sumOf('收到申请（含上年结转）', (c) => RECEIVED.test(c) && APPLICATION(c) && WITH_CARRIED.test(c) && !/结转(至|到)?下一?年/.test(c),
    ['new', 'carried'], '表三“一、本年新收政府信息公开申请数量”与“二、上年结转政府信息公开申请数量”总计之和'),
  {
    ...sumOf('办结申请', (c) => HANDLED.test(c) && APPLICATION(c) && !RECEIVED.test(c) && !/新收/.test(c)
      && (!/结转/.test(c) || (WITH_CARRIED.test(c) && !/结转(至|到)?下一?年/.test(c))) && !DISPOSITIONS.some(([r]) => r.test(c)),
      ['total'], '表三“（七）总计”总计'),
    // 办理 N 件 may also mean the applications received (with or without last year's); 办结/答复 may not.
    alternatives: (a, c) => /办结|答复|完毕/.test(c) ? [] : [appsTotal(a, ['new']), appsTotal(a, ['new', 'carried'])],
  },
  appRow('上年结转', (c) => /(上年度?|上一年度?)结转|结转自上年/.test(c) && !WITH_CARRIED.test(c) && !/新收|收到|受理|及|和|合计|共计|加/.test(c), 'carried', '二、上年结转政府信息公开申请数量'),
  appRow('结转下年度', (c) => /结转(至|到)?下一?年度?|转入下一?年度?/.test(c), 'next', '四、结转下年度继续办理'),
  ...DISPOSITIONS.map(([re, id, label]) => appRow(label, (c: string) => re.test(c) && !SUB_ROWS.test(c) && DISPOSITIONS.filter(([r]) => r.test(c)).length === 1, id, label)),
  { ...joined, what: '公开结果' },
  {
    what: '被纠错', units: CASE_UNITS,
    test: (c) => /被(依法)?纠错|被(依法)?纠正|结果纠正/.test(c) && /复议|诉讼/.test(c),
    value: (a, c) => review(a, reviewGroups(c).map((g) => `${g}.corrected`)),
    source: (_a, c) => `表四${reviewGroups(c).map((g) => GROUP_NAMES[g]).join('、')}“结果纠正”${reviewGroups(c).length > 1 ? '之和' : ''}`,
  },
  {
    what: '行政复议', units: CASE_UNITS,
    test: (c) => /行政复议/.test(c) && !/诉讼|起诉|纠错|纠正|维持|审结|撤销|确认违法/.test(c),
    value: (a) => review(a, ['reconsideration.total']),
    source: () => '表四“行政复议”总计',
  },
  {
    what: '行政诉讼', units: CASE_UNITS,
    test: (c) => /行政诉讼/.test(c) && !/复议|直接起诉|复议后起诉|纠错|纠正|维持|审结|撤销|确认违法|败诉|胜诉/.test(c),
    value: (a) => review(a, ['direct.total', 'after.total']),
    source: () => '表四“行政诉讼”两项总计之和',
  },
];

const GROUP_NAMES: Record<string, string> = { reconsideration: '“行政复议”', direct: '“行政诉讼·未经复议直接起诉”', after: '“行政诉讼·复议后起诉”' };
/** Table 四 groups a clause speaks of: 复议, 诉讼 (both kinds), or both. */
function reviewGroups(c: string): string[] {
  const r = /复议/.test(c) && !/复议后起诉/.test(c);
  const l = /诉讼|起诉/.test(c);
  return [...(r ? ['reconsideration'] : []), ...(l ? ['direct', 'after'] : [])];
}

/** Applicant columns: 自然人, or the legal-person group (法人或其他组织 = the five columns). */
function applicantStatements(a: Analysis): Statement[] {
  const spec = a.format?.tables.applications as GridTable | undefined;
  if (!spec || spec.kind !== 'grid') return [];
  const natural = spec.columns.filter((c) => c.id === 'natural').map((c) => c.id);
  const legal = spec.columns.filter((c) => c.group && /法人/.test(c.group)).map((c) => c.id);
  const cols = (ids: string[], rows: string[]) => {
    const t = a.report?.tables.get('applications');
    if (!t || !ids.length) return null;
    let sum = 0;
    for (const r of rows) for (const id of ids) {
      const v = cellInt(findRow(t, r)?.values.get(id));
      if (v === null) return null;
      sum += v;
    }
    return sum;
  };
  const mk = (what: string, test: RegExp, not: RegExp, ids: string[], name: string): Statement => ({
    what, units: APP_UNITS, test: (c) => test.test(c) && !not.test(c),
    value: () => cols(ids, ['new']),
    source: () => `表三“一、本年新收政府信息公开申请数量”${name}`,
    // Some reports count applicants over everything handled this year (新收 + 上年结转).
    alternatives: () => [cols(ids, ['new', 'carried'])],
  });
  return [
    mk('自然人申请', /自然人/, /法人|组织|企业|机构/, natural, '“自然人”栏'),
    mk('法人或其他组织申请', /法人(或|和|及|与)?其他组织/, /自然人|商业企业|科研机构|公益组织|法律服务机构/, legal, '“法人或其他组织”五栏之和'),
  ];
}

/** 共收到申请15件（含上年结转3件）: the second count restates 上年结转 inside the first one's clause. */
const CARRIED_NOTE = /^[)）]?[(（](其中)?(含|包含|包括)(上年度?|上一年度?)结转(的申请)?$/;

function inSection(a: Analysis, id: string, offset: number): boolean {
  return !!a.report?.sections.get(id)?.sections.some((s) => s.start <= offset && offset < s.end);
}

type Hit = { st: Statement; count: Count };

function stated(a: Analysis, s: Sentence, c: Clause, text: string, extra: Statement[]): Hit[] {
  const year = a.doc.year, issuer = a.doc.issuer;
  let words = text.slice(c.ns, c.ne);
  let counts = c.counts.filter((x) => x.unit !== '%');
  const out: Hit[] = [];
  if (counts.length === 2 && CARRIED_NOTE.test(text.slice(counts[0].ne, counts[1].ns))) {
    // The note's own figure is 上年结转; the clause without it states the main figure.
    const carried = STATEMENTS.find((st) => st.what === '上年结转')!;
    if (APPLICATION(words) && !counts[1].approx && !counts[1].decimals) out.push({ st: carried, count: counts[1] });
    words = text.slice(c.ns, counts[1].ns) + text.slice(counts[1].ne, c.ne);
    counts = [counts[0]];
  }
  const hit = statedOne(a, s, c, words, counts, text, year, issuer, extra);
  if (!hit) return [];
  return [hit, ...out];
}

function statedOne(a: Analysis, s: Sentence, c: Clause, words: string, counts: Count[], text: string, year: number | null, issuer: string | null, extra: Statement[]): Hit | null {
  const matches = [...STATEMENTS, ...extra].filter((st) => st.test(words));
  if (matches.length !== 1) return null;
  const st = matches[0];
  if (counts.length !== 1 || !st.units.test(counts[0].unit) || counts[0].approx || counts[0].decimals) return null;
  if (SUB_UNITS.test(words)) return null;
  // Everything said before the figure in this sentence: an organisation other than the
  // issuer (区教育局收到…, 其中县政府本级…) makes it a sub-unit's figure.
  let subject = text.slice(s.ns, counts[0].ns).replace(SELF, '');
  if (issuer) subject = subject.split(issuer).join('');
  if (ORG.test(subject) || /本级|分别/.test(subject) || SUB_UNITS.test(subject)) return null;
  if (st.what !== '上年结转' && NOT_THIS_YEAR.test(words)) return null;
  // Part of the year (第3季度, 上半年): not the year's figure.
  if (/季度|上半年|下半年/.test(s.text)) return null;
  // Another year named in the sentence: a comparison or last year's figures.
  const years = [...s.text.matchAll(/((?:19|20)\d{2})年/g)].map((m) => Number(m[1]));
  if (years.some((y) => y !== year)) return null;
  // Received applications of a sub-unit (其中区教育局收到申请…), not of the report.
  if (st.what === '新收申请' && text.slice(s.ns, c.ns).includes('其中')) return null;
  // 其中办结10件, 其中…受理: part of another figure, not the whole agency's.
  if ((st.what === '收到申请（含上年结转）' || st.what === '办结申请') && text.slice(s.ns, counts[0].ns).includes('其中')) return null;
  // Review cases must be about 政府信息公开, not every 行政复议 of the organisation.
  if ((st.what === '行政复议' || st.what === '行政诉讼' || st.what === '被纠错') && !/信息公开/.test(s.text)
    && !inSection(a, 'review', a.doc.lines.lineStarts[s.line] ?? -1)) return null;
  // Applicants: only in a sentence about the applications received, not about a disposition.
  if (st.what.endsWith('人申请') || st.what === '法人或其他组织申请') {
    if (!/申请/.test(s.text) || !RECEIVED.test(s.text) || HANDLED.test(s.text) || DISPOSITIONS.some(([r]) => r.test(s.text))) return null;
    if (/结转/.test(s.text) || NOT_THIS_YEAR.test(s.text) || /咨询|来信|来访|来电|留言|热线|投诉|举报/.test(s.text)) return null;
  }
  return { st, count: counts[0] };
}

export const textTableMismatch: Rule = {
  id: 'text-table-mismatch',
  kinds: ['gov-info-2019', 'gov-info-2021'],
  defaultSeverity: 'warning',
  title: { zh: '正文数字与表格不符', en: 'Prose figure contradicts the table' },
  description: {
    zh: '正文中写明的件数与法定表格中的同一数字矛盾：新收申请（表三第一项；“收到/受理…N件（含上年结转）”对第一、二项之和）、办结/答复申请（第三项（七）总计；“办理…N件”也可指收到的件数，与其中任一相符即不报告）、上年结转（第二项）、结转下年度（第四项）、各类办理结果（予以公开、部分公开、不予公开、无法提供、不予处理、其他处理；“予以公开及部分公开N件”对两项之和；“本机关不掌握相关政府信息N件”等具体情形对其编号行）、申请人（“自然人N件”“法人或其他组织N件”对相应栏），以及政府信息公开行政复议、行政诉讼件数（表四总计）、被纠错件数（结果纠正），表二“行政规范性文件”的本年制发、本年废止、现行有效件数（“制发/印发/出台…规范性文件N件”；“发布”也可能指发布旧文件，只作提示），“未发生行政复议/行政诉讼”“均获维持”“无被纠错”等表述与表四不符时也报告。表三“总计”栏空缺时按各申请人栏之和比较，并在提示中说明。'
      + '只比较明确指向同一数字的表述；对比上年、其他年份、下属单位（“其中…”“各部门”）的数字、咨询和来信等其他事项以及约数不作判断。'
      + '错误示例：正文“全年新收政府信息公开申请15件”，表三第一项总计为12。正确示例：正文与表格均为12件。'
      + '依据：政府信息公开工作年度报告格式（国办公开办函〔2019〕60号、〔2021〕30号），正文与表格报告的是同一年度的同一数据。',
    en: 'A count stated in prose contradicts the same figure in a statutory table: applications received (table 3, item 一; “收到…N件（含上年结转）” against 一 + 二), applications closed (办结/答复 N 件: item 三 （七）总计; 办理 N 件 may also mean the received figure and is not reported when it matches either), carried over (二), carried forward (四), each disposition (予以公开, 部分公开, 不予公开, 无法提供, 不予处理, 其他处理; “予以公开及部分公开 N 件” against their sum; a named reason such as 本机关不掌握相关政府信息 against its numbered row), applicants (自然人, 法人或其他组织 against their columns), and 政府信息公开 administrative reconsideration and litigation cases (table 4 totals), cases corrected (结果纠正), the 行政规范性文件 row of table 2 (制发/印发/出台 … 规范性文件 N 件 against 本年制发件数, 废止 and 现行有效 against theirs; 发布 may mean publishing older documents and is only an info finding), and the statements 未发生行政复议/行政诉讼, 均获维持 and 无被纠错 when table 4 contradicts them. When the 总计 cell of table 3 is blank the applicant columns are summed, and the message says so. '
      + 'Only statements that clearly name the same figure are compared; comparisons with last year, other years, sub-units (其中…, 各部门), other matters (咨询, 来信) and rounded figures are not. '
      + 'Wrong: prose “全年新收政府信息公开申请15件” while table 3 item 一 totals 12. Right: both say 12. '
      + 'Basis: the annual report formats (国办公开办函〔2019〕60号, 〔2021〕30号): prose and tables report the same year\'s data.',
  },
  basis: '政府信息公开工作年度报告格式（国办公开办函〔2019〕60号、〔2021〕30号）',
  check(ctx) {
    const a = ctx.analysis;
    if (!a.report || a.report.tables.size === 0) return;
    const { text, sentences } = prose(a);
    const extra = [...reasonStatements(a), ...applicantStatements(a), ...activeStatements(a)];
    for (const s of sentences) {
      for (const c of s.clauses) {
        for (const hit of stated(a, s, c, text, extra)) {
          const words = text.slice(c.ns, c.ne);
          const table = hit.st.value(a, words);
          if (table === null || table === hit.count.value) continue;
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
    }
    reviewClaims(ctx, a, sentences, text);
  },
};

/** 未发生行政复议、行政诉讼: the negation, a short filler without figures, and the case kind. */
const NONE_RE = /(未发生|未出现|没有发生|未收到|没有收到|未接到|未有|无|没有)([^,;:。!?\d]{0,15}?)(行政复议|行政诉讼)/g;
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
      if (m[1] === '无' || m[1] === '没有') { if (m[2] !== '') continue; }
      const groups = reviewGroups(span);
      if (!groups.length) continue;
      const names = groups.includes('reconsideration') && groups.length > 1 ? '行政复议、行政诉讼' : groups.includes('reconsideration') ? '行政复议' : '行政诉讼';
      report(i, m[0].length, `${m[1]}${m[2]}${m[3]}`, `no ${names === '行政复议' ? 'reconsideration' : names === '行政诉讼' ? 'litigation' : 'reconsideration or litigation'} cases`,
        groups.map((g) => `${g}.total`), `${groups.map((g) => GROUP_NAMES[g]).join('、')}总计${groups.length > 1 ? '之和' : ''}`, 'total');
    }
    if (CASE_QUALIFIED.test(s.text)) continue;
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
