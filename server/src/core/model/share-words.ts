// The words of a share in running text, one copy for the three readers of shares (text-share's 其中 lists,
// the paragraph's base in share-base.ts, the dispositions' base in disposition-shares.ts).

/** 占…X%: the words between 占 and the figure (group 1), the figure (group 2). */
export const SHARE = /占([^\d,;:。!?]{0,10}?)(\d+(?:\.\d+)?)%/g;

/** What may stand between 占 and the figure: 总数的, 全部申请的, 总体, 比例为, 比 …. */
const GAP_WORDS = ['全部', '全年', '总体', '总', '申请', '办结', '办理', '受理', '答复', '数', '量', '计', '的', '比例', '比重', '比', '为', '达', '约', '了', '总数', '总量', '总计'];
const gapOf = (words: string[]) => new RegExp(`^(${words.join('|')})*$`);

/** Words between 占 and the figure that name no other base. */
export const SHARE_GAP = gapOf(GAP_WORDS);
/** The same, and 案件 (占案件总数的…%: a paragraph's base of cases). */
export const SHARE_GAP_CASES = gapOf([...GAP_WORDS, '案件']);
