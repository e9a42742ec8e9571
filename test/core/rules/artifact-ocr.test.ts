// artifact-ocr: a stray file-name line at the top or bottom of a PDF extract (warning; fix:
// delete it, or make it the title when it is the draft's only title) and OCR debris in table
// labels (Ξ, =,, (-, <u>=</u>, し: info, no fix).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintAnalysis, RULES } from '../../../server/src/core';
import { artifactOcr } from '../../../server/src/core/rules/artifact-ocr';
import { applyOne, build2008, buildDraft, buildRuleOfLaw, findings, LAYOUTS, where } from './build';

const RULE = 'artifact-ocr';
const lintWith = (text: string) => lintAnalysis(analyze(text), [...RULES.filter((r) => r.id !== RULE), artifactOcr]);
const found = (text: string) => findings(text, RULE, lintWith(text));

const TITLE = '示例区人民政府办公室2023年政府信息公开工作年度报告';

test('silent on consistent drafts of every layout', () => {
  for (const kind of [2019, 2021] as const) {
    for (const layout of LAYOUTS) assert.deepEqual(found(buildDraft({ kind, layout, flavour: 'txt' })), []);
  }
  assert.deepEqual(found(build2008()), []);
  assert.deepEqual(found(buildRuleOfLaw()), []);
});

test('a file name on the last line: warning; the draft has a title, so the safe fix deletes the line', () => {
  for (const ext of ['pdf', 'docx', 'doc', 'wps', 'PDF']) {
    const name = `${TITLE}.${ext}`;
    const text = buildDraft() + name + '\n';
    const fs = found(text);
    assert.equal(fs.length, 1, ext);
    assert.deepEqual(where(text, fs[0]), { line: text.split('\n').length - 2, slice: name });
    assert.equal(fs[0].severity, 'warning');
    assert.equal(fs[0].message, `“${name}”是文件名，不是报告内容`);
    assert.equal(fs[0].fix?.safe, true);
    assert.equal(applyOne(text, fs[0]), buildDraft());
  }
});

test('a file name that is the only title is moved to the top (not safe: it restructures the draft)', () => {
  const body = buildDraft({ flavour: 'txt' }).split('\n').slice(2).join('\n');
  const text = body + `${TITLE}.pdf`;
  assert.equal(lintWith(text).kind, 'gov-info-2021', 'the title is read from the file name');
  const [f] = found(text);
  assert.equal(f.fix?.safe, false);
  assert.equal(f.fix?.title, '移到文首作为标题');
  const fixed = applyOne(text, f);
  assert.equal(fixed, `${TITLE}\n\n${body.replace(/\n$/, '')}`);
  assert.deepEqual(found(fixed), []);
});

test('a file name on the first line that is the title loses only its extension', () => {
  const text = `${TITLE}.pdf\n` + buildDraft({ flavour: 'txt' }).split('\n').slice(1).join('\n');
  const [f] = found(text);
  assert.equal(f.fix?.title, '删除扩展名');
  assert.ok(applyOne(text, f).startsWith(`${TITLE}\n`));
});

test('precision: a file name in the body (an attachment list) is not debris', () => {
  const text = buildDraft().replace('上年结转1件。', '上年结转1件。\n统计表.xlsx\n附件：年报统计表.pdf\n');
  assert.deepEqual(found(text), []);
  assert.deepEqual(found(buildDraft() + '详见附件：年报统计表.pdf\n'), [], 'a sentence, not a file name');
});

test('OCR debris in table labels: info, on the cell, no fix', () => {
  const draft = buildDraft({ layout: 'tab', flavour: 'txt' });
  const text = draft.replace('（一）予以公开\t', 'Ξ\t(-\t-) 予以公开\t').replace('（二）部分公开', '(<u>=</u>)部分公开');
  const fs = found(text);
  assert.deepEqual(fs.map((f) => [where(text, f).slice, f.severity, !!f.fix]), [
    ['Ξ', 'info', false], ['(-', 'info', false], ['-) 予以公开', 'info', false],
    [text.slice(fs[3].start, fs[3].end), 'info', false],
  ]);
  assert.match(fs[3].message, /<u>/);
});
