// What the variant scripts share (layout-variants.mjs, pdf-variants.mjs): the CLI's JSON results of
// the originals and of one variant, page by page, compared: the pages whose kind or year differ and
// the error/warning findings that are new or lost, counted by rule.

/** Errors and warnings of one file's result, counted by rule (the rules in `ignore` left out). */
export function countFindings(f, ignore = new Set()) {
  const m = new Map();
  for (const d of f?.diagnostics ?? []) if ((d.severity === 'error' || d.severity === 'warning') && !ignore.has(d.rule)) m.set(d.rule, (m.get(d.rule) ?? 0) + 1);
  return m;
}

/**
 * Compares `variant[i]` with `orig[i]` for every page (`pages[i].key` names it). Returns the kind/year
 * differences as `key: kind/year -> kind/year`, the new findings by rule over all pages, and per page
 * with any change its new findings by rule (`extra`), how many it lost (`lost`) and by rule (`lostBy`).
 * Findings of the rules in `ignore` are not compared (those the variant is meant to cause, as
 * script-traditional on a page converted to Traditional script).
 */
export function compareReadings(pages, orig, variant, ignore = new Set()) {
  const differ = [];
  const fresh = new Map();
  const changed = [];
  pages.forEach((p, i) => {
    const a = orig[i]; const b = variant[i];
    if (a?.kind !== b?.kind || (a?.kind && a.year !== b?.year)) differ.push(`${p.key}: ${a?.kind}/${a?.year} -> ${b?.kind}/${b?.year}`);
    const ca = countFindings(a, ignore); const cb = countFindings(b, ignore);
    const extra = new Map();
    for (const [rule, k] of cb) { const n = k - (ca.get(rule) ?? 0); if (n > 0) { fresh.set(rule, (fresh.get(rule) ?? 0) + n); extra.set(rule, n); } }
    let lost = 0;
    const lostBy = new Map();
    for (const [rule, k] of ca) { const n = k - (cb.get(rule) ?? 0); if (n > 0) { lost += n; lostBy.set(rule, n); } }
    if (extra.size || lost) changed.push({ page: p, index: i, extra, lost, lostBy, newCount: [...extra.values()].reduce((s, k) => s + k, 0) });
  });
  return { differ, fresh, total: [...fresh.values()].reduce((s, k) => s + k, 0), changed };
}
