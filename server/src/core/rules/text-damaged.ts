// Damaged text: characters replaced by ***, □□ or ■■ (a font or a redaction lost them), U+FFFD
// replacement characters (bytes that failed to decode), and mojibake — UTF-8 read as GBK
// (鏀垮簻 for 政府) or as Latin-1/Windows-1252 (æ”¿åºœ, Ã¤Â¸Â­). A proofreading check: such text
// cannot be read, and the words it stood for must be restored from the source.
import type { Rule } from './rule';
import { afterMark, eachProofLine, hanRun, isHan, quote } from '../model/proof-lines';
import { lostWhole, lostWords } from '../model/lost-words';
import { clauseStart, closedOnNextLine, loneClosingQuote, loneTitleClose, openBefore, quoteOpenBefore, titleOpenBefore, unclosedParen, unclosedQuote } from '../model/text-brackets';
import { normalize } from '../text/normalize';

/**
 * Characters that UTF-8 Chinese becomes when read as GBK: a UTF-8 lead byte (E4–E9) followed by a
 * continuation byte (80–BF) decodes to one of these 384 characters, mostly rare; about a third of
 * the characters of such mojibake are from this set, while running Chinese text has almost none
 * (浏 is the only common one).
 */
const GBK_MOJIBAKE = '鋩鋪鋫鋬鋭鋮鋯鋰鋱鋲鋳鋴鋵鋶鋷鋸鋹鋺鋻鋼鋽鋾鋿錀錁錂錃錄錅錆錇錈錉洹洧洌浃浈洇洄洙洎洫浍洮洵洚浏浒浔洳涑浯涞涠浞涓涔浜浠浼浣渚淇鍊鍋鍌鍍鍎鍏鍐鍑鍒鍓鍔鍕鍖鍗鍘鍙鍚鍛鍜鍝鍞鍟鍠鍡鍢鍣鍤鍥鍦鍧鍨鍩鍫濉澧澹澶濂濡濮濞濠濯瀚瀣瀛瀹瀵灏灞宀宄宕宓宥宸甯骞搴寤寮褰寰蹇鎬鎭鎮鎯鎰鎱鎲鎳鎴鎵鎶鎷鎸鎹鎺鎻鎼鎽鎾鎿鏀鏁鏂鏃鏄鏅鏆鏇鏈鏉鏋鏌鏍妗姊妫妞妤姒妲妯姗妾娅娆姝娈姣姘姹娌娉娲娴娑娣娓婀婧婊婕娼婢婵鐎鐏鐐鐑鐒鐓鐔鐕鐖鐗鐘鐙鐚鐛鐜鐝鐞鐟鐠鐡鐢鐣鐤鐥鐦鐧鐨鐩鐪鐫鐬鐭鐮纭纰纾绀绁绂绉绋绌绐绔绗绛绠绡绨绫绮绯绱绲缍绶绺绻绾缁缂缃缇缈鑰鑱鑲鑳鑴鑵鑶鑷鑸鑹鑺鑻鑼鑽鑾鑿钀钁钂钃钄钑钖钘铇铏铓铔铚铦铻锜锠琛琚瑁瑜瑗瑕瑙瑷瑭瑾璜璎璀璁璇璋璞璨璩璐璧瓒璺韪韫韬杌杓杞杈杩閫閬閭閮閯閰閱閲閳閴閵閶閷閸閹閺閻閼閽閾閿闀闁闂闃闄闅闆闇闈闉闊闋椤棰椋椁楗棣椐楱椹楠楂楝榄楫榀榘楸椴槌榇榈槎榉楦楣楹榛榧榻榫榭';
/** Per code unit, what check's one pass over a line notes: GBK_MOJIBAKE, and the characters the patterns below need. */
const CH = new Uint32Array(0x10000);
const [GBK, DASH, QMARK, FU, JIN, DUN, XI, ZHI, DOT, JIAN, OPEN, CLOSE, QUOTE, UNIT, DIGIT, TITLE, OQUOTE] = Array.from({ length: 17 }, (_, i) => 1 << i);
for (const [chars, bit] of [[GBK_MOJIBAKE, GBK], ['-', DASH], ['?？', QMARK], ['府', FU], ['紧', JIN], ['、', DUN], ['习', XI], ['治', ZHI], ['.', DOT], ['件', JIAN],
  ['(（', OPEN], [')）', CLOSE], ['”', QUOTE], ['条件篇條', UNIT], ['0123456789', DIGIT], ['》〉', TITLE], ['“', OQUOTE]] as const) for (const c of chars) CH[c.charCodeAt(0)] |= bit;
/** A line is UTF-8-read-as-GBK when at least this many of its Han characters are from the set… */
const MIN_GBK = 4;
/** …and they are at least this share of its Han characters. */
const MIN_GBK_SHARE = 0.2;

/** Windows-1252 renderings of UTF-8 continuation bytes 80–BF. */
const CONT = '[\\u00a0-\\u00bf\\u0152\\u0153\\u0160\\u0161\\u0178\\u017d\\u017e\\u0192\\u02c6\\u02dc\\u2013\\u2014\\u2018-\\u201e\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203a\\u20ac\\u2122\\u0080-\\u009f]';
/** UTF-8 Chinese read as Windows-1252: a lead byte ä–é and one or two continuation bytes, twice or more. */
const LATIN_MOJIBAKE = new RegExp(`(?:[\\u00e4-\\u00e9]${CONT}{1,2}){2,}`, 'g');
/** Doubly encoded UTF-8 (Ã¤Â¸Â­): Ã or Â followed by a continuation byte, three times or more. */
const DOUBLE_MOJIBAKE = new RegExp(`(?:[\\u00c2\\u00c3]${CONT}){3,}`, 'g');
/** Replacement characters, lost-glyph boxes, asterisks. */
const REPLACED = /\uFFFD+|[□■]{2,}|＊{3,}|\*{3,}/g;

/** A year whose 年 a conversion turned into a dash: “2015-,我局”, “2015-在…” (2015-1-1, 2015-2016 are dates). */
const YEAR_DASH = /(?<![\d.\-/])(?:19|20)\d{2}-(?=[,，、。；\u4e00-\u9fff])/g;

/**
 * Question marks standing for lost characters (a charset conversion writes ? for what it cannot
 * encode): a run of them (“??? 本报告”, “(一)?????? 政府”), one before or after a comma or full
 * stop (“成效?,F将”, “止。?”), or one opening a line before Chinese or a year (a lost indentation: ?2022年，…),
 * or a half-width ?! between Chinese characters (UTF-8 read as GBK: “三審三?!薄跋”), also after a character's
 * converter pinyin (廣州醫(yī)?!蔽⑿…).
 * A question mark ending a question (是否公开?) is none of these.
 */
const QMARKS = /[?？]{2,}|(?<=[。，、；：,;:])[?？]|[?？](?=[，。、；,;])|^[?？](?=[\u4e00-\u9fff（(《]|(?:19|20)\d{2}年)|^\s*[?？]\s*$|(?<=[\u4e00-\u9fff](?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\))?)\?!(?=[\u4e00-\u9fff])/;

/**
 * A word that lost its first character: 府信息 for 政府信息 (“(四)府信息公开平台”). A line starting
 * with it is a wrapped 政 on the line before; 市府/省府/县府 are short forms of a government.
 */
const LOST_CHAR = /(?<=[^\s\u3000政市省县區区州镇鎮乡鄉首王地官学學])府信息/;
/** 信息 that lost its 息 before a count of items: 全年共发布信3366条 (公开信, an open letter, is counted in 封). */
const LOST_XI = /(?:发布|公开|推送|更新|报送|转载)信(?=\d+条)/;

/**
 * A heading numeral that lost its opening bracket: “一)纵深推进…” for “（一）纵深推进…” (a web or PDF
 * copy dropped the “(”). Chinese numerals are never closed without being opened.
 */
const LOST_BRACKET = /^\s*[一二三四五六七八九十]{1,3}[)）](?=[\u4e00-\u9fff])/;
/**
 * A heading that lost its numeral with the opening bracket: “)依申请公开情况” for “(二)依申请公开情况” (a
 * copy dropped “(二”). Only before a heading's words, and not when the line before leaves a bracket open.
 */
const LOST_NUMERAL = /^\s*[)）](?=[\u4e00-\u9fff]{2,14}?(?:情况|方面|工作|建设|管理|公开|保障))/;

/**
 * A word that lost its first characters after a clause break: “，治区办牵头” for 依法治区办 (治区办,
 * 治县办, 治市办 stand only inside 依法治…办 or 自治区办公厅, never opening a clause). A line start
 * is left alone (the rest of the word may close the line before).
 */
const LOST_PREFIX = /(?<=[，。；、,;：:])治[区县市旗]办/;

/**
 * A count that lost its unit and ran into the next item: “政府办公厅文件46政府会议信息42”,
 * “发布信息39936甘肃政务服务网发布信息139条” — a count of 信息/文件 (two digits or more) directly followed
 * by a Han character that is no unit or measure word. Only in a line that writes other counts
 * with their unit (信息139条), so a list written without units is never taken for damage. 28大项、79小项
 * (major and minor items, qF/01) count with a unit of two characters.
 */
const LOST_UNIT = /(?<=(?:信息|文件|稿件|公告|通知))(?<![\d.])\d{2,}(?=[\u4e00-\u9fff])(?![条件篇个项份期次万千百亿余多类批则组幅张部家年月日号届天时分秒倍首套封版页字段支座台卷宗起人户例笔元位名所处本册條個項萬億餘類則組張屆號時頁臺處冊筆區]|[大小][项項类類])/;
/**
 * A count word whose figure was lost, or a stray 件: 共收到件依申请公开政府信息78件 — 件 right after the verb
 * of receiving or handling, then the counted thing and its figure with 件 in the same clause. 收到件数,
 * 受理件次 (words of their own) are not matched.
 */
const LOST_FIGURE = /(?:收到|受理|办理|办结|答复|接收)件(?![数次量])(?=[\u4e00-\u9fff]{2,16}?\d+件)/;
/**
 * An e-mail address that lost its @ (电子信箱jczdzbgs163.com for jczdzbgs@163.com): after a mailbox label, a
 * name run into a mail provider's domain.
 */
const LOST_AT = /(?<=(?:信箱|邮箱|邮件|[Ee]-?mail)[:：]?\s*)[A-Za-z0-9._-]*[A-Za-z0-9_-](?:163|126|qq|sina|sohu|yeah|139|aliyun|foxmail|hotmail|gmail|outlook)\.(?:com|cn|net)(?![A-Za-z0-9@])/;
/**
 * A count of 信息/文件/动态… that lost its unit before a comma or stop: 县政府微信公众号发布信息41, 财务预决算信息6,.
 * Only in a line that writes other counts with their unit, like LOST_UNIT.
 */
const LOST_UNIT_STOP = /(?<=(?:信息|文件|稿件|公告|通知|发布会|动态))(?<![\d.])\d+(?=[,，、;；。])/;
/**
 * 以习新时代中国特色社会主义思想为指导, 习对广东系列重要讲话: 习近平 lost 近平 (a conversion or an edit dropped
 * it). Only before the words that follow the name (学习, 练习… are other words).
 */
const LOST_LEADER = /(?<![学练实演研复补见自温预修传讲])习(?=新时代中国特色社会主义|对[\u4e00-\u9fff]{1,6}?(?:系列)?重要(?:讲话|指示|论述))/;
/**
 * 行政复议、行政诉讼、情况。: a 、 right before the list's head noun at the clause end, the last item lost; 省、市、工作部署:
 * a list of levels whose last one was lost before 工作.
 */
const LOST_ITEM = /、(?=情况[。，,；;：:]|情况$)|(?<=[省市县区]、[省市县区])、(?=工作)/;
/** 紧紧市政府中心工作: 紧紧 right before an organ's name, its verb (围绕, 依靠…) lost. */
const LOST_VERB = /紧紧(?=(?:[省市县区州旗镇乡]|自治区)(?:委|政府|人民政府|党委))/;
/** A count written with its unit in the same line. */
const COUNT_WITH_UNIT = /\d[条件篇條]/;

/**
 * A date alone on a line closed by a bracket never opened: “2017年2月23日)” — the rest of a
 * “(2017年2月23日)” whose opening half went elsewhere. Not when the filled line before leaves a
 * bracket open (a date range wrapped: “(2016年1月1日至” / “2016年12月31日)”).
 */
const LOST_OPEN_DATE = /^\s*\d{4}年\d{1,2}月\d{1,2}日[)）]\s*$/;

type Kind = 'fffd' | 'boxes' | 'stars' | 'latin' | 'gbk' | 'year' | 'qmarks' | 'lost' | 'word' | 'bracket' | 'prefix' | 'unit' | 'date' | 'quote' | 'figure' | 'paren' | 'email' | 'unitless' | 'leader' | 'item' | 'verb' | 'issuer' | 'numeral' | 'xi' | 'title' | 'unclosed';

const MESSAGES: Record<Kind, { zh: string; en: string }> = {
  fffd: { zh: '文字含无法解码的替换字符（�），原文字已丢失', en: 'the text holds replacement characters (�): the original characters were lost' },
  boxes: { zh: '文字被方块替代，原文字已丢失', en: 'characters were replaced by boxes and lost' },
  stars: { zh: '文字被星号替代，原文字已丢失', en: 'characters were replaced by asterisks and lost' },
  latin: { zh: '乱码（UTF-8 文字被按西文编码读取）', en: 'mojibake (UTF-8 text read as Latin-1/Windows-1252)' },
  gbk: { zh: '乱码（UTF-8 文字被按 GBK 编码读取）', en: 'mojibake (UTF-8 text read as GBK)' },
  year: { zh: '年份后的“年”字被替换成了“-”（转换或替换时损坏）', en: 'the 年 after a year was replaced by “-” (damaged in a conversion or a replace-all)' },
  qmarks: { zh: '问号替代了文字或空格（编码转换时丢失）', en: 'question marks stand for lost characters or spaces (lost in a charset conversion)' },
  lost: { zh: '词语缺字（“政府信息”丢了“政”字）', en: 'a word lost a character (政府信息 lost its 政)' },
  xi: { zh: '词语缺字（“信息”丢了“息”字）', en: 'a word lost a character (信息 lost its 息)' },
  word: { zh: '法定用语或固定说法缺了一个字', en: 'a statutory or stock phrase lost a character' },
  bracket: { zh: '标题序号缺了左括号（应为“（一）”式）', en: 'a heading numeral lost its opening bracket (should read （一）)' },
  prefix: { zh: '词语缺字（如“依法治区办”丢了“依法”）', en: 'a word lost its first characters (依法治区办 lost its 依法)' },
  unit: { zh: '数字缺单位，与下一项连在一起', en: 'a count lost its unit and ran into the next item' },
  date: { zh: '单独一行的日期缺了左括号（残缺的“（日期）”）', en: 'a date alone on a line lost its opening bracket (the rest of “(date)”)' },
  numeral: { zh: '标题丢了序号和左括号（应为“（二）”式）', en: 'a heading lost its numeral with the opening bracket (should read （二）)' },
  quote: { zh: '引号不成对，后引号之前缺少对应的前引号', en: 'unpaired quotes: a closing quote without its opening one' },
  unclosed: { zh: '引号不成对，前引号之后缺少对应的后引号（或后引号误打成前引号）', en: 'unpaired quotes: an opening quote never closed (or its closing one typed as an opening one)' },
  title: { zh: '书名号不成对，后书名号之前缺少对应的前书名号', en: 'unpaired title marks: a closing 》 or 〉 without its opening one' },
  figure: { zh: '“件”字前缺了数字（或多了“件”字）', en: 'a 件 without its figure (a figure lost, or a stray 件)' },
  paren: { zh: '括号不成对，左括号之后缺少对应的右括号', en: 'unpaired brackets: an opening bracket never closed' },
  email: { zh: '电子邮箱地址缺了“@”', en: 'an e-mail address lost its @' },
  issuer: { zh: '机关名称缺了首字', en: 'the issuer\'s name lost its first character' },
  verb: { zh: '词语缺字（“紧紧”之后缺了动词，如“紧紧围绕”）', en: 'a verb lost after 紧紧 (as in 紧紧围绕)' },
  item: { zh: '顿号之后缺了一项（或多了顿号）', en: 'a list lost its item after 、 (or has a stray 、)' },
  leader: { zh: '词语缺字（“习近平”丢了“近平”）', en: 'a name lost characters (习近平 lost its 近平)' },
  unitless: { zh: '数字缺了单位（同一行其他数字都写了单位）', en: 'a count lost its unit (the line writes its other counts with one)' },
};

export const textDamaged: Rule = {
  id: 'text-damaged',
  formats: 'all',
  defaultSeverity: 'info',
  title: { zh: '文字损坏或乱码', en: 'Damaged text or mojibake' },
  description: {
    zh: '文字在转换、复制或编码转换中损坏：被“***”“□□”“■■”替代（字体缺字或处理错误），含有无法解码的替换字符“�”，或成为乱码——UTF-8 文字按 GBK 读取（“鏀垮簻淇℃伅”即“政府信息”），或按西文编码读取（“æ”¿åºœ”“Ã¤Â¸Â­”）；以及年份后的“年”字变成了短横（“2015-，我局”），或丢失的文字、缩进变成了问号（“成效?,将”“???”、行首或独占一行的“?”），或词语丢了字（“(四)府信息公开平台”，“发布信3366条”，分句开头的“治区办”；格式的法定栏目、行名和“解读和回应”等固定说法少了一个字，如“存在的主要问题及改情况”“、读和回应”，表格中单独一格或单独一行的表头“现行有效件”（应为“现行有效件数”），可有可无的字如“的”“及”“要”除外；表头折行或被分栏拆开的、文末被截断的不算），或“紧紧”之后丢了动词（“紧紧市政府中心工作”），或列举的最后一项丢了、只剩顿号（“行政复议、行政诉讼、情况”“省、市、工作部署”），或分句开头的本机关名称丢了首字（“太仓高新区”的报告中“。仓高新区建立……”），或“习近平”丢了“近平”（“坚持以习新时代中国特色社会主义思想为指导”“习对广东系列重要讲话”），或数字丢了单位、与下一项连在一起（“文件46政府会议信息42”）或停在逗号前（“发布信息41，微博发布信息4条”），或单独一行的日期丢了左括号（“2017年2月23日)”），或标题丢了序号和左括号（“)依申请公开情况”，上一行没有未闭合的左括号），或后引号前丢了前引号（“建设示范县”；接受…”，该行此前没有前引号，前八行也没有未闭合的前引号），或前引号之后、下一个前引号之前没有后引号（“围绕“六稳“、”六保”工作”“可在“政府信息公开网站“市卫生健康委”版块”，后引号丢了或误打成前引号；“开展“学习“两会”精神”活动”这类引号套引号不算），或后书名号前丢了前书名号（“通过辽宁省政府门户网站辽宁省人民政府公报》等渠道”，该行此前和前八行都没有未闭合的前书名号），或以句号结束的一行中左括号没有闭合（“（地址:……联系电话:0431-87958007。”，下一行开头补上右括号的不算；以冒号结束的引导句中左括号越过句号仍未闭合的也算，如“（以下简称《条例》、《某省政府信息公开暂行办法》的相关规定,特向社会公布……。……报告如下:”），或“件”字前丢了数字（“共收到件依申请公开政府信息78件”），或电子邮箱地址丢了“@”（“电子信箱jczdzbgs163.com”），法定用语在数字前丢了末字的（“规范性文31件”）也算词语丢字。这些文字已无法阅读，应按原稿恢复。\n\n' +
      '只检查正文行；星号须夹在汉字之间且连续三个以上（“138****1234”等脱敏号码、Markdown 的“**加粗**”不报告）；乱码按字符类别统计判断，汉语拼音注音（如“落實(shí)”）不会被当作乱码。本规则不提供快速修复。',
    en: 'Text damaged in conversion, copying or re-encoding: characters replaced by ***, □□ or ■■ (a missing glyph or a faulty tool), U+FFFD replacement characters, or mojibake — UTF-8 read as GBK (鏀垮簻淇℃伅 for 政府信息) or as a Western code page (æ”¿åºœ, Ã¤Â¸Â­); a year whose 年 became a dash (2015-，我局), or lost characters or indentation turned into question marks (成效?,将, ???, a ? at a line start or alone on a line), or a word that lost characters ((四)府信息公开平台, 发布信3366条, 治区办 opening a clause; a statutory heading, row or column label or a stock phrase such as 解读和回应 short of one character, as in 存在的主要问题及改情况 or 、读和回应, or a header cell alone in its cell or on its line such as 现行有效件 for 现行有效件数; optional characters such as 的, 及, 要 aside, and not where the label is wrapped, split at a column gap or cut by the end of the text), or 紧紧 that lost its verb before an organ\'s name (紧紧市政府中心工作), or a list whose last item was lost before its head noun (行政复议、行政诉讼、情况, 省、市、工作部署), or the issuer\'s name without its first character at a clause start (。仓高新区建立… in 太仓高新区\'s report), or 习近平 that lost its 近平 (坚持以习新时代中国特色社会主义思想为指导, 习对广东系列重要讲话), or a count that lost its unit and ran into the next item (文件46政府会议信息42) or stops at a comma (发布信息41，微博发布信息4条), or a date alone on a line that lost its opening bracket (2017年2月23日)), or a heading that lost its numeral with its opening bracket ()依申请公开情况, no bracket left open on the line before), or a closing quote that lost its opening one (建设示范县”；接受…: no “ open before it in the line nor in the eight lines before), or an opening quote followed by another within thirty characters with no closing one between (围绕“六稳“、”六保”工作, 可在“政府信息公开网站“市卫生健康委”版块: the closing quote lost or typed as an opening one; quotes nested in quotes, 开展“学习“两会”精神”活动, aside), or a closing title mark that lost its opening one (…门户网站辽宁省人民政府公报》等渠道: no 《 open before it in the line nor in the eight lines before; 〉 likewise), or a line that ends its sentence with a round bracket still open ((地址:…联系电话:0431-87958007。; not when the next line closes it; a lead-in ending in a colon too when the bracket stays open past a 。: (以下简称《条例》、《某省政府信息公开暂行办法》的相关规定,特向社会公布…。…报告如下:), or a 件 that lost its figure (共收到件依申请公开政府信息78件), or an e-mail address that lost its @ (电子信箱jczdzbgs163.com); a statutory word that lost its last character before a figure (规范性文31件) is a word that lost a character too. The text cannot be read and must be restored from the source.\n\n' +
      'Only prose lines are checked; asterisks must be three or more between Han characters (masked numbers such as 138****1234 and markdown **bold** are not reported); mojibake is recognised by character-class statistics, and pinyin annotations (落實(shí)) are not taken for it. There is no quick-fix.',
  },
  basis: '校对检查（公开的年度报告文字应完整可读）',
  examples: {
    wrong: '2023骞存斂搴滀俊鎭叕寮€宸ヤ綔骞村害鎶ュ憡；本年度共受理政府信息公开申请□□件',
    right: '2023年政府信息公开工作年度报告；本年度共受理政府信息公开申请12件',
    note: '第一句是按 GBK 读取的 UTF-8 乱码，第二句的数字被方块替代。',
  },
  check(ctx) {
    const a = ctx.analysis;
    lostCells(a, ctx);
    // The issuer's name without its first character at a clause start (。仓高新区建立… in 太仓高新区's report).
    // Not a name whose first character is a level or a determiner (省发展和改革委员会 → 发展和改革委员会 is a name too).
    const issuer = a.doc.issuer ? normalize(a.doc.issuer) : '';
    // (Not when the first character is the whole place name: 南县人民政府办公室 calls itself 县人民政府办公室.)
    const headless = issuer.length >= 5 && /^[\u4e00-\u9fff]{5,}$/.test(issuer) && !/^[省市县区州乡镇旗盟中全各本我该某现]/.test(issuer)
      && !/^[省市县区州乡镇旗盟]/.test(issuer.slice(1))
      ? issuer.slice(1) : null;
    for (const pl of eachProofLine(a)) {
      const t = pl.text;
      const report = (s: number, e: number, kind: Kind, want?: string) => {
        const found = quote(t.slice(s, e), 16);
        const msg = MESSAGES[kind];
        ctx.report({
          start: pl.start + s,
          end: pl.start + e,
          message: want ? `${msg.zh}：“${found}”应为“${want}”` : `${msg.zh}：“${found}”`,
          messageEn: want ? `${msg.en}: “${found}” should read “${want}”` : `${msg.en}: “${found}”`,
        });
      };
      // One pass over the line's code units first: the GBK statistics (reported last), and whether the
      // characters the replacement and Latin mojibake patterns need are there at all.
      let han = 0;
      let hits = 0;
      let first = -1;
      let last = -1;
      let replaced = false;
      let latin = false;
      // (By code unit: a character string per Han character would be allocated otherwise.)
      let has = 0;
      for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        const ch = CH[c];
        has |= ch;
        if (c < 0x3400 || c > 0x9fff) {
          if (c === 0x2a || c === 0xfffd || c === 0x25a1 || c === 0x25a0 || c === 0xff0a) replaced = true;
          else if (c >= 0xc2 && c <= 0xe9) latin = true;
          continue;
        }
        han++;
        if (ch & GBK) {
          hits++;
          if (first < 0) first = i;
          last = i;
        }
      }
      REPLACED.lastIndex = 0;
      for (let m = replaced ? REPLACED.exec(t) : null; m; m = REPLACED.exec(t)) {
        const s = m.index;
        const e = s + m[0].length;
        const c = m[0][0];
        if (c === '*') {
          // Between Han characters only: 张***同志 masks a name, 138****1234 a number.
          if (!isHan(t[s - 1] ?? '') || !isHan(t[e] ?? '')) continue;
          if (/^(?:同志|先生|女士|某)/.test(t.slice(e, e + 2))) continue;
        }
        report(s, e, c === '\uFFFD' ? 'fffd' : c === '□' || c === '■' ? 'boxes' : 'stars');
      }
      // (Each pattern below opens with a look-behind, tried at every position: a line without the
      // characters it needs is not scanned at all.)
      YEAR_DASH.lastIndex = 0;
      const y = has & DASH ? YEAR_DASH.exec(t) : null;
      if (y) report(y.index, y.index + y[0].length, 'year');
      const q = has & QMARK ? QMARKS.exec(t) : null;
      if (q) report(q.index, q.index + q[0].length, 'qmarks');
      const lost = has & FU && t.includes('府信息') ? LOST_CHAR.exec(t) : null;
      if (lost) report(lost.index, lost.index + lost[0].length, 'lost');
      const xi = has & DIGIT && t.includes('信') ? LOST_XI.exec(t) : null;
      if (xi) report(xi.index, xi.index + xi[0].length, 'xi');
      // The formats' fixed wording with one character lost (读和回应, 存在的主要问题及改情况).
      // (In prose, not in a table's cells, 总 may be left out: 采购金额 for 采购总金额.)
      for (const w of lostWords(t, !a.doc.tableLines.has(pl.line))) if (!lost || w.end <= lost.index || w.start >= lost.index + lost[0].length) report(w.start, w.end, 'word', w.want);
      const head = headless ? afterMark(t, headless) : -1;
      if (head >= 0) report(head, head + headless!.length, 'issuer', issuer);
      const verb = has & JIN && t.includes('紧紧') ? LOST_VERB.exec(t) : null;
      if (verb) report(verb.index, verb.index + 2, 'verb');
      const item = has & DUN && (t.includes('、情况') || t.includes('、工作')) ? LOST_ITEM.exec(t) : null;
      if (item) report(Math.max(0, item.index - 4), item.index + 3, 'item');
      const leader = has & XI ? LOST_LEADER.exec(t) : null;
      if (leader) report(leader.index, leader.index + 1, 'leader');
      const prefix = has & ZHI ? LOST_PREFIX.exec(t) : null;
      if (prefix) report(prefix.index, prefix.index + prefix[0].length, 'prefix');
      const at = has & DOT && (t.includes('.com') || t.includes('.cn') || t.includes('.net')) ? LOST_AT.exec(t) : null;
      if (at && !t.slice(at.index, at.index + at[0].length).includes('@')) report(at.index, at.index + at[0].length, 'email');
      const figure = has & JIAN ? LOST_FIGURE.exec(t) : null;
      if (figure) report(figure.index, figure.index + figure[0].length, 'figure');
      const paren = has & OPEN ? unclosedParen(t) : -1;
      if (paren >= 0 && !closedOnNextLine(a.doc.lines, pl.line)) report(paren, Math.min(t.trimEnd().length, paren + 12), 'paren');
      const counted = (has & (DIGIT | UNIT)) === (DIGIT | UNIT) && COUNT_WITH_UNIT.test(t);
      const unit = counted ? LOST_UNIT.exec(t) : null;
      if (unit) report(unit.index, unit.index + unit[0].length + 1, 'unit');
      const unitless = !unit && counted ? LOST_UNIT_STOP.exec(t) : null;
      if (unitless) report(unitless.index, unitless.index + unitless[0].length, 'unitless');
      if (has & CLOSE && LOST_OPEN_DATE.test(t) && !openBefore(a.doc.lines, pl.line)) {
        const lead = t.length - t.trimStart().length;
        report(lead, t.trimEnd().length, 'date');
      }
      const lone = has & QUOTE ? loneClosingQuote(t) : -1;
      if (lone >= 0 && !quoteOpenBefore(a.doc.lines, pl.line)) report(clauseStart(t, lone), lone + 1, 'quote');
      const open = has & OQUOTE ? unclosedQuote(t) : -1;
      if (open >= 0) report(open, Math.min(t.indexOf('“', open + 1) + 1, open + 16), 'unclosed');
      const book = has & TITLE ? loneTitleClose(t) : -1;
      if (book >= 0 && !titleOpenBefore(a.doc.lines, pl.line, t[book])) report(Math.max(clauseStart(t, book), book - 11), book + 1, 'title');
      const bracket = has & CLOSE ? LOST_BRACKET.exec(t) : null;
      if (bracket) report(bracket.index + bracket[0].length - bracket[0].trimStart().length, bracket.index + bracket[0].length, 'bracket');
      const numeral = has & CLOSE ? LOST_NUMERAL.exec(t) : null;
      if (numeral && !openBefore(a.doc.lines, pl.line)) report(numeral.index + numeral[0].length - 1, numeral.index + numeral[0].length + 4, 'numeral');
      // Both patterns open with a character of U+00C2–U+00E9.
      for (const [re, kind] of latin ? [[LATIN_MOJIBAKE, 'latin'], [DOUBLE_MOJIBAKE, 'latin']] as const : []) {
        re.lastIndex = 0;
        const m = re.exec(t);
        if (m) { report(m.index, m.index + m[0].length, kind); break; }
      }
      // UTF-8 read as GBK: one finding per line, over the span from the first to the last
      // character of the set.
      if (hits >= MIN_GBK && hits >= han * MIN_GBK_SHARE) report(first, last + 1, 'gbk');
    }
  },
};

/**
 * A table's cell, or a line alone, that is a statutory label short of one character (现行有效件 for
 * 现行有效件数): a header cell misspelt. Cells of table lines (split at tabs and pipes) and whole lines
 * elsewhere; a lost first (last) character must not end (start) the filled line before (after): a label
 * wrapped over two lines, or split at a column gap (采购项目数⇥量), is whole. Not in the last filled lines of a draft (a stored page cut mid-word).
 */
function lostCells(a: Parameters<Rule['check']>[0]['analysis'], ctx: Parameters<Rule['check']>[0]): void {
  const lines = a.doc.lines;
  const filled = (l: number, step: number): string => {
    for (let k = l + step, n = 0; k >= 0 && k < lines.lineCount && n < 3; k += step, n++) {
      const t = lines.lineText(k).trim();
      if (t) return t;
    }
    return '';
  };
  for (let l = 0; l < lines.lineCount; l++) {
    const text = lines.lineText(l);
    // (Most lines are no label: a line without two Han characters in a row at its cells' start is skipped cheaply.)
    const table = a.doc.tableLines.has(l);
    if ((!table && text.length > 24) || !hanRun(text, 4)) continue;
    const cells = table ? text.split(/(\t|\|)/) : [text];
    let at = lines.lineStarts[l];
    // The next (previous) filled cell of the line: a PDF copy splits a label at a column gap (采购项目数⇥量).
    const near = (k: number, step: number): string => {
      for (let j = k + step; j >= 0 && j < cells.length; j += step) if (cells[j].trim() && !/^[\t|]$/.test(cells[j])) return cells[j].trim();
      return '';
    };
    for (let k = 0; k < cells.length; k++) {
      const raw = cells[k];
      const cell = raw.trim();
      const w = cell.length >= 4 && cell.length <= 24 ? lostWhole(cell) : null;
      const pos = at + raw.indexOf(cell);
      at += raw.length;
      if (!w) continue;
      if (!table && w.at === 'inside') continue; // lostWords reads a line's inner losses
      // A page cut right after the cell (a stored copy that stops mid-word) may have lost the rest.
      const after = filled(l, 1);
      if (!after) continue;
      if (w.at === 'first' && (cells.length === 1 ? filled(l, -1).endsWith(w.lost) : near(k, -1).slice(-3).includes(w.lost))) continue;
      if (w.at === 'last' && (cells.length === 1 ? after.startsWith(w.lost) : near(k, 1).slice(0, 3).includes(w.lost))) continue;
      const found = quote(cell, 16);
      ctx.report({ start: pos, end: pos + cell.length,
        message: `${MESSAGES.word.zh}：“${found}”应为“${w.want}”`,
        messageEn: `${MESSAGES.word.en}: “${found}” should read “${w.want}”` });
    }
  }
}
