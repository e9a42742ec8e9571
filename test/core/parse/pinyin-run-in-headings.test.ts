// Part headings read through converter pinyin (一(yī)、總體(tǐ)情況) and part headings run into their
// paragraph on the same line (一、总体情况 2023年，… / 一、总体情况2023年，…): mirror-site copies and web
// pages of issue #12 (kF) lost part 一 to section-missing this way. Texts of our own, same structure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintAnalysis, RULES } from '../../../server/src/core';
import { parseHeading } from '../../../server/src/core/parse/headings';
import { blankPinyin } from '../../../server/src/core/text/normalize';

const missing = (text: string) => lintAnalysis(analyze(text), RULES).findings
  .filter((f) => f.rule === 'section-missing').map((f) => f.message);

const PARA = '全縣深入學習貫徹黨的二十大精神,堅持以人民爲中(zhōng)心的發展思想,充分(fēn)運用政府信息公開(kāi)職能、作用、手段,切實推動條例貫徹落實,各項工(gōng)作取得長足進展。';

test('blankPinyin keeps every offset and blanks only the annotations', () => {
  const s = '一(yī)、總體(tǐ)情況 (一)主動公開';
  const b = blankPinyin(s);
  assert.equal(b.length, s.length);
  assert.equal(b, '一    、總體    情況 (一)主動公開');
  assert.equal(blankPinyin('（一）主动公开'), '（一）主动公开');
});

test('a heading with converter pinyin is read, its title is the text as written', () => {
  const line = '一(yī)、總體(tǐ)情況';
  const h = parseHeading(line, 3, 100);
  assert.ok(h);
  assert.equal(h.numeral, 1);
  assert.equal(h.level, 1);
  assert.equal(h.title, '總體(tǐ)情況');
  assert.equal(h.norm, '总体情况');
  assert.equal(h.titleStart, 100 + line.indexOf('總'));
  const sub = parseHeading('(一(yī))主動(dòng)公開(kāi)情況', 4, 0);
  assert.equal(sub?.level, 2);
  assert.equal(sub?.numeral, 1);
});

test('a title run into a long paragraph after a space ends at the space', () => {
  const line = `一(yī)、總體(tǐ)情況 2020年,${PARA}`;
  const h = parseHeading(line, 0, 0);
  assert.ok(h);
  assert.equal(h.runIn, true);
  assert.equal(h.title, '總體(tǐ)情況');
  // A short line with a space stays one title as before (PDF copies space out titles).
  assert.equal(parseHeading('一、政府信息 主动公开情况', 0, 0)?.title, '政府信息 主动公开情况');
  // Prose opening with a numeral and few words before a space is no heading.
  assert.equal(parseHeading(`一、2023年 ${PARA}`, 0, 0), null);
});

const head = '某縣統計局2020年政府信息公開(kāi)工(gōng)作年度報告';
const intro = '本報告根據《中(zhōng)華人民共和國政府信息公開(kāi)條例》編制,所列數據的統計期限自2020年1月1日起至2020年12月31日止。';

test('a pinyin mirror copy cut after part 一 does not miss part 一', () => {
  const text = [head, intro, `一(yī)、總體(tǐ)情況 2020年,${PARA}`, '(一(yī))主動(dòng)公開(kāi)情況', PARA].join('\n');
  const m = missing(text);
  assert.ok(!m.some((x) => x.includes('一、总体情况')), m.join('\n'));
  assert.ok(m.some((x) => x.includes('二、主动公开政府信息情况')));
});

test('a part title glued to its one-sentence paragraph is the part', () => {
  const para = '我局认真贯彻落实政府信息公开工作要求，围绕中心工作，不断加强主动公开、规范依申请公开，持续提升政务公开质量和实效，取得良好成效。';
  const base = ['某县统计局2023年政府信息公开工作年度报告', '本报告根据《中华人民共和国政府信息公开条例》要求编制。'];
  for (const line of [`一、总体情况2023年，${para}`, `一、总体情况 2023年，${para.slice(0, 20)}。`, `一、总体情况2023年，${para.slice(0, 20)}。`]) {
    const m = missing([...base, line, '二、主动公开政府信息情况', '全年主动公开政府信息120条。'].join('\n'));
    assert.ok(!m.some((x) => x.includes('一、总体情况')), `${line}\n${m.join('\n')}`);
    assert.ok(!m.some((x) => x.includes('二、主动公开')), m.join('\n'));
  }
  // A line that opens with other words under the numeral is not part 一.
  const other = missing([...base, `一、总结经验2023年，${para}`, '二、主动公开政府信息情况'].join('\n'));
  assert.ok(other.some((x) => x.includes('一、总体情况')), other.join('\n'));
});

test('a mirror copy flattened onto one line: its part headings are read through the pinyin too', () => {
  const line = [`${head}`, `一(yī)、總體(tǐ)情況 ${PARA}`, `(一(yī))主動(dòng)公開(kāi)情況 ${PARA}`, `二(èr)、主動(dòng)公開(kāi)政府信息情況 ${PARA}${PARA}`,
    `三(sān)、收到和處理政府信息公開(kāi)申請(qǐng)情況 ${PARA}`].join(' ');
  const a = analyze(line);
  const tops = a.doc.headings.filter((h) => h.level === 1).map((h) => h.numeral);
  assert.deepEqual(tops, [1, 2, 3]);
  assert.equal(a.report?.sections.get('general')?.sections.length, 1);
  const m = missing(line);
  assert.ok(!m.some((x) => x.includes('一、总体情况')), m.join('\n'));
});
