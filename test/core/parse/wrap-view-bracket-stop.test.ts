// PDF text broken at the page width (parse/wrap-view.ts): a full line that ends at a stop inside a bracket the next
// line closes (…联系(地址:某某路8号,电话: / 0631-0000000)。) goes on with its paragraph, so the first part's heading
// stays among the first lines the detection reads. Seen on pH/09 wrapped. A full line ending a sentence outside any
// bracket still ends its paragraph.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';

function wrap(paragraph: string, width = 32): string[] {
  const chars = [...paragraph];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += width) out.push(chars.slice(i, i + width).join(''));
  return out;
}

const OPENING = '根据《中华人民共和国政府信息公开条例》(国务院令第711号,以下简称《条例》)和《中华人民共和国政府信息公开工作年度报告格式》(国办公开办函〔2021〕30号)要求,结合2025年某某市某某局政府信息公开工作实际,编制发布本报告。';
// (Its sixth piece of 32 ends at 电话: inside the bracket; the seventh closes it.)
const CONTACT = '本报告内容包括:总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议及行政诉讼情况、存在的主要问题及改进情况、其他事项。报告中所列数据统计期限从二〇二五年一月一日到十二月三十一日止。公众如需进一步咨询了解相关信息,请与某某市某某局联系(地址:某某市某某街道观海中路八号某某大厦三楼,电话:0631-0000000)。';
const BODY = ['一、总体情况', ...wrap('2025年,某某市某某局全面落实市委、市政府的决策部署要求,围绕中心工作,不断丰富公开内容、优化公开服务,扎实推进政务公开工作有序开展,不断提升政府信息公开的工作效率和服务水平。'),
  '(一)主动公开方面', ...wrap('积极贯彻落实《条例》要求,主动及时向社会公开政府相关信息。通过微信公众号发布70篇,公开方式统一规范,法定主动公开内容公开到位。')];
const LINES = [...wrap(OPENING), ...wrap(CONTACT), ...BODY];

test('a full line ending at a stop inside a bracket the next line closes runs on: the untitled report is read', () => {
  assert.ok(wrap(CONTACT).some((l) => l.endsWith('电话:')));
  const a = analyze(LINES.join('\n'));
  assert.equal(a.kind, 'gov-info-2021');
  assert.equal(a.doc.year, 2025);
  const view = a.doc.view;
  assert.ok(view);
  const at = (s: string) => { for (let l = 0; l < view.lines.lineCount; l++) if (view.lines.lineText(l).includes(s)) return l; return -1; };
  assert.equal(at('0631-0000000'), at('本报告内容包括'));
});

test('a full line ending a sentence outside a bracket still ends its paragraph', () => {
  // The same piece ending 电话: with its bracket closed on the line: the paragraph ends there.
  const lines = [...wrap(OPENING), ...wrap(CONTACT.replace('联系(地址:', '联系,地址:').replace('0631-0000000)。', '0631-0000000。')), ...BODY];
  const view = analyze(lines.join('\n')).doc.view;
  assert.ok(view);
  let split = false;
  for (let l = 0; l < view.lines.lineCount; l++) if (view.lines.lineText(l).startsWith('0631-0000000')) split = true;
  assert.ok(split);
});
