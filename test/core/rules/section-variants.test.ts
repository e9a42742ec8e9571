// Variant section headings: real reports word the six statutory headings in their own way
// (一、总体概述, 三、依申请公开情况, 五、存在的主要问题及整改措施). The format data lists the
// common variants per section; a variant heading counts as its section (no section-missing,
// no section-order), and heading-nonstandard notes (info) that it is not the template wording.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';
import { FORMATS } from '../../../server/src/core/formats/index';
import { buildDraft } from './build';
import { found } from './structure-helpers';

const TITLES: Record<string, string> = {
  general: '一、总体情况', active: '二、主动公开政府信息情况', applications: '三、收到和处理政府信息公开申请情况',
  review: '四、政府信息公开行政复议、行政诉讼情况', problems: '五、存在的主要问题及改进情况', other: '六、其他需要报告的事项',
};

const VARIANTS: [string, string][] = [
  ['general', '总体概述'], ['general', '概述'], ['general', '基本情况'], ['general', '工作概述'],
  ['active', '主动公开情况'], ['active', '主动公开工作情况'], ['active', '政府信息主动公开情况'],
  ['applications', '依申请公开情况'], ['applications', '依申请公开政府信息情况'], ['applications', '依申请公开工作情况'],
  ['review', '复议诉讼情况'], ['review', '行政复议和行政诉讼情况'],
  ['problems', '存在的主要问题及整改措施'], ['problems', '存在问题及改进措施'], ['problems', '主要问题及改进措施'],
  ['problems', '问题及改进'], ['problems', '存在的不足及改进措施'],
  ['other', '其他事项'], ['other', '其他需要说明的事项'],
];

function withHeading(id: string, words: string, opts: Parameters<typeof buildDraft>[0] = {}): string {
  const statutory = TITLES[id];
  const text = buildDraft(opts);
  assert.ok(text.includes(statutory), statutory);
  return text.replace(statutory, statutory.slice(0, 2) + words);
}

test('every variant heading is its statutory section: no section-missing, no section-order', () => {
  for (const kind of [2019, 2021] as const) {
    for (const flavour of ['md', 'txt'] as const) {
      for (const [id, words] of VARIANTS) {
        const text = withHeading(id, words, { kind, flavour });
        const label = `${kind} ${flavour} ${words}`;
        assert.deepEqual(found(text, 'section-missing'), [], label);
        assert.deepEqual(found(text, 'section-order'), [], label);
        assert.deepEqual(found(text, 'section-duplicate'), [], label);
        const a = analyze(text);
        assert.equal(a.report!.sections.get(id)!.sections.length, 1, label);
      }
    }
  }
});

test('a variant heading gets heading-nonstandard info saying it is not the statutory wording; the fix is not safe', () => {
  const text = withHeading('general', '总体概述');
  const fs = found(text, 'heading-nonstandard');
  assert.equal(fs.length, 1);
  assert.equal(fs[0].severity, 'info');
  assert.equal(fs[0].message, '标题“总体概述”是常见的变体写法，按“一、总体情况”部分理解，但不是格式规定的标题原文');
  assert.equal(fs[0].fix!.safe, false);
  assert.equal(fs[0].fix!.edits[0].newText, '总体情况');
});

test('依申请公开政府信息情况 is section 三, not 二 (it resembles 主动公开政府信息情况 by letters)', () => {
  const text = withHeading('applications', '依申请公开政府信息情况');
  const a = analyze(text);
  assert.equal(a.report!.sections.get('active')!.sections.length, 1);
  assert.equal(a.report!.sections.get('applications')!.sections.length, 1);
  assert.deepEqual(found(text, 'section-duplicate'), []);
});

test('a heading that is no variant is still missing (the rule can still fail)', () => {
  const text = withHeading('general', '工作要点');
  const fs = found(text, 'section-missing');
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /缺少第一部分“一、总体情况”/);
  const moved = buildDraft().replace('一、总体情况', '一、下一步工作打算');
  assert.equal(found(moved, 'section-missing').length, 1);
});

test('a variant in the wrong place is reported by section-order as its section', () => {
  // 六 written as 其他事项 before 五.
  const text = buildDraft();
  const five = text.indexOf('## 五、');
  const six = text.indexOf('## 六、');
  const sig = text.indexOf('示例区人民政府办公室\n2024');
  const swapped = text.slice(0, five) + text.slice(six, sig).replace('六、其他需要报告的事项', '五、其他事项') + text.slice(five, six).replace('五、', '六、') + text.slice(sig);
  assert.ok(found(swapped, 'section-order').length >= 1);
  assert.deepEqual(found(swapped, 'section-missing'), []);
});

test('the variants are data in both title-matched formats, and none is another section\'s title', () => {
  for (const kind of ['gov-info-2019', 'gov-info-2021'] as const) {
    const f = FORMATS[kind];
    const titles = new Set(f.sections.map((s) => s.title));
    for (const s of f.sections) {
      assert.ok((s.variants ?? []).length > 0, `${kind} ${s.id}`);
      for (const v of s.variants!) assert.ok(!titles.has(v), v);
    }
  }
});
