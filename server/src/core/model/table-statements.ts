// What the prose of a report states about its statutory tables: per phrasing (新收/收到…申请 N 件,
// 办结 N 件, a disposition, 行政复议 N 件, applicants by column…), the table figure it names, where
// that figure comes from, and the units a count must have (rules/text-table-mismatch.ts compares them).
import type { Severity } from '../types';
import type { Analysis } from '../engine/lint';
import type { FormatSpec, GridTable } from '../formats/types';
import { cellInt, findRow, rowName } from './table-facts';
import { normalize } from '../text/normalize';

export interface Statement {
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
  /** A clause opening with the report year (2013年主动公开…) states the report's own figure: the sub-units
   *  named in the clauses before it (各部门、各乡镇对政府信息进行了梳理，2013年…) are not its subject. */
  clauseSubject?: boolean;
  /** When value() is null: the table's digits where the year's figure runs into the cumulative one
   *  (条18535395): a prose figure they do not begin with contradicts the year's figure. */
  gluedDigits?: (a: Analysis) => string | null;
}

export const APP_UNITS = /^(件|宗)$/;
export const CASE_UNITS = /^(件|宗|起)$/;
/** Applications counted in other words than 件: 收到依申请公开17条, 收到申请22起, 申请2次, 1份申请. */
export const COUNTED_APP_UNITS = /^(件|宗|条|起|次|份)$/;
/** 依申请公开事项 / 政府信息公开申请办理事项: the applications themselves, not 政务服务事项. */
const APPLICATION_MATTERS = /(依申请公开|信息公开申请)(政府信息|办理)?事项/g;
export const APPLICATION = (c: string) => {
  const w = c.includes('事项') ? c.replace(APPLICATION_MATTERS, '$1') : c;
  return /申请/.test(w) && /政府信息|信息公开|依申请/.test(w) && !/复议|诉讼|咨询|投诉|举报|审批|许可|建议|提案|信访|事项|来信|来访|来电|留言|热线/.test(w);
};
/** Words that receive applications (新收/收到/受理 …). */
export const RECEIVED = /新收|收到|受理|接收|接到/;
/** 含上年结转 / 包括上年结转的申请在内: the received figure counts last year's carried-over ones too. */
export const WITH_CARRIED = /(含|包含|包括|连同)(上年度?|上一年度?|(?:19|20)\d{2}年度?的?)结转/;
/** Words that close applications: 办结/答复/办理 N 件 is the 总计 of the dispositions. */
export const HANDLED = /办结|答复|办理完毕|处理完毕|办理/;
export const NOT_THIS_YEAR = /同比|去年|历年|往年|以前年度|较上年|比上年|上年度?(?!度|结转)|上一年度?(?!度|结转)|增长|下降|增加|减少/;
export const SUB_UNITS = /各部门|各单位|各街道|各镇|各乡|系统|下属|所属|直属/;
/** An organisation named before the figure (区教育局收到…): a sub-unit, unless it is the issuer or 我局/本机关. */
export const ORG = /分局|局|委员会|办公室|办事处|街道|中心|公司|学校|医院|法院/;
export const SELF = /(我|本|全)(局|委|办|区|县|市|镇|乡|街道|机关|单位|部门|中心)/g;
/** Words of the numbered sub-rows: a clause naming one speaks of that row (or misfiles it:
 * `属于重复申请信息不予公开的1件`, seed 001), not of its group's total. */
/** 因本机关不掌握等原因无法提供265件, 属信访、重复申请等不予处理80件: a reason named with 等 stands for its whole group. */
export const GROUP_VIA_REASON = /等(原因|情形|情况|理由|(?=不予公开|不予处理|无法提供|其他处理))/;
export const SUB_ROWS = /不存在|非本机关|不属于|没有现成|补正|国家秘密|禁止公开|三安全一稳定|第三方|内部事务|过程性|执法案卷|行政查询|不掌握|另行制作|不明确|信访|举报|投诉|重复申请|出版物|反复申请|重新出具|逾期|缴纳|收费/;

/** Applicant columns of table 三 (every column but 总计), from the format data. */
export function applicantColumns(a: Analysis): string[] {
  const spec = a.format?.tables.applications as GridTable | undefined;
  return spec && spec.kind === 'grid' ? spec.columns.map((c) => c.id).filter((id) => id !== 'total') : [];
}

/** A row's 总计; when that cell is blank, the sum of its applicant columns. Blank applicant cells
 *  count as 0 (published tables leave zeros blank) only when row 一 (本年新收) holds a figure, so a
 *  table the reader could not fill is never read as zeros; any other unreadable cell gives null. */
export function rowTotal(a: Analysis, id: string): number | null {
  const t = a.report!.tables.get('applications')!;
  const row = findRow(t, id);
  if (!row) return null;
  const cell = row.values.get('total');
  if (cell && cell.value.type !== 'empty') return cellInt(cell);
  const cols = applicantColumns(a);
  const first = findRow(t, 'new');
  const blanksAreZero = !!first && [...first.values.values()].some((c) => cellInt(c) !== null);
  let sum = 0;
  for (const c of cols) {
    const x = row.values.get(c);
    if (x && x.value.type === 'empty' && blanksAreZero) continue;
    const v = cellInt(x);
    if (v === null) return null;
    sum += v;
  }
  return cols.length ? sum : null;
}

/** True when one of the rows' 总计 cells is blank (the figure is the applicant columns' sum). */
export function blankTotal(a: Analysis, ids: string[]): boolean {
  const t = a.report?.tables.get('applications');
  if (!t) return false;
  return ids.some((id) => { const c = findRow(t, id)?.values.get('total'); return !c || c.value.type === 'empty'; });
}

export function appsTotal(a: Analysis, ids: string[]): number | null {
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
export function dataRows(a: Analysis, id: string): string[] {
  const spec = a.format?.tables.applications as GridTable | undefined;
  if (!spec || spec.kind !== 'grid') return [id];
  const kids = spec.rows.filter((r) => r.parent === id && !r.group).map((r) => r.id);
  return kids.length ? kids : [id];
}

export function appRow(what: string, test: (c: string) => boolean, rowId: string, label: string): Statement {
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

export function review(a: Analysis, ids: string[]): number | null {
  const t = a.report?.tables.get('review');
  const row = t ? findRow(t, 'data') : undefined;
  if (!row) return null;
  // Blank cells are zeros when the row holds a figure elsewhere (5 | | | 2 | 7: nothing corrected).
  const blanksAreZero = [...row.values.values()].some((c) => cellInt(c) !== null);
  let sum = 0;
  for (const id of ids) {
    const x = row.values.get(id);
    if (x && x.value.type === 'empty' && blanksAreZero) continue;
    const v = cellInt(x);
    if (v === null) return null;
    sum += v;
  }
  return sum;
}

export const DISPOSITIONS: [RegExp, string, string][] = [
  [/(?<!不)予以公开/, 'open', '予以公开'],
  [/部分公开/, 'partial', '部分公开'],
  [/不予以?公开/, 'deny', '不予公开'],
  [/无法提供/, 'unable', '无法提供'],
  [/不予处理/, 'noproc', '不予处理'],
  [/其他处理/, 'otherproc', '其他处理'],
];

export function sumOf(what: string, test: (c: string) => boolean, ids: string[], source: string, units: RegExp = APP_UNITS): Statement {
  return { what, test, units, value: (a) => appsTotal(a, ids), source: () => source, rows: () => ids };
}

/** 予以公开及部分公开 N 件, 予以公开和部分公开共 N 件: two or more dispositions joined by 及/和/与. */
export const JOINED = new RegExp(`(?:${DISPOSITIONS.map(([r]) => r.source).join('|')})(?:(?:及|和|与|以及)(?:${DISPOSITIONS.map(([r]) => r.source).join('|')}))+`);
export function joinedIds(c: string): string[] {
  const m = JOINED.exec(c);
  return m ? DISPOSITIONS.filter(([r]) => r.test(m[0])).map(([, id]) => id) : [];
}
export const joined: Statement = {
  what: '', units: APP_UNITS,
  test: (c) => !SUB_ROWS.test(c) && joinedIds(c).length >= 2 && joinedIds(c).length === DISPOSITIONS.filter(([r]) => r.test(c)).length,
  value: (a, c) => appsTotal(a, joinedIds(c).flatMap((id) => dataRows(a, id))),
  rows: (a, c) => joinedIds(c).flatMap((id) => dataRows(a, id)),
  source: (a, c) => `表三${joinedIds(c).map((id) => `“${labelOf(a, id)}”`).join('与')}总计之和`,
};

export function labelOf(a: Analysis, id: string): string {
  const spec = a.format?.tables.applications;
  return spec && spec.kind === 'grid' ? rowName(spec, id) : id;
}

/** A named reason (本机关不掌握相关政府信息 N 件, 重复申请 N 件): its numbered sub-row, found by the
 *  format data's label (or match) without its number; labels shorter than 4 characters (3.其他) are too vague. */
export function reasonStatements(a: Analysis): Statement[] {
  // They depend on the format alone (its rows and labels): built once per format.
  if (!a.format) return [];
  let list = reasonCache.get(a.format);
  if (!list) reasonCache.set(a.format, (list = reasonStatementsOf(a.format)));
  return list;
}
const reasonCache = new WeakMap<FormatSpec, Statement[]>();

/**
 * Built from the format alone: the cache keeps them as long as the format data lives (the whole
 * process), so nothing here may hold an analysis (a closure over one would keep a whole draft's
 * model alive after its check).
 */
function reasonStatementsOf(format: FormatSpec): Statement[] {
  const spec = format.tables.applications;
  if (!spec || spec.kind !== 'grid') return [];
  return reasonRowsOf(spec).map(({ id, key }) => reasonStatement(id, key, rowName(spec, id)));
}

function reasonStatement(id: string, key: string, label: string): Statement {
  const keys = [key, key.replace(/^(属于|本机关|要求)/, '')].filter((k) => k.length >= 4).map((k) => k.replace(/["“”]/g, ''));
  // A clause naming another disposition (属于重复申请信息不予公开的1件) misfiles the reason: category-misfiled's business.
  const parent = id.replace(/-\d+$/, '');
  const test = (c: string) => {
    const n = unquoted(c);
    return keys.some((k) => n.includes(k)) && DISPOSITIONS.every(([r, d]) => d === parent || !r.test(c)) && !(GROUP_VIA_REASON.test(c) && DISPOSITIONS.some(([r]) => r.test(c)));
  };
  return { ...appRow(label, test, id, label), what: label };
}

/** c without its quotation marks; the last one remembered (every reason statement tests the same clause in turn). */
let lastQuoted = '';
let lastUnquoted = '';
function unquoted(c: string): string {
  if (c !== lastQuoted) {
    lastQuoted = c;
    lastUnquoted = c.replace(/["“”]/g, '');
  }
  return lastUnquoted;
}

export function reasonRows(a: Analysis): { id: string; key: string }[] {
  const spec = a.format?.tables.applications;
  if (!spec || spec.kind !== 'grid') return [];
  return reasonRowsOf(spec);
}

function reasonRowsOf(spec: GridTable): { id: string; key: string }[] {
  return spec.rows.filter((r) => !r.group && r.parent && r.parent !== 'results')
    .map((r) => ({ id: r.id, key: normalize((r.match ?? r.label).replace(/^\s*\d+[.．、]\s*/, '')) }))
    .filter((r) => r.key.length >= 4);
}

export const STATEMENTS: Statement[] = [
  { ...appRow('新收申请', (c) => RECEIVED.test(c) && APPLICATION(c) && !/结转/.test(c), 'new', '一、本年新收政府信息公开申请数量'), units: COUNTED_APP_UNITS },
  // 收到申请15件（含上年结转）: new + carried. With its own figure (含上年结转3件) the clause has two counts and is skipped.
  sumOf('收到申请（含上年结转）', (c) => RECEIVED.test(c) && APPLICATION(c) && WITH_CARRIED.test(c) && !/结转(至|到)?下一?年/.test(c),
    ['new', 'carried'], '表三“一、本年新收政府信息公开申请数量”与“二、上年结转政府信息公开申请数量”总计之和', COUNTED_APP_UNITS),
  {
    // 另有72件申请顺延到下年度答复: not closed this year.
    // 办结的申请中同意公开答复9件: a part of those closed, named after 中.
    ...sumOf('办结申请', (c) => HANDLED.test(c) && APPLICATION(c) && !RECEIVED.test(c) && !/新收|顺延|下一?年度?(答复|办理)|申请中(?!心)/.test(c)
      && (!/结转/.test(c) || (WITH_CARRIED.test(c) && !/结转(至|到)?下一?年/.test(c))) && !DISPOSITIONS.some(([r]) => r.test(c)),
      ['total'], '表三“（七）总计”总计', COUNTED_APP_UNITS),
    // 办理 N 件 may also mean the applications received (with or without last year's); 办结/答复 may not.
    alternatives: (a, c) => /办结|答复|完毕/.test(c) ? [] : [appsTotal(a, ['new']), appsTotal(a, ['new', 'carried'])],
  },
  appRow('上年结转', (c) => /(上年度?|上一年度?)结转|结转自上年/.test(c) && !WITH_CARRIED.test(c) && !/新收|收到|受理|及|和|合计|共计|加/.test(c), 'carried', '二、上年结转政府信息公开申请数量'),
  appRow('结转下年度', (c) => /结转(至|到)?下一?年度?|转入下一?年度?/.test(c), 'next', '四、结转下年度继续办理'),
  ...DISPOSITIONS.map(([re, id, label]): Statement => ({
    ...appRow(label, (c: string) => re.test(c) && (!SUB_ROWS.test(c) || GROUP_VIA_REASON.test(c)) && DISPOSITIONS.filter(([r]) => r.test(c)).length === 1, id, label),
    // 因本机关不掌握等原因无法提供265件 may count that reason alone: a row of the group is no contradiction either.
    alternatives: (a, c) => GROUP_VIA_REASON.test(c) && SUB_ROWS.test(c) ? dataRows(a, id).map((r) => appsTotal(a, [r])) : [],
  })),
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

export const GROUP_NAMES: Record<string, string> = { reconsideration: '“行政复议”', direct: '“行政诉讼·未经复议直接起诉”', after: '“行政诉讼·复议后起诉”' };
/** Table 四 groups a clause speaks of: 复议, 诉讼 (both kinds), or both. */
export function reviewGroups(c: string): string[] {
  const r = /复议/.test(c) && !/复议后起诉/.test(c);
  const l = /诉讼|起诉/.test(c);
  return [...(r ? ['reconsideration'] : []), ...(l ? ['direct', 'after'] : [])];
}

/** Applicant columns: 自然人, or the legal-person group (法人或其他组织 = the five columns). */
export function applicantStatements(a: Analysis): Statement[] {
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
    mk('自然人申请', /自然人|公民个人/, /法人|组织|企业|机构/, natural, '“自然人”栏'),
    // 公民、法人和其他组织 names who may apply, not the legal-person columns.
    mk('法人或其他组织申请', /法人(或|和|及|与)?其他组织/, /自然人|商业企业|科研机构|公益组织|法律服务机构|公民/, legal, '“法人或其他组织”五栏之和'),
  ];
}
