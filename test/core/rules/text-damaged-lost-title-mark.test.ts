// text-damaged: a closing book-title mark that lost its opening one (…门户网站辽宁省人民政府公报》等渠道, harvested
// page nR/38; 关于印发中华人民共和国…年度报告格式〉的通知》, oN/06); paired marks, titles wrapped over lines or cut by a
// page break stay silent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft, findings, slicesOf } from './build';

const RULE = 'text-damaged';
const GENERAL = '全年新收政府信息公开申请12件，上年结转1件。';
const withGeneral = (s: string): string => buildDraft().replace(GENERAL, s);
const slices = slicesOf(RULE);

test('a closing 》 with no 《 before it → info ending at the mark', () => {
  const text = withGeneral('通过省政府门户网站辽宁省人民政府公报》等渠道公开文件197件。');
  assert.deepEqual(slices(text), ['网站辽宁省人民政府公报》']);
  const [f] = findings(text, RULE);
  assert.equal(f.severity, 'info');
  assert.equal(f.message, '书名号不成对，后书名号之前缺少对应的前书名号：“网站辽宁省人民政府公报》”');
  assert.match(f.messageEn ?? '', /^unpaired title marks/);
});

test('a closing 〉 inside a title whose 〈 was lost → info', () => {
  const text = withGeneral('根据《国务院办公厅政府信息与政务公开办公室关于印发中华人民共和国政府信息公开工作年度报告格式〉的通知》编制本报告。');
  assert.deepEqual(slices(text), ['息公开工作年度报告格式〉']);
});

test('paired, nested, wrapped and page-broken titles stay silent', () => {
  for (const s of [
    '根据《中华人民共和国政府信息公开条例》和《关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》编制。',
    // a title wrapped over lines, and over a PDF page footer
    '本报告根据《国务院办\n公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告\n格式〉的通知》编制。',
    '本报告根据《中华人民共和国政府\n\n-1-\n\n信息公开条例》编制。',
  ]) assert.deepEqual(slices(withGeneral(s)), [], s);
});
