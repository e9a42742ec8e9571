// Counting Han characters (U+3400–U+9FFF, the range the readers and rules treat as Chinese text), by code
// unit: no match array or per-character string is made. (A character outside the BMP is two surrogate code
// units, neither in the range: not counted, as a comparison of characters would not count it either.)

/** How many code units of `s` are Han (U+3400–U+9FFF). */
export function hanCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) n++;
  }
  return n;
}
