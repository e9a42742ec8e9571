// The harvested real pages (test/fixtures/real-pages/) with their title over two lines, as PDF text centred on a
// narrow page and web copies give it, the way scripts/layout-variants.mjs makes them: cut before its year
// (洪泽区人民政府 / 2023年政府信息公开工作年度报告), or in half when it names no year (titlesplit), or its last two
// characters on a line of their own (…工作年度 / 报告, titletail). The kind and the year read from each must be those
// read from the page itself (parse/title.ts, parse/title-lines.ts). A ratchet as real-pages-one-line.test.ts: the
// pages listed still differ (none now).
import { test } from 'node:test';
import { assertRatchet, readingsThatDiffer } from './real-pages-variants';

// qF/03: the title already over two lines (管委会 / 政府信息公开工作2013年度报告), split again it is no title (no kind);
// qF/08: split before its year the title gives no year, and 2004年5月1日起本局开始开展 (the 上海 规定's start) is taken.
const SPLIT_KNOWN = new Set<string>(['qF/03.txt', 'qF/08.txt']);
const TAIL_KNOWN = new Set<string>([]);

/**
 * The first line among the first ten non-blank ones that reads as a report's title, or -1: as the script's, no
 * breadcrumb (首页 > … > 政府信息公开年报), list item, rule's article or line of metadata fields (their labels spaced
 * out too: 索 引 号:17495 主题分类:年度报告, 名  称:…年度报告, pR/08).
 */
const NO_TITLE = /^(?:[(（]\d{1,2}[)）]|\d{1,2}[、.．]|第[一二三四五六七八九十百]+条|[\u4e00-\u9fff](?:[ \u3000]*[\u4e00-\u9fff]){1,4}\s*[:：])|(?:索\s*引\s*号|主题分类|发布机构|发布日期|发布时间|来源|文\s*号)\s*[:：]/;
function titleLine(lines: string[]): number {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < 10; i++) {
    const t = lines[i].trim();
    if (!t) continue;
    seen++;
    if (t.length >= 8 && t.length <= 60 && /(?:报告|年报)$/.test(t) && !/[|\t。，>＞»]/.test(t) && !NO_TITLE.test(t)) return i;
  }
  return -1;
}
function splitTitle(text: string, cut: (title: string) => number): string {
  const lines = text.split(/\r?\n/);
  const i = titleLine(lines);
  if (i < 0) return text;
  const line = lines[i];
  const at = cut(line.trim());
  if (at <= 0) return text;
  const lead = line.length - line.trimStart().length;
  lines.splice(i, 1, line.slice(0, lead + at), line.slice(lead + at));
  return lines.join('\n');
}

test('real pages with their title over two lines keep their kind and year', () => {
  const differ = readingsThatDiffer({
    titlesplit: (t: string) => splitTitle(t, (s) => { const y = /(?:19|20)\d{2}\s*年/.exec(s); return y && y.index >= 2 ? y.index : Math.floor(s.length / 2); }),
    titletail: (t: string) => splitTitle(t, (s) => s.length - 2),
  });
  assertRatchet(differ.titlesplit, SPLIT_KNOWN, 'title split before its year');
  assertRatchet(differ.titletail, TAIL_KNOWN, "title's last characters on a line of their own");
});
