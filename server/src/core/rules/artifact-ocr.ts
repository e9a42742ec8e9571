// Debris of reading a PDF or a scan: a stray file-name line at the top or the bottom of the
// draft (….pdf, the name of the file the text was extracted from), and OCR debris in table
// labels (Ξ for 三, =, for 二、, (- for （一, <u>=</u>, し). The file-name line is certainly not
// report text (warning); label debris is reported as a hint only, since the row it damages is
// still recognised and the numbers are what the table rules check.
import type { Rule } from './rule';
import type { Analysis } from '../engine/lint';
import type { Fix } from '../types';
import { eol } from '../engine/draft-style';
import { deleteLineEdit, nonBlankLines, trimmedLine } from '../model/artifacts-lines';

/** A line that is only a file name (no sentence punctuation): a PDF extract's header or footer. */
const FILE_NAME = /^[^\\/|\t<>:"*?，。；：,;]{1,150}\.(?:pdf|docx?|wps|ofd|xlsx?|et|rtf|txt)$/i;

/**
 * OCR debris inside a label: Greek, Cyrillic or kana letters (not the katakana middle dot and
 * long mark that Chinese text borrows), underline tags, bracket-and-dash debris.
 */
const LABEL_DEBRIS = /[\u0370-\u03ff\u0400-\u04ff\u3041-\u30fa]|<\/?u>|^[=\-—(（)）,，.、:：;；_~<>]+$|^(?:[(（]-|-[)）]|=[,，、])/;

export const artifactOcr: Rule = {
  id: 'artifact-ocr',
  formats: 'all',
  defaultSeverity: 'warning',
  title: { zh: 'PDF/OCR 识别残留', en: 'PDF/OCR debris' },
  description: {
    zh: '从 PDF 或扫描件提取文字时常带入两类残留：文首或文末单独一行的文件名（如“××局2020年政府信息公开工作年度报告.pdf”），以及表格标签中的识别错误（“三”识别成“Ξ”，“二、”识别成“=,”，“（一）”识别成“(-”，还有下划线标签包住的“=”、假名“し”等）。\n\n' +
      '错误示例：文末一行“广州市××局2020年政府信息公开工作年度报告.pdf”，表三的行标签“Ξ (- -) 予以公开”；正确示例：文首标题“广州市××局2020年政府信息公开工作年度报告”，行标签“三、本年度办理结果（一）予以公开”。\n\n' +
      '文件名行为警告：若报告没有别的标题，快速修复把它（去掉扩展名）移到文首作标题，否则删除该行；正文中间的附件文件名不报告。表格标签中的残留只作提示（info），因为该行仍能识别、数字仍会核对，请对照原件修正标签。',
    en: 'Text extracted from a PDF or a scan brings two kinds of debris: a line holding only the file name at the top or the bottom (….pdf), and misread table labels (Ξ for 三, “=,” for 二、, “(-” for （一）, an underline tag around “=”, the kana し).\n\n' +
      'Wrong: a last line “广州市××局2020年政府信息公开工作年度报告.pdf”; a row label “Ξ (- -) 予以公开”. Right: the name, without extension, as the title on the first line; the label “三、本年度办理结果（一）予以公开”.\n\n' +
      'The file-name line is a warning: when the draft has no other title the quick-fix moves it to the top as the title, else it deletes the line; a file name in the body (an attachment) is not reported. Label debris is a hint (info), since the row is still recognised and its numbers still checked: correct the label from the original.',
  },
  basis: '《政府信息公开工作年度报告格式》（国办公开办函〔2019〕60号、〔2021〕30号）表格标签',
  check(ctx) {
    const a = ctx.analysis;
    const lines = nonBlankLines(a);
    const ends = [...new Set([lines[0], lines[lines.length - 1]])].filter((l) => l !== undefined);
    for (const line of ends) {
      const span = trimmedLine(a, line);
      if (!FILE_NAME.test(span.text)) continue;
      ctx.report({
        start: span.start,
        end: span.end,
        message: `“${span.text}”是文件名，不是报告内容`,
        messageEn: `“${span.text}” is a file name, not report text`,
        fix: fileNameFix(a, line, span.text, line === lines[0]),
      });
    }
    for (const t of a.doc.tables) {
      for (const row of t.rows) {
        for (const cell of row.cells) {
          // Only text cells: a lone dash is a value meaning "none", and table-cell-invalid reads digits.
          if (cell.value.type !== 'text') continue;
          const m = LABEL_DEBRIS.exec(cell.text);
          if (!m) continue;
          ctx.report({
            start: cell.start,
            end: cell.end,
            severity: 'info',
            message: `表格标签“${cell.text}”疑似有识别残留“${m[0]}”，请对照原件核对`,
            messageEn: `Table label “${cell.text}” seems to hold OCR debris “${m[0]}”; check it against the original`,
          });
        }
      }
    }
  },
};

/**
 * The file name is the draft's only title when the title was read from this line: keep it as
 * the title (without the extension, on the first line); otherwise the line is just deleted.
 */
function fileNameFix(a: Analysis, line: number, name: string, first: boolean): Fix {
  const del = deleteLineEdit(a, line);
  if (a.doc.title?.line !== line) return { title: '删除此行', edits: [del], safe: true };
  const title = name.replace(/\.[A-Za-z]+$/, '');
  const span = trimmedLine(a, line);
  if (first) {
    return { title: '删除扩展名', edits: [{ start: span.start + title.length, end: span.end, newText: '' }], safe: true };
  }
  const nl = eol(a);
  return { title: '移到文首作为标题', edits: [{ start: 0, end: 0, newText: title + nl + nl }, del], safe: false };
}
