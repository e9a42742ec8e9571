// abbreviation-repeated: the same short name defined twice (（以下简称《条例》） in the opening and again in part 一).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build2008, buildDraft, buildRuleOfLaw, findings, LAYOUTS, slicesOf } from './build';

const RULE = 'abbreviation-repeated';
const GENERAL = '全年新收政府信息公开申请12件';
const TITLE = '# 示例区人民政府办公室2023年政府信息公开工作年度报告\n';
const OPENING = '根据《中华人民共和国政府信息公开条例》（以下简称《条例》）编制本报告。\n';
const withOpening = (body: string): string => buildDraft().replace(TITLE, TITLE + '\n' + OPENING).replace(GENERAL, body + GENERAL);
const slices = slicesOf(RULE);

test('a short name defined again → info on the second definition, the first named', () => {
  const text = withOpening('《中华人民共和国政府信息公开条例》(以下简称《条例》)施行以来，');
  assert.notEqual(text, buildDraft());
  assert.deepEqual(slices(text), ['(以下简称《条例》)']);
  const [f] = findings(text, RULE);
  assert.equal(f.severity, 'info');
  assert.equal(f.message, '简称《条例》重复定义：第3行已写“（以下简称《条例》）”，此处“(以下简称《条例》)”应删去');
  assert.equal(f.related?.length, 1);
});

test('silent on clean drafts, one definition each, and different short names', () => {
  for (const layout of LAYOUTS) for (const flavour of ['md', 'txt'] as const) assert.deepEqual(slices(buildDraft({ layout, flavour })), []);
  assert.deepEqual(slices(build2008()), []);
  assert.deepEqual(slices(buildRuleOfLaw()), []);
  assert.deepEqual(slices(withOpening('《某某省政府信息公开规定》（以下简称《规定》）施行以来，')), []);
  assert.deepEqual(slices(withOpening('《条例》施行以来，')), []);
});
