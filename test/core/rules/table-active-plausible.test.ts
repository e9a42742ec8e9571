// table-active-plausible: 规章 from a town, in-force below issued, 2019 made-but-not-published.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tableActivePlausible } from '../../../server/src/core/rules/table-active-plausible';
import { buildDraft, ruleAlone, setCell, where } from './build';

const run = ruleAlone(tableActivePlausible);
const asTown = (text: string) => text.replaceAll('示例区人民政府办公室', '示例区示例街道办事处');

test('silent on the built drafts, also as a town', () => {
  for (const kind of [2019, 2021] as const) {
    assert.deepEqual(run(buildDraft({ kind })), []);
    assert.deepEqual(run(asTown(buildDraft({ kind }))), []);
  }
});

test('规章 from a 街道: info on the first non-zero cell; not from a district government', () => {
  const edit = setCell(setCell(buildDraft(), '规章', 0, '2').text, '规章', 2, '2');
  const town = asTown(edit.text);
  const fs = run(town);
  assert.equal(fs.length, 1);
  assert.equal(where(town, fs[0]).slice, '2');
  assert.equal(fs[0].severity, 'info');
  assert.match(fs[0].message, /乡镇、街道不能制定规章/);
  assert.deepEqual(run(edit.text), []);
});

test('现行有效件数 below 本年制发件数, unless the text explains it', () => {
  const text = setCell(buildDraft(), '行政规范性文件', 2, '3').text; // issued 4, in force 3
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(where(text, fs[0]).slice, '3');
  assert.match(fs[0].message, /小于“本年制发件数”4/);
  assert.deepEqual(run(text.replace('上年结转1件。', '上年结转1件。现行有效件数少于本年制发件数，是因为部分文件当年即已失效。')), []);
});

test('2019: made but neither published nor in the public total (p17 layout)', () => {
  let text = buildDraft({ kind: 2019 });
  text = setCell(text, '规范性文件', 1, '0').text;
  text = setCell(text, '规范性文件', 2, '0').text;
  const fs = run(text);
  assert.equal(fs.length, 1);
  assert.equal(where(text, fs[0]).slice, '4');
  assert.match(fs[0].message, /本年新制作 4 件/);
  // Published but not yet in the total: the in-force check speaks instead.
  const partial = setCell(buildDraft({ kind: 2019 }), '规范性文件', 2, '0').text;
  assert.equal(run(partial).length, 1);
  assert.match(run(partial)[0].message, /小于“本年新公开数量”4/);
});

test('规章 from a body without title or signature that calls itself 我镇 twice, and nothing else', () => {
  const edit = setCell(buildDraft(), '规章', 2, '6').text;
  const lines = edit.split('\n');
  // The title (first line) and the signing organ go; the body speaks as 我镇.
  const body = lines.slice(1).filter((l) => l.trim() !== '示例区人民政府办公室').join('\n').replaceAll('示例区人民政府办公室', '我镇').replace('全年新收', '我镇全年新收');
  assert.ok((body.match(/我镇/g) ?? []).length >= 2);
  const fs = run(body);
  assert.equal(fs.length, 1);
  assert.equal(where(body, fs[0]).slice, '6');
  // Beside 我县 (a county speaking of a town of its own), or with its title: not judged by the body.
  assert.deepEqual(run(body.replace('我镇', '我县')), []);
  assert.deepEqual(run(`${lines[0]}\n${body}`), []);
});
