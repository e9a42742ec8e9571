// Detection on shapes seen in the mP harvest (issue #13): a report whose title was lost opens with
// the year's summary and only then names itself with its basis (……，本年报根据《条例》……编制而成。
// 本年报由……组成). Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from './helpers';

const opening = '2023年,某区某局认真贯彻落实《政府信息公开条例》,坚持公开透明的原则,依法行政,及时、认真做好政府信息公开工作,'
  + '本年报根据《中华人民共和国政府信息公开条例》要求,结合本局工作实际编制而成。本年报由总体情况、主动公开政府信息情况等六个部分组成。';

test('the report named with its basis after the year\'s summary, then 一、总体情况: a report of that year', () => {
  const d = detect([opening, '', '一、总体情况', '', '(一)健全领导机制。局领导高度重视信息公开工作。'].join('\n'));
  assert.equal(d.kind, 'gov-info-2021');
  assert.equal(d.year, 2023);
});

test('the same opening in Traditional script with converter pinyin is read alike', () => {
  const t = '2023年,某區某局認(rèn)真貫徹落實(shí)《政府信息公開條例》,堅持公平公正公開的原則,履職盡責,依法行政,及時(shí)、安全、認真做好政府信息公開工作,'
    + '本年報(bào)根據(jù)《中華人民共和國政府信息公開條例》要求編制而成。本年報(bào)由總體情況、主動(dòng)公開政府信息情況等六個(gè)部分組成。';
  const d = detect([t, '', '一、總體情況', '', '(一)健全領(lǐng)導(dǎo)機(jī)制。'].join('\n'));
  assert.equal(d.kind, 'gov-info-2021');
  assert.equal(d.year, 2023);
});

test('a notice that cites a report with its basis stays silent', () => {
  const t = '各科室:2023年,局里部署了政务公开工作,本报告根据《中华人民共和国政府信息公开条例》的要求编制,现将编制要求通知如下。';
  assert.equal(detect([t, '', '一、编制要求', '', '各科室于1月10日前报送材料。'].join('\n')).kind, null);
});

test('a read-aloud button above the opening (点击收听年报语音朗读) is no title: the report is read', () => {
  const body = ['点击收听年报语音朗读', '本报告由某县某局按照《中华人民共和国政府信息公开条例》要求编制。',
    '本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。', '一、总体情况', '2023年,某县某局主动公开政府信息120条。'];
  const d = detect(body.join('\n'));
  assert.equal(d.kind, 'gov-info-2021');
  assert.equal(d.year, 2023);
});
