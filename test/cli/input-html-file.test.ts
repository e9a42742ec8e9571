// The charset of a saved web page: BOM, declared charset, else UTF-8 when valid, else GB18030 or Big5.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeHtmlBytes, declaredCharset } from '../../server/src/cli/input/html-file';
import { encodeBig5, encodeGb18030 } from './helpers';

const PAGE = (meta: string) => `<html><head>${meta}</head><body><p>政府信息公开工作年度报告</p></body></html>`;

function text(bytes: Uint8Array): { text: string; charset: string } {
  const r = decodeHtmlBytes(bytes);
  if (!r.ok) assert.fail(r.message);
  return r;
}

test('<meta charset> and http-equiv content type are found', () => {
  assert.equal(declaredCharset(Buffer.from(PAGE('<meta charset="GBK">'))), 'gbk');
  assert.equal(declaredCharset(Buffer.from(PAGE('<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />'))), 'gb2312');
  assert.equal(declaredCharset(Buffer.from(PAGE(''))), undefined);
});

test('a GBK page that says so is read as GB18030', () => {
  const r = text(encodeGb18030(PAGE('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')));
  assert.equal(r.charset, 'gb18030');
  assert.ok(r.text.includes('政府信息公开工作年度报告'));
});

test('a GBK page without a declaration is read as GB18030; a UTF-8 one as UTF-8', () => {
  const gb = text(encodeGb18030(PAGE('')));
  assert.equal(gb.charset, 'gb18030');
  assert.ok(gb.text.includes('年度报告'));
  const u = text(Buffer.from(PAGE('')));
  assert.equal(u.charset, 'utf-8');
  assert.ok(u.text.includes('年度报告'));
});

test('a page declaring UTF-8 that is really GBK is still read right; a BOM wins over the declaration', () => {
  const lying = text(encodeGb18030(PAGE('<meta charset="utf-8">')));
  assert.ok(lying.text.includes('年度报告'));
  const bom = text(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PAGE('<meta charset="gbk">'))]));
  assert.ok(bom.text.includes('年度报告'));
});

test('a Big5 page without a declaration is read as Big5, a declared one by its label', () => {
  const trad = '<html><head></head><body><p>廣州市政府信息公開工作年度報告</p><p>根據《中華人民共和國政府信息公開條例》要求編寫。</p></body></html>';
  const b = text(encodeBig5(trad));
  assert.equal(b.charset, 'big5');
  assert.ok(b.text.includes('政府信息公開工作年度報告'));
  const declared = text(encodeBig5(trad.replace('<head>', '<head><meta charset="big5">')));
  assert.equal(declared.charset, 'big5');
  assert.ok(declared.text.includes('條例'));
});
