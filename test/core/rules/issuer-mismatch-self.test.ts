// issuer-mismatch, self-references: the body speaks of its issuer as another kind of organ.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { issuerMismatch } from '../../../server/src/core/rules/issuer-mismatch';
import { foreignSelf, issuerKind, reportIssuerKind, selfWords } from '../../../server/src/core/model/issuer-self';
import { buildDraft, buildRuleOfLaw, ruleAlone, ruleInRegistry, where } from './build';

const run = ruleAlone(issuerMismatch);
const TITLE = '示例区人民政府办公室2023年政府信息公开工作年度报告';
const GENERAL = '示例区人民政府办公室坚持以公开为常态、不公开为例外，';
/** A 2021 draft with another title and signature and extra sentences in part 一. */
function draft(title: string, signature: string, extra: string): string {
  return buildDraft({ flavour: 'txt' }).replace(TITLE, title).replace(/\n示例区人民政府办公室\n(?=\d{4}年)/, `\n${signature}\n`)
    .replace(GENERAL, `${extra}`);
}

test('a bureau whose body says 我委 throughout → info at the first 我委', () => {
  const text = draft('甲山县教育局2023年政府信息公开工作年度报告', '甲山县教育局',
    '我委坚持以公开为常态、不公开为例外，本委进一步完善公开制度，');
  const fs = run(text);
  assert.equal(fs.length, 1, JSON.stringify(fs));
  assert.equal(fs[0].severity, 'info');
  assert.equal(where(text, fs[0]).slice, '我委');
  assert.match(fs[0].message, /正文以“我委”自称（2 处），而发布机关“甲山县教育局”是局/);
  assert.equal(ruleInRegistry(issuerMismatch)(text).length, 1);
});

test('a county government speaking as 我局, even once and beside 我县 → info', () => {
  const text = draft('甲山县人民政府2023年政府信息公开工作年度报告', '甲山县人民政府',
    '我县坚持以公开为常态，我局积极配合调整发布流程，');
  const fs = run(text);
  assert.equal(fs.length, 1, JSON.stringify(fs));
  assert.equal(where(text, fs[0]).slice, '我局');
  assert.match(fs[0].message, /县人民政府/);
});

test('a district whose body says 我县 throughout and never 我区 → info', () => {
  const text = draft('甲山区人民政府2023年政府信息公开工作年度报告', '甲山区人民政府',
    '我县坚持以公开为常态，本县进一步完善公开制度，');
  const fs = run(text);
  assert.equal(fs.length, 1, JSON.stringify(fs));
  assert.equal(where(text, fs[0]).slice, '我县');
});

test('silent: own words, an organ and its office, the level above, a single stray word, look-alike words', () => {
  const quiet: [string, string, string][] = [
    ['甲山县教育局2023年政府信息公开工作年度报告', '甲山县教育局', '我局坚持以公开为常态，我县教育系统进一步完善制度，我局还，'],
    ['甲山县人民政府2023年政府信息公开工作年度报告', '甲山县人民政府办公室', '我办坚持以公开为常态，我县进一步完善制度，'],
    ['甲山区人民政府2023年政府信息公开工作年度报告', '甲山区人民政府', '我区坚持以公开为常态，按照我市要求，我市进一步完善制度，'],
    ['甲山县卫生健康委员会2023年政府信息公开工作年度报告', '甲山县卫生健康委员会', '我委坚持以公开为常态，我局一词不再使用，'],
    ['甲山县教育局2023年政府信息公开工作年度报告', '甲山县教育局', '本局限于人手，本委托事项依本办法办理，我委只出现一次，'],
    ['甲山镇人民政府2023年政府信息公开工作年度报告', '甲山镇人民政府', '我镇坚持以公开为常态，本乡镇干部和我县要求，我县部署，'],
    ['中共甲山县委办公室2023年政府信息公开工作年度报告', '中共甲山县委办公室', '我委坚持以公开为常态，我委进一步完善，'],
  ];
  for (const [title, sig, extra] of quiet) assert.deepEqual(run(draft(title, sig, extra)), [], `${title} / ${extra}`);
  assert.deepEqual(run(buildDraft()), []);
  assert.deepEqual(run(buildRuleOfLaw()), []);
});

test('issuerKind reads the kind of organ; reportIssuerKind needs title and signature to agree', () => {
  assert.deepEqual(issuerKind('甲山县人民政府办公室'), { kind: 'government', level: '县' });
  assert.deepEqual(issuerKind('龙游县横山镇'), { kind: 'government', level: '镇' });
  assert.deepEqual(issuerKind('东城街道办事处'), { kind: 'government', level: '街道' });
  assert.deepEqual(issuerKind('杭州市卫生健康委员会'), { kind: 'commission' });
  assert.deepEqual(issuerKind('威海市文登区信访局'), { kind: 'bureau' });
  assert.equal(issuerKind('甲山经济开发区管理委员会'), null);
  assert.equal(issuerKind('某某社区'), null);
  assert.deepEqual(reportIssuerKind('甲山县人民政府', '甲山县人民政府办公室'), { kind: 'government', level: '县' });
  assert.equal(reportIssuerKind('甲山县人民政府', '甲山县教育局'), null);
});

test('foreignSelf: the own word silences place words, not a government speaking as a bureau', () => {
  const w = (t: string) => selfWords([{ text: t, ns: 0 }]);
  assert.equal(foreignSelf({ kind: 'government', level: '区' }, w('我县,本县,我区')), null);
  assert.equal(foreignSelf({ kind: 'government', level: '区' }, w('我县,本县'))?.word, '我县');
  assert.equal(foreignSelf({ kind: 'government', level: '镇' }, w('我镇,本局'))?.word, '本局');
  assert.equal(foreignSelf({ kind: 'bureau' }, w('我委,我委,我局')), null);
  assert.equal(foreignSelf({ kind: 'office' }, w('我局,我局')), null);
});
