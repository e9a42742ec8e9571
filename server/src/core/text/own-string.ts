// Memos keep strings cut from a draft. V8 keeps a slice of a long string as a view of its parent,
// so a memo key or value that is such a slice would keep the whole draft's text alive as long as
// the memo holds it.

/** `s` as a string that holds only its own characters (short strings are copied by V8 anyway). */
export function ownString(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
