// section-missing (2008 regulation, by meaning): 行政事业性收费 is a category of information disclosed
// (行政事业性收费信息2条), no word on fees for disclosure — a report that has nothing else on 收费及减免
// lacks that item (nU harvest, 平潭 2017: 六个部分, no fees part, the category listed under 主动公开).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build2008, findings } from './build';

const RULE = 'section-missing';
const withoutFees = () => build2008().replace(/三、政府信息公开的收费[^]*?(?=四、)/, '');

test('a 行政事业性收费 category alone does not stand for the fees item', () => {
  const text = withoutFees().replace('全年主动公开政府信息320条。', '全年主动公开政府信息320条，其中行政事业性收费信息2条，政府集中采购项目类信息7条。');
  const fs = findings(text, RULE);
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /收费及减免/);
});

test('a sentence on fees for disclosure still covers it', () => {
  const text = withoutFees().replace('全年主动公开政府信息320条。', '全年主动公开政府信息320条，其中行政事业性收费信息2条。依申请提供政府信息未收取费用。');
  assert.deepEqual(findings(text, RULE), []);
});
