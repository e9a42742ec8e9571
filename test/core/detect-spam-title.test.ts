// Detection on a hacked page (harvest mV): a spam term stands where the title's kind words were
// (2024年某娱乐城官网工作年度报告) and in the basis sentence, so no line names the kind. The
// title read with the term standing for the kind words, and the statutory first part, make it
// a report of its year; without the spam term or without a statutory part it stays silent.
// Texts of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from './helpers';
import { analyze } from '../../server/src/core';

const body = ['一、总体情况', '2024年,某县某局坚持公开透明,通过门户网站发布各类信息120条,其中概况类信息4条、政务动态信息60条。'];

test('the kind words replaced by a spam term in the title: a report of the year', () => {
  const d = detect(['2024年在线娱乐城官网工作年度报告', '根据《中华人民共和国在线娱乐城官网条例》要求,现将本局年度报告公布如下。', ...body].join('\n'));
  assert.equal(d.kind, 'gov-info-2021');
  assert.equal(d.year, 2024);
});

test('the same in Traditional script with a casino name: a report of the year', () => {
  const d = detect(['網上賭場', '2024年網上賭場推薦工作年度报告', '根据《网上賭場推薦条例》要求,现将本局年度报告公布如下。', ...body].join('\n'));
  assert.equal(d.kind, 'gov-info-2021');
});

test('the same title without a spam term, or without a statutory part: silent', () => {
  assert.equal(detect(['2024年宣传推荐工作年度报告', '现将本局年度报告公布如下。', ...body].join('\n')).kind, null);
  assert.equal(detect(['2024年在线娱乐城官网工作年度报告', '现将本局年度报告公布如下。', '一、工作成效', '全年开展活动12次。'].join('\n')).kind, null);
});

// The same titles broken over lines, as layout-variants titletail and titlesplit made of mV/01: the title the
// parser joins (…工作年度 / 报告), or two touching lines broken inside the spam term, are read masked too.
test('a spam-masked title with its last characters on a line of their own: a report of the year', () => {
  const d = detect(['網上賭場', '2024年網上賭場推薦工作年度', '报告', '根据《网上賭場推薦条例》要求,现将本局年度报告公布如下。', ...body].join('\n'));
  assert.equal(d.kind, 'gov-info-2021');
  assert.equal(d.year, 2024);
});

test('a spam-masked title broken inside the spam term: a report of the year; apart, no title', () => {
  const lines = ['網上賭場', '2024年網上賭', '場推薦工作年度报告', '根据《网上賭場推薦条例》要求,现将本局年度报告公布如下。', ...body];
  assert.equal(detect(lines.join('\n')).kind, 'gov-info-2021');
  assert.equal(detect(lines.join('\n')).year, 2024);
  // (Lines that do not touch are not one title.)
  assert.equal(detect([...lines.slice(0, 2), '', '公告', '', ...lines.slice(2)].join('\n')).kind, null);
});

// mV 01 without its title line: the title is only named in the opening sentence, after 我局编制的, its kind words the
// spam term (现将我局编制的2025年在线娱乐城官网工作年度报告向社会公开): read as the hacked title it is, the words before
// the year no part of it (title-sentence.ts, detect-spam-title.ts).
test('the masked title named in the opening sentence (现将我局编制的……年度报告向社会公开): a report of the year', () => {
  const text = ['在线娱乐城官网', '根据《中华人民共和国在线娱乐城官网条例》(以下简称《条例》)以及相关文件要求,现将我局编制的2024年在线娱乐城官网工作年度报告向社会公开。', ...body].join('\n');
  const d = detect(text);
  assert.deepEqual([d.kind, d.year], ['gov-info-2021', 2024]);
  assert.equal(analyze(text).doc.title?.norm, '2024年在线娱乐城官网工作年度报告');
});
