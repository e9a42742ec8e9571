// intro-parts: an introduction counting its parts as 等五项内容 / 等六个方面 (not N部分). The count is
// taken only when every listed item is a statutory part; otherwise (work items, aspects) silent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { introParts } from '../../../server/src/core/rules/intro-parts';
import { buildDraft, ruleInRegistry, where } from './build';

const run = ruleInRegistry(introParts);
const opening = (sentence: string): string => buildDraft().replace('\n\n## 一、', `\n\n${sentence}\n\n## 一、`);
const FIVE = '总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议行政诉讼情况、存在的主要问题及改进情况';

test('等六项内容 / 等六个方面 listing six statutory parts: silent', () => {
  assert.deepEqual(run(opening(`本报告包括${FIVE}、其他需要报告的事项等六项内容。`)), []);
  assert.deepEqual(run(opening(`本报告包括${FIVE}、其他需要报告的事项六个方面。`)), []);
});

test('等六项内容 listing five statutory parts: reported at the count', () => {
  const text = opening(`本报告包括${FIVE}等六项内容。`);
  const fs = run(text);
  assert.equal(fs.length, 1, fs.map((f) => f.message).join(' | '));
  assert.equal(where(text, fs[0]).slice, '六项内容');
  assert.match(fs[0].message, /列出的是5个部分/);
  const t2 = opening(`全文包括${FIVE}、其他需要报告的事项等五个方面。`);
  assert.equal(run(t2).length, 1);
});

test('items that are not statutory parts: the count is not about the parts (silent)', () => {
  assert.deepEqual(run(opening('本报告包括加强组织领导、完善制度建设、推进重点领域公开等五个方面。')), []);
  assert.deepEqual(run(opening(`本报告包括${FIVE}、工作亮点等五项内容。`)), []);
});

// (harvest mA) Parts quoted one after another without 、 between them: each quoted part is an item.
const QUOTED = '“总体情况”“主动公开政府信息情况”“收到和处理政府信息公开申请情况”“政府信息公开行政复议、行政诉讼情况”“存在的主要问题及改进情况”';

test('six parts quoted one after another without separators: silent', () => {
  assert.deepEqual(run(opening(`本年报全文由${QUOTED}“其他需要报告的事项”六个部分组成。`)), []);
});

test('five parts quoted one after another for a count of six: reported, naming the part left out', () => {
  const fs = run(opening(`本年报全文由${QUOTED}六个部分组成。`));
  assert.equal(fs.length, 1, fs.map((f) => f.message).join(' | '));
  assert.match(fs[0].message, /列出的是5个部分（未列出“其他需要报告的事项”）/);
});

// oW harvest: a 2025 department's opening counts 五项内容 and lists the parts in words of its own (主动公开政府信息详情和
// 政府信息公开申请接收与办理情况, 现存问题与改进举措), leaving out 其他需要报告的事项: the 2021 format has six.
test('等五项内容 naming five parts in paraphrase, for a format of six: reported, naming the part left out', () => {
  const list = '总体情况、主动公开政府信息详情和政府信息公开申请接收与办理情况、政府信息公开相关行政复议及行政诉讼情况、现存问题与改进举措';
  const text = opening(`本报告的内容包括:${list}等五项内容。`);
  const fs = run(text);
  assert.equal(fs.length, 1, fs.map((f) => f.message).join(' | '));
  assert.equal(where(text, fs[0]).slice, '五项内容');
  assert.match(fs[0].message, /年度报告格式规定6个部分（未列出“其他需要报告的事项”）/);
  // The same five with 其他需要报告的事项 and a count of six: silent.
  assert.deepEqual(run(opening(`本报告的内容包括:${list}、其他需要报告的事项等六项内容。`)), []);
});
