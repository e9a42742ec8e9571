// The one settings normaliser, used by the server (govReport.* configuration)
// and by the CLI (.govreportrc.json). Unknown or malformed values fall back to defaults.
import { KIND_IDS, KindId, RuleSetting, SEVERITIES, Settings } from '../types';

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
    if (format === 'auto' || (typeof format === 'string' && (KIND_IDS as readonly string[]).includes(format))) {
      out.format = format as 'auto' | KindId;
    } else {
      problems.push({ path: 'format', message: `unknown format ${JSON.stringify(format)}` });
    }
  }
  const run = get('run');
  if (run !== undefined) {
    if (run === 'onType' || run === 'onSave') out.run = run;
    else problems.push({ path: 'run', message: `unknown run mode ${JSON.stringify(run)}` });
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
