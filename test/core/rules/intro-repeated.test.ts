// intro-repeated: the opening announces the report twice (现将……报告如下 … 现将有关情况报告如下).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build2008, buildDraft, buildRuleOfLaw, findings, LAYOUTS, slicesOf } from './build';

const RULE = 'intro-repeated';
const TITLE = '示例区司法局2023年法治政府建设年度报告';
const withOpening = (opening: string): string => buildRuleOfLaw().replace(`${TITLE}\n`, `${TITLE}\n${opening}\n`);
const slices = slicesOf(RULE);

test('two announcements in the opening → one warning on the second, the first named', () => {
  const text = withOpening('根据《法治政府建设实施纲要（2021—2025年）》的规定，现将我局2023年法治政府建设情况报告如下：\n'
    + '2023年，我局全面履行法治政府建设职责，扎实推进依法行政。现将有关情况报告如下。');
  assert.deepEqual(slices(text), ['现将有关情况报告如下']);
  const [f] = findings(text, RULE);
  assert.equal(f.severity, 'warning');
  assert.equal(f.message, '开头再次写“现将有关情况报告如下”：第2行已写“现将我局2023年法治政府建设情况报告如下”，两句重复，应删去其一');
  assert.equal(f.related?.length, 1);
  // Within one paragraph too.
  assert.deepEqual(slices(withOpening('现将我局2023年工作报告如下：全年依法行政。特将有关情况汇报如下。')), ['特将有关情况汇报如下']);
});

test('silent on one announcement, on clean drafts and on a second report under its own title and parts', () => {
  for (const layout of LAYOUTS) for (const flavour of ['md', 'txt'] as const) assert.deepEqual(slices(buildDraft({ layout, flavour })), []);
  assert.deepEqual(slices(build2008()), []);
  assert.deepEqual(slices(withOpening('根据有关规定，现将我局2023年法治政府建设情况报告如下：')), []);
  // The announcement again after the first heading (a second report on the page, a part's own lead-in): not the opening.
  const two = withOpening('现将我局2023年法治政府建设情况报告如下：')
    .replace('全面推进依法行政，严格规范公正文明执法。', '现将主要举措报告如下：全面推进依法行政，严格规范公正文明执法。');
  assert.deepEqual(slices(two), []);
});
