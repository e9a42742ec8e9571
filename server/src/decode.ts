// Bytes to text, for every file GovReport reads from disk (the CLI's drafts and web pages, the
// editor's workspace check and the neighbouring reports it compares): drafts arrive as UTF-8
// (with or without BOM), as UTF-16 from Word's "Unicode text" export, as GB18030/GBK from
// older Windows tools, or as Big5 (Traditional-script pages saved on Hong Kong, Macao and Taiwan
// systems); anything else is refused with a clear reason rather than linted as mojibake. Pure (no
// file I/O): the CLI's reading of files is cli/decode.ts.

/** `utf-8-lossy`: UTF-8 with a few invalid byte sequences, read as U+FFFD (never written back). */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-8-lossy' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

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
    // Valid UTF-8 is almost never GB18030 or Big5 by accident, so UTF-8 is tried first;
    // both accept most byte soup, which is why they are only the fallback.
    if (!result.ok) result = gbOrBig5(bytes) ?? result;
    if (!result.ok) {
      return { ok: false, message: '无法识别的文本编码，应为 UTF-8、UTF-16、GB18030 或 Big5 (unknown encoding; expected UTF-8, UTF-16, GB18030 or Big5)' };
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

/**
 * The reports' common Han characters in both scripts: the 400 most frequent in the real pages of
 * test/fixtures/real-pages with their Simplified and Traditional forms (opencc-js cn↔tw). Text decoded
 * with the right double-byte encoding is mostly made of them (about nine in ten of a report's Han characters);
 * Big5 bytes read as GB18030, or GB18030 bytes read as Big5, give mostly rare characters (about a
 * quarter common in the tests).
 */
const COMMON_HAN = new Set('政公开信息府年作工的法和情行务度一况人条主中报理要全告发办建动实治民件请关市申进制本设规国项区二及平新会部依布体第等化数在网共为局重时以推管有定事文导保通领大范强例面提日内各三站机组其落容总求不加门习下据委開量责策方展我性对议收了复计县处持社上分确结省月任目十众于成党是效到力学点审查服问镇室统号题与华期合高格解他指决深道台系业好类贯生专式彻位安改过诉入坚知近现督用思按做监自单步根完相能明四程想织地障编严电精权核职街照真群态读执案同院户施员立心升常次个应级署所栏认准五列健构果起讼将善至乡限出代神更切负形存如标可围经传需正质续意并答厅联水取整费域特增由州育源未止断媒務宣六教调微子基示长律條运集资考外密划小向家受流南海予义简环称印话況紧供利表回科措优积抓城研极维報来绕色交转辦原书置版章國得述间把發多清序属前接录或卫广记促线引企渠包邮创關协金无评便具护综動财率商视疑境括算参济采址實字预后進批因载規請設項區會體數網為時導領範強內機組總門習據責對議復計縣處確結眾於黨學點審問鎮統號題與華決臺業類貫專徹過訴堅現監單織編嚴電權職態讀執戶員個應級欄認準構訟將鄉負標圍經傳質續並廳聯費斷調長運資劃義簡環稱話緊優積極維來繞轉書間屬錄衛廣記線郵創協無評護綜財視參濟採預後載');
/** How much of a decoded text is sampled for its share of common characters. */
const SHARE_SAMPLE = 64 * 1024;

/** The share of Han characters (U+4E00–U+9FFF) in the start of `text` that are common in reports; 0 without any. */
export function commonHanShare(text: string): number {
  let han = 0;
  let common = 0;
  for (let i = 0; i < text.length && i < SHARE_SAMPLE; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) continue;
    han++;
    if (COMMON_HAN.has(text[i])) common++;
  }
  return han ? common / han : 0;
}

/**
 * Bytes that are not UTF-8, as GB18030 or as Big5: both decoders accept most double-byte text, so
 * where both succeed the one whose text is made of the reports' common characters wins (GB18030 on
 * a tie: mainland tools write it far more often). Null when neither decodes.
 */
export function gbOrBig5(bytes: Uint8Array): DecodeResult | null {
  const gb = tryDecode('gb18030', bytes, 'gb18030');
  let big5 = tryDecode('big5', bytes, 'big5');
  // Node's Big5 decoder is lenient: bytes no Big5 code has become private-use or C1 characters.
  if (big5.ok && !mostlyAssigned(big5.text)) big5 = { ok: false, message: 'invalid big5' };
  if (!big5.ok) return gb.ok ? gb : null;
  if (!gb.ok) return big5;
  return commonHanShare(big5.text) > commonHanShare(gb.text) ? big5 : gb;
}

/** At most one in a hundred non-ASCII characters private-use (U+E000–U+F8FF) or C1 controls, and not all. */
function mostlyAssigned(text: string): boolean {
  let wide = 0;
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    wide++;
    if (c <= 0x9f || (c >= 0xe000 && c <= 0xf8ff)) odd++;
  }
  return odd * 100 <= wide && (odd === 0 || odd < wide);
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
