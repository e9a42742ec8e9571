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
