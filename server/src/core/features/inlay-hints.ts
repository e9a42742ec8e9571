// Inlay hints: the computed value right after every cell a constraint determines — each total of
// a fixable sum (R2 row totals, R3 （七）总计, R4 总计) and the right-hand cells of a balance
// (R1: table 三's （七）总计 and 四、结转下年度 rows). `=129` when the stated value agrees,
// `≠ 应为 129` when it does not; either adds `（空格按 0 计）` when blank cells were read as 0
// (the format's cell policy). Checks skipped for a missing or unreadable cell give no hint.
// Options: `mode` (govReport.inlayHints: `all`, `mismatches` = only the ≠ hints, `off`), and
// `english` labels and tooltips. A constraint whose rule is off in the settings, or disabled
// by a directive on the cell's line, gives no hint there.
import type { Analysis } from '../engine/lint';
import type { InlayHintsMode } from '../types';
import type { Cell } from '../parse/tables';
import { suppressor } from '../parse/directives';
import { constraintInstances, expectedValue, holds, instanceName, instanceNameEn, Instance, valuesText } from './arithmetic';
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

export interface InlayHintOptions {
  /** `all` (the default here; the editor's default is `mismatches`), `mismatches` or `off`. */
  mode?: InlayHintsMode;
  /** English labels and tooltips (statutory labels stay as written, in quotes). */
  english?: boolean;
}

/** Hints whose offset lies in [start, end). */
export function inlayHints(a: Analysis, start = 0, end = a.doc.text.length + 1, options: InlayHintOptions = {}): InlayHintData[] {
  const mode = options.mode ?? 'all';
  if (!a.kind || mode === 'off') return [];
  const en = options.english === true;
  const name = en ? instanceNameEn : instanceName;
  const zero = (cells: readonly Cell[]) => { const n = assumedZeroNote(cells); return n ? (en ? n.en : n.zh) : ''; };
  // Rules turned off in the settings or by a directive on the cell's line give no hint there.
  let silenced: ((rule: string, line: number) => boolean) | undefined;
  const shown = (rule: string, cell: Cell): boolean => {
    if (a.settings.rules[rule] === 'off') return false;
    silenced ??= suppressor(a.doc.directives.directives, a.doc.lines.lineCount);
    return !silenced(rule, a.doc.lines.lineAt(cell.start));
  };
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
      if (cell.end < start || cell.end >= end || !shown(c.rule, cell)) continue;
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
    if (byCell.has(e.cell) || e.cell.end < start || e.cell.end >= end || !shown(e.rule, e.cell)) continue;
    const note = zero([...new Set(e.instances.flatMap((i) => i.assumed))]);
    const tooltip = e.instances.map((i) => en
      ? `${name(i)}: ${i.leftSum} ≠ ${i.rightSum}; holds once this cell is ${e.value}`
      : `${name(i)}：${i.leftSum} ≠ ${i.rightSum}，此格改为 ${e.value} 后成立`).join('\n');
    out.push({ offset: e.cell.end, label: en ? `≠ should be ${e.value}${note}` : `≠ 应为 ${e.value}${note}`, tooltip, ok: false });
  }
  for (const [cell, { stated, expected }] of byCell) {
    // Fixable sums first: they name the value the quick-fix would write.
    expected.sort((x, y) => Number(!x.instance.constraint.fixLeft) - Number(!y.instance.constraint.fixLeft));
    const wrong = [...new Set(expected.filter((e) => e.value !== stated).map((e) => e.value))];
    const assumed = [...new Set(expected.flatMap((e) => e.instance.assumed))];
    const note = zero(assumed);
    // A value that would make a relation that holds fail is no 应为 (the diagnostics offer no fix
    // for it either): the hint states the computed sum only.
    const keeps = wrong.length === 1 && fixKeepsRelations(a, new Map([[cell, wrong[0]]]));
    const label = (wrong.length
      ? (keeps ? (en ? `≠ should be ${wrong[0]}` : `≠ 应为 ${wrong[0]}`) : (en ? `≠ computed ${wrong.join(' or ')}` : `≠ 计算值 ${wrong.join(' 或 ')}`))
      : `=${stated}`) + note;
    if (mode === 'mismatches' && wrong.length === 0) continue;
    const tooltip = expected.map((e) => tooltipLine(e.instance, cell, e.value, stated, en)
      + (e.fixed ? (en ? ` (taking ${e.fixed.cell.text ? `the cell “${e.fixed.cell.text}”` : 'the blank cell'} as ${e.fixed.value})` : `（按“${e.fixed.cell.text || '空格'}”一格应为 ${e.fixed.value} 计）`) : '')).join('\n');
    out.push({ offset: cell.end, label, tooltip, ok: wrong.length === 0 });
  }
  return out.sort((x, y) => x.offset - y.offset);
}

function tooltipLine(i: Instance, cell: Cell, expected: number, stated: number, en = false): string {
  const plain = (s: string) => s;
  const verdict = expected === stated ? '✓' : en ? `✗ the table says ${stated}` : `✗ 表中为 ${stated}`;
  const n = assumedZeroNote(i.assumed);
  const note = n ? (en ? n.en : n.zh) : '';
  const c = i.constraint;
  const name = en ? `${instanceNameEn(i)}: ` : `${instanceName(i)}：`;
  if (c.fixLeft && i.left.length === 1) return `${name}${valuesText(i.right, null, plain, en)} = ${expected} ${verdict}${note}`;
  const others = i.right.filter((x) => x.cell !== cell);
  return `${name}${valuesText(i.left, null, plain, en)}${others.map((x) => ` − ${x.value}`).join('')} = ${expected} ${verdict}${note}`;
}
