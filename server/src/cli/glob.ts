// Glob patterns expanded by the CLI itself (Windows cmd.exe passes `*.txt` as it is), and the
// gitignore-like patterns of --ignore and .govreportignore. No dependency: `*`, `**`, `?`,
// `[abc]`/`[!a-z]` and `{a,b}` are matched here. Names are matched segment by segment with a
// wildcard matcher that backtracks only to the last `*` (no regular expression built from user
// input, so no catastrophic backtracking), and a walk visits each (folder, pattern position) once.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Whether a command-line path is a pattern (it holds a glob character). */
export function isGlob(p: string): boolean {
  return /[*?[\]{}]/.test(p);
}

/** At most this many patterns from one pattern's braces ({a,b}{c,d} → 4). */
const MAX_BRACE_EXPANSIONS = 256;

/** `{a,b}` alternatives expanded, nested ones too; an unclosed `{` is literal. */
export function expandBraces(pattern: string): string[] {
  const out: string[] = [];
  const work = [pattern];
  while (work.length > 0 && out.length < MAX_BRACE_EXPANSIONS) {
    const p = work.shift()!;
    const group = firstBraceGroup(p);
    if (!group) {
      out.push(p);
      continue;
    }
    const [open, close, parts] = group;
    for (const part of parts) work.push(p.slice(0, open) + part + p.slice(close + 1));
  }
  return out;
}

/** The first top-level {…} holding a comma: its bounds and its alternatives. */
function firstBraceGroup(p: string): [number, number, string[]] | undefined {
  for (let i = 0; i < p.length; i++) {
    if (p[i] !== '{') continue;
    let depth = 0;
    const commas: number[] = [];
    for (let j = i; j < p.length; j++) {
      if (p[j] === '{') depth++;
      else if (p[j] === '}') {
        depth--;
        if (depth === 0) {
          if (commas.length === 0) break;
          const bounds = [i, ...commas, j];
          const parts = bounds.slice(0, -1).map((b, k) => p.slice(b + 1, bounds[k + 1]));
          return [i, j, parts];
        }
      } else if (p[j] === ',' && depth === 1) commas.push(j);
    }
  }
  return undefined;
}

type Token = { t: 'char'; c: string } | { t: 'any' } | { t: 'star' } | { t: 'class'; set: (string | [string, string])[]; negate: boolean };

/** One path segment's pattern as tokens (no `/` inside). */
function tokenize(seg: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (c === '*') {
      if (tokens[tokens.length - 1]?.t !== 'star') tokens.push({ t: 'star' });
    } else if (c === '?') tokens.push({ t: 'any' });
    else if (c === '[') {
      const close = seg.indexOf(']', i + 2);
      if (close < 0) {
        tokens.push({ t: 'char', c });
        continue;
      }
      let body = seg.slice(i + 1, close);
      const negate = body[0] === '!' || body[0] === '^';
      if (negate) body = body.slice(1);
      const set: (string | [string, string])[] = [];
      for (let k = 0; k < body.length; k++) {
        if (body[k + 1] === '-' && k + 2 < body.length) {
          set.push([body[k], body[k + 2]]);
          k += 2;
        } else set.push(body[k]);
      }
      tokens.push({ t: 'class', set, negate });
      i = close;
    } else tokens.push({ t: 'char', c });
  }
  return tokens;
}

function matchOne(tok: Token, ch: string): boolean {
  if (tok.t === 'any') return true;
  if (tok.t === 'char') return tok.c === ch;
  if (tok.t === 'class') {
    const hit = tok.set.some((s) => (typeof s === 'string' ? s === ch : ch >= s[0] && ch <= s[1]));
    return hit !== tok.negate;
  }
  return false;
}

/** A compiled segment pattern: matches one file or folder name. */
export interface SegmentMatcher {
  (name: string): boolean;
  /** The segment was `**`. */
  globstar: boolean;
  /** The segment has no wildcard: the name itself. */
  literal?: string;
}

/** Compiles one segment. `*` and `?` do not match a leading dot unless the pattern starts with one. */
export function segmentMatcher(seg: string, caseless = false): SegmentMatcher {
  if (seg === '**') {
    const m = ((name: string) => !name.startsWith('.')) as SegmentMatcher;
    m.globstar = true;
    return m;
  }
  const fold = (s: string) => (caseless ? s.toLowerCase() : s);
  const tokens = tokenize(fold(seg));
  const explicitDot = seg.startsWith('.');
  const m = ((raw: string) => {
    const name = fold(raw);
    if (name.startsWith('.') && !explicitDot) return false;
    // Greedy match, backtracking only to the last star: O(name × pattern).
    let n = 0;
    let p = 0;
    let starP = -1;
    let starN = 0;
    while (n < name.length) {
      const tok = tokens[p];
      if (tok && tok.t !== 'star' && matchOne(tok, name[n])) {
        n++;
        p++;
      } else if (tok && tok.t === 'star') {
        starP = p++;
        starN = n;
      } else if (starP >= 0) {
        p = starP + 1;
        n = ++starN;
      } else return false;
    }
    while (tokens[p]?.t === 'star') p++;
    return p === tokens.length;
  }) as SegmentMatcher;
  m.globstar = false;
  if (!/[*?[]/.test(seg)) m.literal = seg;
  return m;
}

/** A pattern split at `/` (and `\` on Windows) into compiled segments. */
export function compilePattern(pattern: string, caseless = process.platform === 'win32'): SegmentMatcher[] {
  const norm = process.platform === 'win32' ? pattern.replace(/\\/g, '/') : pattern;
  return norm.split('/').filter((s, i, all) => s !== '' && !(s === '.' && i < all.length - 1)).map((s) => segmentMatcher(s, caseless));
}

/** Whether relative path segments match compiled segments (`**` spans zero or more folders). */
export function matchSegments(pattern: readonly SegmentMatcher[], segs: readonly string[]): boolean {
  // Positions reachable in the pattern after each segment: a set per step, so no exponential blow-up.
  let states = new Set<number>([0]);
  const close = (s: Set<number>) => {
    for (const p of [...s]) for (let q = p; q < pattern.length && pattern[q].globstar; q++) s.add(q + 1);
    return s;
  };
  close(states);
  for (const seg of segs) {
    const next = new Set<number>();
    for (const p of states) {
      if (p >= pattern.length) continue;
      const m = pattern[p];
      if (m.globstar) {
        if (m(seg)) next.add(p);
      } else if (m(seg)) next.add(p + 1);
    }
    states = close(next);
    if (states.size === 0) return false;
  }
  return states.has(pattern.length);
}

/** The leading segments without a wildcard (the folder to walk from) and the rest. */
function splitBase(pattern: string): { base: string; rest: string } {
  const norm = process.platform === 'win32' ? pattern.replace(/\\/g, '/') : pattern;
  const segs = norm.split('/');
  let i = 0;
  while (i < segs.length - 1 && !isGlob(segs[i])) i++;
  const baseSegs = segs.slice(0, i);
  let base = baseSegs.join('/');
  if (base === '' && norm.startsWith('/')) base = '/';
  return { base, rest: segs.slice(i).join('/') };
}

/** Ordinal comparison: stable across machines, unlike localeCompare. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface GlobOptions {
  /** Folders never entered by a wildcard (node_modules; dot folders are skipped by `*` and `**` anyway). */
  skipDir?: (name: string) => boolean;
  /** A path the ignore rules leave out (folders are then not entered). */
  ignored?: (p: string, isDir: boolean) => boolean;
}

/**
 * The files a pattern matches, in code-unit order of their paths as shown (the base as typed,
 * then the matched segments). Each (folder, pattern position) is visited once.
 */
export function globFiles(pattern: string, options: GlobOptions = {}): string[] {
  const skipDir = options.skipDir ?? ((name: string) => name === 'node_modules');
  const found = new Set<string>();
  for (const one of expandBraces(pattern)) {
    const { base, rest } = splitBase(one);
    let pat = compilePattern(rest);
    // `dir/**` means everything below dir.
    if (pat.length > 0 && pat[pat.length - 1].globstar) pat = [...pat, segmentMatcher('*')];
    if (pat.length === 0) continue;
    const visited = new Set<string>();
    const walk = (dir: string, shown: string, p: number) => {
      const key = `${p}\0${dir}`;
      if (visited.has(key)) return;
      visited.add(key);
      const m = pat[p];
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      entries.sort((a, b) => byCodeUnit(a.name, b.name));
      for (const e of entries) {
        const full = path.join(dir, e.name);
        const show = shown === '' ? e.name : shown.endsWith('/') ? shown + e.name : `${shown}/${e.name}`;
        let isDir = e.isDirectory();
        let isFile = e.isFile();
        if (e.isSymbolicLink()) {
          // Links to files are followed; links to folders are not entered (no cycles).
          try {
            isFile = fs.statSync(full).isFile();
          } catch {
            isFile = false;
          }
          isDir = false;
        }
        if (options.ignored?.(show, isDir)) continue;
        if (m.globstar) {
          if (isDir && m(e.name) && !skipDir(e.name)) walk(full, show, p);
          continue;
        }
        if (!m(e.name)) continue;
        const last = p === pat.length - 1;
        if (last && isFile) found.add(show);
        else if (!last && isDir && (m.literal !== undefined || !skipDir(e.name))) walk(full, show, p + 1);
      }
      // `**` also matches no folder at all: the next segment here.
      if (m.globstar && p + 1 < pat.length) walk(dir, shown, p + 1);
    };
    walk(base === '' ? '.' : base, base, 0);
  }
  return [...found].sort(byCodeUnit);
}
