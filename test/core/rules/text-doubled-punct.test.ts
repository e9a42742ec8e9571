// text-doubled: punctuation written twice (，，, 。。, ,,) or a comma before another mark (,、 ,。)
// — issues #12, #16.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft, findings, slicesOf } from './build';

const RULE = 'text-doubled';
const GENERAL = '全年新收政府信息公开申请12件，上年结转1件。';
const withGeneral = (s: string): string => buildDraft().replace(GENERAL, s);
const slices = slicesOf(RULE);

test('doubled punctuation: the first on each line is reported', () => {
  const cases: [string, string][] = [
    ['全年新收政府信息公开申请12件，，上年结转1件。', '，，'],
    ['全年新收政府信息公开申请12件。。上年结转1件。', '。。'],
    ['按照规定,,编制本报告,结合党委,、政府要求。', ',,'],
    ['统计期限至2017年12月31日止,。', ',。'],
  ];
  for (const [s, want] of cases) assert.deepEqual(slices(withGeneral(s)), [want], s);
  const fs = findings(withGeneral('按照规定,,编制本报告。'), RULE);
  assert.equal(fs[0].message, '标点重复：“,,”，多了一个标点');
  assert.equal(fs[0].severity, 'info');
});

test('single marks, 。 before a comma (joined paragraphs), numbers with commas: silent', () => {
  for (const s of [
    '全年新收政府信息公开申请12件，上年结转1件。',
    '深化公开内容。,(二)注重开拓创新,力求稳中有进。',
    '全年公开信息1,234条,办理申请5件。',
  ]) assert.deepEqual(slices(withGeneral(s)), [], s);
});

test('a doubled book-title mark (《《福建省人民政府办公厅关于…》, nQ/06): reported; a title inside a title (《…〈…〉…》): silent', () => {
  assert.deepEqual(slices(withGeneral('根据《《福建省人民政府办公厅关于做好政府信息公开工作年度报告编制发布有关事项的通知》要求编制本报告。')), ['《《']);
  assert.deepEqual(slices(withGeneral('根据《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》编制。')), []);
});
