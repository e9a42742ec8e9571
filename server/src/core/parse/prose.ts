// Numbers with units and dates in running text, with offsets.

import { chineseNumeral } from '../text/normalize';
import { matchesIn } from '../text/matches-in';

export interface NumberMention {
  value: number;
  /** 件, 条, 项, 个, 人次, 万元, %, … */
  unit: string;
  /** Offsets of the number and unit as written. */
  start: number;
  end: number;
}

export interface DateMention {
  year: number;
  month: number;
  day: number;
  start: number;
  end: number;
}

// (?<!\d): a number starts where a run of digits starts. Without it a long run of digits with no
// unit after it is retried from every one of its digits, quadratic in its length (a 40 000-digit
// OCR line took 2 s; test/core/robustness.test.ts).
const NUMBER_RE = /(?<!\d)(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(%|％|万元|萬元|亿元|億元|元|人次|件次|件|条|项|个|次|家|份|篇|起|名|人)/g;

export function findNumbers(text: string, offset = 0): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    const idx = m.index ?? 0;
    // 2020年 is a year, not a count: units above exclude 年, and digits glued to a
    // preceding digit or letter (IPv6, 12345热线) are skipped.
    if (idx > 0 && /[A-Za-z]/.test(text[idx - 1])) continue;
    out.push({ value: Number(m[1].replace(/,/g, '')), unit: m[2] === '％' ? '%' : m[2], start: offset + idx, end: offset + idx + m[0].length });
  }
  return out;
}

const DATE_RES = [
  /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g,
  // (A page stamp that lost its space runs the day into the time, 2025-04-1712:23: the day is its two digits.)
  /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?!\d)|(?<=[-/.]\d{2})(?=\d{2}[:：]\d{2}))/g,
  // In Chinese numerals, as older documents sign them: 二〇二一年一月二十日.
  /([〇零ＯO一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/g,
];

const YEAR_DIGIT: Record<string, string> = { 〇: '0', 零: '0', Ｏ: '0', O: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** An Arabic number, or a Chinese one: a year digit by digit (二〇二一), a month or day as a numeral (二十). */
function dateNumber(s: string, isYear: boolean): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (isYear) return Number([...s].map((c) => YEAR_DIGIT[c]).join(''));
  return chineseNumeral(s) ?? NaN;
}

export function findDates(text: string, offset = 0): DateMention[] {
  const out: DateMention[] = [];
  for (const re of DATE_RES) {
    for (const m of matchesIn(text, re)) {
      const year = dateNumber(m[1], true);
      const month = dateNumber(m[2], false);
      const day = dateNumber(m[3], false);
      if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && year >= 1949 && year <= 2100)) continue;
      const idx = m.index ?? 0;
      out.push({ year, month, day, start: offset + idx, end: offset + idx + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
