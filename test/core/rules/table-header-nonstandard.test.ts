// table-header-nonstandard: 科研企业 for 科研机构 in table 三's header; a table-二 block headed with another block's columns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build2008, buildDraft, findings, LAYOUTS, slicesOf } from './build';

const RULE = 'table-header-nonstandard';
const slices = slicesOf(RULE);

test('silent on clean drafts of every layout and format', () => {
  for (const kind of [2019, 2021] as const) for (const layout of LAYOUTS) assert.deepEqual(slices(buildDraft({ kind, layout })), [], `${kind} ${layout}`);
  assert.deepEqual(slices(build2008()), []);
});

test('an applicant column ending in another column\'s word → warning on the cell, with its name', () => {
  for (const kind of [2019, 2021] as const) for (const layout of LAYOUTS) {
    const text = buildDraft({ kind, layout }).replace('科研机构', '科研企业');
    assert.deepEqual(slices(text), ['科研企业'], `${kind} ${layout}`);
    const [f] = findings(text, RULE);
    assert.equal(f.severity, 'warning');
    assert.equal(f.message, '表头栏目“科研企业”应为“科研机构”');
    assert.equal(f.fix?.safe, false);
  }
  assert.deepEqual(slices(buildDraft().replace('法律服务机构', '法律服务组织')), ['法律服务组织']);
  // Shortened or loosely worded headers are not judged.
  for (const other of ['科研单位', '科研', '科研院所']) assert.deepEqual(slices(buildDraft().replace('科研机构', other)), [], other);
});

test('a block of table 二 headed with another block\'s columns → warning over the header cells', () => {
  for (const layout of LAYOUTS) {
    const sep = layout === 'tab' ? '\t' : ' | ';
    const text = buildDraft({ kind: 2019, layout }).replace(`采购项目数量${sep}采购总金额`, `上一年项目数量${sep}本年增/减`);
    const fs = findings(text, RULE);
    assert.equal(fs.length, 1, layout);
    assert.equal(fs[0].message, '第二十条第（九）项的表头写成了第（八）项的栏目“上一年项目数量、本年增/减”，应为“采购项目数量、采购总金额”');
  }
  // Its own columns reworded, or one of its own kept: not judged.
  assert.deepEqual(slices(buildDraft({ kind: 2019 }).replace('采购项目数量 | 采购总金额', '采购项目 | 金额')), []);
  assert.deepEqual(slices(buildDraft({ kind: 2019 }).replace('采购项目数量 | 采购总金额', '采购项目数量 | 本年增/减')), []);
  // Another block's header above that block's own row (rows printed apart under the wrong caption): not judged.
  const apart = buildDraft({ kind: 2019 }).replace(/\| 信息内容 \| 采购项目数量 \| 采购总金额 \|  \|\n\| 政府集中采购 \| 2 \| 12\.5 \|  \|/,
    '| 信息内容 | 上一年项目数量 | 本年增/减 |  |\n| 行政事业性收费 | 3 | 0 |  |');
  assert.notEqual(apart, buildDraft({ kind: 2019 }));
  assert.deepEqual(slices(apart), []);
});
