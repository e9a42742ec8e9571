// title-nonstandard: the title lacks the statutory name, the year or the issuer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { titleNonstandard } from '../../../server/src/core/rules/title-nonstandard';
import { lint } from '../../../server/src/core';
import { garbledWords } from '../../../server/src/core/text/garbled-words';
import { applyOne, build2008, buildDraft, ruleAlone, where } from './build';

const run = ruleAlone(titleNonstandard);
const TITLE = '示例区人民政府办公室2023年政府信息公开工作年度报告';

test('silent on statutory titles', () => {
  assert.deepEqual(run(buildDraft()), []);
  assert.deepEqual(run(buildDraft({ kind: 2019 })), []);
  assert.deepEqual(run(build2008()), []);
});

test('names what is missing, on the title line', () => {
  const cases: [string, string][] = [
    ['示例区人民政府办公室2023年政府信息公开年度报告', '标题缺少法定名称“政府信息公开工作年度报告”'],
    ['示例区人民政府办公室政府信息公开工作年度报告', '标题缺少年度'],
    ['2023年政府信息公开工作年度报告', '标题缺少机关名称'],
    ['2023年政务公开工作年报', '标题缺少法定名称“政府信息公开工作年度报告”、机关名称'],
  ];
  for (const [title, msg] of cases) {
    const text = buildDraft().replace(TITLE, title);
    const fs = run(text);
    assert.equal(fs.length, 1, title);
    assert.equal(fs[0].severity, 'info');
    assert.ok(fs[0].message.startsWith(msg + '（'), fs[0].message);
    assert.equal(where(text, fs[0]).line, 0);
  }
});

test('a title read from the first sentence is not judged', () => {
  const text = buildDraft().replace(`# ${TITLE}\n`, '现公布2023年政府信息公开年报。\n');
  assert.deepEqual(run(text), []);
});

test('the statutory words with their characters out of order: named, with the right order as a fix; the draft is still read as the report', () => {
  for (const [garbled, want] of [['工作告年度报', '工作年度报告'], ['工作年报度告', '工作年度报告'], ['工作年度告报', '工作年度报告'], ['度年报告', '年度报告']]) {
    const text = buildDraft().replace('政府信息公开工作年度报告', `政府信息公开${garbled}`);
    const r = lint(text);
    assert.equal(r.kind, 'gov-info-2021', garbled);
    const fs = run(text);
    assert.equal(fs.length, 1, garbled);
    assert.equal(fs[0].message, `标题中的“${garbled}”字序错乱，应为“${want}”`);
    assert.equal(where(text, fs[0]).slice, garbled);
    assert.equal(where(text, fs[0]).line, 0);
    assert.equal(fs[0].fix?.safe, false);
    assert.equal(applyOne(text, fs[0]).split('\n')[0], `# 示例区人民政府办公室2023年政府信息公开${want}`);
  }
  // Traditional script: the same words, offsets kept.
  const trad = buildDraft().replace('政府信息公开工作年度报告', '政府信息公開工作告年度報');
  assert.equal(where(trad, run(trad)[0]).slice, '工作告年度報');
});

test('no title: an opening sentence naming the units\' reports (…政府信息公开年度工作报告编制而成) is no title to judge (nX 13)', () => {
  const text = buildDraft().replace(`# ${TITLE}\n`, '本年度报告根据《条例》要求，综合2023年度各县（市、区）政府和市级各部门的政府信息公开年度工作报告编制而成。\n');
  assert.deepEqual(run(text).filter((f) => /字序错乱/.test(f.message)), []);
});

test('garbledWords: only an anagram of the statutory words, never the words themselves or other words', () => {
  assert.equal(garbledWords('某局2023年政府信息公开工作年度报告'), null);
  assert.equal(garbledWords('某局2023年政府信息公开年度报告'), null);
  assert.equal(garbledWords('某局2023年政府信息公开工作报告'), null);
  assert.equal(garbledWords('关于政府信息公开工作的通知'), null);
  assert.deepEqual(garbledWords('某局政府信息公开工作告年度报'), { at: 8, wrote: '工作告年度报', want: '工作年度报告' });
});

test('the report named in its own text without 公开: once, at the name', () => {
  const opening = '我局编制了2023年度政府信息工作年度报告。现报告如下：';
  const text = buildDraft().replace('\n\n## 一、', `\n\n${opening}\n\n## 一、`);
  assert.ok(text.includes(opening));
  const fs = run(text);
  assert.deepEqual(fs.map((f) => [where(text, f).slice, f.message]),
    [['政府信息工作年度报告', '报告名称“政府信息工作年度报告”缺少“公开”，法定名称为“政府信息公开工作年度报告”']]);
  // The statutory name, or the name written with 公开 in another order of words: silent.
  for (const ok of ['我局编制了2023年度政府信息公开工作年度报告。', '我局编制了2023年政府信息公开年度报告。']) {
    assert.deepEqual(run(buildDraft().replace('\n\n## 一、', `\n\n${ok}\n\n## 一、`)), [], ok);
  }
});

// oW harvest: a 2025 report's page puts the title without its organ and the organ on the line below
// (2025年政府信息公开工作年度报告 / 区数据局): a byline, not a title without an issuer. A sentence below is no byline.
test('an organ alone on the line under the title is its byline: the issuer is not missing', () => {
  const byline = buildDraft().replace(`# ${TITLE}\n`, '# 2023年政府信息公开工作年度报告\n示例区数据局\n');
  assert.deepEqual(run(byline), []);
  const prose = buildDraft().replace(`# ${TITLE}\n`, '# 2023年政府信息公开工作年度报告\n本报告由示例区数据局编制。\n');
  assert.equal(run(prose).length, 1);
  assert.ok(run(prose)[0].message.startsWith('标题缺少机关名称'));
});
