// A page mostly in another language is not the report. Split from detect.ts.

/**
 * A page mostly in another language — a catalogue entry with an English summary of a report, a
 * translation — is not the report: Latin letters outnumber the Chinese characters twice over.
 * (A report's web addresses and e-mail addresses are a small share of it.)
 */
export function foreignText(work: string): boolean {
  const s = work.length > 20_000 ? work.slice(0, 20_000) : work;
  let cjk = 0;
  let latin = 0;
  // Next '>' and ';' at or after a position, each searched again only once passed: one pass.
  let gt = -2;
  let semi = -2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // HTML markup pasted with a report (<td style="width:38px;">, &nbsp;) is not text in another
    // language: a tag or an entity is skipped.
    if (c === 60 && /[A-Za-z/]/.test(s[i + 1] ?? '')) {
      if (gt !== -1 && gt <= i) gt = s.indexOf('>', i + 1);
      if (gt > i && gt - i <= 2000) { i = gt; continue; }
    }
    if (c === 38) {
      if (semi !== -1 && semi <= i) semi = s.indexOf(';', i + 1);
      if (semi > i && semi - i <= 10 && /^&[A-Za-z]+;$|^&#\d+;$/.test(s.slice(i, semi + 1))) { i = semi; continue; }
    }
    if (c >= 0x4e00 && c <= 0x9fff) cjk++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  return latin >= 400 && latin > 2 * cjk;
}
