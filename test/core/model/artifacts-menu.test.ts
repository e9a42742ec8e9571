// artifact-web: a site's channel menu (“- 政策解读”, “- 经济发展” …) copied above a report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../../server/src/core';

const BODY = [
  '本年度报告根据《中华人民共和国政府信息公开条例》要求编制。',
  '一、概述',
  '2010年，本市各级政府部门认真贯彻落实《条例》。',
];

function menu(text: string) {
  return lint(text).findings.filter((f) => f.rule === 'artifact-web' && f.message.includes('栏目菜单'))
    .map((f) => [f.severity, text.slice(f.start, f.end)]);
}

test('a run of bare channel names as list items at the top of the text is web chrome, line by line', () => {
  const text = ['- 政策解读', '- 经济发展', '- 法治中国', '- 发展报告', ...BODY].join('\n');
  assert.deepEqual(menu(text), [['warning', '- 政策解读'], ['warning', '- 经济发展'], ['warning', '- 法治中国'], ['warning', '- 发展报告']]);
});

test('two items, a list inside the report, or items that are sentences are not a menu', () => {
  assert.deepEqual(menu(['- 政策解读', '- 经济发展', ...BODY].join('\n')), []);
  assert.deepEqual(menu([...BODY, '- 政策文件', '- 政策解读', '- 新闻发布', '- 办事指南'].join('\n')), []);
  assert.deepEqual(menu(['- 加强组织领导，压实责任', '- 完善制度建设', '- 丰富公开载体', ...BODY].join('\n')), []);
});

// (harvest mA) A side menu whose narrow column broke each channel name over two lines.
test('bare channel names broken over two lines each (政府信息 / 公开指南) are a menu', () => {
  const text = ['政府信息', '公开指南', '', '政府信息', '公开制度', '', '某某县某某局2023年政府信息公开工作年度报告', '', ...BODY].join('\n');
  assert.deepEqual(menu(text), [['warning', '政府信息'], ['warning', '公开指南'], ['warning', '政府信息'], ['warning', '公开制度']]);
});

test('two short lines that only make a channel name when joined, once, are not a menu', () => {
  assert.deepEqual(menu(['政府信息', '公开指南', '某某县某某局2023年政府信息公开工作年度报告', ...BODY].join('\n')), []);
  // Four bare lines whose joins are no channel names: a title set word by word, not a menu.
  assert.deepEqual(menu(['某某县', '某某局', '工作', '总结', ...BODY].join('\n')), []);
});

// (layout-variants titlesplit on mA/19) The title wrapped below its issuer, under the side menu.
test('the issuer above the title wrapped before its year is the title, not the menu\'s last item', () => {
  const text = ['政府信息', '公开指南', '', '政府信息', '公开制度', '', '某某县自然资源局', '2023年政府信息公开工作年度报告', '', ...BODY].join('\n');
  assert.deepEqual(menu(text), [['warning', '政府信息'], ['warning', '公开指南'], ['warning', '政府信息'], ['warning', '公开制度']]);
  // (A channel name broken over two lines, 政府信息 / 公开年报, has no year: still the menu's.)
  const broken = ['政府信息', '公开指南', '', '政府信息', '公开年报', '', '某某县某某局2023年政府信息公开工作年度报告', '', ...BODY].join('\n');
  assert.equal(menu(broken).length, 4);
});
