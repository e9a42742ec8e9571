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

/** The opening mark of each closing book-title mark. */
const TITLE_OPEN: Record<string, string> = { '》': '《', '〉': '〈' };

/**
 * The first closing book-title mark (》 or 〉) of a line with none of its kind open before it in the line
 * (…门户网站辽宁省人民政府公报》等渠道), or -1.
 */
export function loneTitleClose(t: string): number {
  let outer = 0;
  let inner = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === '《') outer++;
    else if (c === '〈') inner++;
    else if (c === '》') { if (outer > 0) outer--; else return i; }
    else if (c === '〉') { if (inner > 0) inner--; else return i; }
  }
  return -1;
}

/**
 * Whether a line among the eight before `line` leaves the opening mark of `close` open: a title wrapped over lines,
 * or cut by a page break (《国务院办 / 公厅…关于印发〈…年度报告 / 格式〉的通知》).
 */
export function titleOpenBefore(lines: Lines, line: number, close: string): boolean {
  const open = TITLE_OPEN[close];
  for (let l = line - 1; l >= 0 && l >= line - 8; l--) {
    let depth = 0;
    for (const c of lines.lineText(l)) {
      if (c === open) depth++;
      else if (c === close && depth > 0) depth--;
    }
    if (depth > 0) return true;
  }
  return false;
}
