// citation-outdated: a plan cited by name with years none of its editions has (format data `plans`):
// 《法治政府建设实施纲要（2022—2025年）》 for （2021—2025年）. Both real editions, any dash, are silent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citationOutdated } from '../../../server/src/core/rules/citation-outdated';
import { buildRuleOfLaw, buildDraft, ruleInRegistry, where } from './build';

const run = ruleInRegistry(citationOutdated);
const cite = (years: string) => `全面落实《法治政府建设实施纲要（${years}）》要求，推进依法行政。`;

test('a 纲要 with years of no edition: reported at its years, naming the edition', () => {
  const text = buildRuleOfLaw(cite('2022—2025年'));
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.deepEqual(where(text, fs[0]).slice, '（2022—2025年）');
  assert.equal(fs[0].message, '《法治政府建设实施纲要》没有“（2022—2025年）”这一期，应为（2021—2025年）');
  // In a gov-info report too, with half-width brackets.
  const gov = buildDraft().replace('\n\n## 一、', `\n\n${cite('2016-2020年').replace(/（/, '(').replace(/）/, ')')}\n\n## 一、`);
  assert.deepEqual(run(gov).map((f) => f.message), ['《法治政府建设实施纲要》没有“(2016-2020年)”这一期，应为（2015—2020年）']);
});

test('the real editions, in any writing, are silent', () => {
  for (const years of ['2021—2025年', '2015—2020年', '2021年—2025年', '2021-2025年', '2021至2025年']) {
    assert.deepEqual(run(buildRuleOfLaw(cite(years))), [], years);
  }
});

test('a place\'s own plan of the same name is not the national 纲要', () => {
  // 某省、某市 issue their own 法治政府建设实施纲要 with other years.
  for (const place of ['广东省', '某某市', '某自治区', '某县']) {
    const text = buildRuleOfLaw(`全面落实《${place}法治政府建设实施纲要（2016—2020年）》要求，推进依法行政。`);
    assert.deepEqual(run(text), [], place);
  }
  // The national plan after 的 or 《 is still read: 印发的法治政府建设实施纲要（2022—2025年）.
  assert.equal(run(buildRuleOfLaw('认真落实中央印发的法治政府建设实施纲要（2022—2025年），推进依法行政。')).length, 1);
});
