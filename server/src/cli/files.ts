// Turns the paths on the command line into the list of files to check.
// Directories are searched recursively for *.md and *.txt, Word files (*.docx) and saved web
// pages (*.html, *.htm) and PDFs (*.pdf); a file named explicitly
// is checked whatever its extension, because the user asked for it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { byCodeUnit, globFiles, isGlob } from './glob';

/** Leaves paths out of a check (--ignore, .govreportignore); see ignore.ts. */
export interface PathFilter {
  ignores(p: string, isDir: boolean): boolean;
}

export const REPORT_EXTENSIONS: readonly string[] = ['.md', '.txt', '.docx', '.html', '.htm', '.pdf'];

export interface ExpandedPath {
  /** As shown to the user: relative to the cwd when given so. */
  path: string;
  /** Set when a command-line path does not exist or cannot be listed. */
  error?: string;
  /**
   * The command-line path does not exist (or is a pattern the shell left unexpanded):
   * it matched nothing, which --no-error-on-unmatched-pattern allows.
   */
  unmatched?: boolean;
}

export interface ExpandResult {
  /** Files to check and paths that failed, in command-line order. */
  entries: ExpandedPath[];
  /** Directories that held no *.md or *.txt file: worth a note, not a failure. */
  emptyDirs: string[];
  /** Files named on the command line that the ignore patterns leave out (noted, not checked). */
  ignored?: string[];
}

function isReportFile(name: string): boolean {
  // Word's lock file of an open document (~$name.docx) is not a document.
  if (name.startsWith('~$')) return false;
  return REPORT_EXTENSIONS.includes(path.extname(name).toLowerCase());
}

/** Vendored and hidden folders (.git, .vscode, node_modules) never hold drafts. */
function skipDirectory(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

export function expandPaths(inputs: readonly string[], filter?: PathFilter): ExpandResult {
  const entries: ExpandedPath[] = [];
  const emptyDirs: string[] = [];
  const ignored: string[] = [];
  // The same file reached twice (a dir and a file inside it) is checked once.
  const seen = new Set<string>();
  const add = (p: string) => {
    const key = path.resolve(p);
    if (!seen.has(key)) {
      seen.add(key);
      entries.push({ path: p });
    }
  };
  const fail = (p: string, error: string) => entries.push({ path: p, error });
  const skip = filter ? (p: string, isDir: boolean) => filter.ignores(p, isDir) : undefined;
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch (e) {
      if ((e as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
        if (isGlob(input)) {
          // Expanded here: cmd.exe and quoted patterns reach the CLI as they were typed.
          const matched = globFiles(input, { skipDir: skipDirectory, ignored: skip }).filter((f) => isReportFile(path.basename(f)));
          if (matched.length > 0) {
            matched.forEach((f) => add(path.normalize(f)));
            continue;
          }
        }
        const error = isGlob(input)
          ? '没有与此模式匹配的 *.md、*.txt、*.docx、*.html 或 *.pdf 文件 (no report files match this pattern)'
          : describeFsError(e);
        entries.push({ path: input, error, unmatched: true });
      } else fail(input, describeFsError(e));
      continue;
    }
    if (stat.isDirectory()) {
      const before = entries.length;
      walk(input, add, fail, skip);
      if (entries.length === before) emptyDirs.push(input);
    } else if (stat.isFile()) {
      if (skip?.(input, false)) ignored.push(input);
      else add(path.normalize(input));
    } else {
      // A FIFO or device would block the read or never end.
      fail(input, '不是普通文件 (not a regular file)');
    }
  }
  return { entries, emptyDirs, ...(ignored.length > 0 ? { ignored } : {}) };
}

function walk(dir: string, add: (p: string) => void, fail: (p: string, error: string) => void, skip?: (p: string, isDir: boolean) => boolean): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    fail(dir, describeFsError(e));
    return;
  }
  entries.sort((a, b) => byCodeUnit(a.name, b.name));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (skip?.(full, entry.isDirectory())) continue;
    if (entry.isDirectory()) {
      if (!skipDirectory(entry.name)) walk(full, add, fail, skip);
    } else if (entry.isFile()) {
      if (isReportFile(entry.name)) add(full);
    } else if (entry.isSymbolicLink() && isReportFile(entry.name)) {
      // Links to files are followed; links to directories are not, so a link
      // cycle cannot make the walk endless.
      try {
        if (fs.statSync(full).isFile()) add(full);
      } catch {
        // A dangling link in a folder is not the user's request; skip it silently.
      }
    }
  }
}

/** A short bilingual reason for a failed file-system call. */
export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return '文件或目录不存在 (no such file or directory)';
    case 'EACCES':
    case 'EPERM':
      return '没有读取权限 (permission denied)';
    case 'EISDIR':
      return '这是一个目录 (is a directory)';
    default:
      return `无法读取 (cannot read: ${e instanceof Error ? e.message : String(e)})`;
  }
}
