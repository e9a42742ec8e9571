// The harvested real pages (test/fixtures/real-pages/) pasted on one line (every line break a
// space: a page copied from a view that lost its breaks) and without any space or break (a copy
// that lost every separator), as scripts/layout-variants.mjs makes them: the kind and the year
// read from each must be those read from the page itself (parse/flat-view.ts reads such a line as
// its former lines). The pages listed are the ones that still differ (a ratchet: one that no longer
// differs fails too, so the lists only shrink).
import { test } from 'node:test';
import { assertRatchet, readingsThatDiffer } from './real-pages-variants';

// Still read differently on one line: nL/19, harvested with nL and not fixed there: a Traditional title with
// converter pinyin, padded with a web table's pipes, then the opening on the same line — no title is found
// among the line's first pieces.
// (nR/05 and oC/06, Traditional mirrors whose metadata table is pipe rows with converter pinyin, read right since
// each row is cut as a former line: parse/flat-view.ts, META_ROW.)
// qE/11 (harvested with qE, detection left to the helper on formats/detect*): an untitled 2021 report in the 2008
// outline whose opening (本年度报告根据《条例》要求，汇总2021年度……年度报告编制而成。报告包括概述，……) is read on
// its own line, but on one line the line's first piece is taken for a title that is no report title.
const ONE_KNOWN = new Set<string>(['nL/19.txt', 'qE/11.txt']);
// (nL/19 reads right without spaces since the glued title and the head's fields are read through the converter's
// pinyin, text/pinyin-compact.ts.)
// Still read differently without spaces: nL/23, a hijacked mirror's eighteen lines of
// hidden HTML elements glued before the title — no title is found behind them (both harvested with nL).
// (nT/21, three lines of some three hundred bars between the metadata fields and the opening, reads right since
// parse/flat-head.ts does not count runs of bars in the 800 characters of the head it reads.)
// (nS/06, whose breadcrumb's last crumb runs into the title, 马水镇2019年政府信息公开年度报告编制说明:…, reads right since
// a period that lost its 年 and 月, 统计期限自201911日起至20191231日止, gives the year.)
// (oH/08, an untitled Traditional wiki copy whose opening 本年報根據《…》 glues to the wiki's section label 報告發布,
// reads right since the opening's later sentence listing its parts counts them by their variants and keywords.)
// oI/11 (harvested with oI): a spam mirror's copy without a title that starts inside part 二; without spaces its
// parts 三、四、五 run into their paragraphs and nothing before them names the report, so no kind is read.
// (oN/30, an untitled town page whose opening, 本报告由塘下镇人民政府结合有关统计数据编制, names no report kind and
// whose only part runs into its paragraph, 一、总体情况自2024年以来,…, reads right since the opening in which the report
// speaks of itself stands for the 条例 in the one-line reading of the first part, formats/detect-flat.ts.)
// (oR/18, oR/19 read right since a glued title starts at its issuer after an empty field or a notice's number:
// …(2024年第1号):应急管理部2023年政府信息公开工作报告发文号:…, …浏览次数:武威市应急管理局2023年…年度报告.)
// mW/10 (since an opening's list of parts counts parts by their variants and the 2008 keywords): a forum's 范文 (a
// template, no issuer's report) whose title 政府信息公开年度工作报告范文 glues to its opening without spaces
// (…报告范文本年度报告是根据…); no title is cut out, and the opening's list of seven parts (概述, 依申请公开政府信息情况,
// …存在的主要问题和改进措施) reads as a report's. With spaces or line breaks the title is read and the page is none.
// (oX/13, a covering letter glued before the title without breaks, reads right since a glued title is cut out after
// the letter's 特此报告 and its sender's date as after a （此件主动公开） note.)
// (pH/21, a Traditional mirror whose breadcrumb and title carry converter pinyin, …政府信息公開年報(bào)市氣象局2017年
// 政府信息公開工作報(bào)告發(fā)布時(shí)間:…, reads right since the glued title is cut out of the text read without the pinyin.)
// (pX/07, whose title …2013年度关于开展政府信息公开工作年度报告编制和发布工作情况报告 reads as about a report, reads the same
// both ways since the report's own opening below it, 下面将2013年市交通运输局政府信息公开工作情况汇报如下, and its parts
// make it the report: formats/detect.ts, detect-own-work.ts.)
// qF/03 (harvested with qF): a 360docs page whose title stands over two lines (管委会 / 政府信息公开工作2013年度报告)
// among the site's notices; without spaces the notices and the title run together and no title is cut out (no kind).
const NOSPACE_KNOWN = new Set<string>(['mW/10.txt', 'nL/23.txt', 'oI/11.txt', 'qF/03.txt']);

const MAKE = {
  one: (t: string) => t.replace(/\r?\n+/g, ' '),
  nospace: (t: string) => t.replace(/[\s\u3000]+/g, ''),
};

test('real pages pasted on one line, or without spaces, keep their kind and year', () => {
  const differ = readingsThatDiffer(MAKE);
  assertRatchet(differ.one, ONE_KNOWN, 'one line');
  assertRatchet(differ.nospace, NOSPACE_KNOWN, 'no spaces');
});
