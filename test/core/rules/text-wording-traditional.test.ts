// text-wording reads a page in Traditional script as read in Simplified: 《中華人民共和國政府公開條例》 (qF/21, a
// 南寧軌道交通 report) is the Regulations' name without 信息, and 1633余條 an exact figure with 余 (mP/06). The
// finding quotes the draft's characters and carries no fix (the right name would be put in Simplified).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textWording } from '../../../server/src/core/rules/text-wording';
import { ruleAlone } from './build';

const run = ruleAlone(textWording);
const page = (s: string) => ['南寧軌道交通集團有限責任公司2020年政府信息公開工作年度報告', '一、總體情況', s].join('\n');

test('the Regulations named without 信息, in Simplified and in Traditional script', () => {
  const simple = ['某公司2020年政府信息公开工作年度报告', '一、总体情况', '组织工作人员对《中华人民共和国政府公开条例》的学习。'].join('\n');
  const s = run(simple);
  assert.equal(s.length, 1);
  assert.equal(simple.slice(s[0].start, s[0].end), '政府公开条例');
  assert.equal(s[0].fix?.safe, true);
  const text = page('我公司不僅組織加強政務公開工作人員對《中華人民共和國政府公開條例》的學習。');
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(text.slice(fs[0].start, fs[0].end), '政府公開條例');
  assert.equal(fs[0].message, '“政府公開條例”应为“政府信息公开条例”：条例的名称是《中华人民共和国政府信息公开条例》（简称《政府信息公开条例》），没有这个名称的条例');
  assert.equal(fs[0].fix, undefined);
});

test('余 after an exact figure in Traditional script; the right name in Traditional is silent', () => {
  const text = page('通過微信公眾號發布了1633余條信息。');
  assert.deepEqual(run(text).map((f) => text.slice(f.start, f.end)), ['1633余']);
  assert.deepEqual(run(page('積極貫徹落實《中華人民共和國政府信息公開條例》。')), []);
});
