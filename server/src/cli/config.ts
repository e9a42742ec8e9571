// Settings for each checked file: --config when given, else the nearest
// .govreportrc.json upward from the file's folder. Both go through the core's
// normalizeSettings, the same function the editor uses, so the two agree.
import * as path from 'node:path';
import { normalizeSettings, Settings } from '../core';
import { RC_FILE, readConfigFile } from '../config-file';
import { isAbsoluteUrl } from './args';
import { isFile, nearestFile } from '../file-paths';
import { describeFsError } from './files';

export { RC_FILE };

export interface LoadedSettings {
  settings: Settings;
  /** The file the settings came from, or null for the defaults. */
  source: string | null;
}

export type ConfigLoad = { ok: true; loaded: LoadedSettings; warnings: string[] } | { ok: false; message: string };

/** Reads and normalises one settings file. Unknown values are warnings, bad JSON an error. */
export function loadConfigFile(file: string): ConfigLoad {
  const read = readConfigFile(file, describeFsError);
  const fatal = read.problems.find((p) => p.fatal);
  if (fatal || !read.settings) return { ok: false, message: `${file}: ${fatal?.cli ?? ''}` };
  return { ok: true, loaded: { settings: read.settings, source: file }, warnings: read.problems.map((p) => `${file}: ${p.cli}`) };
}

/**
 * Finds settings per folder, caching the answer so a directory of many drafts
 * reads each .govreportrc.json once. Errors and warnings are reported once each.
 */
export class SettingsResolver {
  private readonly byDir = new Map<string, ConfigLoad>();
  private readonly reported = new Set<string>();

  constructor(
    private readonly explicit: LoadedSettings | undefined,
    private readonly onMessage: (message: string) => void,
  ) {}

  /** Settings for a file; `ok: false` when its .govreportrc.json cannot be used. */
  forFile(file: string): ConfigLoad {
    if (this.explicit) return { ok: true, loaded: this.explicit, warnings: [] };
    const result = this.forDir(path.dirname(path.resolve(file)));
    const key = result.ok ? result.loaded.source : result.message;
    if (key && !this.reported.has(key)) {
      this.reported.add(key);
      if (!result.ok) this.onMessage(result.message);
      else result.warnings.forEach((w) => this.onMessage(w));
    }
    return result;
  }

  private forDir(dir: string): ConfigLoad {
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    const rc = path.join(dir, RC_FILE);
    let result: ConfigLoad;
    if (isFile(rc)) {
      result = loadConfigFile(rc);
    } else {
      const parent = path.dirname(dir);
      result = parent === dir ? { ok: true, loaded: { settings: normalizeSettings(undefined), source: null }, warnings: [] } : this.forDir(parent);
    }
    this.byDir.set(dir, result);
    return result;
  }
}

/** The .govreportrc.json in `dir` or the nearest folder above it, or undefined. */
export function nearestRcFile(dir: string): string | undefined {
  return nearestFile(dir, RC_FILE);
}

/**
 * `docUrl` of a settings file: the published rule pages (SARIF helpUri). Not a rule setting, so
 * the core never sees it; a value that is not an absolute URL is noted and ignored.
 */
export function docUrlSetting(file: string | undefined, note: (message: string) => void): string | undefined {
  if (file === undefined) return undefined;
  const read = readConfigFile(file, describeFsError);
  const v = read.json?.docUrl;
  if (v === undefined) return undefined;
  if (typeof v === 'string' && isAbsoluteUrl(v)) return v;
  note(`${file}: docUrl 应为完整网址，已忽略 (docUrl must be an absolute URL; ignored)`);
  return undefined;
}
