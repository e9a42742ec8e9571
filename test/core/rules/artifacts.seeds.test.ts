// The artifacts group (artifact-web, artifact-spam, artifact-conversion, artifact-ocr,
// script-traditional) run with the full registry on the five real seeds and on generated
// drafts. On the seeds, the errors and warnings of these rules must be exactly the debris the
// issue names (000: script, pinyin, the .pdf line; 001: spam on line 1; 002: the web chrome
// lines; 003 and 004: nothing but 004's script); on clean generated drafts, nothing but the
// script finding of a Traditional draft; every injected artifact is caught on its line.
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyFixes, LineMap, RULES } from '../../../server/src/core';
import type { Finding, FormatId, LintResult, Rule } from '../../../server/src/core';
import { artifactWeb } from '../../../server/src/core/rules/artifact-web';
import { artifactSpam } from '../../../server/src/core/rules/artifact-spam';
import { artifactConversion } from '../../../server/src/core/rules/artifact-conversion';
import { artifactOcr } from '../../../server/src/core/rules/artifact-ocr';
import { scriptTraditional } from '../../../server/src/core/rules/script-traditional';
import { Draft, DraftOptions, generateDraft, matrixOptions, MATRIX } from '../../gen/drafts';
import { MUTATIONS } from '../../gen/mutations-artifacts';
import { Rng } from '../../gen/rng';
import { lintWith } from './build';

const MINE: Rule[] = [artifactWeb, artifactSpam, artifactConversion, artifactOcr, scriptTraditional];
const IDS = new Set(MINE.map((r) => r.id));
/** The registry plus this group (once the registry holds them, its own copies are used). */
const ALL: Rule[] = [...RULES, ...MINE.filter((r) => !RULES.some((x) => x.id === r.id))];

const SEEDS = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'seeds');
const seed = (name: string) => readFileSync(join(SEEDS, name), 'utf8');

const run = lintWith(ALL);

const serious = (f: Finding) => f.severity === 'error' || f.severity === 'warning';

/** "line rule" (1-based line, as an editor shows it) of this group's findings passing `keep`. */
function ours(text: string, r: LintResult, keep: (f: Finding) => boolean): string[] {
  const lm = new LineMap(text);
  return r.findings.filter((f) => IDS.has(f.rule) && keep(f)).map((f) => `${lm.positionAt(f.start).line + 1} ${f.rule}`).sort();
}

const lines = (rule: string, ...ls: number[]) => ls.map((l) => `${l} ${rule}`);

/** Errors and warnings of this group on each seed (1-based lines). */
const EXPECT: Record<string, string[]> = {
  '000_716b3ab937427b7d.txt': [
    ...lines('script-traditional', 1),
    ...lines('artifact-conversion', 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13),
    ...lines('artifact-ocr', 13),
  ],
  '001_e1d25a63a80be9ed.txt': lines('artifact-spam', 1),
  // 1 breadcrumb, 5 发布日期/来源 header, 6 分享到, 7 浏览量, 56 empty 附件, 57 相关文章,
  // 58 访问总数, 60 联系我们 | 友情链接 | 站点地图, 62 主办/承办, 64 ICP + 网站标识码, 66 公网安备.
  '002_e3a656259dc033f9.txt': lines('artifact-web', 1, 5, 6, 7, 56, 57, 58, 60, 62, 64, 66),
  // OCR debris in table 三's labels is a hint only: the rows are still recognised.
  '003_64090608850f335c.txt': [],
  // 相關詞條 / 熱門詞條 / 聯絡我們 alone at the end are hints only.
  '004_18e10fec7b63ba04.txt': lines('script-traditional', 1),
};
const INFO: Record<string, string[]> = {
  '003_64090608850f335c.txt': lines('artifact-ocr', 48, 49, 49, 49, 51, 51),
  '004_18e10fec7b63ba04.txt': lines('artifact-web', 50, 52, 54),
};

/** Applies every fix of this group, round after round, until none is offered (at most 5 rounds). */
function fixAll(text: string, onlySafe: boolean): string {
  for (let round = 0; round < 5; round++) {
    const fixes = run(text).findings.filter((f) => IDS.has(f.rule) && f.fix && (f.fix.safe || !onlySafe)).map((f) => f.fix!);
    if (!fixes.length) return text;
    text = applyFixes(text, fixes).text;
  }
  assert.fail('fixes did not settle in 5 rounds');
}

describe('artifacts group on the seeds', () => {
  for (const name of Object.keys(EXPECT)) {
    test(`${name}: errors and warnings exactly as the issue lists`, () => {
      const text = seed(name);
      const r = run(text);
      assert.deepEqual(ours(text, r, serious), [...EXPECT[name]].sort());
      assert.deepEqual(ours(text, r, (f) => !serious(f)), [...(INFO[name] ?? [])].sort());
    });
  }

  test('000: after every fix, the draft is Simplified, without pinyin or the .pdf line, titled at the top', () => {
    const fixed = fixAll(seed('000_716b3ab937427b7d.txt'), false);
    assert.deepEqual(ours(fixed, run(fixed), () => true), []);
    assert.equal(fixed.split('\n')[0], '广州市荔湾区政务服务数据管理局2020年政府信息公开工作年度报告');
    assert.ok(fixed.includes('2020年,我局深入贯彻落实习近平总书记系列重要讲话'));
    assert.ok(!/\.pdf|\((?:shí|xí)\)/.test(fixed));
    assert.equal(run(fixed).kind, 'gov-info-2019');
  });

  test('001: the spam fix deletes 澳门皇冠: and nothing else', () => {
    const text = seed('001_e1d25a63a80be9ed.txt');
    const fixed = fixAll(text, true);
    assert.equal(fixed, text.replace('澳门皇冠:', ''));
  });

  test('002: the web fixes delete exactly the reported chrome lines', () => {
    const text = seed('002_e3a656259dc033f9.txt');
    const fixed = fixAll(text, false);
    const gone = new Set(EXPECT['002_e3a656259dc033f9.txt'].map((s) => Number(s.split(' ')[0]) - 1));
    assert.equal(fixed, text.split('\n').filter((_, i) => !gone.has(i)).join('\n'));
    // The safe fixes (fix-all) keep the 发布日期/来源 line: its date may be wanted.
    assert.ok(fixAll(text, true).includes('发布日期:2020-12-04'));
  });

  test('004: converting to Simplified uses mainland words and leaves the hints', () => {
    const text = seed('004_18e10fec7b63ba04.txt');
    const fixed = fixAll(text, false);
    for (const s of ['最佳化政务公开工作流程', '优化政务公开工作流程', '对外办事窗口55个', '统一办公网络大平台', '政府门户网站', '推行档案信息公开属性制度']) {
      assert.equal(fixed.includes(s), s !== '最佳化政务公开工作流程', s);
    }
    assert.deepEqual(ours(fixed, run(fixed), serious), []);
  });
});

// ---- generated drafts ------------------------------------------------------------------

const COMBOS = MATRIX.kinds.length * MATRIX.layouts.length * MATRIX.scripts.length * MATRIX.flavours.length;
const MEANING: DraftOptions[] = (['gov-info-2008', 'rule-of-law'] as FormatId[]).flatMap((kind, k) =>
  (['md', 'txt'] as const).flatMap((flavour, f) =>
    (['simplified', 'traditional'] as const).map((script, s) => ({ kind, flavour, script, seed: 700 + k * 10 + f * 2 + s }))));
const DRAFTS: DraftOptions[] = [...Array.from({ length: COMBOS * 2 }, (_, i) => matrixOptions(i, 31)), ...MEANING];

const tally = { clean: 0, falseAlarms: 0, traditional: 0, scriptCaught: 0, faults: 0, caught: 0 };

function checkClean(d: Draft): void {
  tally.clean++;
  const found = ours(d.text, run(d.text), serious);
  // A Traditional draft is exactly what script-traditional reports, once, on the title.
  const expected = d.script === 'traditional' ? [`${d.lines.title + 1} script-traditional`] : [];
  if (d.script === 'traditional') {
    tally.traditional++;
    if (found.includes(expected[0])) tally.scriptCaught++;
  }
  tally.falseAlarms += found.filter((f) => !expected.includes(f)).length;
  assert.deepEqual(found, expected, d.name);
}

function checkFaults(d: Draft): void {
  const misses: string[] = [];
  MUTATIONS.filter((m) => m.applies(d)).forEach((m, i) => {
    const fault = m.apply(d, new Rng(d.seed * 37 + i));
    tally.faults++;
    const found = ours(fault.text, run(fault.text), serious);
    if (found.includes(`${fault.line + 1} ${fault.rule}`)) tally.caught++;
    else misses.push(`${fault.rule} expected on L${fault.line + 1} after ${fault.what}; found: ${found.join(', ') || 'nothing'}`);
  });
  assert.deepEqual(misses, [], d.name);
}

describe('artifacts group on generated drafts', () => {
  for (const o of DRAFTS) {
    const d = generateDraft(o);
    describe(d.name, () => {
      test('clean: no error or warning of this group (Traditional: the script finding only)', () => checkClean(d));
      test('each injected artifact is reported on its line', () => checkFaults(d));
    });
  }
});

after(() => {
  console.log(`artifacts: ${tally.clean} clean drafts, ${tally.falseAlarms} false alarms, script-traditional on ${tally.scriptCaught}/${tally.traditional} Traditional drafts; ` +
    `${tally.faults} injected artifacts, ${tally.caught} caught`);
});
