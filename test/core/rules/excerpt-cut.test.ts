// A text cut part-way (a web excerpt) and prose with two breakdowns of one total: no error for
// what the cut left out, no sum complaint for two breakdowns that each add up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lint } from '../../../server/src/core';

const rule = (text: string, id: string) => lint(text).findings.filter((f) => f.rule === id).map((f) => [f.severity, text.slice(f.start, f.end)]);
const HEAD = ['某某区司法局2022年政府信息公开工作年度报告', '一、总体情况', '2022年，我局认真贯彻《条例》，主动公开信息20条。'];

test('section-empty: a text that stops at a statutory heading with every later part absent is a cut (info)', () => {
  const cut = [...HEAD, '二、主动公开政府信息情况'].join('\n');
  assert.deepEqual(rule(cut, 'section-empty'), [['info', '二、主动公开政府信息情况']]);
  // The same empty heading with later parts present is an empty part: an error.
  const empty = [...HEAD, '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '本年度未收到申请。'].join('\n');
  assert.deepEqual(rule(empty, 'section-empty').map(([s]) => s), ['error']);
});

test('text-sum: two breakdowns of one total that each add up are silent; parts over the total still warn', () => {
  const two = [...HEAD, '2022年，共收到依申请件35件，其中自然人34件，企业1件，办结32件，结转下年办理3件。'].join('\n');
  assert.deepEqual(rule(two, 'text-sum'), []);
  const over = [...HEAD, '2022年，共收到依申请件35件，其中自然人34件，企业1件，法人组织5件。'].join('\n');
  assert.equal(rule(over, 'text-sum').length, 1);
});

test('section-missing: parts whose numbered headings stand inside a report pasted on one line are present', () => {
  const filler = '我区认真贯彻落实《条例》，坚持以公开为常态、不公开为例外，依法及时准确公开政府信息。'.repeat(6);
  const text = `某某开发区2019年政府信息公开工作年度报告\n${filler}一、总体情况2019年，开发区主动公开政府信息78条。${filler}二、主动公开政府信息情况第二十条第(一)项信息内容本年新制作数量`;
  const got = lint(text).findings.filter((f) => f.rule === 'section-missing' && f.severity === 'error').map((f) => f.message);
  assert.ok(!got.some((m) => m.includes('第一部分') || m.includes('第二部分')), got.join('\n'));
  assert.ok(got.some((m) => m.includes('第三部分')), 'parts absent from the line are still missing');
});

test('table-empty: a table that came through as its labels only, one per line, with no figures', () => {
  const t2 = ['第二十条第(一)项', '信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量', '规章', '规范性文件', '第二十条第(五)项', '上一年项目数量', '本年增/减', '处理决定数量', '行政许可', '其他对外管理服务事项'];
  const body = ['某某乡2019年政府信息公开工作年度报告', '一、总体情况', '2019年，我乡明确专人负责政务公开工作。', '二、主动公开政府信息情况', ...t2,
    '三、收到和处理政府信息公开申请情况', '本年度未收到申请。', '四、政府信息公开行政复议、行政诉讼情况', '无。', '五、存在的主要问题及改进情况', '无。', '六、其他需要报告的事项', '无。'];
  const got = lint(body.join('\n')).findings.filter((f) => f.rule === 'table-empty').map((f) => f.message);
  assert.equal(got.length, 1);
  assert.match(got[0], /^表二“[^”]+”只有行名和栏名/);
  // Cut after the labels, with no later part in the text: the figures may lie beyond the cut.
  assert.deepEqual(lint(body.slice(0, 4 + t2.length).join('\n')).findings.filter((f) => f.rule === 'table-empty'), []);
});

test('year: a titleless excerpt whose only year is the state at a year end (截止2023年12月31日) is that year', () => {
  const text = ['一、总体情况', '(一)主动公开信息情况。本年度我局门户网站不断充实政务公开内容。截止2023年12月31日我局通过官方网站发布政务类信息34条。',
    '二、主动公开政府信息情况', '第二十条第(一)项', '三、收到和处理政府信息公开申请情况'].join('\n');
  const a = analyze(text);
  assert.equal(a.doc.year, 2023);
});
