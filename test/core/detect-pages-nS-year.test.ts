// The report year of untitled nS pages: an opening that publishes the report by name with the
// organ between (现特向社会公布某某乡2025年度政府信息公开年度报告; Traditional on a mirror), and a
// year whose subject is the applications received (2019年收到申请公开0条).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';

const REST = ['一、总体情况', '(一)政府信息主动公开情况', '我乡主动公开内容共18条。', '二、主动公开政府信息情况'];

test('现特向社会公布某某乡2025年度政府信息公开年度报告: 2025, in Simplified or Traditional (nS/37)', () => {
  const simplified = ['根据《中华人民共和国政府信息公开条例》等规定,现特向社会公布文昌阁乡2025年度政府信息公开年度报告。', ...REST].join('\n');
  assert.equal(analyze(simplified).doc.year, 2025);
  const traditional = ['根據《中華人民共和國政府信息公開條例》等規定,現特向社會公布文昌閣鄉2025年度政府信息公開年度報告。', ...REST].join('\n');
  assert.equal(analyze(traditional).doc.year, 2025);
  // A report published before, named in the overview, is no year of this one.
  const past = ['根据《中华人民共和国政府信息公开条例》等规定编制本报告。', '一、总体情况', '我乡按时发布了2024年度政府信息公开年度报告。', '二、主动公开政府信息情况'].join('\n');
  assert.notEqual(analyze(past).doc.year, 2024);
});

test('2019年收到申请公开0条: the year of the applications received (nS/09)', () => {
  const text = ['一、总体情况', '福禄镇严格按照《条例》的原则公开政府信息。2019年收到申请公开0条。通过门户网站共公开信息35条。', '二、主动公开政府信息情况'].join('\n');
  assert.equal(analyze(text).doc.year, 2019);
  // A plan for next year's applications is not the report's year.
  assert.equal(analyze(text.replace('2019年收到申请公开0条', '2020年将做好收到申请的答复')).doc.year, null);
});
