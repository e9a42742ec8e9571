// Reading one table cell. The parser never judges: OCR look-alikes and units are
// recorded as what they are, and the rules decide what is wrong.

export type CellValue =
  | { type: 'empty' }                        // blank cell
  | { type: 'dash' }                         // —, -, /: "nothing" written as a dash
  | { type: 'int'; value: number }           // 12, 1,322
  | { type: 'decimal'; value: number }       // 7.12
  | { type: 'signed'; value: number }        // +14, -2, 增30, 减3
  | { type: 'amount'; value: number; unit: string } // 6566.23万元, 11750 元
  | { type: 'lookalike'; suggestion: string } // U, O, 〇, o, l, I read by OCR instead of digits
  | { type: 'text' };                        // anything else (2件, 约10, 无)

/** What fold() changes: full-width ASCII and white space. Most cells have neither. */
const FOLDED = /[\uff01-\uff5e\s\u3000]/;

function fold(s: string): string {
  if (!FOLDED.test(s)) return s;
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[\s\u3000]+/g, '');
}

const LOOKALIKE: Record<string, string> = { U: '0', O: '0', o: '0', '〇': '0', D: '0', l: '1', I: '1' };

// The values without a payload, and small counts, are shared: tables hold hundreds of thousands of
// cells in a large draft, and a cell value is never changed once read.
const EMPTY: CellValue = { type: 'empty' };
const DASH: CellValue = { type: 'dash' };
const TEXT: CellValue = { type: 'text' };
const SMALL_INTS: CellValue[] = Array.from({ length: 1024 }, (_, value) => ({ type: 'int', value }));

export function readCellValue(raw: string): CellValue {
  const s = fold(raw);
  if (s === '') return EMPTY;
  if (/^[-—–―－/／\\…]+$/.test(s)) return DASH;
  if (/^\d+$/.test(s)) {
    const value = Number(s);
    return value < SMALL_INTS.length ? SMALL_INTS[value] : { type: 'int', value };
  }
  if (/^\d{1,3}(,\d{3})+$/.test(s)) return { type: 'int', value: Number(s.replace(/,/g, '')) };
  if (/^\d+\.\d+$/.test(s)) return { type: 'decimal', value: Number(s) };
  let m = /^([+-])(\d+)$/.exec(s);
  if (m) return { type: 'signed', value: (m[1] === '-' ? -1 : 1) * Number(m[2]) };
  m = /^(增加?|减少?|減少?)(\d+)$/.exec(s);
  if (m) return { type: 'signed', value: (m[1].startsWith('增') ? 1 : -1) * Number(m[2]) };
  m = /^(\d+(?:\.\d+)?)(万元|萬元|亿元|億元|元)$/.exec(s);
  if (m) return { type: 'amount', value: Number(m[1]), unit: m[2].replace('萬', '万').replace('億', '亿') };
  if (s.length <= 4 && /[UOo〇DlI]/.test(s) && /^[\dUOo〇DlI]+$/.test(s)) {
    return { type: 'lookalike', suggestion: [...s].map((c) => LOOKALIKE[c] ?? c).join('') };
  }
  return TEXT;
}

/** Could this cell sit in a value column (a number, a gap, a dash or OCR debris for a digit)? */
export function isValueLike(v: CellValue): boolean {
  return v.type !== 'text';
}

/** A number usable in arithmetic (non-negative integer counts and signed changes). */
export function numericValue(v: CellValue): number | null {
  return v.type === 'int' || v.type === 'signed' ? v.value : null;
}
