// heading-nonstandard: a statutory heading worded differently from the template (info). The
// fix replaces the title text only; safe when only filler words (的, 工作, 政府信息公开) differ.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyOne, build2008, buildDraft, buildRuleOfLaw, where } from './build';
import { assertSilentOnCompleteDrafts, found } from './structure-helpers';
import { ROOT } from '../helpers';

const RULE = 'heading-nonstandard';
const CORPUS = join(ROOT, 'test', 'fixtures', 'corpus', '2025-county-government-converted.md');

test('silent on complete drafts of every layout, and on other report kinds', () => {
  assertSilentOnCompleteDrafts(RULE);
  assert.deepEqual(found(buildRuleOfLaw(), RULE), []);
  assert.deepEqual(found(build2008(), RULE), []);
});

test('width, spaces, punctuation, script and pinyin debris are not drift', () => {
  const variants: [string, string][] = [
    ['二、主动公开政府信息情况', '二、主动公开 政府信息情况'],
    ['四、政府信息公开行政复议、行政诉讼情况', '四、政府信息公开行政复议,行政诉讼情况'],
    ['二、主动公开政府信息情况', '二、主動(dòng)公開政府信息情況'],
    ['三、收到和处理政府信息公开申请情况', '三、收到和處理政府信息公開申請情況'],
    ['六、其他需要报告的事项', '六、其他需要报告的事项　'],
  ];
  for (const [from, to] of variants) assert.deepEqual(found(buildDraft().replace(from, to), RULE), [], to);
});

test('二、主动公开政府信息的情况: info on the title text, safe fix to the template wording', () => {
  for (const flavour of ['md', 'txt'] as const) {
    const text = buildDraft({ flavour }).replace('二、主动公开政府信息情况', '二、主动公开政府信息的情况');
    const fs = found(text, RULE);
    assert.equal(fs.length, 1, flavour);
    assert.equal(where(text, fs[0]).slice, '主动公开政府信息的情况', 'the title only, not 二、 or ##');
    assert.equal(fs[0].severity, 'info');
    assert.equal(fs[0].message, '标题“主动公开政府信息的情况”与格式不一致，应为“二、主动公开政府信息情况”');
    assert.equal(fs[0].fix!.safe, true);
    const fixed = applyOne(text, fs[0]);
    assert.equal(fixed, buildDraft({ flavour }));
  }
});

test('extra words of the author\'s own make the fix unsafe (content would be lost)', () => {
  const text = buildDraft().replace('二、主动公开政府信息情况', '二、主动公开政府信息情况及政策解读');
  const [f] = found(text, RULE);
  assert.equal(f.fix!.safe, false);
  assert.equal(f.fix!.edits[0].newText, '主动公开政府信息情况');
});

test('a Traditional draft is compared after conversion; the fix writes the standard wording', () => {
  const text = buildDraft().replace('五、存在的主要问题及改进情况', '五、政府信息公開工作存在的主要問題及改進情況');
  const fs = found(text, RULE);
  assert.equal(fs.length, 1);
  assert.equal(where(text, fs[0]).slice, '政府信息公開工作存在的主要問題及改進情況');
  assert.equal(fs[0].fix!.edits[0].newText, '存在的主要问题及改进情况');
  assert.equal(fs[0].fix!.safe, true, 'only filler differs once converted');
});

test('corpus: the converted county report gets exactly the info on its 五 heading', () => {
  const text = readFileSync(CORPUS, 'utf8');
  const fs = found(text, RULE);
  assert.deepEqual(fs.map((f) => [where(text, f).line + 1, f.severity, where(text, f).slice]),
    [[175, 'info', '政府信息公开工作存在的主要问题及改进情况']]);
  assert.equal(fs[0].fix!.safe, true);
});

test('a top-level heading cut to one character with text after it → info, in every format; not at the end', () => {
  for (const [text, cut] of [
    [build2008().replace('一、主动公开政府信息的情况', '一、主'), '主'],
    [buildDraft({ flavour: 'txt' }).replace('一、总体情况', '一、总'), '总'],
  ] as const) {
    const fs = found(text, RULE).filter((f) => f.message.includes('只有一个字'));
    assert.equal(fs.length, 1, cut);
    assert.equal(text.slice(fs[0].start, fs[0].end), cut);
    assert.equal(fs[0].severity, 'info');
    assert.match(fs[0].message, /^标题“一、.”只有一个字，像是被截断了，请按原稿补全$/);
  }
  // the page stops right after the heading: not judged; whole headings stay silent
  const cut = buildDraft({ flavour: 'txt' });
  const end = cut.indexOf('二、主动公开');
  assert.deepEqual(found(cut.slice(0, end) + '二、主\n', RULE).filter((f) => f.message.includes('只有一个字')), []);
  assert.deepEqual(found(build2008(), RULE).filter((f) => f.message.includes('只有一个字')), []);
});

test('a numeral alone on its line with text after it (一、 / 西街街道成立…, nT/26) → info, its words lost; not at the end, not in a table', () => {
  for (const text of [build2008().replace('一、主动公开政府信息的情况', '一、'), buildDraft({ flavour: 'txt' }).replace('一、总体情况', '一、')]) {
    const fs = found(text, RULE).filter((f) => f.message.includes('只有序号'));
    assert.equal(fs.length, 1);
    assert.equal(text.slice(fs[0].start, fs[0].end), '一、');
    assert.equal(fs[0].severity, 'info');
    assert.match(fs[0].message, /^标题“一、”只有序号，标题文字丢失了，请按原稿补全$/);
  }
  const full = buildDraft({ flavour: 'txt' });
  assert.deepEqual(found(full.slice(0, full.indexOf('二、主动公开')) + '二、\n', RULE).filter((f) => f.message.includes('只有序号')), []);
  assert.deepEqual(found(full, RULE).filter((f) => f.message.includes('只有序号')), []);
});

test('the statutory title cut short on the last filled line (四、政府信息公开行: a page stored part-way) is silent; above text it is reported', () => {
  const full = buildDraft({ flavour: 'txt' });
  const at = full.indexOf('四、政府信息公开行政复议、行政诉讼情况');
  assert.ok(at > 0);
  const cut = `${full.slice(0, at)}四、政府信息公开行\n\n`;
  assert.deepEqual(found(cut, RULE), []);
  // The same words with text after them: a heading written short, reported.
  const short = `${full.slice(0, at)}四、政府信息公开行\n${full.slice(full.indexOf('\n', at) + 1)}`;
  const fs = found(short, RULE);
  assert.equal(fs.length, 1);
  assert.equal(where(short, fs[0]).slice, '政府信息公开行');
});
