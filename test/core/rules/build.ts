// Shared builder for the per-rule tests: a small but complete, consistent draft (title with
// year, the six statutory sections, the three statutory tables rendered from the format data
// with numbers that satisfy every format constraint), plus helpers to edit it minimally and
// to look at findings by line and text slice.
import assert from 'node:assert/strict';
import { analyze, applyFixes, lint, lintAnalysis, LineMap, RULES } from '../../../server/src/core';
import type { Finding, FormatId, LintResult, Rule } from '../../../server/src/core';
import { FORMATS } from '../../../server/src/core/formats/index';
import type { GridTable } from '../../../server/src/core/formats/index';
import { renderTable } from '../../../server/src/core/features/table-skeleton';
import type { EditableLayout } from '../../../server/src/core/parse/tables';

export interface DraftOptions { kind?: 2019 | 2021; layout?: EditableLayout; flavour?: 'md' | 'txt' }

/** The problems paragraph of a built gov-info draft's section 五: replace it to put lines there. */
export const PROBLEMS = '一是政策解读形式较为单一；二是部分栏目更新不够及时。下一步将丰富解读形式，建立栏目更新提醒机制。';

/** First line of the signature block that closes every built gov-info draft. */
export const SIGNATURE = '示例区人民政府办公室';

/** Applicant columns of table 三 (自然人, 商业企业, …, 其他); total is computed. */
const LEAVES: Record<string, number[]> = {
  new: [10, 2, 0, 0, 0, 0], carried: [1, 0, 0, 0, 0, 0],
  open: [5, 1, 0, 0, 0, 0], partial: [1, 0, 0, 0, 0, 0], 'deny-4': [1, 0, 0, 0, 0, 0],
  'unable-1': [2, 1, 0, 0, 0, 0], 'noproc-2': [1, 0, 0, 0, 0, 0],
};
/** Table 四 (cells not listed are 0); every 总计 is the sum of its four results. */
const REVIEW: Record<string, number> = {
  'reconsideration.upheld': 1, 'reconsideration.corrected': 1, 'reconsideration.total': 2, 'direct.pending': 1, 'direct.total': 1,
};
/** Table 二 (cells not listed are 0): counts, 2019 signed changes (+2, -1) and decimal amounts. */
const ACTIVE: Record<string, string> = {
  'normative.issued': '4', 'normative.repealed': '1', 'normative.inForce': '27', 'normative.made': '4', 'normative.published': '4',
  'licensing.decisions': '3215', 'penalty.decisions': '412', 'enforcement.decisions': '17', 'fees.feeAmount': '1.2',
  'licensing.lastYear': '120', 'licensing.change': '+2', 'otherServices.lastYear': '8', 'otherServices.change': '-1',
  'otherServices.decisions': '30', 'penalty.lastYear': '60', 'enforcement.lastYear': '5', 'fees.lastYear': '3',
  'procurement.projects': '2', 'procurement.amount': '12.5',
};

/** Table 三 values by row id → 7 numbers (six applicant columns + 总计). */
export function applicationNumbers(kind: FormatId): Map<string, number[]> {
  const spec = FORMATS[kind].tables.applications as GridTable;
  const v = new Map<string, number[]>();
  const six = (id: string) => LEAVES[id] ?? [0, 0, 0, 0, 0, 0];
  for (const r of spec.rows) if (!r.group) v.set(r.id, six(r.id));
  const r3 = FORMATS[kind].constraints.find((c) => c.rule === 'table-subtotal')!.right;
  v.set('total', [0, 1, 2, 3, 4, 5].map((i) => r3.reduce((s, id) => s + v.get(id)![i], 0)));
  v.set('next', [0, 1, 2, 3, 4, 5].map((i) => v.get('new')![i] + v.get('carried')![i] - v.get('total')![i]));
  for (const [id, xs] of v) v.set(id, [...xs, xs.reduce((s, x) => s + x, 0)]);
  return v;
}

export function kindOf(kind: 2019 | 2021): FormatId {
  return kind === 2019 ? 'gov-info-2019' : 'gov-info-2021';
}

/** A complete, consistent gov-info draft. Report year 2020 (2019 format) or 2023 (2021 format). */
export function buildDraft(opts: DraftOptions = {}): string {
  const kind = kindOf(opts.kind ?? 2021);
  const layout = opts.layout ?? 'gfm';
  const md = (opts.flavour ?? 'md') === 'md';
  const year = kind === 'gov-info-2019' ? 2020 : 2023;
  const f = FORMATS[kind];
  const apps = applicationNumbers(kind);
  const cols = (f.tables.applications as GridTable).columns.map((c) => c.id);
  const tables: Record<string, string> = {
    active: renderTable(f.tables.active, layout, (r, c) => ACTIVE[`${r}.${c}`] ?? '0'),
    applications: renderTable(f.tables.applications, layout, (r, c) => String(apps.get(r)?.[cols.indexOf(c)] ?? '')),
    review: renderTable(f.tables.review, layout, (_r, c) => String(REVIEW[c] ?? 0)),
  };
  const prose: Record<string, string> = {
    general: `${year}年，示例区人民政府办公室坚持以公开为常态、不公开为例外，全年新收政府信息公开申请12件，上年结转1件。`,
    problems: '一是政策解读形式较为单一；二是部分栏目更新不够及时。下一步将丰富解读形式，建立栏目更新提醒机制。',
    other: '本年度未收取信息处理费。',
  };
  const out = [`${md ? '# ' : ''}示例区人民政府办公室${year}年政府信息公开工作年度报告`, ''];
  for (const s of f.sections) {
    out.push(`${md ? '## ' : ''}${'一二三四五六'[s.number! - 1]}、${s.title}`, '');
    out.push(s.table ? tables[s.table] : prose[s.id], '');
  }
  out.push(SIGNATURE, `${year + 1}年1月25日`, '');
  return out.join('\n');
}

/** A rule-of-law report: four chapters (其他需要报告的情况 is optional), the plans chapter titled 七、下一步工作计划. */
export function buildRuleOfLaw(extra = ''): string {
  return [
    '示例区司法局2023年法治政府建设年度报告', '',
    '一、2023年推进法治政府建设的主要举措和成效', '', '全面推进依法行政，严格规范公正文明执法。', '',
    '二、存在的不足和原因', '', '执法队伍专业化水平有待提高，原因是培训不足。', '',
    '三、党政主要负责人履行推进法治建设第一责任人职责情况', '', '主要负责人带头学法、述法。', '',
    '七、下一步工作计划', '', '2024年将继续深化行政执法体制改革。', extra, '',
  ].join('\n');
}

/** A report under the 2008 regulation (year ≤ 2018): older wording is the norm there. */
export function build2008(extra = ''): string {
  return [
    '示例区人民政府2015年政府信息公开工作年度报告', '',
    '一、主动公开政府信息的情况', '', '全年主动公开政府信息320条。', '',
    '二、依申请公开政府信息和不予公开政府信息的情况', '', '全年受理申请12件，其中同意公开6件，信息不存在2件；另有1件属于重复申请，依法不予公开。', '',
    '三、政府信息公开的收费及减免情况', '', '未收取任何费用。', '',
    '四、因政府信息公开申请行政复议、提起行政诉讼的情况', '', '未发生行政复议、行政诉讼。', '',
    '五、政府信息公开工作存在的主要问题及改进情况', '', '公开内容不够全面，下一步加以改进。', extra, '',
  ].join('\n');
}

/** A built 2021-format draft with `s` in place of its section 五 problems paragraph. */
export const withProblems = (s: string): string => buildDraft().replace(PROBLEMS, s);

// ---- looking at findings ----------------------------------------------------------------

export function findings(text: string, rule: string, result: LintResult = lint(text)): Finding[] {
  assert.deepEqual(result.internalErrors, [], 'no rule threw');
  return result.findings.filter((f) => f.rule === rule);
}

/** The exact text of each finding of `rule` on a text (a full lint). */
export function slicesOf(rule: string): (text: string) => string[] {
  return (text) => findings(text, rule).map((f) => text.slice(f.start, f.end));
}

/** A lint with these rules only (a group's rules, or the registry with some replaced); no rule may throw. */
export function lintWith(rules: readonly Rule[]): (text: string) => LintResult {
  return (text) => {
    const r = lintAnalysis(analyze(text), rules);
    assert.deepEqual(r.internalErrors, [], 'no rule threw');
    return r;
  };
}

/** The findings of one rule run alone on a text. */
export function ruleAlone(rule: Rule): (text: string) => Finding[] {
  return (text) => findings(text, rule.id, lintAnalysis(analyze(text), [rule]));
}

/** The findings of one rule run with the whole registry (its registered copy replaced by `rule`). */
export function ruleInRegistry(rule: Rule): (text: string) => Finding[] {
  const rules = [...RULES.filter((x) => x.id !== rule.id), rule];
  return (text) => findings(text, rule.id, lintAnalysis(analyze(text), rules));
}

/** 0-based line and exact text of a finding's range. */
export function where(text: string, f: { start: number; end: number }): { line: number; slice: string } {
  return { line: new LineMap(text).positionAt(f.start).line, slice: text.slice(f.start, f.end) };
}

/** 0-based number of the first line that contains needle. */
export function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `no line with ${needle}`);
  return new LineMap(text).positionAt(i).line;
}

/** Applies a finding's fix; asserts it touched nothing outside its edits. */
export function applyOne(text: string, f: Finding): string {
  assert.ok(f.fix, `${f.rule} offers a fix`);
  const out = applyFixes(text, [f.fix]).text;
  const start = Math.min(...f.fix.edits.map((e) => e.start));
  const end = Math.max(...f.fix.edits.map((e) => e.end));
  assert.equal(out.slice(0, start), text.slice(0, start), 'text before the edit unchanged');
  assert.equal(out.slice(end + out.length - text.length), text.slice(end), 'text after the edit unchanged');
  return out;
}

// ---- editing sections ------------------------------------------------------------------

/** Statutory section n (1-based) of a built gov-info draft: heading line, and its end (next heading or the signature). */
export function sectionSpan(text: string, n: number): { start: number; headingEnd: number; end: number } {
  const lm = new LineMap(text);
  const head = (l: number, k: number) => new RegExp(`^(#+ )?${'一二三四五六'[k - 1]}、`).test(lm.lineText(l)) && !/[|\t]/.test(lm.lineText(l));
  let line = -1;
  for (let l = 0; l < lm.lineCount && line < 0; l++) if (head(l, n)) line = l;
  assert.ok(line >= 0, `no heading ${n}`);
  let next = line + 1;
  while (next < lm.lineCount && !(n < 6 && head(next, n + 1)) && lm.lineText(next) !== SIGNATURE) next++;
  return { start: lm.lineStarts[line], headingEnd: lm.lineEnd(line), end: lm.lineStarts[next] ?? text.length };
}

/** The draft without statutory section n (heading and body). */
export function dropSection(text: string, n: number): string {
  const s = sectionSpan(text, n);
  return text.slice(0, s.start) + text.slice(s.end);
}

/** The draft with statutory section n reduced to its heading. */
export function emptySection(text: string, n: number): string {
  const s = sectionSpan(text, n);
  return text.slice(0, s.headingEnd) + '\n\n' + text.slice(s.end);
}

// ---- editing table cells ----------------------------------------------------------------

/** Offsets of the value cells (after the label cell) of the first table line whose label is `label`. */
export function cells(text: string, label: string | number): { start: number; end: number }[] {
  const lm = new LineMap(text);
  const isRow = (l: number) => /[|\t]/.test(lm.lineText(l)) && lm.lineText(l).replace(/^\|/, '').split(/[|\t]/)[0].trim() === label;
  let line = typeof label === 'number' ? label : -1;
  for (let l = 0; l < lm.lineCount && line < 0; l++) if (isRow(l)) line = l;
  assert.ok(line >= 0, `no table row ${label}`);
  const t = lm.lineText(line);
  const base = lm.lineStarts[line];
  const sep = t.includes('\t') ? '\t' : '|';
  const out: { start: number; end: number }[] = [];
  let from = 0;
  for (let i = 0; i <= t.length; i++) {
    if (i < t.length && t[i] !== sep) continue;
    const raw = t.slice(from, i);
    const lead = raw.length - raw.trimStart().length;
    out.push({ start: base + from + lead, end: base + from + lead + raw.trim().length });
    from = i + 1;
  }
  if (sep === '|' && t.trimStart().startsWith('|')) out.shift();
  if (sep === '|' && t.trimEnd().endsWith('|')) out.pop();
  return typeof label === 'number' ? out : out.slice(1);
}

/** Replaces value cell `k` (0-based, after the label) of row `label`; returns the text and the new cell's span. */
export function setCell(text: string, label: string | number, k: number, value: string): { text: string; start: number; end: number } {
  const c = cells(text, label)[k];
  assert.ok(c, `row ${label} has a value cell ${k}`);
  return { text: text.slice(0, c.start) + value + text.slice(c.end), start: c.start, end: c.start + value.length };
}

/** Line of the 15 numbers of table 四. */
export function reviewDataLine(text: string): number {
  return lineOf(text, '结果维持') + 1;
}

export const LAYOUTS: EditableLayout[] = ['gfm', 'loose-pipe', 'tab'];
