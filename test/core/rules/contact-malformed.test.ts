// contact-malformed: a postal code not of six digits, a doubled dash in a phone number, a web address broken by a
// space, a full-width ＠ in an e-mail address — in the prose, never in table cells.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build2008, buildDraft, buildRuleOfLaw, findings, LAYOUTS, slicesOf } from './build';

const RULE = 'contact-malformed';
const GENERAL = '全年新收政府信息公开申请12件';
const withContact = (s: string): string => buildDraft().replace(GENERAL, s + GENERAL);
const slices = slicesOf(RULE);

test('silent on clean drafts and on contact details written right', () => {
  for (const layout of LAYOUTS) for (const flavour of ['md', 'txt'] as const) assert.deepEqual(slices(buildDraft({ layout, flavour })), []);
  assert.deepEqual(slices(build2008()), []);
  assert.deepEqual(slices(buildRuleOfLaw()), []);
  for (const s of [
    '如有疑问请联系（地址：示例路1号，邮编：340001，电话：0798-8332255，电子邮箱：abc@163.com）。',
    '邮政编码为100730，联系电话0431—81795328，网址http://www.example.gov.cn。',
    '电话（0798）8332255，传真0798-8332256，全年编号2023—2025年。',
  ]) assert.deepEqual(slices(withContact(s)), [], s);
});

test('each slip → info with the right form; fixes to be confirmed where the right form is certain', () => {
  const text = withContact('请与区政府办公室联系（电话：0798——8332255，传真：0482--8395216，邮编：3400010，电子邮箱：pzxxgkb＠163.com），'
    + '报告电子版可在区政府网站（http:// www.nanan.gov.cn）下载。');
  assert.deepEqual(slices(text), ['0798——8332255', '0482--8395216', '3400010', 'pzxxgkb＠163.com', 'http:// www.nanan.gov.cn']);
  const fs = findings(text, RULE);
  assert.ok(fs.every((f) => f.severity === 'info'));
  assert.deepEqual(fs.map((f) => f.message), [
    '电话号码“0798——8332255”的连接号写了两个：应为“0798-8332255”',
    '电话号码“0482--8395216”的连接号写了两个：应为“0482-8395216”',
    '邮政编码“3400010”有7位数字：邮政编码为6位，请核对',
    '电子邮箱“pzxxgkb＠163.com”用了全角“＠”：应为半角“@”（“pzxxgkb@163.com”）',
    '网址“http:// www.nanan.gov.cn”中间有空格，无法直接访问：应为“http://www.nanan.gov.cn”',
  ]);
  assert.equal(fs[2].fix, undefined);
  for (const f of [fs[0], fs[1], fs[3], fs[4]]) assert.equal(f.fix?.safe, false);
  const mail = fs[3].fix!.edits[0];
  assert.equal(text.slice(mail.start, mail.end), '＠');
});
