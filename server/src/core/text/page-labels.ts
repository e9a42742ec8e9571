// The field labels of a government web page's metadata table (索引号 / 主题分类 / 发布机构 / 成文日期 /
// 文号 …), printed above the article on 政府信息公开 pages and copied along with a report. One table
// for the two readers that need it: the page-metadata lines of model/artifacts-meta.ts (a line made
// only of such labels and their values is debris in the report) and the lines above a title that
// are not it, in parse/title-chrome.ts.

/** What a label's value looks like. */
export type PageLabelValue = 'date' | 'code' | 'name' | 'short' | 'count' | 'switch';

export interface PageLabel {
  /** Labels as written on pages (spaces inside are ignored: 索 引 号). */
  readonly words: readonly string[];
  readonly value: PageLabelValue;
  /** Never report text when it carries a value: the line is certain metadata. */
  readonly strong?: true;
  /** A non-empty value the author may want (a date, the title): the fix is left to the user. */
  readonly keep?: 'date' | 'title';
  /** Its value may be a list of short cells (分类 信息公开年报   机关事务    报告). */
  readonly multi?: true;
  /** Not a sign of page chrome above a title by itself (附件: a report's own appendix list). */
  readonly notAboveTitle?: true;
}

export const PAGE_LABELS: readonly PageLabel[] = [
  { words: ['索引号', '索引编号', '信息索引号'], value: 'code', strong: true },
  { words: ['主题分类', '体裁分类', '组配分类', '服务对象分类', '信息分类', '内容分类', '主题词分类', '所属主题', '所属分类'], value: 'short', strong: true, multi: true },
  { words: ['发布机构', '发文机关', '发文机构', '发布单位', '发文单位', '所属机构'], value: 'short', strong: true },
  { words: ['公开日期', '成文日期', '生成日期', '公文生成日期', '印发日期'], value: 'date', strong: true, keep: 'date' },
  { words: ['有效性', '是否有效', '关键词', '关键字', '主题词'], value: 'short', strong: true },
  // Only beside a strong label (a page header or a report line may use them alone).
  { words: ['名称', '标题', '信息名称', '文件名称', '内容概述', '内容摘要'], value: 'name', keep: 'title' },
  { words: ['发布日期', '发文日期', '发布时间', '更新日期', '更新时间', '生效日期', '废止日期', '失效日期'], value: 'date', keep: 'date' },
  { words: ['分类'], value: 'short', multi: true },
  { words: ['体裁', '文号', '备注/文号', '发文字号', '文件编号', '发文编号', '时效', '时效性', '公文时效', '效力状态', '效力属性', '效力级别', '有效期', '来源', '信息来源',
    '公开方式', '公开范围', '公开时限', '公开形式', '公开属性', '责任部门', '公开目录', '文件有效期', '文件下载', '附件下载', '备案登记号', '登记号'], value: 'short' },
  { words: ['附件'], value: 'short', notAboveTitle: true },
  // The page's view counter and font-size switch in the same run (… 发布机构:… 浏览次数:64 字体:[ ]).
  { words: ['浏览次数', '点击数', '点击次数', '阅读次数', '访问量', '浏览量'], value: 'count' },
  { words: ['字体', '字号', '选择阅读字号'], value: 'switch' },
];

/**
 * A regular-expression source matching any of the labels that mark page chrome above a title, longest
 * first, spaces (and a full-width slash) allowed between their characters: 索 引 号, 备注／文号.
 */
export function pageLabelSource(extra: readonly string[] = []): string {
  const words = PAGE_LABELS.filter((l) => !l.notAboveTitle).flatMap((l) => l.words);
  const spaced = [...new Set(words)].sort((a, b) => b.length - a.length)
    .map((w) => [...w].map((c) => (c === '/' ? '[/／]' : c)).join('\\s*'));
  return [...spaced, ...extra].join('|');
}

/** The first characters of the labels pageLabelSource matches (without its `extra` ones). */
export function pageLabelFirsts(): string[] {
  return [...new Set(PAGE_LABELS.filter((l) => !l.notAboveTitle).flatMap((l) => l.words.map((w) => w[0])))];
}
