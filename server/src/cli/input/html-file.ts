// The bytes of a saved web page to text: the byte-order mark, else the charset the page
// declares (<meta charset> or the http-equiv content type, in its first 4 KB), else UTF-8 when
// the bytes are valid UTF-8, else GB18030 (GBK and GB2312 pages are read by it too) or Big5,
// whichever gives the reports' common characters.
import { decodeBytes, gbOrBig5 } from '../../decode';

export type HtmlDecodeResult = { ok: true; text: string; charset: string } | { ok: false; message: string };

/** The charset a page declares in its first bytes, lower case, or undefined. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{1,40})/i.exec(head);
  return m ? m[1].toLowerCase() : undefined;
}

function tryDecode(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Labels of the GB family are all read as GB18030, their superset. */
function normalize(label: string): string {
  return /^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn|gb_2312-80|chinese)$/.test(label) ? 'gb18030' : label === 'utf8' ? 'utf-8' : label;
}

export function decodeHtmlBytes(bytes: Uint8Array): HtmlDecodeResult {
  const bom = (a: number, b: number, c?: number) => bytes[0] === a && bytes[1] === b && (c === undefined || bytes[2] === c);
  if (bom(0xef, 0xbb, 0xbf) || bom(0xff, 0xfe) || bom(0xfe, 0xff)) {
    const d = decodeBytes(bytes);
    return d.ok ? { ok: true, text: d.text, charset: d.encoding } : d;
  }
  const declared = declaredCharset(bytes);
  if (declared !== undefined) {
    const label = normalize(declared);
    const text = tryDecode(label, bytes);
    if (text !== undefined) return { ok: true, text, charset: label };
    // A page that says UTF-8 but is not (or names a charset Node lacks) falls through to sniffing.
  }
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== undefined) return { ok: true, text: utf8, charset: 'utf-8' };
  const gb = gbOrBig5(bytes);
  if (gb?.ok) return { ok: true, text: gb.text, charset: gb.encoding };
  const d = decodeBytes(bytes);
  return d.ok ? { ok: true, text: d.text, charset: d.encoding } : d;
}
