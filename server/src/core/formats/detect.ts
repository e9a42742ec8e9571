// Which format does a draft follow? Directive or front matter → setting → title,
// year and labels. A text that is not a report gets kind null.
import type { KindId, KindSource, Settings } from '../types';
import { KIND_IDS } from '../types';
import type { ParsedDocument } from '../parse/document';
import { coverage, labelKey, normalize } from '../text/normalize';
import { FORMATS, govInfoKindForYear } from './index';

export interface Detection {
  kind: KindId | null;
  source: KindSource | null;
  /** Why, in words, for the status bar and `showFormat`. */
  reason: string;
}

// Computed on first use: normalising loads the OpenCC dictionaries, which start-up need not wait for.
let govTitles: string[] | undefined;
const GOV_TITLES = () => (govTitles ??= FORMATS['gov-info-2019'].sections.map((s) => labelKey(s.title)));

/** Number of top-level headings that carry a statutory gov-info section title. */
export function statutoryHeadingCount(doc: ParsedDocument): number {
  let n = 0;
  for (const h of doc.headings) {
    if (h.level > 2) continue;
    const k = labelKey(h.title);
    if (GOV_TITLES().some((t) => coverage(k, t) >= 0.8 && coverage(t, k) >= 0.6)) n++;
  }
  return n;
}

function countLabels(normText: string, labels: string[]): number {
  return labels.filter((l) => normText.includes(normalize(l))).length;
}

export function detectKind(doc: ParsedDocument, settings: Settings): Detection {
  const pin = doc.directives.kindPin?.value;
  if (pin && (KIND_IDS as readonly string[]).includes(pin)) {
    return { kind: pin as KindId, source: 'directive', reason: `文中指定 govreport-kind: ${pin}` };
  }
  if (settings.format !== 'auto') {
    return { kind: settings.format, source: 'setting', reason: `设置 govReport.format = ${settings.format}` };
  }
  const title = doc.title?.norm ?? '';
  if (title.includes('法治政府建设') && title.includes('报告')) {
    return { kind: 'rule-of-law', source: 'detected', reason: '标题含“法治政府建设……报告”' };
  }
  const govTitle = title.includes('信息公开') && title.includes('报告');
  const headings = statutoryHeadingCount(doc);
  if (!govTitle && headings < 2) {
    return { kind: null, source: null, reason: '没有报告标题，法定章节标题少于两个' };
  }
  if (doc.year !== null) {
    const kind = govInfoKindForYear(doc.year);
    return { kind, source: 'detected', reason: `${doc.year} 年度的政府信息公开工作年度报告` };
  }
  // No year: decide by the table labels that differ between the 2019 and 2021 formats.
  const norm = normalize(doc.work);
  const n2021 = countLabels(norm, FORMATS['gov-info-2021'].detect.labels);
  const n2019 = countLabels(norm, FORMATS['gov-info-2019'].detect.labels);
  if (n2019 > n2021) return { kind: 'gov-info-2019', source: 'detected', reason: '未写明年度；表格栏目为 2019 年格式' };
  return { kind: 'gov-info-2021', source: 'detected', reason: n2021 > 0 ? '未写明年度；表格栏目为 2021 年格式' : '未写明年度；按现行 2021 年格式检查' };
}
