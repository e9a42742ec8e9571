// A 2008-regulation report in Traditional script with converter pinyin and cover lines instead of
// a title (the shape of p33-guangzhou-2012-trad.txt: 廣州市人民政府 / 2013年3月 / 本年度報(bào)告是根據(jù)…).
// Once such a text is a report (here pinned by a directive; detection is tested elsewhere),
// script-traditional and artifact-conversion must fire on its first lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, LineMap } from '../../../server/src/core';
import { build2008, findings } from './build';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC = require('opencc-js') as { Converter(o: { from: string; to: string }): (s: string) => string };
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' });

/** Pinyin after the characters a converter annotates: 報(bào), 據(jù), 門(mén) … */
const PINYIN: Record<string, string> = { 報: 'bào', 據: 'jù', 門: 'mén', 國: 'guó', 條: 'tiáo', 開: 'kāi', 請: 'qǐng', 簡: 'jiǎn', 稱: 'chēng' };
const annotate = (s: string) => s.replace(/[報據門國條開請簡稱]/g, (ch) => `${ch}(${PINYIN[ch]})`);

function draft(): string {
  const body = build2008().split('\n').slice(1).join('\n');
  const intro = '本年度报告是根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《示例市政府信息公开规定》要求，由示例市政府办公厅编写而成。本报告中所列数据的统计期限自2012年1月1日起至2012年12月31日止。';
  const trad = toTraditional(['示例市人民政府', '2013年3月', intro, body].join('\n'));
  const lines = trad.split('\n');
  // The converter left its pinyin on the cover and the first paragraphs.
  return ['<!-- govreport-kind: gov-info-2008 -->', ...lines.map((l, i) => (i >= 2 && i <= 6 ? annotate(l) : l))].join('\n');
}

test('a pinned 2008 Traditional draft with pinyin debris: script-traditional and artifact-conversion fire on lines 1-8', () => {
  const text = draft();
  assert.match(text, /報\(bào\)告/);
  const result = lint(text);
  const line = (f: { start: number }) => new LineMap(text).positionAt(f.start).line;
  const trad = findings(text, 'script-traditional', result);
  assert.equal(trad.length, 1);
  assert.ok(line(trad[0]) <= 7, `script-traditional on line ${line(trad[0])}`);
  const conv = findings(text, 'artifact-conversion', result);
  assert.ok(conv.length >= 1);
  assert.ok(conv.some((f) => line(f) <= 7), 'artifact-conversion within the first lines');
  assert.ok(conv.every((f) => f.severity === 'warning'));
});

test('the same draft without pinyin: script-traditional only; in Simplified: neither', () => {
  const plain = draft().replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, '');
  const result = lint(plain);
  assert.equal(findings(plain, 'script-traditional', result).length, 1);
  assert.deepEqual(findings(plain, 'artifact-conversion', result), []);
  const simplified = '<!-- govreport-kind: gov-info-2008 -->\n' + build2008();
  const r2 = lint(simplified);
  assert.deepEqual(findings(simplified, 'script-traditional', r2), []);
  assert.deepEqual(findings(simplified, 'artifact-conversion', r2), []);
});
