// A report copied without line breaks (a PDF viewer's copy): its part headings, glued to the text,
// are found by the report model when a year and the subject lead the title (一、2023年政务公开
// 总体情况…), when the title lost its numeral but its statutory table follows at once
// (…。主动公开政府信息情况第二十条第（一）项 | …), and when the text stops inside the last heading.
// Short structure-faithful texts written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';
import { gluedPartTitle } from '../../../server/src/core/parse/glued-part';
import { labelKey, normalize } from '../../../server/src/core/text/normalize';

const FILL = '全年依法做好政府信息公开工作，按照要求及时公开各类信息，不断提升公开质量和实效。'.repeat(8);
/** Prose without the words of a part title. */
const OTHER = '全年组织专题学习和业务培训多次，干部依法办事的意识和能力进一步提升。'.repeat(4);
const LEAD = /^(?:(?:19|20)\d{2}年度?)?(?:(?:本年度)?(?:政府信息|政务信息|政务|信息)公开(?:工作)?的?)?/;

function missing(text: string): string[] {
  return lint(text).findings.filter((d) => d.rule === 'section-missing' && d.severity !== 'info').map((d) => d.message);
}

test('glued part: read past a year and the subject leading the title, only when asked to', () => {
  const keys = ['总体情况'].map(labelKey);
  const line = normalize(`统计时限自2023年1月1日起至2023年12月31日止。一、2023年政务公开总体情况2023年，我乡${FILL}`);
  assert.equal(gluedPartTitle(line, '一', keys, LEAD), true);
  assert.equal(gluedPartTitle(line, '一', keys), false);
  // The title read as it stands still counts (一、信息公开工作概述 against 信息公开工作概述).
  assert.equal(gluedPartTitle(normalize(`编制本报告。一、信息公开工作概述${FILL}`), '一', ['信息公开工作概述'].map(labelKey), LEAD), true);
  // Another title after the lead is no part.
  assert.equal(gluedPartTitle(normalize(`编制本报告。一、2023年政务公开工作措施${FILL}`), '一', keys, LEAD), false);
});

test('glued part: a heading cut by the end of the text is there; the same words inside the text are not', () => {
  const keys = ['主动公开政府信息情况'].map(labelKey);
  assert.equal(gluedPartTitle(normalize(`${FILL}二、主动公开`), '二', keys), true);
  assert.equal(gluedPartTitle(normalize(`${OTHER}二、主动公开${OTHER}`), '二', keys), false);
  // Three characters are too few to tell.
  assert.equal(gluedPartTitle(normalize(`${FILL}二、主动公`), '二', keys), false);
});

test('no line breaks: a part title without its numeral right before its statutory table is not missing', () => {
  const t2 = '第二十条第(一)项 | ||| | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 | | 规章 | 0 | 0 | 0 |';
  const text = `某某局2024年政府信息公开工作年度报告一、总体情况2024年，某某局认真贯彻《中华人民共和国政府信息公开条例》。${FILL}主动公开政府信息情况${t2}`;
  const ms = missing(text);
  assert.ok(!ms.some((m) => m.includes('二、主动公开')), ms.join('\n'));
  assert.ok(ms.some((m) => m.includes('三、收到和处理')), ms.join('\n'));
  // Nor when the page lost the numeral but kept its 、 (……。、主动公开政府信息情况第二十条…).
  const stray = missing(text.replace('主动公开政府信息情况第二十条', '、主动公开政府信息情况第二十条'));
  assert.ok(!stray.some((m) => m.includes('二、主动公开')), stray.join('\n'));
  // The same words inside a sentence, not before a table, do not make the part.
  const prose = `某某局2024年政府信息公开工作年度报告一、总体情况2024年，某某局认真贯彻《中华人民共和国政府信息公开条例》。${FILL}主动公开政府信息情况良好，${FILL}`;
  assert.ok(missing(prose).some((m) => m.includes('二、主动公开')));
});

test('no line breaks: a first part led by the year (一、2023年政务公开总体情况) is not missing', () => {
  const text = `某某乡2023年政府信息公开工作年度报告根据《中华人民共和国政府信息公开条例》编制本报告。一、2023年政务公开总体情况2023年，我乡${FILL}`;
  const ms = missing(text);
  assert.ok(!ms.some((m) => m.includes('一、总体情况')), ms.join('\n'));
  assert.ok(ms.some((m) => m.includes('二、主动公开')), ms.join('\n'));
});
