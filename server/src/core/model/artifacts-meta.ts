// Classifies one line as part of a government web page's metadata table: the 索引号 / 主题分类 /
// 发布机构 / 成文日期 / 文号 block that 政府信息公开 pages print above the article, and that comes
// along when the report is copied from the page. A browser copy gives it as tab-separated cells
// (名称⇥…⇥⇥ / 索引号⇥014314799/2024-00002⇥分类⇥…), other copies as pipe-separated cells with
// spaced-out labels (索 引 号:005267169/2016-00001 | 主题分类:… | |) or label: value pairs.
//
// A line is metadata only when it is made of such labels and their values and nothing else:
// every cell a known label, a label with its value (label:value), or the one value cell after a
// label. Values must look like values (a date after a date label, a code after 索引号, a short
// phrase without sentence punctuation otherwise). Prose that mentions the words (本机关的公开日期为…)
// has a cell that is no label and is never metadata.
import { normalize } from '../text/normalize';
import { PAGE_LABELS, type PageLabel, type PageLabelValue } from '../text/page-labels';
import type { ChromeLine } from './artifacts-chrome';
import type { LineTexts } from './artifacts-lines';
import { continuesMetaName } from '../parse/title-lines';

type Value = PageLabelValue;
type Label = PageLabel;
const LABELS = PAGE_LABELS;

const BY_WORD = new Map<string, Label>();
for (const l of LABELS) for (const w of l.words) BY_WORD.set(w, l);
// Longest first, so that 主题分类 is not read as 主题 + 分类.
const WORDS = [...BY_WORD.keys()].sort((a, b) => b.length - a.length);
const WORD_FIRSTS = new Set(WORDS.map((w) => w[0]));
/** A cell that is one label, optionally followed by a colon and its value. */
const CELL = new RegExp(`^(${WORDS.join('|')})(?::(.*))?$`);
/** A label spaced out with runs of spaces (索  引  号, 文       号): closed up before the line is split into cells. */
const SPACED = new RegExp(WORDS.filter((w) => w.length >= 2).map((w) => [...w].join('[ \\u3000]+')).join('|'), 'g');
/** Question marks a mirror left for the spaces between two cells: before a label or a space, or after a figure. */
const BROKEN_GAP = new RegExp(`[?？]{2,}(?=(?:${WORDS.join('|')})|\\s)|(?<=\\d)[?？]{2,}`, 'g');
/**
 * Two characters in a row in some label, as small integers (a key may stand for other pairs too: a
 * pair it lets through is only searched): SPACED matches only where a run of spaces stands between such a pair.
 */
const pairKey = (a: number, b: number) => (a & 0x7fff) * 0x8000 + (b & 0x7fff);
const LABEL_PAIRS = new Set(WORDS.flatMap((w) => [...w].slice(1).map((c, i) => pairKey(w.charCodeAt(i), c.charCodeAt(0)))));
const isSpace = (c: number) => c === 0x20 || c === 0x3000;
/** Whether `s` has a run of spaces between two characters that stand in a row in a label (else SPACED finds nothing). */
function maySpaceLabel(s: string): boolean {
  for (let i = 1; i < s.length; i++) {
    if (!isSpace(s.charCodeAt(i)) || isSpace(s.charCodeAt(i - 1))) continue;
    let j = i + 1;
    while (j < s.length && isSpace(s.charCodeAt(j))) j++;
    if (j < s.length && LABEL_PAIRS.has(pairKey(s.charCodeAt(i - 1), s.charCodeAt(j)))) return true;
    i = j;
  }
  return false;
}
/** A label in brackets before its value ([ 发布机构 ] 某乡人民政府, 【成文日期】2026-01-22). */
const BRACKETED = new RegExp(`[[【［]\\s*(${WORDS.join('|')})\\s*[\\]】］]\\s*`, 'g');
/** Further label:value pairs inside one cell (索引号:…主题分类:… after spaces are removed). */
const PAIR = new RegExp(`(${WORDS.join('|')}):`, 'g');

const VALUES: Record<Value, RegExp> = {
  date: /^(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\d{1,2}:\d{2}(?::\d{2})?)?)?$/,
  // (/2015-26440: a code whose prefix the page left empty.)
  code: /^(?:[A-Za-z0-9]|\/(?=\d))[A-Za-z0-9/._-]{0,39}$/,
  name: /^[^。；;！!？?]{0,100}$/,
  short: /^[^。；;！!？?]{0,60}$/,
  // (A counter the copy left without its figure, 浏览量:次, is still the counter.)
  count: /^(?:\d[\d,]*(?:次|人次)?|次|人次)$/,
  switch: /^(?:[大中小]|A\+|A-|A|[[\]【】|·])*$/,
};

/**
 * A 政府信息公开目录 index number on its own (006939748/2025-00084, 01418439X/2023-00001; • 736916955/2023-02935
 * in a list): the organ's nine-character code or its eighteen-character 统一社会信用代码
 * (113701243072282028/2025-6626482), the year and a serial number.
 */
const BARE_INDEX = /^\s*(?:[•·●▪◆]\s*)?(?:[0-9A-Z]{8}[0-9X]|[0-9A-Z]{17}[0-9A-Z])\s*[/／]\s*(?:19|20)\d{2}-\d{5,7}\s*$/;

interface Pair { label: Label; value: string | null; weak?: true }

/**
 * Labels whose first characters a page cut off (号: cxs043/2026-00011 for 索引号, 称: … for 名称, 号:
 * for 文号): read as the label, never as a strong one. 号 is the 索引号 when its value is a code.
 */
const CUT_LABELS: Record<string, (value: string) => Label> = {
  '号': (v) => BY_WORD.get(v && VALUES.code.test(v) ? '索引号' : '文号')!,
  '引号': () => BY_WORD.get('索引号')!,
  '称': () => BY_WORD.get('名称')!,
};
const CUT_CELL = /^(号|引号|称):(.*)$/;

/**
 * A label run together with its value (索引号mlsppz/2025-00000, 发布日期2025-01-16; on a bulleted
 * line also 发布机构弥勒市朋普镇, 有效性有效): taken when the value is a date or a code, or, on a
 * bulleted line, a short phrase without commas (then a weak reading: only beside a strong line).
 */
function glued(cell: string, bulleted: boolean): Pair | null {
  // (Most cells start with no label's first character: no label is tried.)
  if (!WORD_FIRSTS.has(cell[0])) return null;
  for (const w of WORDS) {
    if (!cell.startsWith(w) || cell.length === w.length) continue;
    const label = BY_WORD.get(w)!;
    const value = cell.slice(w.length);
    if (value.startsWith(':')) return null;
    if (label.value === 'date' || label.value === 'code') return VALUES[label.value].test(value) ? { label, value } : null;
    if (!bulleted || label.value !== 'short' || value.length > 20 || /[,，、]/.test(value)) return null;
    // (Never a strong line by itself: a report's bulleted point may open with such a word.)
    return { label, value, weak: true };
  }
  return null;
}

/**
 * The label a cell opens with when the rest is labels too (文号成文日期:…: a bare label, a label with its
 * colon and value, or more of them run together), or null. 发布机构发布日期2023-03-14 (a value after a label
 * without its colon) is not: the single-space reading of such a line gives each label its value.
 */
function gluedLabel(cell: string): string | null {
  if (!WORD_FIRSTS.has(cell[0])) return null;
  for (const w of WORDS) {
    if (!cell.startsWith(w)) continue;
    const rest = cell.slice(w.length);
    if (rest && WORD_FIRSTS.has(rest[0]) && (CELL.test(rest) || gluedLabel(rest) !== null)) return w;
  }
  return null;
}

/** Reads one cell into label/value pairs (appending to `pairs`); false when the cell is not metadata. */
function readCell(cell: string, pairs: Pair[], bulleted = false): boolean {
  const m = CELL.exec(cell);
  if (!m) {
    const cut = CUT_CELL.exec(cell);
    if (cut) {
      // Its value runs up to the next label:value pair of the cell (号:cxs043/2026-00011信息分类:政务公开).
      PAIR.lastIndex = 0;
      const next = PAIR.exec(cut[2]);
      const value = next ? cut[2].slice(0, next.index) : cut[2];
      pairs.push({ label: CUT_LABELS[cut[1]](value), value: value === '' ? null : value, weak: true });
      return next ? readCell(cut[2].slice(next.index), pairs, bulleted) : true;
    }
    if (pairs.length === 0 || pairs[pairs.length - 1].value !== null) {
      const g = glued(cell, bulleted);
      if (g) {
        pairs.push(g);
        return true;
      }
      // An empty label run into the next one (文号成文日期:2020-01-22…, 体裁生效日期废止日期: the page's spaces
      // between the cells lost): the first label bare, the rest read on.
      const w = gluedLabel(cell);
      if (w) {
        pairs.push({ label: BY_WORD.get(w)!, value: null });
        return readCell(cell.slice(w.length), pairs, bulleted);
      }
    }
    // The value of the label just before (名称⇥沭阳县…报告), once.
    const last = pairs[pairs.length - 1];
    // A classification's further values (分类 信息公开年报   机关事务    报告): short cells, appended.
    if (last && last.value !== null && last.label.multi && cell.length <= 12) {
      // (A separator cell between them, 分类:其他 ; 业务工作, is no value.)
      if (/^[;,、]$/.test(cell)) return true;
      last.value += ' ' + cell;
      return true;
    }
    if (!last || last.value !== null) return false;
    last.value = cell;
    return true;
  }
  // A bare label, or a label whose colon ends the cell (索引号: | 113308…/2024-122331 |): the value may follow in the next cell.
  if (m[2] === undefined || m[2] === '') {
    pairs.push({ label: BY_WORD.get(m[1])!, value: null });
    return true;
  }
  // label:value, possibly with more label:value pairs after it in the same cell.
  const found: { word: string; start: number; end: number }[] = [];
  PAIR.lastIndex = 0;
  for (let p = PAIR.exec(cell); p; p = PAIR.exec(cell)) found.push({ word: p[1], start: p.index, end: p.index + p[0].length });
  for (let i = 0; i < found.length; i++) {
    const value = cell.slice(found[i].end, i + 1 < found.length ? found[i + 1].start : cell.length);
    pairs.push({ label: BY_WORD.get(found[i].word)!, value });
  }
  return found.length > 0 && found[0].start === 0;
}

/** A site's address first on a page's header line (www.panzhihua.gov.cn   发布时间:…   来源:…). */
const SITE = /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov\.cn|com\.cn|cn|com|net|org)(?:\/\S*)?$/i;

/** The cells read into label/value pairs; null when a cell is not metadata. */
function readCells(cells: string[], bulleted = false): Pair[] | null {
  const pairs: Pair[] = [];
  let first = true;
  for (const c of cells) {
    // Normalised (Simplified, half-width, no spaces): 索 引 号： reads as 索引号:.
    const cell = normalize(c);
    if (!cell) continue;
    // (The site's address before the fields is part of the header: no pair of its own.)
    const lead = first;
    first = false;
    if (lead && SITE.test(cell)) continue;
    if (!readCell(cell, pairs, bulleted)) return null;
  }
  return pairs;
}

/** The line read as a page metadata line, or null when any of it is report text. */
export function classifyPageMeta(lineText: string): ChromeLine | null {
  if (lineText.length > 300) return null;
  // The 索引号 value alone, its label lost (01418439X/2023-00001): the catalogue's code of an organ
  // (nine characters), the year and a serial number, which no report line is.
  if (BARE_INDEX.test(lineText)) return { tier: 'strong', zh: '网页信息元数据', en: 'page metadata', pageMeta: true };
  // Full-width spaces a mirror broke into question marks inside the labels (索??引??號:) are closed up.
  // (Converter pinyin, 所屬機構(gòu):, is dropped when the cells are normalised.)
  // A run of them before a label or a space, or after a figure, stood for the spaces between two cells
  // (来源:县政务公开办??发布时间:2014-03-19?? 字号【): a cell break.
  // (A font-size switch printed without its colon, 字号【, is the label and its bracket.)
  // (The look-behind patterns, tried at every position: only on a line with a question mark.)
  const marked = lineText.includes('?') || lineText.includes('？')
    ? lineText.replace(BROKEN_GAP, '  ').replace(/(?<=[\u3400-\u9fff])[?？]+(?=[\u3400-\u9fff])/g, '') : lineText;
  const text = marked.includes('字') ? marked.replace(/(字[体號号體])(?=[[【])/g, '$1:') : marked;
  // A list bullet before the line (• 索  引 号:… on pages that print the block as a list).
  const bulleted = /^(?:[•·●▪◆]|-(?=\s))/.test(text.trim());
  const listed = text.trim().replace(/^(?:[•·●▪◆]|-(?=\s))\s*/, '');
  // Labels in brackets ([ 索引号 ] 11500230…/2026-00004 [ 发文字号 ], - [ 有效性 ] 有效): label: value cells.
  const bare = /[[【［]/.test(listed) ? listed.replace(BRACKETED, '  $1:').trim() : listed;
  // (A spaced-out label needs a space: most lines have none, and SPACED is long.)
  // (Brackets left empty by the copy, 字体:[  ], are closed up too: the spaces inside are no cell break.)
  // (SPACED, an alternation of some sixty spaced labels, only where a label's two characters stand around spaces.)
  const raw = /[ \u3000]/.test(bare)
    ? (maySpaceLabel(bare) ? bare.replace(SPACED, (m) => m.replace(/[ \u3000]+/g, '')) : bare).replace(/([[【])[ \u3000]+(?=[\]】])/g, '$1')
    : bare;
  if (!raw) return null;
  // Cells: tabs or pipes when the line has them (a value may hold single spaces), else runs of
  // spaces; failing that, single spaces (索引号 620702074/2024-00047 发文字号 …), a time kept with its date.
  const piped = /[\t|｜]/.test(raw);
  // (Without white space the single-space reading is the same one cell again.)
  // (A reading whose cells are all labels but whose values do not fit, 分类:其他;业务工作 read as one
  // cell, gives way to the single-space one: 分类:其他 | ; | 业务工作.)
  const fits = (ps: Pair[] | null) => ps !== null && ps.length > 0 && ps.every((p) => !p.value || VALUES[p.label.value].test(p.value));
  let pairs = readCells(piped ? raw.split(/[\t|｜]/) : raw.split(/\s{2,}|\u3000+/), bulleted);
  if (!fits(pairs) && !piped && /\s/.test(raw)) {
    const single = readCells(raw.replace(/(\d{4}-\d{1,2}-\d{1,2})\s+(?=\d{1,2}:\d{2})/g, '$1').split(/\s+/), bulleted);
    if (fits(single)) pairs = single;
  }
  if (!pairs || !fits(pairs)) return null;
  // A row of the table's bare labels in cells of their own, its values left empty by the copy
  // (索 引 号 | 主题分类 | ||): certain metadata when two of them are strong labels (文号 | 关键词 alone is not).
  let strong = piped && pairs.filter((p) => p.label.strong && !p.weak).length >= 2;
  // A page header run on one line with its view counter or font-size switch (发布时间:… 来源:… 字号:[ ] 阅读次数:):
  // those two are never report text.
  if (pairs.length >= 2 && pairs.some((p) => p.label.value === 'switch' || p.label.value === 'count')) strong = true;
  // (One strong label alone on its line, 索 引 号 or 发布机构: the table copied one cell a line, its values empty.)
  const bareLabel = pairs.length === 1 && pairs[0].value === null && pairs[0].label.strong && !pairs[0].weak;
  let keep: 'date' | 'title' | null = null;
  for (const p of pairs) {
    if (!p.value) continue;
    if (p.label.strong && !p.weak) strong = true;
    if (p.label.keep === 'title' || (p.label.keep === 'date' && !keep)) keep = p.label.keep;
  }
  return {
    tier: strong ? 'strong' : 'support',
    zh: '网页信息元数据',
    en: 'page metadata',
    pageMeta: true,
    ...(bareLabel ? { bareLabel: true as const } : {}),
    keep: keep === 'title'
      ? { zh: '其中的名称是报告标题，正文没有标题时请先把它留作标题', en: 'its 名称 is the report title: keep it as the title if the text has none' }
      : keep === 'date'
        ? { zh: '其中的日期如需保留，请写入落款', en: 'move its date into the signature first if it matters' }
        : undefined,
  };
}

/**
 * A field whose value is the report's title, on a line already read as metadata: 名称/标题 (with a colon,
 * a tab, a pipe or only spaces after the label: 标      题 某某局2022年……), its label cut to 称 by the
 * page, or the 内容概述 that some sites fill with the title.
 */
const NAME_FIELD = /^[\s|│]*(?:[-*•·]\s*)?(?:名\s*称|称|标\s*题|文件名称|内\s*容\s*概\s*述)(?:\s*[:：\t|│]\s*|\s+)([^\t|│]{4,120}?)\s*$/;

/**
 * A 名称/标题 field whose value the page wrapped onto the next line (名 称: 下陆区卫生健康局 /
 * 2021年政府信息公开工作年度报告): the rest of the value is the field's too, so the block it stands in
 * runs on through it, and the field is reported once over both lines. `reads` are the lines as
 * doc.read has them; `chrome` their readings, updated.
 */
export function joinWrappedName(reads: LineTexts, chrome: (ChromeLine | null)[]): Set<number> {
  const tails = new Set<number>(); // the lines that hold the rest of a field above: reported with it
  for (let k = 0; k + 1 < reads.length && k < 60; k++) {
    if (!chrome[k]?.pageMeta || chrome[k + 1] || !reads.text(k + 1)) continue;
    const m = NAME_FIELD.exec(reads.text(k));
    if (m && continuesMetaName(normalize(m[1]), normalize(reads.text(k + 1)))) {
      chrome[k + 1] = chrome[k];
      tails.add(k + 1);
    }
  }
  return tails;
}
