// The one settings normaliser, used by the server (govReport.* configuration)
// and by the CLI (.govreportrc.json). Unknown or malformed values fall back to defaults.
import { FORMAT_IDS, FormatId, RuleSetting, SEVERITIES, Settings } from '../types';

export const DEFAULT_SETTINGS: Settings = { format: 'auto', rules: {}, run: 'onType' };

export interface SettingsProblem {
  path: string;
  message: string;
}

/**
 * Accepts the editor shape `{ format, rules, run }` (also nested under `govReport`),
 * or dotted keys `govReport.format` as found in settings.json.
 */
export function normalizeSettings(raw: unknown, problems: SettingsProblem[] = []): Settings {
  const out: Settings = { format: 'auto', rules: {}, run: 'onType' };
  if (raw === null || raw === undefined) return out;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ path: '', message: 'settings must be an object' });
    return out;
  }
  let obj = raw as Record<string, unknown>;
  if (obj.govReport && typeof obj.govReport === 'object') obj = obj.govReport as Record<string, unknown>;
  const get = (k: string) => (k in obj ? obj[k] : obj[`govReport.${k}`]);

  const format = get('format');
  if (format !== undefined) {
    if (format === 'auto' || (typeof format === 'string' && (FORMAT_IDS as readonly string[]).includes(format))) {
      out.format = format as 'auto' | FormatId;
    } else {
      problems.push({ path: 'format', message: `unknown format ${JSON.stringify(format)}` });
    }
  }
  const run = get('run');
  if (run !== undefined) {
    if (run === 'onType' || run === 'onSave') out.run = run;
    else problems.push({ path: 'run', message: `unknown run mode ${JSON.stringify(run)}` });
  }
  const formatTables = get('formatTables');
  if (formatTables !== undefined) {
    if (formatTables === 'align' || formatTables === 'compact' || formatTables === 'off') out.formatTables = formatTables;
    else problems.push({ path: 'formatTables', message: `expected align, compact or off, got ${JSON.stringify(formatTables)}` });
  }
  const inlayHints = get('inlayHints');
  if (inlayHints !== undefined) {
    if (inlayHints === 'mismatches' || inlayHints === 'all' || inlayHints === 'off') out.inlayHints = inlayHints;
    else problems.push({ path: 'inlayHints', message: `expected mismatches, all or off, got ${JSON.stringify(inlayHints)}` });
  }
  const unused = get('reportUnusedDisableDirectives');
  if (unused !== undefined) {
    if (typeof unused === 'boolean') {
      if (unused) out.reportUnusedDisableDirectives = true;
    } else problems.push({ path: 'reportUnusedDisableDirectives', message: `expected true or false, got ${JSON.stringify(unused)}` });
  }
  const rules = get('rules');
  if (rules !== undefined) {
    if (rules && typeof rules === 'object' && !Array.isArray(rules)) {
      for (const [id, v] of Object.entries(rules as Record<string, unknown>)) {
        const s = normalizeRuleSetting(v);
        if (s) out.rules[id] = s;
        else problems.push({ path: `rules.${id}`, message: `expected off, error, warning, info or hint, got ${JSON.stringify(v)}` });
      }
    } else {
      problems.push({ path: 'rules', message: 'rules must be an object' });
    }
  }
  return out;
}

function normalizeRuleSetting(v: unknown): RuleSetting | undefined {
  if (v === false) return 'off';
  if (typeof v !== 'string') return undefined;
  const s = v.trim().toLowerCase();
  if (s === 'off') return 'off';
  if (s === 'information') return 'info';
  if (s === 'warn') return 'warning';
  return (SEVERITIES as readonly string[]).includes(s) ? (s as RuleSetting) : undefined;
}

/**
 * The editor's settings with a settings file over them (.govreportrc.json), before normalising:
 * the file's values win key by key, and its `rules` win rule by rule over the settings' rules.
 */
export function overlaySettings(editor: unknown, file: Record<string, unknown>): Record<string, unknown> {
  const plain = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
  let base = plain(editor);
  if (base.govReport && typeof base.govReport === 'object') base = plain(base.govReport);
  let top = file;
  if (top.govReport && typeof top.govReport === 'object') top = plain(top.govReport);
  // Dotted keys (govReport.format) as normalizeSettings accepts them, folded to plain ones.
  const flat = (o: Record<string, unknown>) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(o)) out[k.startsWith('govReport.') ? k.slice('govReport.'.length) : k] = v;
    return out;
  };
  const b = flat(base);
  const t = flat(top);
  const out: Record<string, unknown> = { ...b, ...t };
  if ('rules' in b || 'rules' in t) out.rules = { ...plain(b.rules), ...plain(t.rules) };
  return out;
}
