// script-traditional: a draft written in Traditional characters. One warning, on the first
// line with Traditional characters; fix (not safe): convert the draft to mainland Simplified
// with edits on the changed characters only, Taiwan terms (最佳化, 網路, 視窗) to mainland words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintAnalysis, RULES } from '../../../server/src/core';
import { scriptTraditional } from '../../../server/src/core/rules/script-traditional';
import { simplifyEdits } from '../../../server/src/core/model/artifacts-script';
import { applyOne, build2008, buildDraft, buildRuleOfLaw, findings, LAYOUTS, where } from './build';

const RULE = 'script-traditional';
const lintWith = (text: string) => lintAnalysis(analyze(text), [...RULES.filter((r) => r.id !== RULE), scriptTraditional]);
const found = (text: string) => findings(text, RULE, lintWith(text));

type Conv = (s: string) => string;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC = require('opencc-js') as { Converter(o: { from: string; to: string }): Conv };
const TO: Record<'tw' | 'hk', Conv> = { tw: OpenCC.Converter({ from: 'cn', to: 'tw' }), hk: OpenCC.Converter({ from: 'cn', to: 'hk' }) };

/** Converts the text one character at a time: phrase choices do not matter for what changes. */
const simplify = (s: string) => {
  const r = simplifyEdits(s);
  let out = '';
  let pos = 0;
  for (const e of r.edits) { out += s.slice(pos, e.start) + e.newText; pos = e.end; }
  return out + s.slice(pos);
};

test('silent on Simplified drafts of every kind, even quoting a Traditional name', () => {
  for (const layout of LAYOUTS) assert.deepEqual(found(buildDraft({ layout })), []);
  assert.deepEqual(found(build2008()), []);
  assert.deepEqual(found(buildRuleOfLaw()), []);
  const quoting = buildDraft().replace('上年结转1件。', '上年结转1件。赴香港特別行政區政府資訊科技總監辦公室及臺灣地區交流考察，學習「數碼政府」經驗。');
  assert.deepEqual(found(quoting), []);
});

test('a Traditional draft (Taiwan or Hong Kong characters): one warning on the title line', () => {
  for (const variant of ['tw', 'hk'] as const) {
    for (const flavour of ['md', 'txt'] as const) {
      const text = TO[variant](buildDraft({ flavour }));
      const fs = found(text);
      assert.equal(fs.length, 1, `${variant} ${flavour}`);
      assert.equal(where(text, fs[0]).line, 0);
      assert.equal(where(text, fs[0]).slice, text.split('\n')[0].replace(/^# /, ''));
      assert.equal(fs[0].severity, 'warning');
      assert.match(fs[0].message, /^全文使用繁体字（\d+ 个汉字中 \d+ 个为繁体，约 \d+%），如“.+”；报告应使用规范汉字（简体）$/);
    }
  }
});

test('the fix converts back exactly, touching only changed characters; it is not safe', () => {
  for (const variant of ['tw', 'hk'] as const) {
    const draft = buildDraft({ kind: 2019, layout: 'tab' });
    const text = TO[variant](draft);
    const [f] = found(text);
    assert.equal(f.fix?.safe, false);
    assert.equal(f.fix?.title, '全文转换为简体');
    for (const e of f.fix!.edits) {
      const was = text.slice(e.start, e.end);
      // A plain character edit changes every character it covers.
      assert.ok([...was].every((c, i) => c !== e.newText[i]), `edit “${was}” → “${e.newText}” covers an unchanged character`);
    }
    assert.equal(applyOne(text, f), draft);
    assert.deepEqual(found(draft), []);
  }
});

test('Taiwan terms become mainland words; mainland words that OpenCC\'s Taiwan table would change stay', () => {
  assert.equal(simplify('最佳化政務公開工作流程，對外辦事視窗55個，建構全區統一的網路大平台，搭建政府入口網站。'),
    '优化政务公开工作流程，对外办事窗口55个，建构全区统一的网络大平台，搭建政府门户网站。');
  // 'twp' would give 文件管理, 进程, 内核, 创建, 指针, 集成, 智能, 性能, 查找.
  assert.equal(simplify('完善檔案管理，規範程序，以服務為核心，建立指標體系，整合資源，建設智慧城市，提升效能，線上查詢。'),
    '完善档案管理，规范程序，以服务为核心，建立指标体系，整合资源，建设智慧城市，提升效能，线上查询。');
  // Phrase-aware characters: 隨著 → 随着, 著作 stays, 乾淨 → 干净, 乾隆 stays; Hong Kong 衞 → 卫.
  assert.equal(simplify('隨著著作權保護加強，乾淨整潔的乾隆年間建築衞生達標。'), '随着著作权保护加强，干净整洁的乾隆年间建筑卫生达标。');
  const r = simplifyEdits('最佳化網路');
  assert.equal(r.terms, 2);
  assert.deepEqual(r.edits.map((e) => e.newText), ['优化网络']);
});

test('the fix title counts the Taiwan terms; pinyin annotations are left to artifact-conversion', () => {
  const text = TO.tw(buildDraft()).replace('上年結轉1件。', '上年結轉1件。最佳化網路平台，落實(shí)責任。');
  const [f] = found(text);
  assert.equal(f.fix?.title, '全文转换为简体，并将 2 处台湾用语改为内地说法');
  const fixed = applyOne(text, f);
  assert.ok(fixed.includes('优化网络平台，落实(shí)责任。'));
});

test('precision: a short Traditional passage in a Simplified draft is not a Traditional draft', () => {
  const passage = '本機關依據《政府資訊公開法》辦理，並於網站公開相關資訊，歡迎民眾查閱。';
  assert.deepEqual(found(buildDraft().replace('上年结转1件。', `上年结转1件。${passage}`)), []);
});
