// A heading with nothing under it (often: the tables were lost when copying from PDF).
import { isPageFooter } from '../parse/page-footer';
import type { Rule } from './rule';
import type { Heading } from '../parse/headings';
import { tableSkeleton } from '../model/section-skeleton';
import { eol, signatureStart, statutoryHeading } from '../engine/draft-style';
import { classifyChrome } from '../model/artifacts-chrome';

/** The heading right after `h` has h's style and restarts at 一 (or 1): h's items were numbered as parts. */
/**
 * A part whose only lines are the names of the images its tables were (1675156994710,
 * d5b5f316b2d8c8b60cedb05304df1cf, image003.png): a web copy kept the image's name, not the table;
 * or the stand-in `pandoc -t plain` writes for a table it cannot lay out in text ([TABLE]: a table
 * with joined cells, such as every statutory table 三 and 四, real-pages oE/07-pandoc).
 */
const PLACEHOLDER = /^(?:\d{10,}|[0-9a-f]{24,}|[\w-]{1,40}\.(?:png|jpe?g|gif|bmp)|\[TABLE\])$/i;
function placeholdersOnly(body: string): boolean {
  if (body.length > 2000) return false;
  const lines = body.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  return lines.length > 0 && lines.length <= 4 && lines.every((l) => PLACEHOLDER.test(l));
}

/**
 * A part whose only lines are the page's own chrome (扫一扫在手机打开当前页, 打印本页) or a table border
 * left alone (|): a web copy lost the part's table and kept what the page put after it. (Or a PDF's page number
 * that fell between the part's heading and the next, — 1 —: no content either.)
 */
function chromeOnly(body: string): boolean {
  if (body.length > 2000) return false;
  const lines = body.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  return lines.length > 0 && lines.length <= 4 && lines.some((l) => !/^[|｜]+$/.test(l))
    && lines.every((l) => /^[|｜]+$/.test(l) || isPageFooter(l) || classifyChrome(l)?.tier === 'strong');
}

/**
 * A part whose only line is a bare part numeral (四、): the next heading's number, its title lost
 * where a copy stopped or broke it (三、收到和处理… / (blank) / 四、).
 */
const BARE_NUMERAL = /^[一二三四五六七八九十]{1,3}[、.．]$/;
function bareNumeralOnly(body: string): boolean {
  if (body.length > 200) return false;
  const lines = body.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  return lines.length === 1 && BARE_NUMERAL.test(lines[0]);
}

function subItemsRestart(headings: readonly Heading[], h: Heading): boolean {
  if (h.numeral === null) return false;
  const next = headings.find((x) => x.start > h.end);
  return next !== undefined && next.style === h.style && next.level === h.level && next.numeral === 1;
}

export const sectionEmpty: Rule = {
  id: 'section-empty',
  formats: 'all',
  defaultSeverity: 'warning',
  title: { zh: '章节没有内容', en: 'Section is empty' },
  description: {
    zh: '法定章节的标题下没有任何内容，常见原因是从 PDF 或网页复制时表格丢失（只剩表格图片的文件名，或 pandoc 转成纯文本时代替表格的“[TABLE]”，也算没有内容）。第二、三、四部分（法定表格）为空时按错误报告，其他部分按警告报告。快速修复插入该部分的空表；插入的空表仍须填写，因此不随“全部修复”（--fix）自动应用。',
    en: 'A statutory heading has nothing under it, typically because the tables were lost when copying from a PDF or web page (the file names of table images, or the [TABLE] pandoc writes in plain text for a table, count as nothing). Parts 2–4 (the statutory tables) are errors, other parts warnings. The quick-fix inserts the empty table; as the table must still be filled in, it is never applied by fix-all (--fix).',
  },
  basis: '《政府信息公开条例》（2019）第五十条；政府信息公开工作年度报告格式（国办公开办函〔2021〕30号）',
  examples: {
    wrong: [
      '## 四、政府信息公开行政复议、行政诉讼情况',
      '',
      '## 五、存在的主要问题及改进情况',
    ].join('\n'),
    right: [
      '## 四、政府信息公开行政复议、行政诉讼情况',
      '',
      '| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      '| | | | | | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |',
      '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |',
      '| 2 | 1 | 0 | 0 | 3 | 1 | 0 | 0 | 1 | 2 | 0 | 0 | 0 | 0 | 0 |',
      '',
      '## 五、存在的主要问题及改进情况',
    ].join('\n'),
    note: '第四部分标题下什么也没有：从 PDF 复制时表格丢失了。',
  },
  check(ctx) {
    const a = ctx.analysis;
    if (!a.format || !a.report) return;
    const nl = eol(a);
    const sig = signatureStart(a);
    const textEnd = a.doc.work.trimEnd().length;
    const specs = a.format.sections;
    // Where each statutory part's heading starts: a part title run onto a paragraph's end is empty
    // when the next thing after it is another part's heading.
    const partStarts = new Set<number>();
    for (const m of a.report.sections.values()) for (const s of m.sections) partStarts.add(s.heading.start);
    for (const [i, spec] of specs.entries()) {
      const m = a.report.sections.get(spec.id)!;
      if (!m.sections.length && m.tail && !m.tail.answered) {
        const tail = m.tail;
        const next = a.doc.headings.find((h) => h.start >= tail.end);
        const body = next ? a.doc.work.slice(tail.end, next.start) : '';
        if (next && partStarts.has(next.start) && (body.trim() === '' || chromeOnly(body) || placeholdersOnly(body))) {
          const name = a.format.headingMatch === 'title' ? statutoryHeading(spec) : a.doc.work.slice(tail.start, tail.end);
          const table = tableSkeleton(a, spec);
          const lineEnd = a.doc.lines.lineEnd(tail.line);
          ctx.report({
            start: tail.start,
            end: tail.end,
            severity: spec.emptySeverity,
            message: (table ? `“${name}”下没有内容：缺少法定表格` : `“${name}”下没有内容`) + '（该标题接在上一段末尾）',
            messageEn: (table ? `“${name}” is empty: the statutory table is missing` : `“${name}” is empty`) + ' (the heading ends the paragraph before it)',
            fix: table ? { title: '插入空表', edits: [{ start: lineEnd, end: lineEnd, newText: nl + nl + table + nl }], safe: false } : undefined,
          });
        }
      }
      for (const s of m.sections) {
        const end = sig !== null && sig > s.bodyStart && sig < s.end ? sig : s.end;
        const body = a.doc.work.slice(s.bodyStart, end);
        if (body.trim() !== '' && !placeholdersOnly(body) && !chromeOnly(body) && !bareNumeralOnly(body)) continue;
        // The next heading restarts the numbering (一、2022年主要措施 / 一、强化领导责任 / 二、…):
        // the items under this part were numbered like parts; heading-sequence reports that.
        if (subItemsRestart(a.doc.headings, s.heading)) continue;
        const table = tableSkeleton(a, spec);
        const lineEnd = a.doc.lines.lineEnd(s.heading.line);
        const name = a.format.headingMatch === 'title' ? statutoryHeading(spec) : s.heading.title;
        // The text's last heading with nothing after it, and the parts after it all absent: the
        // text stops here (a copy or excerpt cut short), which section-missing already reports.
        const cut = s.end >= textEnd && i + 1 < specs.length
          && specs.slice(i + 1).every((later) => !a.report!.sections.get(later.id)?.sections.length);
        const more = cut ? '（正文到此为止，其后各部分也缺失，可能未复制完整）' : '';
        const moreEn = cut ? ' (the text ends here and the later parts are absent too: it may be cut short)' : '';
        ctx.report({
          start: s.heading.start,
          end: s.heading.end,
          severity: cut ? 'info' : spec.emptySeverity,
          message: (table ? `“${name}”下没有内容：缺少法定表格` : `“${name}”下没有内容`) + more,
          messageEn: (table ? `“${name}” is empty: the statutory table is missing` : `“${name}” is empty`) + moreEn,
          // A quick fix only: an inserted blank table would hide the missing numbers from fix-all
          // (table-empty then reports the blank table).
          fix: table ? { title: '插入空表', edits: [{ start: lineEnd, end: lineEnd, newText: nl + nl + table + nl }], safe: false } : undefined,
        });
      }
    }
  },
};
