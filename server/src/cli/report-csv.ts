// `--report out.csv`: the findings of a run as a 问题清单 that Excel and WPS open directly:
// UTF-8 with a byte-order mark (without it Excel reads the Chinese as ANSI), CRLF line ends,
// RFC 4180 quoting. One row per finding, plus one row per file that could not be read.
import type { FileResult } from './output';
import { describeSource } from './input/html-to-draft';
import { fileTypeZh, hasConvertedFiles, kindZh, ReportOptions, SEVERITY_ZH } from './report-model';

export const CSV_HEADER = ['文件', '发布机关', '报告类型', '年度', '行', '列', '级别', '规则', '问题说明'] as const;
/** Added at the end when the batch holds Word or web files: the file's type and the finding's place in the original. */
export const CSV_INPUT_COLUMNS = ['文件类型', '原文位置'] as const;

const BOM = '\ufeff';
const CRLF = '\r\n';

/**
 * One text field. Line ends inside a field become CRLF too; a field that a spreadsheet would
 * take for a formula (= + - @ first) gets a leading apostrophe so that it stays text (OWASP's
 * advice against CSV injection: a file name or quoted draft text must never run as a formula);
 * a field with a quote, comma or line end is quoted.
 */
export function csvText(value: string): string {
  let v = value.replace(/\r\n?|\n/g, CRLF);
  if (/^[=+\-@\t\r]/.test(v)) v = "'" + v;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function csvNumber(n: number | null | undefined): string {
  return n === null || n === undefined ? '' : String(n);
}

function csvRow(fields: readonly string[]): string {
  return fields.join(',') + CRLF;
}

export function formatCsvReport(files: readonly FileResult[], options: Pick<ReportOptions, 'rules'>): string {
  const titles = new Map(options.rules.map((r) => [r.id, r.title.zh]));
  const typed = hasConvertedFiles(files);
  let out = BOM + csvRow([...CSV_HEADER, ...(typed ? CSV_INPUT_COLUMNS : [])].map(csvText));
  for (const f of files) {
    const head = [csvText(f.path), csvText(f.issuer ?? ''), csvText(kindZh(f.kind)), csvNumber(f.year)];
    if (f.error !== undefined) {
      out += csvRow([...head, '', '', csvText('无法读取'), '', csvText(f.error), ...(typed ? [csvText(fileTypeZh(f.path)), ''] : [])]);
      continue;
    }
    for (const d of f.diagnostics) {
      const title = titles.get(d.rule);
      out += csvRow([
        ...head,
        csvNumber(d.line),
        csvNumber(d.column),
        csvText(SEVERITY_ZH[d.severity] ?? d.severity),
        csvText(title ? `${title}（${d.rule}）` : d.rule),
        csvText(d.message),
        ...(typed ? [csvText(fileTypeZh(f.path)), csvText(d.source ? describeSource(d.source) : '')] : []),
      ]);
    }
  }
  return out;
}
