// What the prose of a report under the 2008 regulation states about its statistics table
// (model/statistics-table.ts): 主动公开政府信息 N 条, 收到/受理…申请 N 件, 网上/信函/当面…申请 N 件, 答复 N 件,
// 同意公开 / 同意部分公开 / 不同意公开 N 件, 行政复议 / 行政诉讼 N 件, each against its row's figure of the
// year. rules/text-table-mismatch.ts tests them on the clauses with one count, as it tests the 2019/2021
// statements (sub-units, other years, comparisons and rounded figures skipped there); here a clause is
// left alone when it speaks of a running total (累计, 历年, 截至), a channel or a kind of information
// (网站, 公报, …类) or an organisation that acts in it (县政府公开办主动公开…).
import type { Analysis } from '../engine/lint';
import type { Statement } from './table-statements';
import { APPLICATION, RECEIVED } from './table-statements';
import { statisticsTable } from './statistics-table';

/** A running total, or a figure of part of the year. */
const NOT_THE_YEAR = /累计|历年|截至|截止|以来|至今/;
/** An organisation named in the clause as the one acting (not 我/本…). */
const ACTOR = /(?<![我本全])(管委会|公开办|政府|办公室|[局委厅处科办所站队院])(?!信息|网站|门户|公报|公开|的政府信息)/;
const ACTIVE_PART = /其[他它]|应当?主动公开|网站|网上|网络|公报|微博|微信|客户端|报刊|广播|电视|栏|查阅|类|依申请|申请|不予公开|规范性文件|文件|其中.{0,6}(信息|类)/;
/** Channels of application (a platform's name, 网上申请平台, is none: the count after it is everyone's). */
const NOT_CHANNEL = '(?!平台|系统|渠道|栏目|功能|入口|窗口|页面|模块)';
const CHANNELS: [string, RegExp][] = ([
  ['inPerson', '当面申请|当面提出'], ['fax', '传真申请|传真方式'], ['email', '电子邮件申请|电子邮件方式|邮件申请'],
  ['online', '网上申请|网络申请|网上提交|网络提交|在线申请'], ['letter', '信函申请|信函方式|来信申请'],
] as const).map(([id, words]) => [id, new RegExp(`(?:${words})${NOT_CHANNEL}`)]);
const APP_COUNT = /^(件|条|次|份|宗|起)$/;
const CASE_COUNT = /^(件|宗|起|份|次)$/;

function rowStatement(what: string, id: string, test: (c: string) => boolean, units: RegExp): Statement {
  return {
    what, units, clauseSubject: true,
    test: (c) => test(c) && !NOT_THE_YEAR.test(c),
    value: (a) => statisticsTable(a)?.get(id)?.value ?? null,
    gluedDigits: (a) => statisticsTable(a)?.get(id)?.glued ?? null,
    source: (a) => `统计表“${statisticsTable(a)?.get(id)?.label ?? what}”本年度`,
  };
}

/** The statements whose row the draft's statistics table holds; none without one. */
export function statisticsStatements(a: Analysis): Statement[] {
  const t = statisticsTable(a);
  if (!t) return [];
  const channel = (c: string) => CHANNELS.some(([, r]) => r.test(c));
  const all: [string, Statement][] = [
    ['active', rowStatement('主动公开政府信息', 'active', (c) => /主动公开/.test(c) && /信息|文件/.test(c) && !ACTIVE_PART.test(c) && !ACTOR.test(c.slice(0, c.indexOf('主动公开'))), /^(条|件|项|篇)$/)],
    ['received', rowStatement('收到申请', 'received', (c) => RECEIVED.test(c) && APPLICATION(c) && !channel(c) && !/答复|办结|结转|同意|不予/.test(c), APP_COUNT)],
    ...CHANNELS.map(([id, r]): [string, Statement] => [id, rowStatement(r.source.slice(3).split('|')[0], id, (c) => r.test(c) && CHANNELS.filter(([, x]) => x.test(c)).length === 1, APP_COUNT)]),
    ['answered', rowStatement('答复申请', 'answered', (c) => /答复/.test(c) && /申请/.test(c) && !/同意|不予|否决|部分|按时|延期|期限|受理|收到/.test(c), APP_COUNT)],
    ['agreed', rowStatement('同意公开', 'agreed', (c) => /同意公开/.test(c) && !/不同意|部分/.test(c), APP_COUNT)],
    ['partial', rowStatement('同意部分公开', 'partial', (c) => /部分公开/.test(c) && !/不同意|不予|否决/.test(c) && !/(?<!部分)公开.*部分公开|同意公开/.test(c), APP_COUNT)],
    ['denied', rowStatement('不同意公开', 'denied', (c) => /不同意公开|否决公开|不予公开/.test(c) && /答复|申请/.test(c) && !/部分/.test(c) && !/(?<!不)同意公开/.test(c), APP_COUNT)],
    ['reconsideration', rowStatement('行政复议', 'reconsideration', (c) => /行政复议/.test(c) && /信息公开/.test(c) && !/诉讼|维持|纠正|撤销/.test(c), CASE_COUNT)],
    ['litigation', rowStatement('行政诉讼', 'litigation', (c) => /行政诉讼/.test(c) && /信息公开/.test(c) && !/复议|维持|纠正|撤销|胜诉|败诉/.test(c), CASE_COUNT)],
  ];
  return all.filter(([id]) => t.has(id)).map(([, st]) => st);
}
