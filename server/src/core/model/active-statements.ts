// Statements of text-table-mismatch about table 二 (主动公开政府信息情况): the 行政规范性文件 row, and any
// cell of its first block named by its row and column word for word (规章对外公开总数量1件).
// 制发/印发/出台/制定/发布 (行政)规范性文件 N 件 → 本年制发件数; 废止… N 件 → 本年废止件数;
// 现行有效… N 件 → 现行有效件数. Clauses that also name 规章, or another act on the documents
// (解读, 备案, 审查, 清理, 征求意见, 转发 …), are not compared: they speak of another figure.
// 发布 may mean publishing older documents on the website too, so it is only an info finding.
import type { Analysis } from '../engine/lint';
import type { Severity } from '../types';
import { cellInt } from './table-facts';

export interface ActiveStatement {
  what: string;
  test: (clause: string) => boolean;
  value: (a: Analysis, clause: string) => number | null;
  source: (a: Analysis, clause: string) => string;
  units: RegExp;
  /** The severity of a contradiction, when it is not the rule's. */
  severity?: (clause: string) => Severity | undefined;
}

const DOC_UNITS = /^(件|份|个|部)$/;
const NORMATIVE = /规范性文件/;
/** Another act on the documents, or other documents named beside them. */
const OTHER_ACT = /规章|解读|备案|审查|审核|清理|征求|意见|转发|起草|报送|梳理|评估|宣传|培训|合法性|目录|汇编|库|政策文件|其他文件|政府文件/;
const ISSUED = /制发|印发|出台|制定|发布|下发|发文/;
const FIRM_ISSUED = /制发|印发|出台|制定|下发/;

function activeCell(a: Analysis, rowId: string, colId: string): number | null {
  const t = a.report?.tables.get('active');
  if (!t) return null;
  for (const r of t.rows) {
    if (r.rowId !== rowId) continue;
    const v = cellInt(r.values.get(colId));
    if (v !== null) return v;
  }
  return null;
}

function columnLabel(a: Analysis, colId: string, fallback: string): string {
  const spec = a.format?.tables.active;
  if (spec && spec.kind === 'blocks') {
    for (const b of spec.blocks) {
      const c = b.columns.find((x) => x.id === colId);
      if (c && b.rows.some((r) => r.id === 'normative')) return c.label;
    }
  }
  return fallback;
}

function statement(what: string, colId: string, fallback: string, test: (c: string) => boolean,
  severity?: (c: string) => Severity | undefined): ActiveStatement {
  return {
    what, units: DOC_UNITS, severity,
    test: (c) => NORMATIVE.test(c) && !OTHER_ACT.test(c) && test(c),
    value: (a) => activeCell(a, 'normative', colId),
    source: (a) => `表二“行政规范性文件”${columnLabel(a, colId, fallback)}`,
  };
}

/**
 * A clause naming a row of table 二's first block and one of its columns word for word, as a report
 * quoting its own table does (规章对外公开总数量1件, 规范性文件本年新制作数量3件): that cell. Not where one of
 * `others` speaks of the clause already (行政规范性文件现行有效件数12件 is the 现行有效 statement's).
 */
function namedCells(a: Analysis, others: ActiveStatement[]): ActiveStatement[] {
  const spec = a.format?.tables.active;
  if (!spec || spec.kind !== 'blocks' || !spec.blocks.length) return [];
  const b = spec.blocks[0];
  return b.rows.flatMap((r) => b.columns.map((c): ActiveStatement => {
    const words = [`${r.label}${c.label}`, `${r.label}的${c.label}`];
    return {
      what: `${r.label}${c.label}`, units: DOC_UNITS,
      test: (cl) => words.some((w) => cl.includes(w)) && !others.some((o) => o.test(cl)),
      value: (x) => activeCell(x, r.id, c.id),
      source: () => `表二“${r.label}”${c.label}`,
    };
  }));
}

/** Table 二 statements: the 行政规范性文件 row's (when the format has one), and its cells named word for word. */
export function activeStatements(a: Analysis): ActiveStatement[] {
  const spec = a.format?.tables.active;
  if (!spec || spec.kind !== 'blocks') return [];
  const normative = spec.blocks.some((b) => b.rows.some((r) => r.id === 'normative')) ? normativeStatements() : [];
  return [...normative, ...namedCells(a, normative)];
}

function normativeStatements(): ActiveStatement[] {
  return [
    statement('制发规范性文件', 'issued', '本年制发件数',
      (c) => ISSUED.test(c) && !/废止|失效|有效|修订|修改/.test(c),
      (c) => (FIRM_ISSUED.test(c) ? undefined : 'info')),
    statement('废止规范性文件', 'repealed', '本年废止件数', (c) => /废止/.test(c) && !/制发|印发|出台|制定|发布|有效|失效/.test(c)),
    statement('现行有效规范性文件', 'inForce', '现行有效件数', (c) => /现行有效/.test(c) && !/制发|印发|出台|制定|发布|废止/.test(c)),
  ];
}
