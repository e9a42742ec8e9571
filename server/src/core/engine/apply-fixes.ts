// Applies text edits without ever losing user text outside the edited spans.
import { Fix, TextEdit } from '../types';

export interface ApplyResult {
  text: string;
  applied: number;
  skipped: number;
}

/**
 * Applies fixes in document order. A fix whose edits overlap an edit already taken
 * is skipped whole (a later lint run will offer it again if it still applies).
 */
export function applyFixes(text: string, fixes: readonly Fix[]): ApplyResult {
  const taken: TextEdit[] = [];
  let applied = 0;
  let skipped = 0;
  const sorted = [...fixes].sort((a, b) => firstStart(a) - firstStart(b));
  for (const fix of sorted) {
    const edits = [...fix.edits].sort((a, b) => a.start - b.start);
    const valid = edits.every((e) => e.start >= 0 && e.end >= e.start && e.end <= text.length);
    const clash = edits.some((e, i) => (i > 0 && edits[i - 1].end > e.start) || taken.some((t) => overlaps(t, e)));
    if (!valid || clash || edits.length === 0) {
      skipped++;
      continue;
    }
    taken.push(...edits);
    applied++;
  }
  taken.sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (const e of taken) {
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  out += text.slice(pos);
  return { text: out, applied, skipped };
}

function firstStart(f: Fix): number {
  return f.edits.reduce((m, e) => Math.min(m, e.start), Number.MAX_SAFE_INTEGER);
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Two insertions at the same point also clash: their order would be arbitrary.
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  // An insertion at the start of (or inside) a replaced span has no well-defined place.
  if (a.start === a.end) return b.start <= a.start && a.start < b.end;
  if (b.start === b.end) return a.start <= b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}
