// Taiwan words of pages converted for Taiwan readers, read as the mainland's where the text is in
// Traditional script (after the script conversion of script.ts; used through normalize.ts's
// prepared text and readSimplified). A new word goes in TAIWAN_WORDS.
import { convertsAlone } from './script';

/**
 * Taiwan words a page converted for Taiwan readers puts for the mainland's (the big5 gateways of
 * ministries' sites, wiki mirrors): 資訊 for 信息 (政府資訊公開 is 政府信息公开), 釋出 for 发布 (釋出日期,
 * 釋出機構 in the page header), 檔案 for 文件 in 表二's 規範性檔案 and 其他主動公開檔案 and the page's 檔案下載 link (alone
 * 檔案 is also the mainland's 档案, archives: left as it is). Read so where the draft writes them in Traditional script, never
 * where a Simplified draft writes 资讯 (新闻资讯) or 释出. As many characters for as many: offsets hold.
 */
const TAIWAN_WORDS: readonly (readonly [string, string])[] = [
  ['資訊', '信息'], ['釋出', '发布'], ['規範性檔案', '规范性文件'], ['公開檔案', '公开文件'], ['檔案下載', '文件下载'], ['檔案編號', '文件编号'],
  // 表二's 專案 for 项目 (alone 專案 is also the mainland's 专案, a special case).
  ['專案數量', '项目数量'],
  // 表三's note 本列数据的勾稽关系 with 資料 for 数据 (alone 資料 is also the mainland's 资料, materials).
  ['本列資料', '本列数据'],
  // The page's toolbar, header and search box (列印 for 打印, 字型 for 字体, 點選 for 点击 …): words a converter
  // of mainland text to Traditional script never writes, so a Traditional report's own words stay as they are.
  ['列印', '打印'], ['字型', '字体'], ['點選', '点击'], ['登入', '登录'], ['搜尋', '搜索'], ['型別', '类型'], ['檢視', '查看'],
  ['連結', '链接'], ['預設', '默认'], ['視窗', '窗口'], ['入口網站', '门户网站'], ['智慧問答', '智能问答'], ['支援IPv6', '支持IPv6'],
  // The body's Taiwan words (程式 for 程序 in 法定程式, 網路 for 网络).
  ['程式', '程序'], ['網路', '网络'], ['軟體', '软件'], ['硬體', '硬件'],
];

/**
 * Whether `ch` is a character that only a Taiwan word above changes (出 of 釋出, 案 of 檔案), no
 * conversion of the script: read differently, but no Traditional character (script-traditional's count).
 */
export function changedByTaiwanWordOnly(ch: string): boolean {
  return !convertsAlone(ch.charCodeAt(0)) && TAIWAN_WORDS.some(([tw]) => tw.includes(ch));
}

/** Per first code unit, the Taiwan words starting with it (indices, longest first); built on first use. */
let firsts: (number[] | undefined)[] | null = null;
function taiwanFirsts(): (number[] | undefined)[] {
  if (firsts) return firsts;
  const t: (number[] | undefined)[] = new Array(0x10000);
  TAIWAN_WORDS.forEach(([tw], w) => (t[tw.charCodeAt(0)] ??= []).push(w));
  for (const list of t) list?.sort((x, y) => TAIWAN_WORDS[y][0].length - TAIWAN_WORDS[x][0].length);
  firsts = t;
  return t;
}

/** How many code units mainlandTerms rebuilds at a time (a chunk without a Taiwan word is sliced as it is). */
const TERM_CHUNK = 8192;

export function mainlandTerms(original: string, simplified: string): string {
  // A text without a Traditional character (nearly every draft) is read as written: 列印 or 登入 there is the writer's.
  if (simplified === original) return simplified;
  // Every Taiwan word's place and index, in order: one pass over the text, a table look-up per character
  // (24 searches of a 20 MB draft cost a third of a second).
  const byFirst = taiwanFirsts();
  const at: number[] = [];
  const word: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const words = byFirst[original.charCodeAt(i)];
    if (words === undefined) continue;
    for (const w of words) {
      const tw = TAIWAN_WORDS[w][0];
      if (!original.startsWith(tw, i)) continue;
      at.push(i);
      word.push(w);
      i += tw.length - 1;
      break;
    }
  }
  if (!at.length) return simplified;
  const n = simplified.length;
  const buf = new Uint16Array(TERM_CHUNK);
  let out = '';
  let h = 0;
  // Chunk by chunk: one string per chunk, however many words (a draft of a million 資訊 is no million slices).
  for (let a = 0; a < n; a += TERM_CHUNK) {
    const b = Math.min(n, a + TERM_CHUNK);
    while (h < at.length && at[h] + TAIWAN_WORDS[word[h]][1].length <= a) h++;
    if (h >= at.length || at[h] >= b) { out += simplified.slice(a, b); continue; }
    for (let i = a; i < b; i++) buf[i - a] = simplified.charCodeAt(i);
    for (let k = h; k < at.length && at[k] < b; k++) {
      const cn = TAIWAN_WORDS[word[k]][1];
      for (let j = Math.max(0, a - at[k]); j < cn.length && at[k] + j < b; j++) buf[at[k] + j - a] = cn.charCodeAt(j);
    }
    out += String.fromCharCode.apply(null, buf.subarray(0, b - a) as unknown as number[]);
  }
  return out;
}
