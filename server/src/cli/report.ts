// `govreport check … --report FILE`: besides the normal output, a batch report of the whole run
// for supervisors, as an HTML page (.html/.htm) or a CSV 问题清单 (.csv), chosen by the
// extension (args.ts rejects any other). Writing it never changes what is printed.
import * as fs from 'node:fs';
import type { FileResult } from './output';
import { formatCsvReport } from './report-csv';
import { formatHtmlReport } from './report-html';
import { ReportOptions, reportFormatOf } from './report-model';

export { reportFormatOf } from './report-model';

/** The report's text for the file name's format. */
export function formatReport(file: string, files: readonly FileResult[], options: ReportOptions): string {
  return reportFormatOf(file) === 'csv' ? formatCsvReport(files, options) : formatHtmlReport(files, options);
}

/** Writes the report; a failure is returned (for stderr and exit status 2), never thrown. */
export function writeReport(file: string, files: readonly FileResult[], options: ReportOptions): { ok: true } | { ok: false; message: string } {
  try {
    fs.writeFileSync(file, formatReport(file, files, options), 'utf8');
    return { ok: true };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { ok: false, message: err.code ? `${err.code}: ${err.message}` : String(e) };
  }
}
