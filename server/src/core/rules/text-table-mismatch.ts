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
import type { Analysis } from '../engine/lint';
import type { GridTable } from '../formats/types';
import { cellInt, findRow, rowName } from './util';
import { Clause, Count, prose, Sentence } from './prose-util';

interface Statement {
  what: string;
  /** The clause names this quantity. */
  test: (clause: string) => boolean;
  /** The table's figure, or null when the table does not hold it readably. */
  value: (a: Analysis) => number | null;
  /** The table and row the figure comes from, for the message. */
  source: (a: Analysis) => string;
  units: RegExp;
  /** Other table figures the phrase may mean as well (办理 N 件: handled, or received): no contradiction. */
  alternatives?: (a: Analysis, clause: string) => (number | null)[];
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

function appsTotal(a: Analysis, ids: string[]): number | null {
  const t = a.report?.tables.get('applications');
  if (!t) return null;
  let sum = 0;
  for (const id of ids) {
    const v = cellInt(findRow(t, id)?.values.get('total'));
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
  return { what, test, units: APP_UNITS, value: (a) => appsTotal(a, ids), source: () => source };
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
  {
    what: '行政复议', units: CASE_UNITS,
    test: (c) => /行政复议/.test(c) && !/诉讼|起诉/.test(c),
    value: (a) => review(a, ['reconsideration.total']),
    source: () => '表四“行政复议”总计',
  },
  {
    what: '行政诉讼', units: CASE_UNITS,
    test: (c) => /行政诉讼/.test(c) && !/复议|直接起诉|复议后起诉/.test(c),
    value: (a) => review(a, ['direct.total', 'after.total']),
    source: () => '表四“行政诉讼”两项总计之和',
  },
];

function stated(s: Sentence, c: Clause, text: string, year: number | null, issuer: string | null): { st: Statement; count: Count } | null {
  const words = text.slice(c.ns, c.ne);
  const matches = STATEMENTS.filter((st) => st.test(words));
  if (matches.length !== 1) return null;
  const st = matches[0];
  const counts = c.counts.filter((x) => x.unit !== '%');
  if (counts.length !== 1 || !st.units.test(counts[0].unit) || counts[0].approx || counts[0].decimals) return null;
  if (SUB_UNITS.test(words)) return null;
  // Everything said before the figure in this sentence: an organisation other than the
  // issuer (区教育局收到…, 其中县政府本级…) makes it a sub-unit's figure.
  let subject = text.slice(s.ns, counts[0].ns).replace(SELF, '');
  if (issuer) subject = subject.split(issuer).join('');
  if (ORG.test(subject) || /本级|分别/.test(subject) || SUB_UNITS.test(subject)) return null;
  if (st.what !== '上年结转' && NOT_THIS_YEAR.test(words)) return null;
  // Another year named in the sentence: a comparison or last year's figures.
  const years = [...s.text.matchAll(/((?:19|20)\d{2})年/g)].map((m) => Number(m[1]));
  if (years.some((y) => y !== year)) return null;
  // Received applications of a sub-unit (其中区教育局收到申请…), not of the report.
  if (st.what === '新收申请' && text.slice(s.ns, c.ns).includes('其中')) return null;
  // 其中办结10件, 其中…受理: part of another figure, not the whole agency's.
  if ((st.what === '收到申请（含上年结转）' || st.what === '办结申请') && text.slice(s.ns, counts[0].ns).includes('其中')) return null;
  // Review cases must be about 政府信息公开, not every 行政复议 of the organisation.
  if ((st.what === '行政复议' || st.what === '行政诉讼') && !/信息公开/.test(s.text)) return null;
  return { st, count: counts[0] };
}

export const textTableMismatch: Rule = {
  id: 'text-table-mismatch',
  kinds: ['gov-info-2019', 'gov-info-2021'],
  defaultSeverity: 'warning',
  title: { zh: '正文数字与表格不符', en: 'Prose figure contradicts the table' },
  description: {
    zh: '正文中写明的件数与法定表格中的同一数字矛盾：新收申请（表三第一项；“收到/受理…N件（含上年结转）”对第一、二项之和）、办结/答复申请（第三项（七）总计；“办理…N件”也可指收到的件数，与其中任一相符即不报告）、上年结转（第二项）、结转下年度（第四项）、各类办理结果（予以公开、部分公开、不予公开、无法提供、不予处理、其他处理），以及政府信息公开行政复议、行政诉讼件数（表四总计）。'
      + '只比较明确指向同一数字的表述；对比上年、其他年份、下属单位（“其中…”“各部门”）的数字、咨询和来信等其他事项以及约数不作判断。'
      + '错误示例：正文“全年新收政府信息公开申请15件”，表三第一项总计为12。正确示例：正文与表格均为12件。'
      + '依据：政府信息公开工作年度报告格式（国办公开办函〔2019〕60号、〔2021〕30号），正文与表格报告的是同一年度的同一数据。',
    en: 'A count stated in prose contradicts the same figure in a statutory table: applications received (table 3, item 一; “收到…N件（含上年结转）” against 一 + 二), applications closed (办结/答复 N 件: item 三 （七）总计; 办理 N 件 may also mean the received figure and is not reported when it matches either), carried over (二), carried forward (四), each disposition (予以公开, 部分公开, 不予公开, 无法提供, 不予处理, 其他处理), and 政府信息公开 administrative reconsideration and litigation cases (table 4 totals). '
      + 'Only statements that clearly name the same figure are compared; comparisons with last year, other years, sub-units (其中…, 各部门), other matters (咨询, 来信) and rounded figures are not. '
      + 'Wrong: prose “全年新收政府信息公开申请15件” while table 3 item 一 totals 12. Right: both say 12. '
      + 'Basis: the annual report formats (国办公开办函〔2019〕60号, 〔2021〕30号): prose and tables report the same year\'s data.',
  },
  basis: '政府信息公开工作年度报告格式（国办公开办函〔2019〕60号、〔2021〕30号）',
  check(ctx) {
    const a = ctx.analysis;
    if (!a.report || a.report.tables.size === 0) return;
    const { text, sentences } = prose(a);
    for (const s of sentences) {
      for (const c of s.clauses) {
        const hit = stated(s, c, text, a.doc.year, a.doc.issuer);
        if (!hit) continue;
        const table = hit.st.value(a);
        if (table === null || table === hit.count.value) continue;
        if (hit.st.alternatives?.(a, text.slice(c.ns, c.ne)).includes(hit.count.value)) continue;
        // 收到 may include last year's carried-over applications: new + carried is not a contradiction.
        if (hit.st.what === '新收申请' && !/新收/.test(text.slice(c.ns, c.ne))) {
          const carried = appsTotal(a, ['carried']);
          if (carried && table + carried === hit.count.value) continue;
        }
        const source = hit.st.source(a);
        ctx.report({ start: hit.count.start, end: hit.count.end,
          message: `正文所述${hit.st.what} ${hit.count.value}${hit.count.unit} 与${source} ${table} 不符`,
          messageEn: `the prose states ${hit.count.value}${hit.count.unit} (${hit.st.what}), but the table (${source}) has ${table}` });
      }
    }
  },
};
