// Texts the feature tests sweep: the seeds, the margin-marked drafts (markers stripped), the
// converted corpus report, the sample, and generated drafts across the format matrix, each
// clean and with one fault per rule injected (test/gen).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, Analysis, LineMap } from '../../../server/src/core';
import { generateDraft, matrixOptions, MATRIX } from '../../gen/drafts';
import { mutate } from '../../gen/mutations';

/** From out/test/core/features to the repository root. */
export const ROOT = join(__dirname, '..', '..', '..', '..');

export const SAMPLE = readFileSync(join(ROOT, 'samples', 'sample-2023-report.md'), 'utf8');

const MARKER = / {2}<-- [a-z0-9, -]+$/gm;

export interface Text { name: string; text: string }

function dir(rel: string, ext: RegExp): Text[] {
  const d = join(ROOT, rel);
  return readdirSync(d).filter((n) => ext.test(n) && n !== 'README.md').sort()
    .map((n) => ({ name: `${rel}/${n}`, text: readFileSync(join(d, n), 'utf8').replace(MARKER, '') }));
}

let cached: Text[] | undefined;

export function corpus(): Text[] {
  if (cached) return cached;
  const out: Text[] = [
    ...dir('test/fixtures/seeds', /\.txt$/),
    ...dir('test/fixtures/drafts', /\.(txt|md)$/),
    ...dir('test/fixtures/corpus', /\.md$/),
    { name: 'samples/sample-2023-report.md', text: SAMPLE },
  ];
  const combos = MATRIX.kinds.length * MATRIX.layouts.length * MATRIX.scripts.length * MATRIX.flavours.length;
  for (let i = 0; i < combos; i++) {
    const d = generateDraft(matrixOptions(i, 4242));
    out.push({ name: d.name, text: d.text });
    for (const f of mutate(d)) out.push({ name: `${d.name} + ${f.rule}`, text: f.text });
  }
  for (const kind of ['gov-info-2008', 'rule-of-law'] as const) {
    const d = generateDraft({ kind, seed: 77, flavour: 'md' });
    out.push({ name: d.name, text: d.text });
  }
  cached = out;
  return out;
}

export function analyzed(text: string): Analysis {
  return analyze(text);
}

/** Offset of the k-th (0-based) occurrence of needle, plus delta. */
export function at(text: string, needle: string, delta = 0, k = 0): number {
  let i = -1;
  for (let j = 0; j <= k; j++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`no ${k}th ${needle}`);
  }
  return i + delta;
}

export function lineOfOffset(text: string, offset: number): number {
  return new LineMap(text).positionAt(offset).line;
}

/** A Markdown note that is not a report (the server test's weekly note). */
export const WEEKLY_NOTE = [
  '# 第12周工作周记', '', '本周完成了三件事：整理会议纪要、更新台账、回复邮件。同意公开的材料已归档。', '',
  '| 事项 | 数量 | 备注 |', '|---|---|---|', '| 会议 | 3 | 含周例会 |', '| 邮件 | 41 | |', '| 合计 | 44 | |', '',
  '## 下周计划', '', '继续推进。', '',
].join('\n');
