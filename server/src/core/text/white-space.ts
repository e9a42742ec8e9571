// White space as a regular expression's \s reads it, by UTF-16 code unit: the per-character loops
// of the layout readers test it without a string and a regular expression per character.
// (ECMAScript WhiteSpace and LineTerminator: tab, VT, FF, space, NBSP, U+1680, U+2000–U+200A,
// LS, PS, U+202F, U+205F, U+3000, BOM, LF, CR; test/core/text/white-space.test.ts checks every code unit.)

/** Whether the code unit `c` is white space for /\s/. */
export function isWhiteSpaceUnit(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
