// content-fee: section 六 of a 2021-format report does not state the 信息处理费 charged (or
// that none was). Fix: append one template sentence with X placeholders to section 六.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentFee, FEE_TEMPLATE } from '../../../server/src/core/rules/content-fee';
import { applyOne, buildDraft, dropSection, LAYOUTS, lineOf, ruleInRegistry, where } from './build';

const run = ruleInRegistry(contentFee);
const FEE = '本年度未收取信息处理费。';
const withOther = (other: string, opts: Parameters<typeof buildDraft>[0] = {}): string => buildDraft(opts).replace(FEE, other);

test('silent when section 六 states the fee, however worded', () => {
  for (const layout of LAYOUTS) for (const flavour of ['md', 'txt'] as const) assert.deepEqual(run(buildDraft({ layout, flavour })), []);
  for (const s of ['本年度共发出收费通知2件，收取信息处理费300元。', '2023年未发生收费情况。', '本机关未收取费用。', '本年度未收取信息處理費。']) {
    assert.deepEqual(run(withOther(s)), [], s);
  }
});

test('fires on the 六 heading when 六 says nothing of fees; warning; message', () => {
  const text = withOther('无。');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.deepEqual(where(text, fs[0]), { line: lineOf(text, '六、其他需要报告的事项'), slice: '## 六、其他需要报告的事项' });
  assert.equal(fs[0].severity, 'warning');
  assert.equal(fs[0].message, '第六部分未说明信息处理费的收取情况（发出收费通知件数、收取金额，或未收取）');
});

test('quick-fix appends the template as a paragraph of 六, before the signature; not safe; then silent', () => {
  for (const flavour of ['md', 'txt'] as const) {
    const text = withOther('无。', { flavour });
    const [f] = run(text);
    assert.equal(f.fix!.safe, false);
    const fixed = applyOne(text, f);
    assert.ok(fixed.includes(`无。\n\n${FEE_TEMPLATE}\n\n示例区人民政府办公室`), flavour);
    assert.deepEqual(run(fixed), []);
  }
  // A compact draft (no blank lines) and CRLF line ends keep their style.
  const compact = withOther('无。').replace(/\n\n/g, '\n').replace(/\n/g, '\r\n');
  const [f] = run(compact);
  assert.ok(applyOne(compact, f).includes(`无。\r\n${FEE_TEMPLATE}\r\n示例区人民政府办公室`));
});

test('an empty 六 gets the template right under its heading', () => {
  const text = withOther('');
  const [f] = run(text);
  assert.ok(applyOne(text, f).includes(`六、其他需要报告的事项\n\n${FEE_TEMPLATE}\n`));
});

test('precision: fees stated elsewhere in the body; 六 missing; 2019 format', () => {
  const elsewhere = withOther('无。').replace('上年结转1件。', '上年结转1件。全年未收取信息处理费。');
  assert.deepEqual(run(elsewhere), []);
  assert.deepEqual(run(dropSection(withOther('无。'), 6)), []);
  assert.deepEqual(run(buildDraft({ kind: 2019 }).replace(FEE, '无。')), []);
});
