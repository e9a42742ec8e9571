// text-doubled: a 2–4 character word written twice in a row, also across a PDF line wrap.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textDoubled } from '../../../server/src/core/rules/text-doubled';
import { buildDraft, findings, LAYOUTS, slicesOf } from './build';

const RULE = 'text-doubled';
const GENERAL = '全年新收政府信息公开申请12件，上年结转1件。';
const withGeneral = (s: string): string => buildDraft().replace(GENERAL, s);
const slices = slicesOf(RULE);

test('silent on clean drafts and legitimate reduplication', () => {
  for (const layout of LAYOUTS) for (const flavour of ['md', 'txt'] as const) assert.deepEqual(slices(buildDraft({ layout, flavour })), []);
  for (const s of [
    '常常天天认认真真地研究研究，哈哈哈哈。',
    '一个一个地落实，二〇二〇年，看看效果。',
    // 人民政府 + 政府信息: an overlap of two terms (seed 004, a published 2011 district report, in Simplified).
    '本区人民政府政府信息公开专栏访问量为681248人次。',
    '研究、研究，政府。政府信息。',
    // A level's or a place's government (县政府, 各级政府) before 政府信息.
    '全县各级政府政府信息公开工作有序推进，县政府政府网站运行平稳。',
  ]) assert.deepEqual(slices(withGeneral(s)), [], s);
});

test('fires on a doubled word; info; message', () => {
  const text = withGeneral('规范政府信息信息公开工作流程，加强资金资金分配管理，逐步逐步推进。');
  assert.deepEqual(slices(text), ['信息信息', '资金资金', '逐步逐步']);
  // 政府 doubled after a verb (收到和处理政府政府信息公开申请情况): no organ's name ends there.
  assert.deepEqual(slices(withGeneral('本报告包括收到和处理政府政府信息公开申请情况。')), ['政府政府']);
  const [f] = findings(text, RULE);
  assert.equal(f.severity, 'info');
  assert.equal(f.message, '词语重复：“信息信息”，“信息”多写了一遍');
  assert.equal(f.messageEn, 'Word doubled: “信息信息” repeats “信息”');
});

test('across a PDF line wrap', () => {
  // Lines of one width, wrapped inside sentences (prose-wrap.ts), the word repeated at the break.
  const para = [
    '2023年，示例区人民政府办公室坚持以公开为常态、不公开为例外，全面推进政务',
    '政务信息公开工作，全年新收政府信息公开申请12件，上年结转1件，均在法定',
    '期限内答复，未发生行政复议和行政诉讼，政务公开工作水平得到了进一步提升',
    '和巩固。',
  ].join('\n');
  // The whole paragraph of section 一 replaced.
  const text = buildDraft().replace(/^2023年，示例区.*$/m, para);
  const fs = findings(text, RULE);
  assert.deepEqual(fs.map((f) => text.slice(f.start, f.end)), ['政务\n政务']);
  // The same break in plain one-paragraph-per-line text is not a wrap: silent.
  const plain = withGeneral('全面推进政务\n\n政务信息公开工作。');
  assert.deepEqual(slices(plain), []);
});

test('the rule page example: the wrong excerpt is reported, the right one is not', () => {
  const ex = textDoubled.examples!;
  assert.ok(findings(withGeneral(ex.wrong), RULE).length > 0);
  assert.deepEqual(findings(withGeneral(ex.right), RULE), []);
});

test('规定规定 after 有关/相关/国家 is the noun then the verb (条例 第二十条(十五)); elsewhere doubled', () => {
  // oO/08 (安丘市 2022) quotes the statute: 法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息.
  assert.deepEqual(slices(withGeneral('做好法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息。')), []);
  assert.deepEqual(slices(withGeneral('按照相关规定规定的时限答复申请人。')), []);
  assert.deepEqual(slices(withGeneral('严格执行保密审查规定规定，确保信息安全。')), ['规定规定']);
});

test('a run of 一X pieces is no doubled word (办案一案一卷一审, oX/30); 统一统一 still is', () => {
  assert.deepEqual(slices(withGeneral('明确办案一案一卷一审,做到责任到人。')), []);
  assert.deepEqual(slices(withGeneral('全县统一统一部署信息公开工作。')), ['统一统一']);
});
