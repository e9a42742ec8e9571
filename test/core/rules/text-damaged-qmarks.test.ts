// text-damaged: question marks standing for lost characters or indentation (a charset conversion
// writes ? for what it cannot encode) — web excerpts of 2015–2022 reports (issue #12, hK).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft, slicesOf } from './build';

const RULE = 'text-damaged';
const GENERAL = '全年新收政府信息公开申请12件，上年结转1件。';
const withGeneral = (s: string): string => buildDraft().replace(GENERAL, s);
const slices = slicesOf(RULE);

test('a run of question marks, one beside a comma or full stop, one opening a line: reported', () => {
  const cases: [string, string][] = [
    ['一、??? 本年度政府信息公开工作情况良好。', '???'],
    ['各项工作取得了明显成效?,F将有关情况报告如下。', '?'],
    ['统计期限自2017年1月1日起至2017年12月31日止,。?', '?'],
    ['(一)？？？政府信息公开工作机构设置情况。', '？？？'],
  ];
  for (const [s, want] of cases) assert.deepEqual(slices(withGeneral(s)), [want], s);
  const text = buildDraft().replace(GENERAL, `${GENERAL}\n?二、主动公开工作持续推进。`);
  assert.ok(slices(text).includes('?'), 'a question mark opening a line');
});

test('a question ending in a question mark, a URL query: silent', () => {
  for (const s of [
    '群众常问:如何申请政府信息公开?我们在网站上作了说明。',
    '详见 http://www.example.gov.cn/index.html?id=12 的说明。',
    '是否属于政府信息?是否应当公开?均依法答复。',
  ]) assert.deepEqual(slices(withGeneral(s)), [], s);
});

// nG harvest (奉新县, Traditional mirror): the lost indentation before a paragraph opening with its year.
test('a question mark opening a line before the year: reported; a figure after one is not', () => {
  const text = buildDraft().replace(GENERAL, `${GENERAL}\n?2022年，我办在县委、县政府的领导下做好政务公开工作。`);
  assert.ok(slices(text).includes('?'), 'a question mark before 2022年');
  assert.deepEqual(slices(withGeneral('热线电话是多少?12345全天受理。')), []);
});

// nG harvest (洪林镇, a mirror): UTF-8 read as GBK turned 三审三校”“先审后发” into 三?!薄跋….
test('a half-width ?! between Chinese characters: reported', () => {
  const text = withGeneral('严格落实信息公开发布“三审三?!薄跋葘徍蟀l”机制。');
  assert.deepEqual(slices(text), ['?!']);
});

// nN harvest (广州市医保局 on a Traditional mirror with converter pinyin): “廣州醫保” turned into 醫(yī)?!蔽⑿….
test('a half-width ?! after a character\'s converter pinyin: reported; a question after pinyin is not', () => {
  assert.deepEqual(slices(withGeneral('通過政府門戶網(wǎng)站、“廣州醫(yī)?!蔽⑿殴娞枴發(fā)布信息255條。')), ['?!']);
  assert.deepEqual(slices(withGeneral('公開(kāi)了嗎(ma)? 已公開。')), []);
});
