// Pages in Traditional script: the title run into the body of a one-line page (…關於2023年度法治
// 政府建設情況的報告2023年,…), a breadcrumb (當前位置:…) and navigation words (站羣導航 | 加入收藏)
// are read as in Simplified script; offsets stay those of the original text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';
import { isBreadcrumb, isNavChrome } from '../../../server/src/core/parse/title-chrome';
import { toSimplified } from '../../../server/src/core/text/script';

const BODY = '全縣堅持以習近平新時代中國特色社會主義思想為指導，深入學習貫徹習近平法治思想，紮實推進法治政府建設，'.repeat(5);

test('Traditional one-line page: the run-in 法治政府建設 title is found, kind and year follow', () => {
  const text = `某某網—全網資源每日更新www.example.com某某省人民政府關於2023年度法治政府建設情況的報告2023年,${BODY}`;
  const a = analyze(text);
  assert.equal(a.doc.title?.text, '某某省人民政府關於2023年度法治政府建設情況的報告');
  assert.equal(text.slice(a.doc.title!.start, a.doc.title!.end), a.doc.title!.text);
  assert.deepEqual([a.kind, a.doc.year], ['rule-of-law', 2023], a.detection.reason);
});

test('Traditional breadcrumb and navigation lines are chrome, not the title', () => {
  // (As the readers see a line: in doc.read, Simplified.)
  assert.ok(isBreadcrumb(toSimplified('當前位置:作文吧實用文檔工作報告內容頁')));
  assert.ok(isNavChrome(toSimplified('站羣導航 | 加入收藏 | 設為首頁 | 手機版')));
  const a = analyze(['當前位置:某某網實用文檔工作報告內容頁', '', '某某局2023年度法治政府建設報告', '', `2023年，${BODY}`].join('\n'));
  assert.equal(a.doc.title?.text, '某某局2023年度法治政府建設報告');
  assert.deepEqual([a.kind, a.doc.year], ['rule-of-law', 2023], a.detection.reason);
});
