// shared/directives.ts: the one directive grammar. What the client recognises and writes is
// exactly what the core reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findKindPin, isKindDirectiveLine, kindDirective, verbOf } from '../../shared/directives';
import { scanDirectives } from '../../server/src/core/parse/directives';
import { LineMap } from '../../server/src/core';

const corePin = (text: string) => scanDirectives(text, new LineMap(text)).kindPin;

test('findKindPin finds the pin the core reads, in every form, or none', () => {
  for (const text of [
    '<!-- govreport-kind: gov-info-2019 -->\n正文',
    '正文\n// govreport-kind: rule-of-law\n',
    '---\ntitle: x\ngovreport-kind: gov-info-2008\n---\n正文',
    '<!-- 草稿 -->\n<!-- govreport-kind: gov-info-2021 -->',
    '<!-- 说明 govreport-kind: gov-info-2021 -->',
    '<!-- govreport-kind: -->\n// govreport-kind:\n',
    '正文 // govreport-kind: rule-of-law',
    '',
  ]) assert.deepEqual(findKindPin(text), corePin(text), text);
  assert.equal(findKindPin('<!-- 说明 govreport-kind: gov-info-2021 -->'), null);
});

test('isKindDirectiveLine: a line with only a pin the core reads', () => {
  for (const line of [kindDirective('gov-info-2021'), '  <!--govreport-kind:gov-info-2008-->\t', '// govreport-kind: rule-of-law']) {
    assert.ok(isKindDirectiveLine(line), line);
    assert.notEqual(corePin(line), null, line);
  }
  for (const line of ['<!-- govreport-kind: -->', '<!-- govreport-kind: x --> 正文', '正文 <!-- govreport-kind: x -->', '<!-- 草稿 -->', '<!-->', '']) {
    assert.ok(!isKindDirectiveLine(line), line);
  }
});

test('verbOf reads the verb and the rule ids up to a lone --', () => {
  assert.deepEqual(verbOf(' govreport-disable-next-line table-unit, text-sum -- 原文如此 '), { verb: 'disable-next-line', rules: ['table-unit', 'text-sum'] });
  assert.deepEqual(verbOf('govreport-disable'), { verb: 'disable', rules: [] });
  assert.equal(verbOf('govreport-kind: gov-info-2021'), null);
  assert.equal(verbOf('普通注释'), null);
});
