// The CLI's reading and writing of draft files: the size limit, the bytes decoded by the one
// decoder (../decode.ts: UTF-8, UTF-16, GB18030, Big5), and the UTF-8 encodings --fix writes back.
import * as fs from 'node:fs';
import { decodeBytes } from '../decode';
import type { Encoding } from '../decode';
import { describeFsError } from './files';

export type { Encoding };

/** Files larger than this are not reports; reading them would only stall the run. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type ReadResult =
  | { ok: true; text: string; encoding: Encoding; invalid?: number; bytes: Buffer }
  | { ok: false; message: string };

/**
 * Only UTF-8 files are written back by --fix: Node has no GB18030 encoder, and a
 * UTF-16 draft is rare enough that re-encoding it is not worth the risk.
 */
export function canWriteBack(encoding: Encoding): boolean {
  return encoding === 'utf-8' || encoding === 'utf-8-bom';
}

/** The bytes of a UTF-8 file holding text, keeping the BOM the file had. */
export function encodeText(text: string, encoding: Encoding): Buffer {
  if (!canWriteBack(encoding)) throw new Error(`cannot encode ${encoding}`);
  const body = Buffer.from(text, 'utf8');
  return encoding === 'utf-8-bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

/** Reads and decodes one file, refusing anything that is too large or not text. */
export function readTextFile(path: string): ReadResult {
  const read = readFileBytes(path);
  if (!read.ok) return read;
  const decoded = decodeBytes(read.bytes);
  return decoded.ok ? { ...decoded, bytes: read.bytes } : decoded;
}

/** Reads one file's bytes (drafts, web pages, Word and PDF files), refusing a file over MAX_FILE_BYTES. */
export function readFileBytes(path: string): { ok: true; bytes: Buffer } | { ok: false; message: string } {
  try {
    const size = fs.statSync(path).size;
    if (size > MAX_FILE_BYTES) {
      const mb = (size / 1024 / 1024).toFixed(1);
      return { ok: false, message: `文件过大（${mb} MB，上限 50 MB），已跳过 (file too large: ${mb} MB, limit 50 MB; skipped)` };
    }
    return { ok: true, bytes: fs.readFileSync(path) };
  } catch (e) {
    return { ok: false, message: describeFsError(e) };
  }
}
