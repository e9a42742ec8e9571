// Inlay hints: the computed value right after every cell a constraint determines — each total of
// a fixable sum (R2 row totals, R3 （七）总计, R4 总计) and the right-hand cells of a balance
// (R1: table 三's （七）总计 and 四、结转下年度 rows). `=129` when the stated value agrees,
// `≠ 应为 129` when it does not; either adds `（空格按 0 计）` when blank cells were read as 0
// (the format's cell policy). Checks skipped for a missing or unreadable cell give no hint.
import type { Analysis } from '../engine/lint';
import type { Cell } from '../parse/tables';
import { constraintInstances, expectedValue, holds, instanceName, Instance, valuesText } from './arithmetic';
import { assumedZeroNote } from '../engine/cell-policy';
import { diagnose, Explanation, fixKeepsRelations, repaired } from '../engine/explain';

export interface InlayHintData {
  /** Where the label goes: just after the cell text. */
  offset: number;
  label: string;
  /** Plain text: how the value was computed, one constraint a line. */
  tooltip: string;
  /** False when the stated value disagrees with a computed one. */
  ok: boolean;
}

/** Hints whose offset lies in [start, end). */
export function inlayHints(a: Analysis, start = 0, end = a.doc.text.length + 1): InlayHintData[] {
  if (!a.kind) return [];
  const byCell = new Map<Cell, { stated: number; expected: { value: number; instance: Instance; fixed?: Explanation }[] }>();
  for (const original of constraintInstances(a)) {
    if (holds(original) === null) continue;
    // Where one wrong cell explains the failing sums (engine/explain.ts, as the diagnostics say),
    // the sums are computed with that cell corrected: the totals it spoils are not called wrong.
    const i = repaired(a, original);
    const c = i.constraint;
    // Fixable sums: the single total. Balances: every right-hand cell.
    const targets = c.fixLeft && i.left.length === 1 ? i.left : c.fixLeft ? [] : i.right;
    for (const term of targets) {
      const cell = term.cell!;
      if (cell.end < start || cell.end >= end) continue;
      const value = expectedValue(i, cell);
      if (value === null) continue;
      let entry = byCell.get(cell);
      if (!entry) byCell.set(cell, (entry = { stated: original.left.concat(original.right).find((x) => x.cell === cell)!.value!, expected: [] }));
      entry.expected.push({ value, instance: i, fixed: i === original ? undefined : diagnose(a).explanations.find((x) => x.instances.includes(original)) });
    }
  }
  const out: InlayHintData[] = [];
  // The explained cell itself, when no sum has it as its total.
  for (const e of diagnose(a).explanations) {
    if (byCell.has(e.cell) || e.cell.end < start || e.cell.end >= end) continue;
    const note = assumedZeroNote([...new Set(e.instances.flatMap((i) => i.assumed))])?.zh ?? '';
    const tooltip = e.instances.map((i) => `${instanceName(i)}：${i.leftSum} ≠ ${i.rightSum}，此格改为 ${e.value} 后成立`).join('\n');
    out.push({ offset: e.cell.end, label: `≠ 应为 ${e.value}${note}`, tooltip, ok: false });
  }
  for (const [cell, { stated, expected }] of byCell) {
    // Fixable sums first: they name the value the quick-fix would write.
    expected.sort((x, y) => Number(!x.instance.constraint.fixLeft) - Number(!y.instance.constraint.fixLeft));
    const wrong = [...new Set(expected.filter((e) => e.value !== stated).map((e) => e.value))];
    const assumed = [...new Set(expected.flatMap((e) => e.instance.assumed))];
    const note = assumedZeroNote(assumed)?.zh ?? '';
    // A value that would make a relation that holds fail is no 应为 (the diagnostics offer no fix
    // for it either): the hint states the computed sum only.
    const keeps = wrong.length === 1 && fixKeepsRelations(a, new Map([[cell, wrong[0]]]));
    const label = (wrong.length ? (keeps ? `≠ 应为 ${wrong[0]}` : `≠ 计算值 ${wrong.join(' 或 ')}`) : `=${stated}`) + note;
    const tooltip = expected.map((e) => tooltipLine(e.instance, cell, e.value, stated)
      + (e.fixed ? `（按“${e.fixed.cell.text || '空格'}”一格应为 ${e.fixed.value} 计）` : '')).join('\n');
    out.push({ offset: cell.end, label, tooltip, ok: wrong.length === 0 });
  }
  return out.sort((x, y) => x.offset - y.offset);
}

function tooltipLine(i: Instance, cell: Cell, expected: number, stated: number): string {
  const plain = (s: string) => s;
  const verdict = expected === stated ? '✓' : `✗ 表中为 ${stated}`;
  const note = assumedZeroNote(i.assumed)?.zh ?? '';
  const c = i.constraint;
  if (c.fixLeft && i.left.length === 1) return `${instanceName(i)}：${valuesText(i.right, null, plain)} = ${expected} ${verdict}${note}`;
  const others = i.right.filter((x) => x.cell !== cell);
  return `${instanceName(i)}：${valuesText(i.left, null, plain)}${others.map((x) => ` − ${x.value}`).join('')} = ${expected} ${verdict}${note}`;
}
