// Words written in a form the dictionary marks as wrong or non-standard, where the right form is certain:
// 截止 before the time point a figure is counted to (截止2023年12月31日, 截止目前: 截至), and the variant 部份
// (部分), the statutory names short of a word or wrong (中华人民共和国信息公开条例, 《政府信息管理条例》, …工作报告格式), and 余 after a single
// digit or a number not ending in 0 (6余件, 27余个: no fix, the figure is unknown), and 法制政府 (法治政府建设 is
// the term). Reviewers of published reports single these out. A proofreading check: prose lines only, never
// table cells; the fix replaces the word and nothing else.
import type { Rule } from './rule';
import { eachProofLine } from '../model/proof-lines';
import { matchesIn } from '../text/matches-in';

/**
 * 截止 right before a point in time: a year, month or day in figures or Chinese numerals, or a word that
 * names a moment (目前, 今年, 年底…). 截止到/截止于/截止日期/截止时间 are correct and not matched.
 */
const JIEZHI = /截止(?=[ \t\u3000]*(?:[0-9０-９]|[〇○零一二][〇○零一二三四五六七八九]{3}年|(?:十[一二]?|[一二三四五六七八九])月(?:份|底|末|[一二三十])|目前|今年|本年|当前|现在|年底|年末|去年|上年|发稿|本报告|报告期末|当年))/g;
/** 部份: the variant 《第一批异形词整理表》 does not recommend. */
const BUFEN = /部份/g;
/** 6余件: 余 (a remainder past a round number: 十余件, 60余件) after a single digit. */
const YU_AFTER_DIGIT = /(?<![\d.０-９])[1-9１-９]余(?=[件次条个项篇场期名家所人])/g;
/** 27余个 / 5689余条: 余 after a number of two digits or more whose last digit is not 0 (an exact count). */
const YU_AFTER_EXACT = /(?<![\d.０-９])[\d０-９]+[1-9１-９]余(?=[件次条个项篇场期名家所人])/g;
/** The Regulations' name without 政府 (《中华人民共和国信息公开条例》): no law of that name exists. */
const REGULATIONS = /中华人民共和国信息公开条例/g;
/** The national format's title without 年度 (印发<中华人民共和国政府信息公开工作报告格式>的通知). */
/**
 * The Regulations named in 《》 by a name no regulation has (《政府信息管理条例》, 《政府信息公开管理条例》, 《信息公开条例》,
 * 《中华人民共和国政府公开条例》 without 信息, real page qF/21):
 * the name is 政府信息公开条例. Only in book-title marks right after 《 or 《中华人民共和国 (a province's
 * 《辽宁省政府信息公开条例》 is its own; 《中华人民共和国信息公开条例》 is REGULATIONS').
 */
const REGULATIONS_NAMED = /(?<=《)(?:政府信息管理条例|政府信息公开管理条例|信息公开条例|政府公开条例)(?=》)|(?<=《中华人民共和国)(?:政府信息管理条例|政府信息公开管理条例|政府公开条例)(?=》)/g;
const FORMAT_TITLE = /(?<=中华人民共和国)政府信息公开工作报告格式/g;

/**
 * 《法治政府建设与责任落实督查工作规定》: the regulation (中办、国办 2019) that the 法治政府建设 report answers to is a
 * 督察工作规定 (inspection by the Party and the government), not 督查 (pM/22, a town's 2020 report).
 */
const DUCHA = /(?<=法治政府建设与责任落实)督查(?=工作规定)/g;

/**
 * 《党政主要负责人履行推进第一责任人职责规定》, 《…推进法制建设第一责任人职责规定》: the 规定 (中办、国办 2016) is named
 * 党政主要负责人履行推进法治建设第一责任人职责规定; a name in 《》 between 党政主要负责人 and 第一责任人职责规定 that is
 * not it is a slip (qD/41, a 教育厅's 2024 report). Only right after 《 (a place's own 实施办法 or 清单 ends otherwise).
 */
const DIYI_ZEREN = /(?<=《)党政主要负责人(?!履行推进法治建设第一责任人职责规定》)[\u4e00-\u9fff]{0,12}?第一责任人职责规定(?=》)/g;

/** 法制政府 (建设, 年度报告): the term has been 法治政府 since the 2015 纲要; 法制建设, 法制审核 are other words. */
const FAZHI_GOV = /法制政府/g;

/**
 * 权力 (power, as of an authority) where 权利 (a right) is meant: what the public holds, to obtain government information
 * (保障公众获取政府信息的权力), and the fixed pair 权利和义务 (纳税人权力和义务). 权力清单, 权力运行 are the authorities' own.
 */
const QUANLI = /(?<=获取政府信息的?|获取信息的?|知情)权力|权力(?=(?:和|与|及)义务)/g;

/**
 * 仍在不足 for 仍存在不足 (但在工作中仍在不足, a template copied year after year): 存 lost before 在 where the
 * shortcoming is named right after (不足, 差距, 短板, 薄弱环节). Not 在…之处 (仍在不足之处下功夫: 在 is a preposition).
 */
const CUNZAI = /(?<=[仍还尚])在(?=(?:一些|许多|不少|诸多|较多)?(?:不足|差距|短板|薄弱环节)(?!之处))/g;

/** 修定 for 修订 (revising a rule, a guide, a catalogue: 组织修定了《…制度》): the word is 修订. */
const XIUDING = /修定/g;
/** 新式 for 形式 with no noun after it (通过多种新式,及时……公开): 新式 (new-style) needs its noun; 多种形式 is meant. */
const XINSHI = /(?<=多种|各种|多样)新式(?=[,，。、;；]|及时|进行|开展|向)/g;
/** 国务院办公室: no such office; the State Council's general office is 国务院办公厅 (a 县政府办公室's name run on). */
const GUOBAN = /国务院办公室/g;

/** A wrong form, the right one when certain (a safe fix), and why. */
interface Word { re: RegExp; right?: string; why: string; whyEn: string }

const WORDS: readonly Word[] = [
  {
    re: JIEZHI, right: '截至',
    why: '“截止”指到期停止，不带时间宾语；表示“到某个时间为止”应写“截至”',
    whyEn: '截止 means “to close” and takes no time after it; “up to a time” is 截至',
  },
  {
    re: BUFEN, right: '部分',
    why: '“部份”是不规范的异形词，应写“部分”',
    whyEn: '部份 is a non-standard variant of 部分',
  },
  {
    re: REGULATIONS, right: '中华人民共和国政府信息公开条例',
    why: '条例的名称是《中华人民共和国政府信息公开条例》，少了“政府”',
    whyEn: 'the Regulations are named 中华人民共和国政府信息公开条例; 政府 is missing',
  },
  {
    re: REGULATIONS_NAMED, right: '政府信息公开条例',
    why: '条例的名称是《中华人民共和国政府信息公开条例》（简称《政府信息公开条例》），没有这个名称的条例',
    whyEn: 'the Regulations are named 中华人民共和国政府信息公开条例 (政府信息公开条例 for short); no regulation has this name',
  },
  {
    re: FORMAT_TITLE, right: '政府信息公开工作年度报告格式',
    why: '格式的名称是《中华人民共和国政府信息公开工作年度报告格式》，少了“年度”',
    whyEn: 'the format is named 中华人民共和国政府信息公开工作年度报告格式; 年度 is missing',
  },
  {
    re: DUCHA, right: '督察',
    why: '规定的名称是《法治政府建设与责任落实督察工作规定》（中办、国办2019年印发），是“督察”不是“督查”',
    whyEn: 'the regulation is named 法治政府建设与责任落实督察工作规定 (2019): 督察, not 督查',
  },
  {
    re: DIYI_ZEREN, right: '党政主要负责人履行推进法治建设第一责任人职责规定',
    why: '规定的名称是《党政主要负责人履行推进法治建设第一责任人职责规定》（中办、国办2016年印发）',
    whyEn: 'the regulation is named 党政主要负责人履行推进法治建设第一责任人职责规定 (2016)',
  },
  {
    re: FAZHI_GOV, right: '法治政府',
    why: '“法治政府建设”是《法治政府建设实施纲要》和《法治政府建设与责任落实督察工作规定》的用语（法治政府建设年度报告），“法制政府”不规范',
    whyEn: 'the term of the 法治政府建设 outlines and of the statutory 法治政府建设年度报告 is 法治政府; 法制政府 is non-standard',
  },
  {
    re: QUANLI, right: '权利',
    why: '公众依法获取政府信息是“权利”，与“义务”相对的也是“权利”；“权力”指机关的职权（“权力清单”“权力运行”）',
    whyEn: 'what the public holds (to obtain government information) and the counterpart of 义务 is 权利, a right; 权力 is an authority\'s power (权力清单, 权力运行)',
  },
  {
    re: CUNZAI, right: '存在',
    why: '“仍在不足”缺了“存”字，应为“仍存在不足”（“存在不足”“存在差距”是固定搭配）',
    whyEn: '仍在不足 lost its 存: the phrase is 仍存在不足 (存在不足, 存在差距 go together)',
  },
  {
    re: XIUDING, right: '修订',
    why: '修改制度、指南、目录等应写“修订”，“修定”不规范',
    whyEn: 'revising a rule, a guide or a catalogue is 修订; 修定 is non-standard',
  },
  {
    re: XINSHI, right: '形式',
    why: '“新式”（新样式）后面要跟名词，这里应为“多种形式”（同音误写）',
    whyEn: '新式 (new-style) needs a noun after it: 多种形式 (forms) is meant, a slip of the same sound',
  },
  {
    re: GUOBAN, right: '国务院办公厅',
    why: '没有“国务院办公室”这一机构，应为“国务院办公厅”',
    whyEn: 'there is no 国务院办公室; the State Council\'s general office is 国务院办公厅',
  },
  {
    re: YU_AFTER_DIGIT,
    why: '“余”表示整数之后的零头，应跟在“十”“百”“千”等整数之后（“十余件”“60余件”），个位数之后不用“余”：请写明确数或改为约数',
    whyEn: '余 marks a remainder past a round number (十余件, 60余件) and never follows a single digit: give the exact figure or a round one',
  },
  {
    re: YU_AFTER_EXACT,
    why: '“余”表示整数之后的零头，应跟在整十、整百等整数之后（“20余个”“5600余条”）；个位不是零的数（“27余个”“5689余条”）已是确数，后面不用“余”：请写明确数或改为约数',
    whyEn: '余 marks a remainder past a round number (20余个, 5600余条); a number whose last digit is not 0 (27余个, 5689余条) is already exact: give the exact figure or a round one',
  },
];

export const textWording: Rule = {
  id: 'text-wording',
  formats: 'all',
  defaultSeverity: 'info',
  title: { zh: '用词不规范', en: 'Nonstandard word' },
  description: {
    zh: '正文中写错的常用词，正确写法确定的：表示“到某个时间为止”时把“截至”写成“截止”（“截止2023年12月31日”“截止目前”，应为“截至”；“截止到”“截止日期”“报名已经截止”是对的，不提示），'
      + '以及不规范的异形词“部份”（应为“部分”）；个位数之后用“余”（“6余件”，“余”只跟在“十”“百”等整数之后；不提供修复）、个位不是零的多位数之后用“余”（“27余个”“5689余条”，已是确数；不提供修复）也提示；法定文件名称写错的也提示：“中华人民共和国信息公开条例”（应为“中华人民共和国政府信息公开条例”）、《政府信息管理条例》《政府信息公开管理条例》《信息公开条例》《中华人民共和国政府公开条例》（应为《政府信息公开条例》；省、市自己的条例不在此列）、“中华人民共和国政府信息公开工作报告格式”（应为“……工作年度报告格式”）、《法治政府建设与责任落实督查工作规定》（应为“督察”）、《党政主要负责人履行推进第一责任人职责规定》《党政主要负责人履行推进法制建设第一责任人职责规定》（应为《党政主要负责人履行推进法治建设第一责任人职责规定》）；“法制政府（建设）”也提示（应为“法治政府”，“法制建设”“法制审核”等不在此列）；“获取政府信息的权力”“权力和义务”也提示（应为“权利”；“权力清单”“权力运行”是机关的职权，不在此列）；“仍在不足”“还在差距”缺了“存”字也提示（应为“仍存在不足”）；“修定”（应为“修订”）、“通过多种新式，”（应为“多种形式”）、“国务院办公室”（应为“国务院办公厅”）也提示。只检查正文行，表格中的单元格不检查。繁体页面按简体读出后检查（“《中華人民共和國政府公開條例》”），提示引用原文用字。提供可安全应用的修复，只替换该词（繁体页面不提供修复）。',
    en: 'A common word written wrongly where the right form is certain: 截止 before a point in time (截止2023年12月31日, 截止目前) where 截至 (“up to”) is meant '
      + '(截止到, 截止日期 and 报名已经截止 are correct and not reported), and the non-standard variant 部份 for 部分; so is 余 after a single digit (6余件: 余 follows round numbers only; no fix) or after a number whose last digit is not 0 (27余个, 5689余条: already exact; no fix); so are statutory names written wrongly: 中华人民共和国信息公开条例 (for 中华人民共和国政府信息公开条例), 《政府信息管理条例》, 《政府信息公开管理条例》, 《信息公开条例》 and 《中华人民共和国政府公开条例》 (for 《政府信息公开条例》; the own regulations of provinces and cities are not reported) and 中华人民共和国政府信息公开工作报告格式 (for …工作年度报告格式) and 《法治政府建设与责任落实督查工作规定》 (for 督察) and 《党政主要负责人履行推进第一责任人职责规定》 or 《…推进法制建设第一责任人职责规定》 (for 《党政主要负责人履行推进法治建设第一责任人职责规定》); and 法制政府 (建设) for 法治政府 (法制建设, 法制审核 are other words and not reported); and 权力 (power) where 权利 (a right) is meant: 获取政府信息的权力, 权力和义务 (权力清单, 权力运行, the powers of an authority, are not reported); and 仍在不足 or 还在差距, which lost the 存 of 存在 (仍存在不足); and 修定 (for 修订), 通过多种新式， (for 多种形式) and 国务院办公室 (for 国务院办公厅). Only prose lines are checked, not table cells. A page in Traditional script is checked as read in Simplified (《中華人民共和國政府公開條例》), the finding quoting its own characters. '
      + 'A safe fix replaces the word and nothing else (none in a page in Traditional script).',
  },
  basis: '《现代汉语词典》（第7版）“截止”“截至”条；《第一批异形词整理表》（教育部、国家语言文字工作委员会，2001）',
  examples: {
    wrong: '截止2023年12月31日，我局共主动公开政府信息215条，由概述等六个部份组成。',
    right: '截至2023年12月31日，我局共主动公开政府信息215条，由概述等六个部分组成。',
    note: '“截止”后面不能直接跟时间，应为“截至”；“部份”应为“部分”。',
  },
  check(ctx) {
    let count = 0;
    const doc = ctx.analysis.doc;
    for (const pl of eachProofLine(ctx.analysis)) {
      // The line as read, in Simplified script (a page in Traditional script: 《中華人民共和國政府公開條例》, qF/21),
      // character for character; the finding quotes the draft's own characters.
      const read = doc.read.same ? pl.text : doc.read.slice(pl.start, pl.start + pl.text.length);
      const text = read.length === pl.text.length ? read : pl.text;
      for (const w of WORDS) {
        for (const x of matchesIn(text, w.re)) {
          // A draft full of them gets the first hundred.
          if (count++ >= 100) return;
          const start = pl.start + (x.index ?? 0);
          const end = start + x[0].length;
          const written = pl.text.slice(x.index ?? 0, (x.index ?? 0) + x[0].length);
          if (w.right === undefined) {
            ctx.report({ start, end, message: `“${written}”用词不当：${w.why}`, messageEn: `“${written}” is misused: ${w.whyEn}` });
            continue;
          }
          // (No fix where the draft is in Traditional script: the right name would be put in Simplified.)
          ctx.report({
            start, end,
            message: `“${written}”应为“${w.right}”：${w.why}`,
            messageEn: `“${written}” should be ${w.right}: ${w.whyEn}`,
            ...(written === x[0] ? { fix: { title: `改为“${w.right}”`, edits: [{ start, end, newText: w.right }], safe: true } } : {}),
          });
        }
      }
    }
  },
};
