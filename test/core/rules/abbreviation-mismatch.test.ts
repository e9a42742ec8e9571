// abbreviation-mismatch: a 年度报告格式 shortened to 《条例》 (pR/16) is reported; the usual definitions — the 条例 as
// 《条例》, a notice publishing the 格式 as 《格式》, a notice as 《通知》 — are not. Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';

const RULE = 'abbreviation-mismatch';
const page = (opening: string) => ['某某局2019年度政府信息公开工作年度报告', opening, '一、总体情况', '2019年,我局按照《条例》的规定主动公开政府信息28条。'].join('\n');
const found = (opening: string) => lint(page(opening)).findings.filter((f) => f.rule === RULE);

test('a 年度报告格式 shortened to 《条例》 is reported, on the definition', () => {
  const opening = '本年度报告根据国务院办公厅发布的《中华人民共和国政府信息公开工作年度报告格式(试行)》(以下简称《条例》)和区委的相关要求编制。';
  const fs = found(opening);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].severity, 'warning');
  const text = page(opening);
  assert.equal(text.slice(fs[0].start, fs[0].end), '《中华人民共和国政府信息公开工作年度报告格式(试行)》(以下简称《条例》)');
  assert.match(fs[0].message, /是格式，却简称《条例》/);
});

test('short names taken from the full name are not reported', () => {
  for (const opening of [
    '本年度报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)编制。',
    '根据《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》(以下简称《格式》)编制本报告。',
    '根据《国务院办公厅关于做好政府信息公开工作年度报告编制工作的通知》(以下简称《通知》)编制本报告。',
    '根据《中华人民共和国政府信息公开条例》(以下简称“条例”)编制本报告。',
  ]) assert.deepEqual(found(opening), [], opening);
});
