// section-empty at the end of a text cut short (issue #12, hF: a web excerpt that stops right
// after the heading 二、主动公开政府信息情况): the last heading with nothing after it, and every
// later part absent, is the cut, which section-missing reports; section-empty says so at info.
// An empty last part (六, nothing after it) and an empty part followed by others stay as before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lint } from '../../../server/src/core';

const HEAD = [
  '某某医院2021年政府信息公开工作年度报告',
  '本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。',
  '一、总体情况',
  '2021年,我院认真贯彻落实《中华人民共和国政府信息公开条例》,向社会公布信息747条。',
];
const empty = (text: string) => lint(text).findings.filter((f) => f.rule === 'section-empty');

test('the last heading of a cut text, later parts absent: info', () => {
  const text = [...HEAD, '二、主动公开政府信息情况'].join('\n');
  assert.equal(analyze(text).kind, 'gov-info-2021');
  const fs = empty(text);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].severity, 'info');
  assert.match(fs[0].message, /可能未复制完整/);
});

test('an empty part followed by another part: still an error', () => {
  const text = [...HEAD, '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '本年度未收到申请。'].join('\n');
  const fs = empty(text);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].severity, 'error');
});

test('an empty 二 at the end while a later part stands earlier: still an error', () => {
  const text = [...HEAD, '三、收到和处理政府信息公开申请情况', '本年度未收到申请。', '二、主动公开政府信息情况'].join('\n');
  const fs = empty(text);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].severity, 'error');
});

test('a part whose only line is the next part\'s bare numeral (四、, its title lost where the copy stopped): empty', () => {
  const cut = [...HEAD, '二、主动公开政府信息情况', '', '三、收到和处理政府信息公开申请情况', '', '四、'].join('\n');
  const fs = empty(cut);
  assert.equal(fs.length, 2);
  assert.match(fs[0].message, /^“二、主动公开政府信息情况”下没有内容/);
  assert.match(fs[1].message, /^“三、收到和处理政府信息公开申请情况”下没有内容.*可能未复制完整/);
  assert.deepEqual(fs.map((f) => f.severity), ['error', 'info']);
  // A bare numeral among other lines is content.
  for (const tail of [['本年度未收到申请。', '四、'], ['四、', '本年度未收到行政复议。']]) {
    const text = [...HEAD, '二、主动公开政府信息情况', '本年度主动公开信息12条。', '三、收到和处理政府信息公开申请情况', ...tail].join('\n');
    assert.deepEqual(empty(text).filter((f) => f.message.includes('收到和处理')), [], tail.join('/'));
  }
});
