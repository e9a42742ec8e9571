// What the artifact-web harvest tests share: a short report body of our own to put chrome around,
// the rule's warnings on a text and the 1-based line a finding starts on.
import { lint } from '../../../server/src/core';

/** A town's report, its title, its first part and one sentence. */
export const TOWN_REPORT = [
  '某某镇人民政府2024年政府信息公开工作年度报告',
  '',
  '一、总体情况',
  '2024年,某某镇主动公开政府信息36条。',
];

/** The artifact-web warnings of a text. */
export const web = (text: string) => lint(text).findings.filter((x) => x.rule === 'artifact-web' && x.severity === 'warning');

/** The 1-based line of an offset. */
export const lineOf = (text: string, at: number) => text.slice(0, at).split('\n').length;
