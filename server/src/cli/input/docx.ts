// A Word (.docx) report to a draft: mammoth converts it to HTML (its default style map, so Word's
// heading styles become h1..h6, tables keep their merged cells as rowspan/colspan), then the
// same HTML-to-draft conversion as a saved web page. mammoth is async, so the CLI converts every
// .docx before its (synchronous) check loop. A file mammoth cannot open (an old binary .doc, an
// encrypted or corrupt file) or one without text (a scan) is an error for that file, never a crash.
import type * as Mammoth from 'mammoth';
import { Draft, htmlToDraft } from './html-to-draft';

let loaded: typeof Mammoth | undefined;

/** mammoth, loaded on the first Word file only (a run of text drafts never pays for it). */
function mammoth(): typeof Mammoth {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require('mammoth') as typeof Mammoth);
}

export type DocxResult = { ok: true; draft: Draft } | { ok: false; message: string };

/** An OLE compound file: a Word 97-2003 .doc, or a .docx encrypted with a password. */
function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

export const MAMMOTH_MISSING = '无法读取 Word 文件：未安装 mammoth（npm install mammoth） (cannot read Word files: the mammoth package is not installed)';

const NOT_DOCX = '无法读取 Word 文件：文件已损坏或不是 .docx 格式 (cannot read the Word file: corrupt or not a .docx)';

export async function docxToDraft(bytes: Buffer): Promise<DocxResult> {
  if (isCompoundFile(bytes)) {
    return { ok: false, message: '无法读取 Word 文件：文件已加密，或是旧版 .doc 格式，请另存为未加密的 .docx (cannot read the Word file: encrypted, or an old .doc; save it as an unencrypted .docx)' };
  }
  // A .docx is a zip archive ("PK").
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { ok: false, message: NOT_DOCX };
  let html: string;
  try {
    const m = mammoth();
    const result = await m.convertToHtml(
      { buffer: bytes },
      // Pictures carry no text to check: not embedded in the HTML.
      { convertImage: m.images.imgElement(() => Promise.resolve({ src: '' })), externalFileAccess: false },
    );
    html = result.value;
  } catch (e) {
    if ((e as { code?: unknown }).code === 'MODULE_NOT_FOUND' && /mammoth/.test(String((e as Error).message))) return { ok: false, message: MAMMOTH_MISSING };
    const why = e instanceof Error ? e.message.split('\n')[0].slice(0, 200) : String(e);
    return { ok: false, message: `${NOT_DOCX.replace(/\)$/, '')}: ${why})` };
  }
  const draft = htmlToDraft(html);
  if (draft.text.trim() === '') {
    return { ok: false, message: 'Word 文件中没有文字（可能是扫描件或图片），无法检查 (no text in the Word file: a scan or pictures only)' };
  }
  return { ok: true, draft };
}
