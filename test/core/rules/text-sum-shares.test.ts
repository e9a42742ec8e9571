// text-sum: parts whose shares of the total make 100 % cover it, even without a 其他 among them,
// also when the list goes on in the next sentence (real-pages oE/04, 平潭综合实验区 2012:
// 主动公开政府信息1913条。其中，区直、县直各单位…1397条，占73%。各乡镇…534条，占27%。 — 1931).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textSum } from '../../../server/src/core/rules/text-sum';
import { buildDraft, lineOf, ruleAlone, where } from './build';

const ANCHOR = '上年结转1件。';
const run = ruleAlone(textSum);
const withProse = (sentence: string) => buildDraft().replace(ANCHOR, ANCHOR + sentence);

const SPLIT = '2012年主动公开政府信息1913条。其中，区直、县直各单位主动公开政府信息1397条，占73%。各乡镇主动公开政府信息534条，占27%。';

test('shares making 100 % over two sentences: the parts must make the total', () => {
  const text = withProse(SPLIT);
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].severity, 'warning');
  assert.deepEqual(where(text, fs[0]), { line: lineOf(text, SPLIT), slice: '1913条' });
  assert.equal(fs[0].message, '“其中”所列分项之和 1397 + 534 = 1931条，与总数 1913条 不符（各项占比合计100%，所列已是全部）');
  assert.ok(fs[0].messageEn);
});

test('shares making 100 % in one sentence, a part short: reported', () => {
  const s = '全年主动公开信息200条，其中政策文件120条，占60%，工作动态70条，占40%。';
  assert.equal(run(withProse(s)).length, 1);
});

test('consistent figures, shares short of 100 %, or a part without its share: silent', () => {
  for (const s of [
    // The 2014 report of the same column: 1687 + 856 = 2543.
    '2014年主动公开政府信息2543条。其中，区管委会及区直各部门主动公开政府信息1687条，占66%。各乡镇主动公开政府信息856条，占34%，政府信息公开量较大的部门是区公安局。',
    // Shares of 90 %: an open list.
    '全年主动公开信息200条，其中政策文件120条，占60%，工作动态50条，占30%。',
    // The second part states no share: the list is not known to be complete.
    '2012年主动公开政府信息1913条。其中，区直各单位主动公开政府信息1397条，占73%。各乡镇主动公开政府信息534条。',
    // Shares written to hundredths that make 98.46 %: the list is 128 of 130 (real-pages mQ/29), an open list.
    '全年主动公开信息130条，其中领导信息7条，占5.38%，工作动态50条，占38.46%，统计数据71条，占54.62%。',
    // Rounded shares of three parts (33% each): within rounding, the parts make the total.
    '全年主动公开信息300条，其中政策文件100条，占33%，工作动态100条，占33%，通知公告100条，占33%。',
  ]) assert.deepEqual(run(withProse(s)), [], s);
});
