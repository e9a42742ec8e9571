// heading-sequence: a statutory part heading numbered with an Arabic numeral among 一、-style parts
// (1. 总体情况 before 二、主动公开情况, a harvested page: nG/30). Only the part's own numeral between its neighbours.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headingSequence } from '../../../server/src/core/rules/heading-sequence';
import { buildDraft, ruleInRegistry, where } from './build';

const run = ruleInRegistry(headingSequence);
const draft = () => buildDraft({ flavour: 'txt' });
const arabic = (text: string) => run(text).filter((f) => f.message.includes('阿拉伯数字'));

test('1. 总体情况 or 3、 for part 三 → info with the 一、-style numeral and an unsafe fix', () => {
  for (const [from, to, msg] of [
    ['一、总体情况', '1. 总体情况', '标题“1. 总体情况”的序号“1.”是阿拉伯数字，而其他部分标题用“一、”“二、”式的汉字序号：应为“一、总体情况”'],
    ['三、收到和处理政府信息公开申请情况', '3、收到和处理政府信息公开申请情况', '标题“3、收到和处理政府信息公开申请情况”的序号“3、”是阿拉伯数字，而其他部分标题用“一、”“二、”式的汉字序号：应为“三、收到和处理政府信息公开申请情况”'],
  ]) {
    const text = draft().replace(from, to);
    const fs = arabic(text);
    assert.equal(fs.length, 1, to);
    assert.equal(fs[0].message, msg);
    assert.equal(fs[0].severity, 'info');
    assert.equal(text.slice(fs[0].start, fs[0].end), to);
    assert.equal(where(text, fs[0]).line, text.split('\n').indexOf(to));
    assert.equal(fs[0].fix?.safe, false);
    const edit = fs[0].fix!.edits[0];
    const fixed = text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
    assert.ok(fixed.includes('\n' + msg.slice(msg.indexOf('应为“') + 3, -1) + '\n'), to);
  }
});

test('silent for a sub-item under a numbered part, another numeral, or a longer line', () => {
  for (const [from, to] of [
    // part 一 numbered 一、, a 1. sub-heading under it repeats the title
    ['一、总体情况', '一、总体情况\n1. 总体情况'],
    // the numeral is not the part's
    ['一、总体情况', '2. 总体情况'],
    // the line says more than the title
    ['一、总体情况', '1. 总体情况如下'],
  ]) assert.deepEqual(arabic(draft().replace(from, to)), [], to);
});
