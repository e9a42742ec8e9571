// Reading one table cell. The parser never judges: OCR look-alikes and units are
// recorded as what they are, and the rules decide what is wrong.
import { ownString } from '../text/own-string';

export type CellValue =
  | { type: 'empty' }                        // blank cell
  | { type: 'dash' }                         // —, -, /: "nothing" written as a dash
  | { type: 'int'; value: number }           // 12, 1,322
  | { type: 'decimal'; value: number }       // 7.12
  | { type: 'signed'; value: number }        // +14, -2, 增30, 减3
  | { type: 'amount'; value: number; unit: string } // 6566.23万元, 11750 元
  | { type: 'lookalike'; suggestion: string; sign?: true } // U, O, 〇, o, l, I read by OCR instead of digits; --253 (sign typed twice)
  | { type: 'split'; up: number; down: number } // 0/0, +3/-1, 增3/减1: a change written as its increase and decrease apart
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

/**
 * Per UTF-16 code unit: 1 when it may appear in a cell that reads as anything but text (digits,
 * the separators, signs and dashes, 增加减少減, the amount units, the OCR look-alikes, white space,
 * and the full-width forms of those ASCII characters, which fold() turns into them). Any other
 * code unit survives fold() and fails every pattern below: the cell is text. Built on first use.
 */
let valueUnits: Uint8Array | undefined;
export function valueUnitTable(): Uint8Array {
  if (valueUnits) return valueUnits;
  const t = new Uint8Array(0x10000);
  const ascii = '0123456789,.+-/\\UOoDlI';
  for (const ch of ascii + '—–―－／…增加减少減万元萬亿億〇') t[ch.charCodeAt(0)] = 1;
  for (const ch of ascii) t[ch.charCodeAt(0) + 0xfee0] = 1;
  // White space as /\s/ reads it (ECMAScript WhiteSpace and LineTerminator: the Zs characters, tab,
  // VT, FF, BOM, LF, CR, LS, PS; test/core/parse/cell-value-units.test.ts checks every code unit).
  for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) t[c] = 1;
  for (let c = 0x2000; c <= 0x200a; c++) t[c] = 1;
  valueUnits = t;
  return t;
}

/** Whether every code unit of `s` may belong to a value cell (see valueUnitTable). */
function mayBeValue(s: string): boolean {
  const t = valueUnitTable();
  for (let i = 0; i < s.length; i++) if (t[s.charCodeAt(i)] === 0) return false;
  return true;
}

export function readCellValue(raw: string): CellValue {
  // A label or a line of prose: its first Han character (or letter) settles it, without folding.
  if (!mayBeValue(raw)) return TEXT;
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
  // A sign typed twice (--253, ++3): a figure with a slip, not text (the rules say which figure it stands for).
  m = /^([+-])\1+(\d+)$/.exec(s);
  if (m) return { type: 'lookalike', suggestion: m[1] + m[2], sign: true };
  // A change cell holding the sign word alone (本年增/减: 减, the figure never written): a mark standing
  // where a figure belongs, read like a dash, never a row's label.
  if (/^(?:增加?|减少?|減少?)$/.test(s)) return DASH;
  m = /^(增加?|减少?|減少?)(\d+)$/.exec(s);
  if (m) return { type: 'signed', value: (m[1].startsWith('增') ? 1 : -1) * Number(m[2]) };
  // A change written as its two halves (本年增/减: 0/0, +3/-1, 增3/减1), after the header's own slash: figures,
  // never a row's label, but not one figure (the rules say so; the arithmetic leaves it out).
  m = /^(?:\+|增加?)?(\d+)\/(?:-|减少?|減少?)?(\d+)$/.exec(s);
  if (m) return { type: 'split', up: Number(m[1]), down: Number(m[2]) };
  m = /^(\d+(?:\.\d+)?)(万元|萬元|亿元|億元|元)$/.exec(s);
  if (m) return { type: 'amount', value: Number(m[1]), unit: m[2].replace('萬', '万').replace('億', '亿') };
  if (s.length <= 4 && /[UOo〇DlI]/.test(s) && /^[\dUOo〇DlI]+$/.test(s)) {
    return { type: 'lookalike', suggestion: [...s].map((c) => LOOKALIKE[c] ?? c).join('') };
  }
  return TEXT;
}

/** A cell's text, one string per distinct text, with its value (readCell). */
export interface ReadCell {
  readonly text: string;
  readonly value: CellValue;
}

// Cell texts recur without end in a large draft or a batch (0, 1, 12, the statutory labels and
// column headers): each distinct text is held once and read once. Bounded; the strings are copies
// of their own, so a kept text never holds the draft it was cut from.
const READ = new Map<string, ReadCell>();
const READ_MAX = 20000;
const READ_KEY_MAX = 40;

/**
 * The cell text `t` as a shared string equal to it, with readCellValue(t): a table's cells may
 * keep the shared string instead of their own copy (strings compare by value, never by identity).
 */
export function readCell(t: string): ReadCell {
  if (t.length > READ_KEY_MAX) return { text: t, value: readCellValue(t) };
  let r = READ.get(t);
  if (r === undefined) {
    if (READ.size >= READ_MAX) READ.clear();
    const own = ownString(t);
    r = { text: own, value: readCellValue(own) };
    READ.set(own, r);
  }
  return r;
}

/** A count written with its unit (0件, 12个, 3项): read as text, but a figure in its slot (split-row.ts, tables.ts). */
const UNIT_COUNT = /^\d{1,9}[\s\u3000]*[件个条项次人]$/;

/** Whether `text` is a count written with its unit (0件, 12 个): its figure is unitCountFigure(text). */
export function isUnitCount(text: string): boolean {
  return UNIT_COUNT.test(text);
}

/** The figure of a count written with its unit (0件 → 0), or null for any other text. */
export function unitCountFigure(text: string): number | null {
  return UNIT_COUNT.test(text) ? parseInt(text, 10) : null;
}

/** Could this cell sit in a value column (a number, a gap, a dash or OCR debris for a digit)? */
export function isValueLike(v: CellValue): boolean {
  return v.type !== 'text';
}

/** A number usable in arithmetic (non-negative integer counts and signed changes). */
export function numericValue(v: CellValue): number | null {
  return v.type === 'int' || v.type === 'signed' ? v.value : null;
}
