// Input files that are not plain text drafts: Word (.docx), saved web pages (.html/.htm) and PDF,
// converted to a draft (text the core reads) and a map from draft lines back to the source's
// paragraphs and table cells. The CLI checks them; the editor's import command (import-draft.ts)
// turns them into a new Markdown draft. mammoth and pdfjs-dist are loaded only when needed.
import * as path from 'node:path';
import { readFileBytes } from '../decode';
import { docxToDraft } from './docx';
import { decodeHtmlBytes } from './html-file';
import { Draft, htmlToDraft } from './html-to-draft';
import { pdfToDraft } from './pdf';

export type InputType = 'text' | 'html' | 'docx' | 'pdf';

export function inputTypeOf(file: string): InputType {
  const ext = path.extname(file).toLowerCase();
  return ext === '.docx' ? 'docx' : ext === '.html' || ext === '.htm' ? 'html' : ext === '.pdf' ? 'pdf' : 'text';
}

/** Inputs read asynchronously (mammoth, pdfjs), converted before the CLI's synchronous check loop. */
export function isAsyncInput(file: string): boolean {
  const t = inputTypeOf(file);
  return t === 'docx' || t === 'pdf';
}

export type ConvertedInput = { ok: true; draft: Draft; type: InputType } | { ok: false; message: string };

/** A saved web page as a draft (synchronous). */
export function readHtmlInput(file: string): ConvertedInput {
  const read = readFileBytes(file);
  if (!read.ok) return read;
  const decoded = decodeHtmlBytes(read.bytes);
  if (!decoded.ok) return decoded;
  return { ok: true, draft: htmlToDraft(decoded.text), type: 'html' };
}

/** A Word file as a draft. */
export async function readDocxInput(file: string): Promise<ConvertedInput> {
  const read = readFileBytes(file);
  if (!read.ok) return read;
  const r = await docxToDraft(read.bytes);
  return r.ok ? { ok: true, draft: r.draft, type: 'docx' } : r;
}

/** A PDF as a draft (its text layer; positions give the tables). */
export async function readPdfInput(file: string): Promise<ConvertedInput> {
  const read = readFileBytes(file);
  if (!read.ok) return read;
  const r = await pdfToDraft(read.bytes);
  return r.ok ? { ok: true, draft: r.draft, type: 'pdf' } : r;
}

/** Converts every .docx and .pdf of the list (the async pre-step of a CLI run), keyed by path. */
export async function convertAsyncInputs(files: readonly string[]): Promise<Map<string, ConvertedInput>> {
  const out = new Map<string, ConvertedInput>();
  for (const f of files) {
    const type = inputTypeOf(f);
    if (type !== 'docx' && type !== 'pdf') continue;
    try {
      out.set(f, type === 'docx' ? await readDocxInput(f) : await readPdfInput(f));
    } catch (e) {
      const what = type === 'docx' ? '无法读取 Word 文件 (cannot read the Word file' : '无法读取 PDF 文件 (cannot read the PDF file';
      out.set(f, { ok: false, message: `${what}: ${e instanceof Error ? e.message : String(e)})` });
    }
  }
  return out;
}
