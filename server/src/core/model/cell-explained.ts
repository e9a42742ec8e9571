// One finding on the one wrong cell of a statutory table (engine/explain.ts): reported by the rule
// of the failing sum along the cell's row, else of the first one (format order), so the ids stay
// those of R1–R4, and
// the other table rules leave those relations out (failures() skips them).
import type { Analysis } from '../engine/lint';
import type { Fix, RelatedSpan } from '../types';
import { diagnose } from '../engine/explain';
import { instanceName } from '../features/arithmetic';
import { columnIndex, columnName, rowName } from './table-facts';
import { assumedZeroNote } from '../engine/cell-policy';

export interface ExplainedFinding {
  start: number;
  end: number;
  message: string;
  messageEn: string;
  related: RelatedSpan[];
  fix: Fix;
}

/** The one-wrong-cell findings that the rule `ruleId` reports (see the head of this file). */
export function explainedFindings(a: Analysis, ruleId: string): ExplainedFinding[] {
  const out: ExplainedFinding[] = [];
  for (const e of diagnose(a).explanations) {
    if (e.rule !== ruleId) continue;
    const spec = e.instances[0].table.spec;
    const col = columnName(spec, e.colId);
    const idx = columnIndex(spec, e.colId);
    const where = e.rowId !== null && spec.kind === 'grid'
      ? `第${idx}列“${col}”“${rowName(spec, e.rowId)}”`
      : `“${col}”`;
    const whereEn = e.rowId !== null && spec.kind === 'grid'
      ? `Column ${idx} “${col}”, row “${rowName(spec, e.rowId)}”`
      : `“${col}”`;
    const names = e.instances.map((i) => i.constraint.fixLeft && i.left.length === 1
      ? `${instanceName(i).replace(/^行/, '本行')} ${i.leftSum}（各项之和 ${i.rightSum}）`
      : `${instanceName(i)}（${i.leftSum} ≠ ${i.rightSum}）`);
    const stated = e.cell.text === '' ? '为空' : `为 ${e.cell.text}`;
    const blank = assumedZeroNote([...new Set(e.instances.flatMap((i) => i.assumed))])?.zh ?? '';
    const blankEn = assumedZeroNote([...new Set(e.instances.flatMap((i) => i.assumed))])?.en ?? '';
    const message = names.length > 1
      ? `${where}应为 ${e.value}（表中${stated}）：${names.length === 2 ? names.join('与') : names.join('、')}都指向这一格，改为 ${e.value} 后各项勾稽都成立${blank}`
      : `${where}应为 ${e.value}（表中${stated}）：${names[0]}，只有这一格改为 ${e.value} 不影响其他已成立的勾稽${blank}`;
    const messageEn = `${whereEn} should be ${e.value} (the table has ${e.cell.text === '' ? 'a blank' : e.cell.text}): `
      + `${e.instances.length} failing sum${e.instances.length > 1 ? 's' : ''} all point to this cell; ${e.value} makes every sum hold${blankEn}`;
    out.push({
      start: e.cell.start,
      end: e.cell.end,
      message,
      messageEn,
      related: e.instances.map((i) => ({ start: i.left[0].cell!.start, end: i.left[0].cell!.end, message: `${instanceName(i)}：${i.leftSum} ≠ ${i.rightSum}` })),
      fix: { title: `改为 ${e.value}`, edits: [{ start: e.cell.start, end: e.cell.end, newText: String(e.value) }], safe: false },
    });
  }
  return out;
}
