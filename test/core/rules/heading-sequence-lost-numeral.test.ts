// heading-sequence: a statutory part heading that lost its numeral (总体情况 before 二、…, a harvested
// page: mP/33; 、主动公开政府信息情况 after 一、…: mQ/28). Only between the numbered neighbours.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headingSequence } from '../../../server/src/core/rules/heading-sequence';
import { buildDraft, ruleInRegistry, where } from './build';

const run = ruleInRegistry(headingSequence);
const draft = () => buildDraft({ flavour: 'txt' });

test('a part title alone without its numeral between numbered parts → info with the numeral', () => {
  for (const [from, to, msg] of [
    ['一、总体情况', '总体情况', '标题“总体情况”缺少序号“一”：前后的部分标题都有序号，应为“一、总体情况”'],
    ['二、主动公开政府信息情况', '、主动公开政府信息情况', '标题“、主动公开政府信息情况”缺少序号“二”：前后的部分标题都有序号，应为“二、主动公开政府信息情况”'],
    // the mark kept as a comma: the fix writes the numeral's own mark, as the message says
    ['二、主动公开政府信息情况', '，主动公开政府信息情况', '标题“，主动公开政府信息情况”缺少序号“二”：前后的部分标题都有序号，应为“二、主动公开政府信息情况”'],
    // a common variant of part 三's title
    ['三、收到和处理政府信息公开申请情况', '依申请公开情况', '标题“依申请公开情况”缺少序号“三”：前后的部分标题都有序号，应为“三、依申请公开情况”'],
  ]) {
    const text = draft().replace(from, to);
    const fs = run(text).filter((f) => f.message.includes('缺少序号'));
    assert.equal(fs.length, 1, to);
    assert.equal(fs[0].message, msg);
    assert.equal(fs[0].severity, 'info');
    assert.equal(text.slice(fs[0].start, fs[0].end), to);
    assert.equal(where(text, fs[0]).line, text.split('\n').indexOf(to));
    const edit = fs[0].fix!.edits[0];
    const fixed = text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
    assert.ok(fixed.includes('\n' + fs[0].message.slice(fs[0].message.indexOf('应为“') + 3, -1) + '\n'), to);
  }
});

test('silent when the neighbours do not fix the numeral or the line is no bare title', () => {
  for (const [from, to] of [
    // part 二 also numbered elsewhere: the title line is prose, not the lost heading
    ['一、总体情况', '一、总体情况\n主动公开政府信息情况'],
    // the line says more than the title
    ['二、主动公开政府信息情况', '主动公开政府信息情况如下'],
    // two parts in a row without numerals: 一、 is followed by 主动公开… and 收到和处理…, then 四、
    ['二、主动公开政府信息情况\n', '主动公开政府信息情况\n'],
  ]) {
    let text = draft().replace(from, to);
    if (to.endsWith('\n')) text = text.replace('三、收到和处理政府信息公开申请情况', '收到和处理政府信息公开申请情况');
    assert.deepEqual(run(text).filter((f) => f.message.includes('缺少序号')), [], to);
  }
});
