// Round brackets across the lines of a draft, for text-damaged: a bracket a finished line never
// closes, and whether a neighbouring line leaves one open (a bracket wrapped over lines is no damage).

/** The lines of a draft, as far as these helpers read them. */
interface Lines { lineCount: number; lineText(line: number): string }

/**
 * The first round bracket of a finished line (it ends in 。) that is never closed: （地址:…;联系电话:0431-87958007。
 * Or -1. A line that does not end its sentence may go on, bracket and all, on the next line.
 */
export function unclosedParen(t: string): number {
  if (!/。\s*$/.test(t)) return -1;
  const open: number[] = [];
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === '(' || c === '（') open.push(i);
    else if ((c === ')' || c === '）') && open.length) open.pop();
  }
  return open.length ? open[0] : -1;
}

/** Whether the next filled line closes a round bracket before it opens one (a bracket wrapped over lines). */
export function closedOnNextLine(lines: Lines, line: number): boolean {
  for (let l = line + 1; l < lines.lineCount && l <= line + 3; l++) {
    const t = lines.lineText(l);
    if (!t.trim()) continue;
    return /^[^(（]*[)）]/.test(t);
  }
  return false;
}

/** Whether the filled line before `line` leaves a round bracket open. */
export function openBefore(lines: Lines, line: number): boolean {
  for (let l = line - 1; l >= 0 && l >= line - 3; l--) {
    const t = lines.lineText(l);
    if (!t.trim()) continue;
    const opened = (t.match(/[(（]/g) ?? []).length;
    const closed = (t.match(/[)）]/g) ?? []).length;
    return opened > closed;
  }
  return false;
}
