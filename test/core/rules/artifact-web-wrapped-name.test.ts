// artifact-web: a page's 名称 field whose value a narrow page wrapped onto the next line (名 称: 某某区
// 卫生健康局 / 2021年政府信息公开工作年度报告, the shape layout-variants --modes titlesplit, titletail
// made of mA/10 and nU/03): the rest of the value is the field's, so the metadata block runs on through
// it and the navigation above it stays certain chrome; the field is one finding over both lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { artifactWeb } from '../../../server/src/core/rules/artifact-web';
import { ruleAlone } from './build';

const run = ruleAlone(artifactWeb);

const body = ['某某区卫生健康局2021年政府信息公开工作年度报告', '本报告按照《中华人民共和国政府信息公开条例》要求编制。', '一、总体情况',
  '2021年，区卫生健康局主动公开政府信息100条。', '二、主动公开政府信息情况', '（略）'];

for (const [name, value, rest] of [['before its year', '某某区卫生健康局', '2021年政府信息公开工作年度报告'], ['its last two characters', '某某区卫生健康局2021年政府信息公开工作年度', '报告']]) {
  test(`a 名称 value wrapped ${name}: the block and its navigation stay certain chrome`, () => {
    const text = ['- 设为首页', '- 加入收藏', `名 称: ${value}`, rest, '索 引 号: 000014349/2022-05364 发布日期: 2022-01-19 发布机构: 某某区卫生健康局', ...body].join('\n');
    const fs = run(text);
    const shown = fs.map((f) => `${f.severity} ${f.message}`).join('\n');
    assert.equal(fs.length, 4, shown);
    assert.ok(fs.every((f) => f.severity === 'warning'), shown);
    const field = fs.find((f) => f.message.includes('名 称'));
    assert.ok(field, shown);
    // (One finding over both lines: its fix deletes the value's rest too, and nothing of the report.)
    assert.equal(text.slice(field!.start, field!.end), `名 称: ${value}\n${rest}`);
    // (Its fix says so: both lines go.)
    assert.equal(field!.fix?.title, '删除这两行');
    assert.ok(field!.message.includes('应删除这两行'), field!.message);
    assert.ok(!fs.some((f) => f !== field && text.slice(f.start, f.end).includes('年度报告')), shown);
  });
}

test('a whole 名称 value above the title line is no wrapped value: the title stays report text', () => {
  const text = ['名 称: 某某区卫生健康局2021年政府信息公开工作年度报告', '索 引 号: 000014349/2022-05364 发布日期: 2022-01-19', ...body].join('\n');
  const fs = run(text);
  assert.equal(fs.length, 2, fs.map((f) => f.message).join('\n'));
  assert.ok(!fs.some((f) => text.slice(f.start, f.end).startsWith('某某区卫生健康局2021')));
});

// (layout-variants titlesplit on mR/30, oQ/13, mX/07) The title wrapped below its issuer, right under a metadata block.
test('the issuer above a title wrapped before its year is no value of the metadata label above it', () => {
  for (const last of ['- 有效性有效', '- [ 有效性 ] 有效']) {
    const text = ['- 索引号mlsppz/2025-00000', '- 发布机构某某镇', '- 文号', '- 发布日期2025-01-16', last, '某某市某某镇人民政府', '2024年政府信息公开工作年度报告', ...body.slice(1)].join('\n');
    const fs = run(text);
    assert.ok(fs.length >= 4, fs.map((f) => f.message).join('\n'));
    assert.ok(!fs.some((f) => text.slice(f.start, f.end).includes('某某市某某镇人民政府')), fs.map((f) => f.message).join('\n'));
  }
  // (A value with no title below it is still the label's: - 有效性 / 有效.)
  const plain = ['- 索引号mlsppz/2025-00000', '- 发布机构', '某某镇人民政府', '- 发布日期2025-01-16', ...body].join('\n');
  assert.ok(run(plain).some((f) => plain.slice(f.start, f.end) === '某某镇人民政府'));
});

// (layout-variants titletail on mG/23, mR/29, oD/20) The field's label followed by spaces only, cut to 称, or 内容概述.
test('a wrapped title field whose label has no colon, lost its 名, or is 内容概述, is one finding over both lines', () => {
  for (const [field, rest] of [['标      题 某某地区2022年度政府信息公开工作年度', '报告'], ['称: 某某市某某镇人民政府2025年政府信息公开工作年度', '报告'],
    ['内 容 概 述: 某某省2022年度法治政府建设情况', '报告']]) {
    const text = ['索 引 号: 000014349/2022-05364', '发布机构: 某某局', field, rest, '发布日期: 2022-01-19', ...body].join('\n');
    const fs = run(text);
    const shown = fs.map((f) => `${f.severity} ${f.message}`).join('\n');
    const hit = fs.find((f) => text.slice(f.start, f.end).startsWith(field));
    assert.ok(hit && hit.severity === 'warning', shown);
    assert.equal(text.slice(hit!.start, hit!.end), `${field}\n${rest}`);
  }
});

// (layout-variants titletail on mX/07, oQ/13, real/c08) The title under the metadata block, its 报告 wrapped below.
test('a title under a metadata block, its last characters wrapped, is no value of the bare label above it', () => {
  const text = ['索引号', '000014349/2022-05364', '发布机构', '某某局', '文号', '某某县住房和城乡建设局2025年政府信息公开工作年度', '报告', ...body.slice(1)].join('\n');
  const fs = run(text);
  assert.ok(fs.length >= 4, fs.map((f) => f.message).join('\n'));
  assert.ok(!fs.some((f) => text.slice(f.start, f.end).includes('住房和城乡建设局2025')), fs.map((f) => f.message).join('\n'));
});
