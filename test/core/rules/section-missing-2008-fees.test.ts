// section-missing, 2008 regulation: a report without a part on fees (第三十二条第（三）项) is not saved
// by prose about the 价格和收费 information it published (real-pages oE/04, 平潭综合实验区 2012: its
// 重点领域 part lists 价格和收费信息3条 and 推进价格和收费信息公开; no word on its own fees).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build2008, findings } from './build';

const RULE = 'section-missing';
const withoutFees = () => build2008().replace(/三、政府信息公开的收费[^]*?(?=四、)/, '');

test('价格和收费信息 published is no word on the report\'s own fees: the part is missing', () => {
  const text = withoutFees().replace('全年主动公开政府信息320条。', '全年主动公开政府信息320条，其中价格和收费信息3条。推进价格和收费信息公开。');
  const fs = findings(text, RULE);
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /收费及减免/);
});

test('a sentence on fees beside it still covers the part', () => {
  const text = withoutFees().replace('全年主动公开政府信息320条。', '全年主动公开政府信息320条，其中价格和收费信息3条。依申请提供政府信息暂不收费。');
  assert.deepEqual(findings(text, RULE), []);
});
