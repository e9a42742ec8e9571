// Files left out of a check: --ignore PATTERN (repeatable, relative to the working directory)
// and a .govreportignore file (gitignore-like, the one in the working directory or the nearest
// folder above it, its patterns relative to its own folder). gitignore's rules as ESLint's
// .eslintignore had them: `#` comments and blank lines; `!` re-includes; a trailing `/` matches
// folders only; a pattern with a `/` before its end is anchored to its base folder, one without
// matches a name at any depth; a folder left out leaves out everything below it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compilePattern, matchSegments, SegmentMatcher } from './glob';
import { nearestFile } from '../file-paths';

export const IGNORE_FILE = '.govreportignore';

interface IgnoreRule {
  /** The folder the pattern is relative to (absolute). */
  base: string;
  segments: SegmentMatcher[];
  anchored: boolean;
  negate: boolean;
  dirOnly: boolean;
}

/** Parses one gitignore-like line into a rule, or null for blanks and comments. */
export function parseIgnoreLine(line: string, base: string): IgnoreRule | null {
  let p = line.replace(/\r$/, '');
  // Trailing spaces are dropped unless escaped, as in gitignore.
  p = p.replace(/(?<!\\)\s+$/, '');
  if (p === '' || p.startsWith('#')) return null;
  let negate = false;
  if (p.startsWith('!')) {
    negate = true;
    p = p.slice(1);
  } else if (p.startsWith('\\#') || p.startsWith('\\!')) p = p.slice(1);
  const dirOnly = p.endsWith('/');
  if (dirOnly) p = p.replace(/\/+$/, '');
  if (p.startsWith('./')) p = p.slice(2);
  const anchored = p.includes('/');
  if (p.startsWith('/')) p = p.slice(1);
  const segments = compilePattern(p);
  if (segments.length === 0) return null;
  return { base, segments, anchored, negate, dirOnly };
}

export class Ignorer {
  private readonly rules: IgnoreRule[] = [];
  /** Where the patterns came from, for notes (the ignore file, if any). */
  readonly sources: string[] = [];

  /** Adds patterns (one a line) relative to `base`. */
  add(lines: readonly string[], base: string, source?: string): void {
    for (const line of lines) {
      const r = parseIgnoreLine(line, path.resolve(base));
      if (r) this.rules.push(r);
    }
    if (source) this.sources.push(source);
  }

  get empty(): boolean {
    return this.rules.length === 0;
  }

  /** The verdict of the rules for one path (relative segments per rule base): the last match wins. */
  private verdict(abs: string, isDir: boolean): boolean {
    let ignored = false;
    for (const r of this.rules) {
      if (r.dirOnly && !isDir) continue;
      const rel = path.relative(r.base, abs);
      if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) continue;
      const segs = rel.split(path.sep);
      const hit = r.anchored ? matchSegments(r.segments, segs) : r.segments.length === 1 && r.segments[0](segs[segs.length - 1]);
      if (hit) ignored = !r.negate;
    }
    return ignored;
  }

  /** Whether a path (as given, or absolute) is left out: itself, or a folder above it. */
  ignores(p: string, isDir: boolean): boolean {
    if (this.rules.length === 0) return false;
    const abs = path.resolve(p);
    // A folder above that is left out leaves this out too (gitignore cannot re-include below it).
    let dir = path.dirname(abs);
    const ancestors: string[] = [];
    while (dir !== path.dirname(dir) && ancestors.length < 256) {
      ancestors.push(dir);
      dir = path.dirname(dir);
    }
    for (const a of ancestors.reverse()) if (this.verdict(a, true)) return true;
    return this.verdict(abs, isDir);
  }
}

/** The .govreportignore in `dir` or the nearest folder above it. */
export function nearestIgnoreFile(dir: string): string | undefined {
  return nearestFile(dir, IGNORE_FILE);
}

/** The ignore rules of a run: the nearest .govreportignore from `cwd`, then --ignore patterns. */
export function loadIgnorer(cwd: string, patterns: readonly string[], note: (m: string) => void): Ignorer {
  const ig = new Ignorer();
  const file = nearestIgnoreFile(cwd);
  if (file) {
    try {
      ig.add(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split('\n'), path.dirname(file), file);
    } catch (e) {
      note(`${file}: 无法读取，未使用 (cannot read; not used): ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  ig.add(patterns, cwd);
  return ig;
}
