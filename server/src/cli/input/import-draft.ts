// A Word, web or PDF report as a new Markdown draft: the same conversion the CLI checks (pipe
// tables where the source has tables, merged cells in their top-left slot), its tables in the
// compact pipe style (one space around each cell). Shared by `govreport import` and the editor's "导入 Word/网页/PDF 为草稿" command.
import { formatTables } from '../../core/features/format-table';
import { InputType, inputTypeOf, readDocxInput, readHtmlInput, readPdfInput } from './index';

export type ImportResult = { ok: true; text: string; type: Exclude<InputType, 'text'> } | { ok: false; message: string };

export const NOT_IMPORTABLE = '只能导入 Word（.docx）、网页（.html/.htm）和 PDF 文件 (only .docx, .html/.htm and .pdf files can be imported)';

export async function importDraft(file: string): Promise<ImportResult> {
  const type = inputTypeOf(file);
  if (type === 'text') return { ok: false, message: NOT_IMPORTABLE };
  let converted;
  try {
    converted = type === 'html' ? readHtmlInput(file) : type === 'docx' ? await readDocxInput(file) : await readPdfInput(file);
  } catch (e) {
    return { ok: false, message: `无法转换 (cannot convert): ${e instanceof Error ? e.message : String(e)}` };
  }
  if (!converted.ok) return converted;
  const draft = converted.draft.text;
  let text = draft;
  for (const e of [...formatTables(draft, undefined, 'compact')].sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.newText + text.slice(e.end);
  if (!text.endsWith('\n')) text += '\n';
  return { ok: true, text, type };
}
