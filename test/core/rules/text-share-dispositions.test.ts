// text-share: disposition shares listed without their base (2019 上海市人民政府办公厅 report,
// /work/realpages/iA: `予以公开及部分公开258件，占33.9%；不予公开35件，占4.34%；…无法提供265件，占32.9%；
// 不予处理158件，占19.6%`, every share but the first of （七）总计 805). The built draft: （七）总计 12,
// 本年新收 12, 上年结转 1; 予以公开 6, 部分公开 1, 不予公开 1, 无法提供 3, 不予处理 1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textShare } from '../../../server/src/core/rules/text-share';
import { buildDraft, ruleAlone, where } from './build';

const ANCHOR = '上年结转1件。';
const run = ruleAlone(textShare);
const withProse = (sentence: string, kind: 2019 | 2021 = 2021) => buildDraft({ kind }).replace(ANCHOR, ANCHOR + sentence);

for (const kind of [2021, 2019] as const) {
  test(`${kind}: shares of the dispositions that all fit one base of table 三 are silent`, () => {
    assert.deepEqual(run(withProse('予以公开6件，占50%；不予公开1件，占8.3%；无法提供3件，占25%；不予处理1件，占8.3%。', kind)), []);
    // Truncated (8.33 → 8.3) and the 新收+上年结转 base (13) are accepted as well.
    assert.deepEqual(run(withProse('予以公开6件，占46.2%；不予公开1件，占7.7%；无法提供3件，占23.1%；不予处理1件，占7.7%。', kind)), []);
  });

  test(`${kind}: the one share that does not fit the base of the others is reported (info), with the base`, () => {
    const text = withProse('予以公开及部分公开7件，占65%；不予公开1件，占8.3%；无法提供3件，占25%；不予处理1件，占8.3%。', kind);
    const fs = run(text);
    assert.equal(fs.length, 1, fs.map((f) => f.message).join(' | '));
    assert.equal(where(text, fs[0]).slice, '65%');
    assert.equal(fs[0].severity, 'info');
    assert.match(fs[0].message, /7\/12 ≈ 58\.3%（同句其他比例均以表三“（七）总计” 12 为基数），文中为 65%/);
    assert.match(fs[0].messageEn!, /7\/12/);
  });

  test(`${kind}: unsure cases are silent: two misfits, fewer than three shares, a comparison, not dispositions`, () => {
    for (const s of [
      '予以公开6件，占60%；不予公开1件，占20%；无法提供3件，占25%；不予处理1件，占8.3%。',
      '予以公开6件，占60%；无法提供3件，占25%。',
      '予以公开6件，占60%，同比增长5%；不予公开1件，占8.3%；无法提供3件，占25%；不予处理1件，占8.3%。',
      '主动公开6件，占60%；公开文件1件，占8.3%；发布信息3件，占25%；解读1件，占8.3%。',
    ]) assert.deepEqual(run(withProse(s, kind)).map((f) => f.message), [], s);
  });
}

test('disposition shares written 占总体…% are read as 占…% are', () => {
  const text = buildDraft({ kind: 2021 }).replace(ANCHOR, ANCHOR + '予以公开及部分公开7件，占总体65%；不予公开1件，占总体8.3%；无法提供3件，占总体25%；不予处理1件，占总体8.3%。');
  const fs = run(text);
  assert.equal(fs.length, 1, fs.map((f) => f.message).join(' | '));
  assert.equal(where(text, fs[0]).slice, '65%');
});
