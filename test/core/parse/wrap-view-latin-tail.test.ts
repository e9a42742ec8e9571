// PDF text broken at the page width (parse/wrap-view.ts): a paragraph whose last piece is Latin only (the
// e-mail address that closes an opening, …rcsdsjdadmin@wh.example.cn)) is still one paragraph of the view,
// so the first part's heading stays among the first lines the detection reads. Seen on nL/17 wrapped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';

function wrap(paragraph: string, width = 32): string[] {
  const chars = [...paragraph];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += width) out.push(chars.slice(i, i + width).join(''));
  return out;
}

const OPENING = '根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》要求,编制发布本报告。';
const CONTACT = '本年度报告中所列数据的统计期限从2025年1月1日到12月31日止。如对本年度报告有疑问,请与某某街道办事处联系。(联系电话:0631-0000000,电子邮箱:streetoffice@wh.example.cn)';
const BODY = ['一、总体情况', ...wrap('2025年某某街道深入贯彻落实《条例》内容,聚焦群众关心热点、难点问题,全面推进政务公开各项工作,进一步提升政府信息公开的透明度并取得积极成效。'),
  ...wrap('1.主动公开方面。2025年某某街道主动公开政府信息共37条,其中包括部门领导信息1条、机构设置1条、规划计划1条、业务工作24条。'),
  ...wrap('2.依申请公开方面。2025年某某街道收到依申请公开办件0条,与去年相比减少4条。')];

test('a Latin-only last piece (an e-mail address) stays in its paragraph: the untitled report is read', () => {
  const contact = wrap(CONTACT);
  assert.ok(/^[\x20-\x7e]+$/.test(contact[contact.length - 1]), contact[contact.length - 1]);
  const a = analyze([...wrap(OPENING), ...contact, ...BODY].join('\n'));
  assert.equal(a.kind, 'gov-info-2021');
  assert.equal(a.doc.year, 2025);
});
