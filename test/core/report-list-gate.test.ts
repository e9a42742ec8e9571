// reportList (formats/detect-opening.ts) skips a line without a year (2023年) before stripTitleEnd:
// stripTitleEnd only keeps a part of what it is given, so no year can appear in what it returns.
// Checked on titles written for this test (every ending it strips) and on the first lines of every
// real-page fixture.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stripTitleEnd } from '../../server/src/core/formats/detect-opening';
import { normalize } from '../../server/src/core/text/normalize';
import { forEachPageLine } from './real-pages-variants';

const TITLES = [
  '某卫〔2024〕3号《某某县卫生健康局2023年政府信息公开工作年度报告》',
  '某某市2023年政府信息公开工作年度报告 发布时间：2024-01-20 来源：市政府办',
  '某某市2023年政府信息公开工作年度报告 - 某某市人民政府门户网站',
  '某某县2023年政府信息公开工作年度报告_某某县人民政府',
  '某某县政府信息公开工作年度报告（2023年12月）',
  '某某县政府信息公开工作年度报告.pdf',
  '某某县自然资源局2024年政府信息公开工作报告(某县自然资字〔2025〕79号)',
  '某某县政府信息公开工作年度报告（全文）【图文】',
  '某某县政府信息公开工作年度报告 | ||',
  '某某县政府信息公开工作年度报告??',
  '关于某某县政府信息公开工作年度报告是否公开？',
];

test('stripTitleEnd keeps a part of its input', () => {
  const seen = (s: string) => {
    const norm = normalize(s);
    assert.ok(norm.includes(stripTitleEnd(norm)), s);
  };
  for (const t of TITLES) seen(t);
  // The written titles lose something (otherwise the check proves little).
  assert.ok(TITLES.filter((t) => stripTitleEnd(normalize(t)) !== normalize(t)).length >= 9);
  const lines = forEachPageLine((l) => seen(l.slice(0, 200)), 120);
  assert.ok(lines > 10000);
});
