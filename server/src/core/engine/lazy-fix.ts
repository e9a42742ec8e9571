// A fix whose edits are built only when something reads them (the editor's code action, --fix,
// fix-all), not when the rule reports: a whole-draft fix (script-traditional: one edit per changed
// run of a 20 MB Traditional draft) would otherwise hold hundreds of thousands of edit objects
// through a batch check that prints diagnostics only.
import type { Fix, TextEdit } from '../types';

const LAZY = new WeakSet<Fix>();

/**
 * A Fix whose title and edits come from `build` on first read (once). `safe` is known up front, so
 * filtering safe fixes (--fix, fix-all) builds nothing. Edits outside [0, length] are dropped
 * when built, as the engine drops an eager fix with such edits (engine/lint.ts).
 */
export function lazyFix(safe: boolean, length: number, build: () => { title: string; titleEn?: string; edits: TextEdit[] }): Fix {
  let built: { title: string; titleEn?: string; edits: TextEdit[] } | undefined;
  const get = () => {
    if (!built) {
      const b = build();
      const ok = b.edits.every((e) => e.start >= 0 && e.end >= e.start && e.end <= length);
      built = { title: b.title, ...(b.titleEn !== undefined ? { titleEn: b.titleEn } : {}), edits: ok ? b.edits : [] };
    }
    return built;
  };
  const fix = {
    safe,
    get title() { return get().title; },
    get titleEn() { return get().titleEn; },
    get edits() { return get().edits; },
  } as Fix;
  LAZY.add(fix);
  return fix;
}

/** Whether a fix was made by lazyFix (the engine then leaves its edits unbuilt). */
export function isLazyFix(fix: Fix): boolean {
  return LAZY.has(fix);
}
