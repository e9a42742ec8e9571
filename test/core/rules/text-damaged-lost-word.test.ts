// text-damaged: the formats' fixed wording (section titles and variants, row and column labels) and
// stock phrases (terms.json fixedPhrases) with one character lost: 、读和回应 for 解读和回应,
// 存在的主要问题及改情况 for …改进情况 (issue #16). Silent on the whole words, on optional characters
// left out (需要 → 需, 年度 → 年), and on a first or last character that may stand beside the line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDraft, findings } from './build';
import { lostWords } from '../../../server/src/core/model/lost-words';

const RULE = 'text-damaged';
const GENERAL = '全年新收政府信息公开申请12件，上年结转1件。';
const withGeneral = (s: string): string => buildDraft().replace(GENERAL, `${GENERAL}${s}`);
const found = (text: string) => findings(text, RULE).map((f) => [text.slice(f.start, f.end), f.message]);

test('a statutory part title and a stock phrase short of one character: reported with the words they should read', () => {
  const text = withGeneral('报告包括总体情况、存在的主要问题及改情况等内容。强化信息发布、读和回应，提高透明度。');
  assert.deepEqual(found(text), [
    ['存在的主要问题及改情况', '法定用语或固定说法缺了一个字：“存在的主要问题及改情况”应为“存在的主要问题及改进情况”'],
    ['读和回应', '法定用语或固定说法缺了一个字：“读和回应”应为“解读和回应”'],
  ]);
  // A row label of table 三 in prose, an inner character lost.
  assert.deepEqual(lostWords('其中本机关不掌握关政府信息的2件。').map((w) => w.want), ['本机关不掌握相关政府信息']);
});

test('silent: the whole words, optional characters left out, a lost first character not after a mark', () => {
  for (const s of [
    '强化信息发布、解读和回应，提高透明度。',
    '其他需报告的事项，结转下年继续办理。',
    '存在的问题及改进措施已在第五部分说明。',
    '加强政策读和回应。',
    '2023年新收政府信息公开申请数量较上年增加。',
    // 总 left out of 采购总金额 in prose (nX 07): the plain wording (a table's header cell without it is damaged).
    '主动公开政府采购19项，采购金额18.6198万元。',
  ]) assert.deepEqual(found(withGeneral(s)), [], s);
  // On the line after a line break the lost character may close the line before: not judged.
  assert.deepEqual(lostWords('读和回应，提高透明度'), []);
});

test('the motto written 公开是常态, 公开是例外 lost its 不 (nH harvest); the whole motto is silent', () => {
  assert.deepEqual(found(withGeneral('始终坚持“公开是常态, 公开是例外”的原则。')),
    [['公开是例外', '法定用语或固定说法缺了一个字：“公开是例外”应为“不公开是例外”']]);
  assert.deepEqual(found(withGeneral('始终坚持“公开是常态，不公开是例外”的原则。')), []);
});

test('总 left out: silent in prose (采购金额18.6198万元), reported in a table cell (对外公开数量 for 对外公开总数量)', () => {
  assert.deepEqual(lostWords('主动公开政府采购19项，采购金额18.6198万元。', true), []);
  assert.deepEqual(lostWords('对外公开数量 |').map((w) => w.want), ['对外公开总数量']);
});

test('a label wrapped at its last character is silent also when the line ends in spaces (a padded copy)', () => {
  assert.deepEqual(lostWords('5.属于三类内部事务信'), []);
  assert.deepEqual(lostWords('5.属于三类内部事务信 '), []);
  assert.deepEqual(lostWords('5.属于三类内部事务信\u3000\u3000'), []);
  // A word cut inside the line is still reported.
  assert.deepEqual(lostWords('5.属于三类内部事务信，共2件').map((w) => w.want), ['属于三类内部事务信息']);
});

// oE harvest (定西市公共资源交易中心 2020): 政府息公开工作取得显著成效 — 政府信息公开, the reports' own
// name for their subject, lost its 信 (terms.json fixedPhrases). The whole words and a first 政 that may
// close the line before stay silent.
test('政府信息公开 short of an inner character: reported', () => {
  assert.deepEqual(found(withGeneral('进一步加强政府息公开工作，取得显著成效。')),
    [['政府息公开', '法定用语或固定说法缺了一个字：“政府息公开”应为“政府信息公开”']]);
  assert.deepEqual(lostWords('全面推进政府信公开标准化建设。').map((w) => w.want), ['政府信息公开']);
  assert.deepEqual(found(withGeneral('进一步加强政府信息公开工作，推进政务公开。')), []);
  assert.deepEqual(lostWords('府信息公开平台建设情况'), []);
});

test('政信息公开 inside 财政信息公开, 行政信息公开, 党政信息公开 is the whole word: silent', () => {
  for (const s of ['稳妥推进财政信息公开工作。', '继续推进政府依法行政信息公开。', '以市党政信息公开网站为平台。']) {
    assert.deepEqual(lostWords(s), [], s);
  }
});

test('现行有效数量 is the writer\'s wording, not 现行有效件数 short of 件 (real page oN/07)', () => {
  assert.deepEqual(lostWords('本年度行政规范性文件发布0条,废止数量0条,现行有效数量0条。'), []);
  // The phrase short of its 件 before a figure or a mark is still damaged (the test can fail).
  assert.deepEqual(lostWords('废止0件,现行有效数0件。').map((w) => w.want), ['现行有效件数']);
});

test('the reports\' stock phrases short of one character (nX 32, oO 10); their legitimate short forms stay silent', () => {
  assert.deepEqual(lostWords('新增项目事项88项，其中行政许事项本年新增2项。').map((w) => w.want), ['行政许可事项']);
  assert.deepEqual(lostWords('把政府信息公开作为改进工作风和机关形象的重要举措。').map((w) => w.want), ['改进工作作风']);
  assert.deepEqual(lostWords('深入学习习近平新时代中国特社会主义思想。').map((w) => w.want), ['习近平新时代中国特色社会主义思想']);
  // Words of the harvests that look like a lost character and are not: the phrases that read so are not listed.
  for (const s of [
    '在政府信息公开栏公布。', '经政府常务会研究。', '在政府门户网发布。', '召开新闻发布3次。', '履行法治建设第一责任人责任。',
    '收到申请政府信息公开请求1件。', '以“经开区创优营商环境”为主题。', '对县党政门户网站加强管理。',
  ]) assert.deepEqual(lostWords(s, true), [], s);
});

// pH 23 (2025): 转下年度继续办理1件 — the row label 四、结转下年度继续办理 told in prose with 结转 written 转, the
// writer's wording; mG 28 (2024): 另有5件申请转结下年度继续办理 — 结转 written 转结. Neither lost a character.
test('结转 written 转 or 转结 in the row label told in prose: no lost character', () => {
  assert.deepEqual(lostWords('重复申请1件,转下年度继续办理1件。', true), []);
  assert.deepEqual(lostWords('另有5件申请转结下年度继续办理。', true), []);
  // The first two characters swapped only: 结下年度 after another character still lost its 转.
  assert.deepEqual(lostWords('另有5件申请,结下年度继续办理。', true).map((w) => w.want), ['结转下年度继续办理']);
});

test('人力资源社会保障 that lost its 会 (市人力资源社保障局, pR/08) is reported; the organ\'s names in full stay', () => {
  const text = withGeneral('现公布市人力资源社保障局2013年度报告。');
  assert.deepEqual(found(text).map(([s]) => s), ['人力资源社保障']);
  for (const s of ['现公布市人力资源和社会保障局、市人力资源社会保障局的报告。', '会同教育、人力资源社会保障、民政等部门，推进社保政策公开。']) {
    assert.deepEqual(found(withGeneral(s)), [], s);
  }
});
