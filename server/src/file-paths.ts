// File-system helpers of the editor side and the CLI: a document URI as a path, a folder inside
// a workspace folder, an existing regular file. Node I/O, never in core/.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The file system path of a `file:` URI; null for other schemes or a URI that is no path. */
export function filePathOf(uri: string): string | null {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : null;
  } catch {
    return null;
  }
}

/** Whether `dir` is `root` or inside it. */
export function isInside(root: string, dir: string): boolean {
  const rel = path.relative(root, dir);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** The file `name` in `dir` or the nearest folder above it, or undefined. */
export function nearestFile(dir: string, name: string): string | undefined {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const f = path.join(d, name);
    if (isFile(f)) return f;
    if (path.dirname(d) === d) return undefined;
  }
}

/** Whether `p` is an existing regular file. */
export function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
