// English titles of the rules' fixes, built from the Chinese title the rule gives (the product's
// first language) for an editor running in English. Quoted draft text and statutory labels stay
// as written, in “…” quotes; a title of an unknown shape is quoted whole behind "Apply: ".
// A rule may also set Fix.titleEn itself, which wins.
import type { Fix } from '../types';

type Pattern = [RegExp, (m: RegExpExecArray) => string];

const PATTERNS: Pattern[] = [
  [/^改为计算值 (\S+)$/, (m) => `Change to the computed value ${m[1]}`],
  [/^改为 (\S+)$/, (m) => `Change to ${m[1]}`],
  [/^改为(“[^”]*”)$/, (m) => `Change to ${m[1]}`],
  [/^删除此行$/, () => 'Delete this line'],
  [/^删除这两行$/, () => 'Delete these two lines'],
  [/^删除本行的拼音注音$/, () => 'Delete the pinyin on this line'],
  [/^删除本段的拼音注音$/, () => 'Delete the pinyin in this paragraph'],
  [/^删除行末的竖线$/, () => 'Delete the pipes at the line end'],
  [/^删除标题后的网页工具栏$/, () => 'Delete the page toolbar after the title'],
  [/^删除扩展名$/, () => 'Delete the file extension'],
  [/^删除(“[\s\S]*”)$/, (m) => `Delete ${m[1]}`],
  [/^移到文首作为标题$/, () => 'Move to the top as the title'],
  [/^填入 0$/, () => 'Fill in 0'],
  [/^这 (\d+) 栏填入 0$/, (m) => `Fill in 0 in these ${m[1]} cells`],
  [/^插入空表$/, () => 'Insert an empty table'],
  [/^插入(“[^”]*”)栏目$/, (m) => `Insert the ${m[1]} block`],
  [/^插入(“[^”]*”)行$/, (m) => `Insert the row ${m[1]}`],
  [/^插入缺少的 (\d+) 行$/, (m) => `Insert the ${m[1]} missing rows`],
  [/^插入缺少的 (\d+) 个部分（(.*)）$/, (m) => `Insert the ${m[1]} missing parts (“${m[2]}”)`],
  [/^插入(“[^”]*”)$/, (m) => `Insert ${m[1]}`],
  [/^在原表之后插入(.*)的空表$/, (m) => `Insert an empty table in the “${m[1]}” format after this one`],
  [/^全文转换为简体(?:，并将 (\d+) 处台湾用语改为内地说法)?$/, (m) => `Convert the whole text to Simplified characters${m[1] ? ` and ${m[1]} Taiwan terms to mainland usage` : ''}`],
  [/^指定报告类型：(<!-- govreport-kind: [a-z0-9-]+ -->)$/, (m) => `Set the report kind: ${m[1]}`],
  [/^插入信息处理费情况/, () => 'Insert the information processing fee paragraph (replace X with the real figures; 0 if none was charged)'],
];

const HAN = /\p{Script=Han}/u;

/** The English title of a fix. */
export function fixTitleEn(fix: Pick<Fix, 'title' | 'titleEn'>): string {
  if (fix.titleEn) return fix.titleEn;
  const t = fix.title;
  if (!HAN.test(t)) return t;
  for (const [re, make] of PATTERNS) {
    const m = re.exec(t);
    if (m) return make(m);
  }
  return `Apply: “${t}”`;
}
