// citation-outdated: 国办公开办函〔2019〕60号 as the basis of a 2021-format report, and the 2008
// regulation as the basis of a 2019+ report; history mentions are silent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citationOutdated } from '../../../server/src/core/rules/citation-outdated';
import { build2008, buildDraft, ruleInRegistry, where } from './build';

const run = ruleInRegistry(citationOutdated);
const opening = (sentence: string, kind: 2019 | 2021 = 2021): string =>
  buildDraft({ kind }).replace('\n\n## 一、', `\n\n${sentence}\n\n## 一、`);

test('silent on the right basis, on history mentions and in a 2008-format report', () => {
  assert.deepEqual(run(opening('按照国办公开办函〔2021〕30号要求，编制本报告。')), []);
  assert.deepEqual(run(opening('按照国办公开办函〔2019〕60号要求，编制本报告。', 2019)), []);
  assert.deepEqual(run(opening('与修订前的《政府信息公开条例》（国务院令第492号）相比，依申请公开的规定有较大变化。根据新条例编制本报告。')), []);
  assert.deepEqual(run(build2008().replace('\n\n一、', '\n\n根据2008年5月1日起施行的《中华人民共和国政府信息公开条例》，编制本报告。\n\n一、')), []);
});

test('the 2019 format number as the basis of a 2021-format report', () => {
  const text = opening('按照《政府信息公开工作年度报告格式（试行）》（国办公开办函〔2019〕60号）要求，编制本报告。');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(where(text, fs[0]).slice, '国办公开办函〔2019〕60号');
  assert.equal(fs[0].severity, 'info');
  assert.match(fs[0].message, /^引用“国办公开办函〔2019〕60号”作为依据：2023年度报告应适用政府信息公开工作年度报告（2021 年格式.*，该文件适用于2020年度及以前$/);
});

test('the 2008 regulation as the basis of a 2019-format report', () => {
  const text = opening('根据2008年5月1日起施行的《中华人民共和国政府信息公开条例》要求，编制本报告。', 2019);
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(where(text, fs[0]).slice, '2008年5月1日起施行的《中华人民共和国政府信息公开条例》');
  assert.match(fs[0].message, /该文件适用于2018年度及以前$/);
  assert.equal(run(opening('依据《政府信息公开条例》（国务院令第492号）编制本报告。')).length, 1);
});

test('the 2019 notice named by its title, without its number, as the basis of a 2021-format report', () => {
  const text = opening('根据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》要求，编制本报告。');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(where(text, fs[0]).slice, '《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》');
  assert.match(fs[0].message, /该文件适用于2020年度及以前$/);
  // In a 2019-format report it is the right basis.
  assert.deepEqual(run(opening('根据《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》要求，编制本报告。', 2019)), []);
  // A local notice on one year's reports is another notice.
  assert.deepEqual(run(opening('根据《某市人民政府办公室关于做好2022年政府信息公开工作年度报告有关事项的通知》要求，编制本报告。')), []);
  // With a number after the name, the number is what is checked: the current one is silent here.
  assert.deepEqual(run(opening('根据《关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2021〕30号）要求，编制本报告。')), []);
});
