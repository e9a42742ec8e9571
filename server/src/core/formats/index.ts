// Registry of report formats: one JSON data file per official format.
import type { FormatId } from '../types';
import type { FormatSpec } from './types';
import gov2021 from './data/gov-info-2021.json';
import gov2019 from './data/gov-info-2019.json';
import gov2008 from './data/gov-info-2008.json';
import ruleOfLaw from './data/rule-of-law.json';
import terms from './data/terms.json';

export * from './types';

export const FORMATS: Record<FormatId, FormatSpec> = {
  'gov-info-2021': gov2021 as unknown as FormatSpec,
  'gov-info-2019': gov2019 as unknown as FormatSpec,
  'gov-info-2008': gov2008 as unknown as FormatSpec,
  'rule-of-law': ruleOfLaw as unknown as FormatSpec,
};

export interface NonstandardTerm { term: string; standard: string | null; row: string | null; note?: string }
export interface MisfiledTerm { subject: string; wrongGroup: string; rightGroup: string; row: string }
/**
 * `notAfter`: characters that negate a term right before it (第三方不同意公开 is no disposition name).
 * `fixedPhrases`: the reports' stock wording besides the formats' labels (解读和回应), for words that lost a character.
 */
export const TERMS = terms as { source: string; notAfter: string; nonstandard: NonstandardTerm[]; misfiled: MisfiledTerm[]; fixedPhrases: string[] };

/** The gov-info format that applies to a report year. */
export function govInfoKindForYear(year: number): FormatId {
  for (const f of Object.values(FORMATS)) {
    if (f.family !== 'gov-info') continue;
    const [lo, hi] = f.years;
    if ((lo === null || year >= lo) && (hi === null || year <= hi)) return f.id;
  }
  return 'gov-info-2021';
}
