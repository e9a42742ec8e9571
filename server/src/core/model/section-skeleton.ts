// Section rules' shared piece: the empty statutory table inserted by their fixes.
import type { Analysis } from '../engine/lint';
import type { FormatSection } from '../formats/types';
import { renderTable } from '../features/table-skeleton';
import { eol, preferredLayout } from '../engine/draft-style';

export function tableSkeleton(a: Analysis, s: FormatSection): string | null {
  if (!s.table || !a.format?.tables[s.table]) return null;
  return renderTable(a.format.tables[s.table], preferredLayout(a)).replace(/\n/g, eol(a));
}
