// artifact-web: HTML tags and entities left as text in the report (<p>, </span>, 我局&nbsp;全年): only the
// markup is reported and removed. An HTML table's markup, &nbsp; indenting a line, <br>, <div> and the
// angle brackets of a title (<中华人民共和国政府信息公开条例>) stay silent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyOne, buildDraft, findings, LAYOUTS, slicesOf } from './build';

const RULE = 'artifact-web';
const GENERAL = '全年新收政府信息公开申请12件，上年结转1件。';
/** The draft with `s` as a paragraph of its own after the general figures. */
const withGeneral = (s: string): string => buildDraft().replace(GENERAL, `${GENERAL}\n${s}\n`);
const slices = slicesOf(RULE);

test('tags and entities inside the text → warning on the markup; the fix removes only it', () => {
  const text = withGeneral('<p><span>本年度共办理咨询20件，</span>均已答复&nbsp;完毕。</p>');
  assert.deepEqual(slices(text), ['<p><span>', '</span>', '&nbsp;', '</p>']);
  const fs = findings(text, RULE);
  assert.equal(fs[0].severity, 'warning');
  assert.equal(fs[0].message, '网页残留（HTML 标记）：“<p><span>”是网页源码，不属于报告内容，应删除');
  assert.equal(fs[0].fix!.safe, true);
  assert.equal(fs[2].fix!.safe, false);
  let fixed = text;
  for (const f of [...fs].reverse()) fixed = applyOne(fixed, f);
  assert.ok(fixed.includes('\n本年度共办理咨询20件，均已答复完毕。\n'));
  assert.deepEqual(slices(fixed), []);
});

test('silent on drafts, indentation, <br>, <div>, a title in angle brackets and an HTML table', () => {
  for (const layout of LAYOUTS) assert.deepEqual(slices(buildDraft({ layout })), []);
  for (const s of [
    '&nbsp;&nbsp;本年度共办理咨询20件，均已答复。',
    '<div align="center">本年度共办理咨询20件，</div>均已答复。<br>',
    '依据<中华人民共和国政府信息公开条例>，本年度共办理咨询20件。',
    '<table><tr><td><p>咨询</p></td><td>20</td></tr><tr><td>答复</td><td>20</td></tr></table>',
  ]) assert.deepEqual(slices(withGeneral(s)), [], s);
});

test("Word's conditional comments left by a page exported from Word → the markup only (nU, 平潭 2016)", () => {
  const text = withGeneral('6、国有企业信息公开情况。<!--[if !supportLists]-->7、<!--[endif]-->公共监管信息公开情况。');
  assert.deepEqual(slices(text), ['<!--[if !supportLists]-->', '<!--[endif]-->']);
  assert.deepEqual(slices(withGeneral('<!-- 这是注释 -->本年度共办理咨询20件。')), []);
});
