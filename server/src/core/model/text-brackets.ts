// Brackets, quotes and title marks across the lines of a draft, for text-damaged: a bracket a finished line never
// closes, a closing mark never opened, an opening quote never closed, and whether a neighbouring line leaves one
// open (a mark wrapped over lines is no damage).

/** The lines of a draft, as far as these helpers read them. */
interface Lines { lineCount: number; lineText(line: number): string }

/**
 * The first round bracket of a finished line (it ends in 。, or in a colon with a 。 after the bracket) that is never
 * closed: （地址:…;联系电话:0431-87958007。
 * Or -1. A line that does not end its sentence may go on, bracket and all, on the next line.
 */
export function unclosedParen(t: string): number {
  // (Or a lead-in ending 如下: whose bracket stays open past a sentence's end: (以下简称《条例》、《某省…办法》…。…报告如下:.)
  const lead = /[:：]\s*$/.test(t);
  if (!lead && !/。\s*$/.test(t)) return -1;
  const open: number[] = [];
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === '(' || c === '（') open.push(i);
    else if ((c === ')' || c === '）') && open.length) open.pop();
  }
  if (!open.length || (lead && t.indexOf('。', open[0]) < 0)) return -1;
  return open[0];
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
  return markOpenBefore(lines, line, TITLE_OPEN[close], close);
}

/** Whether a line among the eight before `line` leaves `open` unclosed by `close` (counted within each line). */
function markOpenBefore(lines: Lines, line: number, open: string, close: string): boolean {
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

/**
 * The first closing quote ” of a line with no “ open before it in the line (示范县”;接受司法部“…), or -1.
 * Not when a second such quote follows in the same clause (a draft typing ” for both halves, ”示范县”, is
 * another slip).
 */
export function loneClosingQuote(t: string): number {
  let depth = 0;
  let lone = -1;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === '“') depth++;
    else if (c === '”') {
      if (depth > 0) { depth--; continue; }
      if (lone < 0) lone = i;
      else if (i - lone <= 20 && !/[，,。；;]/.test(t.slice(lone, i))) return -1;
    }
  }
  return lone;
}

/** Where the clause of the quote at `at` starts (after the last mark of punctuation before it). */
export function clauseStart(t: string, at: number): number {
  let i = at;
  while (i > 0 && at - i < 16 && !/[，,。；;：:、！!？?“”\s]/.test(t[i - 1])) i--;
  return i;
}

/**
 * Whether a line among the eight before `line` leaves a “ open: a quotation wrapped over lines, or cut by
 * a page break of a PDF copy (严格执行“分 / -1- / 级审核、先审后发”程序).
 */
export function quoteOpenBefore(lines: Lines, line: number): boolean {
  return markOpenBefore(lines, line, '“', '”');
}

/**
 * The first opening quote “ of a line followed, within thirty characters and before any closing quote, by another “
 * (围绕“六稳“、”六保”工作: the closing quote lost, or typed as an opening one), or -1. Not where the second quote opens a
 * quotation nested in the first (开展“学习“两会”精神”活动: two closing quotes follow before the next opening one) unless only punctuation stands
 * between the second and the next closing one (“六稳“、”六保”).
 */
export function unclosedQuote(t: string): number {
  for (let i = t.indexOf('“'); i >= 0; ) {
    const j = t.indexOf('“', i + 1);
    if (j < 0) return -1;
    const close = t.indexOf('”', i + 1);
    if ((close < 0 || close > j) && j - i <= 30) {
      let closes = 0;
      for (let k = j + 1; k < t.length && t[k] !== '“'; k++) if (t[k] === '”') closes++;
      // (The second quote typed for the first's closing one: only punctuation before the next closing quote, “六稳“、”六保”.)
      const next = t.indexOf('”', j + 1);
      if (closes < 2 || (next > j && /^[、，,；;\s]*$/.test(t.slice(j + 1, next)))) return i;
    }
    i = j;
  }
  return -1;
}
