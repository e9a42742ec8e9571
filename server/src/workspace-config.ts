// .govreportrc.json in the editor: the nearest file upward from a document's folder, found as
// the CLI finds it (cli/config.ts) but never above the workspace folder that holds the document,
// and never outside the workspace folders. Files are cached per folder and dropped when the
// client reports that a .govreportrc.json changed (workspace/didChangeWatchedFiles).
//
// Precedence (README, "设置"): the file's values win over the govReport.* settings, key by key
// and rule by rule; what the file does not set comes from the settings. So a team's shared file
// gives the same findings in every editor and in the CLI.
import * as path from 'node:path';
import { filePathOf, isFile, isInside } from './file-paths';
import { ConfigFile, RC_FILE, readConfigFile } from './config-file';

export class WorkspaceConfig {
  /** Per folder: the file that applies there (null: none). */
  private readonly byDir = new Map<string, ConfigFile | null>();

  constructor(private readonly roots: () => readonly string[]) {}

  /** The settings file that applies to a document, or null (none, an unsaved or non-file document, outside the workspace). */
  forDocument(uri: string): ConfigFile | null {
    const file = filePathOf(uri);
    if (file === null) return null;
    const dir = path.dirname(file);
    // The innermost workspace folder holding the document bounds the search.
    const root = this.roots().filter((r) => isInside(r, dir)).sort((a, b) => b.length - a.length)[0];
    return root === undefined ? null : this.forDir(dir, root);
  }

  /** Forget every cached file: one was created, changed or deleted. */
  invalidate(): void {
    this.byDir.clear();
  }

  private forDir(dir: string, root: string): ConfigFile | null {
    if (this.byDir.has(dir)) return this.byDir.get(dir) ?? null;
    const rc = path.join(dir, RC_FILE);
    let found: ConfigFile | null;
    if (isFile(rc)) found = readConfigFile(rc);
    else {
      const parent = path.dirname(dir);
      found = dir === root || parent === dir ? null : this.forDir(parent, root);
    }
    this.byDir.set(dir, found);
    return found;
  }
}
