// Part headings a web page ran onto the end of the paragraph before it (…向社会进行了公开。 二、主动公开政府信息情况):
// report.ts counts the part as there; section-empty looks at what follows the title.
import { chineseNumeral, labelKey } from '../text/normalize';
import type { ParsedDocument } from './document';

/** A numbered part title a web page ran onto the end of the paragraph before it. */
export interface TailHeading {
  start: number;
  end: number;
  line: number;
  answered: boolean;
}

/** Most lines read (a draft can be 20 MB). */
const TAIL_LINES = 20_000;

/** Most characters of a line's tail read as a part heading run onto a paragraph's end. */
const TAIL_TITLE = 30;

/** Prose lines whose text after the last sentence end is a numbered part title (…。一、总体情况):
 * `numeral#key` of that title, with and without its `lead` (2023年政府信息公开工作的…), to the
 * first such title's place. */
export function tailHeadings(doc: ParsedDocument, lead: RegExp): Map<string, TailHeading> {
  const out = new Map<string, TailHeading>();
  const { lines } = doc;
  for (let l = 0; l < lines.lineCount && l < TAIL_LINES; l++) {
    // (A heading's own line too, when its paragraph ran on after it: 五、…情况 我单位……。 六、其他需要报告的事项 无.)
    if (doc.tableLines.has(l)) continue;
    const end = lines.lineEnd(l);
    // Only the line's last characters: a title is short (a draft can have 20 MB on a line).
    const from = Math.max(lines.lineStarts[l], end - (TAIL_TITLE + 8));
    const tail = doc.work.slice(from, end).trimEnd();
    const stop = Math.max(tail.lastIndexOf('。'), tail.lastIndexOf('；'), tail.lastIndexOf('！'), tail.lastIndexOf('？'));
    if (stop < 0) continue;
    wrapped(doc, l, from + stop + 1, tail.slice(stop + 1), lead, out);
    // The title alone, or with the part's whole answer after it (六、其他需要报告的事项 无).
    const m = /^(\s*)([一二三四五六七八九十]{1,2})\s*[、．.]\s*([^\d\s,，:：;；。|]{2,30})(\s+(?:无|無|暂无|暫無|没有|沒有)[。.]?)?$/.exec(tail.slice(stop + 1));
    const numeral = m ? chineseNumeral(m[2]) : null;
    if (!numeral) continue;
    const start = from + stop + 1 + m![1].length;
    const place: TailHeading = { start, end: from + tail.length - (m![4]?.length ?? 0), line: l, answered: !!m![4] };
    const key = labelKey(m![3]);
    if (!out.has(`${numeral}#${key}`)) out.set(`${numeral}#${key}`, place);
    const bare = key.replace(lead, '');
    if (bare.length >= 2 && !out.has(`${numeral}#${bare}`)) out.set(`${numeral}#${bare}`, place);
  }
  return out;
}

/** The start of a part title at a line's end whose rest a hard wrap put on the next line (…活动信息等。二、主动公 / 开政府信息情况). */
const WRAPPED_START = /^(\s*)([一二三四五六七八九十]{1,2})\s*[、．.]\s*([^\d\s,，:：;；。|]{0,28})$/;
/** The rest of such a title: the next line, short, with no sentence end or cell border. */
const WRAPPED_REST = /^\s*([^\d\s,，:：;；。！？|]{1,28})\s*$/;

/** A tail title broken by a hard wrap (PDF text of a narrow column): read with the next line as its rest, under the
 * joined key only (the caller looks titles up by their exact keys, so a line that only continues a sentence names no part). */
function wrapped(doc: ParsedDocument, l: number, at: number, text: string, lead: RegExp, out: Map<string, TailHeading>): void {
  const m = WRAPPED_START.exec(text);
  if (!m || l + 1 >= doc.lines.lineCount || doc.tableLines.has(l + 1)) return;
  const numeral = chineseNumeral(m[2]);
  if (!numeral) return;
  const { lines } = doc;
  const next = doc.work.slice(lines.lineStarts[l + 1], lines.lineEnd(l + 1));
  const r = WRAPPED_REST.exec(next);
  if (!r) return;
  const key = labelKey(m[3] + r[1]);
  const place: TailHeading = { start: at + m[1].length, end: lines.lineStarts[l + 1] + next.trimEnd().length, line: l, answered: false };
  if (!out.has(`${numeral}#${key}`)) out.set(`${numeral}#${key}`, place);
  const bare = key.replace(lead, '');
  if (bare.length >= 2 && !out.has(`${numeral}#${bare}`)) out.set(`${numeral}#${bare}`, place);
}
