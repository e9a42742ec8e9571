// Bytes to text, for every file GovReport reads from disk (the CLI's drafts and web pages, the
// editor's workspace check and the neighbouring reports it compares): drafts arrive as UTF-8
// (with or without BOM), as UTF-16 from Word's "Unicode text" export, or as GB18030/GBK from
// older Windows tools; anything else is refused with a clear reason rather than linted as
// mojibake. Pure (no file I/O): the CLI's reading of files is cli/decode.ts.

/** `utf-8-lossy`: UTF-8 with a few invalid byte sequences, read as U+FFFD (never written back). */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-8-lossy' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** How much of the start of a file is inspected for binary content. */
const SNIFF_BYTES = 8 * 1024;

export type DecodeResult =
  | { ok: true; text: string; encoding: Encoding; /** Invalid UTF-8 sequences replaced (utf-8-lossy). */ invalid?: number }
  | { ok: false; message: string };

const NOT_TEXT = '不是文本文件，已跳过 (not a text file; skipped)';

/** Pure: bytes → text, or the reason they are not a text file we can read. */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  let result: DecodeResult;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    result = tryDecode('utf-8', bytes.subarray(3), 'utf-8-bom');
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    result = tryDecode('utf-16le', bytes.subarray(2), 'utf-16le');
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    result = tryDecode('utf-16be', bytes.subarray(2), 'utf-16be');
  } else {
    // Without a BOM, a NUL byte is the classic sign of a binary file (git's test too).
    if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return { ok: false, message: NOT_TEXT };
    result = tryDecode('utf-8', bytes, 'utf-8');
    // A UTF-8 draft with a stray invalid byte (a cut copy, a bad editor) is still read, as UTF-8
    // with U+FFFD for the bad sequences, rather than refused or taken for GB18030 mojibake.
    if (!result.ok) result = lossyUtf8(bytes) ?? result;
    // Valid UTF-8 is almost never GB18030 by accident, so UTF-8 is tried first;
    // GB18030 accepts most byte soup, which is why it is only the fallback.
    if (!result.ok) result = tryDecode('gb18030', bytes, 'gb18030');
    if (!result.ok) {
      return { ok: false, message: '无法识别的文本编码，应为 UTF-8、UTF-16 或 GB18030 (unknown encoding; expected UTF-8, UTF-16 or GB18030)' };
    }
  }
  if (result.ok && looksBinary(result.text)) return { ok: false, message: NOT_TEXT };
  return result;
}

/**
 * UTF-8 with at most one invalid sequence per ten valid non-ASCII characters (and ten of those at
 * least): a UTF-8 file with a few bad bytes. A GB18030 file read as UTF-8 fails on most Chinese
 * characters, so its invalid sequences outnumber the valid ones.
 */
function lossyUtf8(bytes: Uint8Array): DecodeResult | null {
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
  let invalid = 0;
  let wide = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) invalid++;
    else if (c >= 0x80) wide++;
  }
  if (invalid === 0 || wide < 10 || invalid * 10 > wide) return null;
  return { ok: true, text, encoding: 'utf-8-lossy', invalid };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function tryDecode(label: string, bytes: Uint8Array, encoding: Encoding): DecodeResult {
  try {
    // ignoreBOM: the BOM (if any) was already cut off; a second one is content.
    const text = new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, text, encoding };
  } catch {
    return { ok: false, message: `不是有效的 ${label} 文本 (invalid ${label})` };
  }
}

/**
 * True when the start of the decoded text is NUL or mostly control characters.
 * Tab, line breaks and form feed are ordinary in text exported from Word or PDF.
 */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, SNIFF_BYTES);
  if (sample.length === 0) return false;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x0b) || c === 0x7f) control++;
  }
  return control / sample.length > 0.3;
}
