// .govreportrc.json: reading and checking one settings file. Shared by the CLI (cli/config.ts,
// the nearest file upward from each checked file, or --config) and the editor
// (workspace-config.ts), so that both read the same file the same way through the core's
// normalizeSettings. Node I/O lives here, never in core/.
import * as fs from 'node:fs';
import { normalizeSettings, ruleById, Settings, SettingsProblem } from './core';

export const RC_FILE = '.govreportrc.json';

/** One problem of a settings file, with where it is (UTF-16 offset into the file's text) when known. */
export interface ConfigProblem {
  /** For the editor, Chinese first. */
  message: string;
  messageEn: string;
  /** For the CLI's stderr (both languages on one line). */
  cli: string;
  offset: number | null;
  /** Bad JSON or an unreadable file: the file is not used. A warning: that one value is ignored. */
  fatal: boolean;
}

export interface ConfigFile {
  file: string;
  /** The file's text ('' when unreadable). */
  text: string;
  /** The parsed object; null when the file cannot be used (see problems). */
  json: Record<string, unknown> | null;
  settings: Settings | null;
  problems: ConfigProblem[];
}

/** Parses and checks a settings file's text. Unknown values are warnings, bad JSON is fatal. */
export function checkConfigText(file: string, text: string): ConfigFile {
  let json: unknown;
  try {
    // A BOM is common in files saved by Windows editors; JSON.parse rejects it.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const message = (e as Error).message;
    const at = /position (\d+)/.exec(message);
    const offset = at ? Math.min(Number(at[1]) + (text.startsWith('\uFEFF') ? 1 : 0), text.length) : null;
    return { file, text, json: null, settings: null, problems: [{ message: `不是有效的 JSON：${message}`, messageEn: `invalid JSON: ${message}`, cli: `不是有效的 JSON (invalid JSON: ${message})`, offset, fatal: true }] };
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { file, text, json: null, settings: null, problems: [{ message: '设置文件应为一个 JSON 对象', messageEn: 'settings must be a JSON object', cli: '设置文件应为一个 JSON 对象 (settings must be a JSON object)', offset: 0, fatal: true }] };
  }
  const found: SettingsProblem[] = [];
  const settings = normalizeSettings(json, found);
  const keyAt = (key: string): number | null => {
    const i = text.indexOf(JSON.stringify(key));
    return i < 0 ? null : i;
  };
  const problems: ConfigProblem[] = found.map((p) => {
    const where = p.path || '(root)';
    return { message: `${where}：取值无效，已忽略（${p.message}）`, messageEn: `${where}: ${p.message}; ignored`, cli: `${where}: ${p.message}`, offset: keyAt(p.path.split('.').pop() ?? ''), fatal: false };
  });
  for (const id of Object.keys(settings.rules)) {
    if (!ruleById(id)) problems.push({ message: `未知规则 ${id}`, messageEn: `unknown rule ${id}`, cli: `未知规则 ${id} (unknown rule ${id})`, offset: keyAt(id), fatal: false });
  }
  return { file, text, json: json as Record<string, unknown>, settings, problems };
}

/** Reads and checks a settings file; an unreadable file is a fatal problem. */
export function readConfigFile(file: string, describe: (e: unknown) => string = (e) => (e instanceof Error ? e.message : String(e))): ConfigFile {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const why = describe(e);
    return { file, text: '', json: null, settings: null, problems: [{ message: `无法读取：${why}`, messageEn: `cannot read: ${why}`, cli: why, offset: null, fatal: true }] };
  }
  return checkConfigText(file, text);
}
