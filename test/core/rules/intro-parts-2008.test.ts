// intro-parts under the 2008 format, whose 主动公开 part has no fixed title: a listed intro
// must not crash the rule (robustness counterexample: real/p03 forced to gov-info-2008).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';
import { buildDraft } from './build';

test('an introduction listing the parts, read with the 2008 format: no internal error', () => {
  const intro = '本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、存在问题及改进情况、其他需要报告的事项等六部分组成。';
  const text = buildDraft().replace('\n\n## 一、', `\n\n${intro}\n\n## 一、`);
  assert.ok(text.includes(intro));
  const r = lint(text, { settings: { format: 'gov-info-2008' } });
  assert.deepEqual(r.internalErrors, []);
});
