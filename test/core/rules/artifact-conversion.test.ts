// artifact-conversion: toned pinyin left by a script converter after characters (落實(shí)).
// One warning per line; its safe fix removes that line's annotations (fix-all clears the draft).
// One or two annotations in a whole draft are deliberate (亳(bó)州) and not reported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, applyFixes, lintAnalysis, RULES } from '../../../server/src/core';
import { artifactConversion } from '../../../server/src/core/rules/artifact-conversion';
import { applyOne, buildDraft, buildRuleOfLaw, findings, LAYOUTS, lineOf, where } from './build';

const RULE = 'artifact-conversion';
const lintWith = (text: string) => lintAnalysis(analyze(text), [...RULES.filter((r) => r.id !== RULE), artifactConversion]);
const found = (text: string) => findings(text, RULE, lintWith(text));

const ANCHOR = '上年结转1件。';
const withProse = (s: string) => buildDraft().replace(ANCHOR, ANCHOR + s);
const DEBRIS = '深入貫徹落實(shí)習(xí)近平總書記系列重要講話，認(rèn)真落實(shí)國家部署。';

test('silent on consistent drafts, and on numbering in brackets ((一), (a), (2))', () => {
  for (const layout of LAYOUTS) assert.deepEqual(found(buildDraft({ layout })), []);
  assert.deepEqual(found(buildRuleOfLaw()), []);
  assert.deepEqual(found(withProse('工作要点(一)已落实(a)项，完成(2)项，整改(三)项。')), []);
});

test('one warning per line, from the first to the last annotation; the message counts them', () => {
  const text = withProse(DEBRIS);
  const fs = found(text);
  assert.equal(fs.length, 1);
  const w = where(text, fs[0]);
  assert.equal(w.line, lineOf(text, DEBRIS));
  assert.ok(w.slice.startsWith('(shí)') && w.slice.endsWith('(shí)'), w.slice);
  assert.equal(fs[0].severity, 'warning');
  assert.equal(fs[0].message, '本行有 4 处转换工具留下的拼音注音（如“落實(shí)”），应删除');
});

test('the fix removes every annotation of its line and nothing else', () => {
  const text = withProse(DEBRIS);
  const [f] = found(text);
  assert.equal(f.fix?.safe, true);
  assert.equal(f.fix?.edits.length, 4);
  const fixed = applyOne(text, f);
  assert.equal(fixed, withProse('深入貫徹落實習近平總書記系列重要講話，認真落實國家部署。'));
  assert.deepEqual(found(fixed), []);
});

test('fix-all: the fixes of all lines together clear the draft', () => {
  const text = withProse(`${DEBRIS}\n統(tǒng)一規(guī)範(fàn)，強(qiáng)化平臺(tái)。\n`);
  const fs = found(text);
  assert.equal(fs.length, 2);
  const fixed = applyFixes(text, fs.map((f) => f.fix!)).text;
  assert.equal(fixed, withProse('深入貫徹落實習近平總書記系列重要講話，認真落實國家部署。\n統一規範，強化平臺。\n'));
});

test('precision: one or two annotations in a draft are taken as deliberate', () => {
  assert.deepEqual(found(withProse('赴亳(bó)州、涡(guō)阳两地学习交流。')), []);
  assert.equal(found(withProse('赴亳(bó)州、涡(guō)阳、蚌(bèng)埠三地学习交流。')).length, 1);
});

test('a paragraph wrapped at the page width (PDF text, mA/11) is reported once, its pinyin not counted in the line width', () => {
  // Four printed lines, the first three of 34 characters, cut inside the sentence; the converter annotated
  // characters on every line after the PDF broke them (so the lines differ in length as stored).
  const printed = [
    '本報(bào)告根據(jù)條例和年度報告格式的通知要求編制並向社會全文公開本報告由總',
    '體(tǐ)情況主動公開政府信息情況收到和處理政府信息公開申請情況政府信息公開',
    '行政復(fù)議行政訴訟情況存在的主要問題及改進情況其他需要報告的事項以及附',
    '表等六個部分組成。',
  ];
  const text = buildDraft().replace(ANCHOR, ANCHOR + '\n' + printed.join('\n') + '\n');
  const fs = found(text);
  assert.equal(fs.length, 1, JSON.stringify(fs.map((f) => f.message)));
  assert.match(fs[0].message, /^本段有 4 处/);
  assert.equal(where(text, fs[0]).line, lineOf(text, printed[0]));
  // Its fix removes the paragraph's annotations and nothing else.
  const fixed = applyOne(text, fs[0]);
  assert.equal(fixed, text.replace(/\((?:bào|jù|tǐ|fù)\)/g, ''));
});
