// Writes fixed text back only when nobody touched the file since it was read:
// an editor may have saved it meanwhile, and --fix must never lose that work.
import * as fs from 'node:fs';
import { describeFsError } from './files';

export type WriteBackResult = { written: true } | { written: false; reason: string };

export function writeBackIfUnchanged(path: string, readBytes: Uint8Array, newBytes: Uint8Array): WriteBackResult {
  let current: Buffer;
  try {
    current = fs.readFileSync(path);
  } catch (e) {
    return { written: false, reason: describeFsError(e) };
  }
  if (!current.equals(readBytes)) {
    return { written: false, reason: '文件在检查期间已被修改 (the file changed while it was being checked)' };
  }
  try {
    // Rewriting in place (not write-and-rename) keeps the file's permissions,
    // owner and hard links as they were.
    fs.writeFileSync(path, newBytes);
  } catch (e) {
    return { written: false, reason: describeFsError(e) };
  }
  return { written: true };
}
