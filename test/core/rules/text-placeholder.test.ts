// text-placeholder: leftover template text and blanks left for a figure in prose lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textPlaceholder } from '../../../server/src/core/rules/text-placeholder';
import { build2008, buildDraft, findings, LAYOUTS, slicesOf } from './build';

const RULE = 'text-placeholder';
const GENERAL = '全年新收政府信息公开申请12件，上年结转1件。';
const withGeneral = (s: string, opts: Parameters<typeof buildDraft>[0] = {}): string => buildDraft(opts).replace(GENERAL, s);
const slices = slicesOf(RULE);

test('silent on clean drafts of every layout, the 2008 format and legitimate brackets, quotes, ×', () => {
  for (const layout of LAYOUTS) for (const flavour of ['md', 'txt'] as const) assert.deepEqual(slices(buildDraft({ layout, flavour })), []);
  for (const s of [
    '（一）主动公开情况。全年主动公开政府信息1024条，其中通过门户网站（www.example.gov.cn）发布896条。',
    '坚持“以公开为常态、不公开为例外”原则，提供7×24小时在线查询，2×3件样品。',
    '全年主动公开政府信息\n320条。',
    '访问网址为www.xx.gov.cn，XXL号，XX世纪。',
    '共受理申请12件，“”引号为空也不算。',
    '本年度共发出收费通知X件，收取信息处理费X元。',
    '依据《条例》（国务院令第711号）办理。联系人：王XX。',
    '[链接]()',
    '全年主动公开政府信息320条（含1件经复核后补充公开），注明出处。',
  ]) assert.deepEqual(slices(withGeneral(s)), [], s);
  assert.deepEqual(slices(build2008('联系电话：0000-12345678。')), []);
});

test('fires on fill-in instructions, XX placeholders, blanks, empty brackets and (略); warning; message', () => {
  const cases: [string, string][] = [
    ['本年度工作情况（在此填写主要举措）。', '（在此填写主要举措）'],
    ['【请填写公开渠道】', '【请填写公开渠道】'],
    ['（填写举措）', '（填写举措）'],
    ['（此处补充具体数据）', '（此处补充具体数据）'],
    ['XX局20XX年政府信息公开工作稳步推进。', 'XX'],
    ['××县人民政府办公室坚持公开。', '××'],
    ['全年共受理申请×件。', '×'],
    ['本年度累计发布   条信息。', '累计发布   条'],
    ['共受理 件，均按期答复。', '共受理 件'],
    ['共受理____件，均按期答复。', '共受理____件'],
    ['发布信息（）条。', '（）'],
    ['通过门户网站()发布信息。', '()'],
    ['具体数据（略）。', '（略）'],
    ['具体数据(略)。', '(略)'],
  ];
  for (const [s, slice] of cases) {
    const text = withGeneral(s);
    const fs = findings(text, RULE);
    assert.ok(fs.length >= 1, s);
    assert.ok(fs.some((f) => text.slice(f.start, f.end) === slice), `${s}: ${fs.map((f) => text.slice(f.start, f.end))}`);
    assert.equal(fs[0].severity, 'info');
    assert.ok(fs[0].message.includes('“') && fs[0].messageEn?.includes('“'), fs[0].message);
    assert.equal(fs[0].fix, undefined);
  }
  const text = withGeneral('本年度累计发布   条信息。');
  assert.equal(findings(text, RULE)[0].message, '数量词前缺少数字（留空待填）：“累计发布   条”；请填写实际内容');
  // 20XX年 in a title.
  const title = buildDraft().replace('示例区人民政府办公室2023年', '示例区人民政府办公室20XX年');
  assert.deepEqual(slices(title), ['XX']);
});

test('a line laid out as a spaced table: gaps between cells are not blanks', () => {
  const text = withGeneral('主动公开    条    1024    其中    件    12');
  assert.deepEqual(slices(text), []);
});

test('the rule page example: the wrong excerpt is reported, the right one is not', () => {
  const ex = textPlaceholder.examples!;
  assert.ok(findings(withGeneral(ex.wrong), RULE).length > 0);
  assert.deepEqual(findings(withGeneral(ex.right), RULE), []);
});

test('a blank after what is counted (发布政务信息   条), ×× before 场次, and Traditional drafts (XX條)', () => {
  const cases: [string, string][] = [
    ['全年累计发布政务信息   条。', '累计发布政务信息   条'],
    ['组织培训××场次。', '××'],
    ['全年累計發布政務信息XX條。', 'XX'],
    ['全年累計發布政務信息   條。', '累計發布政務信息   條'],
  ];
  for (const [s, slice] of cases) {
    const text = withGeneral(s);
    assert.ok(slices(text).includes(slice), `${s}: ${slices(text)}`);
  }
  // Not a count: 条目, 条例 after the gap; a figure in the gap.
  for (const s of ['全年发布政务信息 条目清晰。', '认真学习政府信息公开 条例。', '全年发布政策解读 12 条。']) assert.deepEqual(slices(withGeneral(s)), [], s);
});
