// Input files that are not plain text drafts: Word (.docx) and saved web pages (.html/.htm),
// converted to a draft (text the core reads) and a map from draft lines back to the source's
// paragraphs and table cells. The editor never loads this: it is part of the CLI bundle only.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MAX_FILE_BYTES } from '../decode';
import { describeFsError } from '../files';
import { docxToDraft } from './docx';
import { decodeHtmlBytes } from './html-file';
import { Draft, htmlToDraft } from './html-to-draft';

export type InputType = 'text' | 'html' | 'docx';

export function inputTypeOf(file: string): InputType {
  const ext = path.extname(file).toLowerCase();
  return ext === '.docx' ? 'docx' : ext === '.html' || ext === '.htm' ? 'html' : 'text';
}

export type ConvertedInput = { ok: true; draft: Draft; type: InputType } | { ok: false; message: string };

function readBytes(file: string): { ok: true; bytes: Buffer } | { ok: false; message: string } {
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_FILE_BYTES) {
      const mb = (size / 1024 / 1024).toFixed(1);
      return { ok: false, message: `文件过大（${mb} MB，上限 50 MB），已跳过 (file too large: ${mb} MB, limit 50 MB; skipped)` };
    }
    return { ok: true, bytes: fs.readFileSync(file) };
  } catch (e) {
    return { ok: false, message: describeFsError(e) };
  }
}

/** A saved web page as a draft (synchronous). */
export function readHtmlInput(file: string): ConvertedInput {
  const read = readBytes(file);
  if (!read.ok) return read;
  const decoded = decodeHtmlBytes(read.bytes);
  if (!decoded.ok) return decoded;
  return { ok: true, draft: htmlToDraft(decoded.text), type: 'html' };
}

/** A Word file as a draft. */
export async function readDocxInput(file: string): Promise<ConvertedInput> {
  const read = readBytes(file);
  if (!read.ok) return read;
  const r = await docxToDraft(read.bytes);
  return r.ok ? { ok: true, draft: r.draft, type: 'docx' } : r;
}

/** Converts every .docx of the list (the async pre-step of a CLI run), keyed by path. */
export async function convertDocxFiles(files: readonly string[]): Promise<Map<string, ConvertedInput>> {
  const out = new Map<string, ConvertedInput>();
  for (const f of files) {
    if (inputTypeOf(f) !== 'docx') continue;
    try {
      out.set(f, await readDocxInput(f));
    } catch (e) {
      out.set(f, { ok: false, message: `无法读取 Word 文件 (cannot read the Word file: ${e instanceof Error ? e.message : String(e)})` });
    }
  }
  return out;
}
