// Classifies one line as web-page chrome: the parts of a government web page that come along
// when a report is copied from the site (breadcrumb, share bar, view counter, footer with the
// ICP and 公安 filing numbers, navigation links, 发布日期/来源 header). A line is chrome only
// when it consists of such items from its first character to its last; one word of prose
// left over and it is report text. Works on the normalised line (Simplified, half-width,
// no spaces), so 聯絡我們 and 联系我们 read alike.
import { normalize } from '../text/normalize';
import { classifyPageMeta } from './artifacts-meta';
import { classifyDebris } from './artifacts-debris';
import { ownString } from '../text/own-string';
import { GenerationMap } from '../text/string-memo';

/**
 * How sure an item is chrome:
 * - strong: never report text (ICP备…号, 分享到, 浏览量:…);
 * - meta: page header carrying information the author may still want (发布日期, 来源);
 * - weak: likely chrome, but a bare word (相关文章, 联系我们);
 * - support: chrome only beside other chrome (an empty 附件:);
 * - filler: neutral inside a chrome line (地址, 电话), never evidence by itself.
 */
export type ChromeTier = 'strong' | 'meta' | 'weak' | 'support' | 'filler';

interface Item {
  tier: ChromeTier;
  /** What the item is, for messages. */
  zh: string;
  en: string;
  /** A site navigation link: a row of two or more is certain chrome. */
  nav?: true;
  /** The item's beginning, as a regular-expression source (also ends the previous item's value). */
  key: string;
  /** What may follow the key on the same line, up to the next item or the line end. */
  value: RegExp;
  /** The value may hold something the author wants (the title): deleting the line is not safe. */
  keep?: { zh: string; en: string };
}

const ANY_SHORT = /^:?[^。；;！!？?，,]{0,40}$/;
const ANY_LINE = /^.{0,200}$/;
const EMPTY = /^:?$/;
// (点击:[] — the counter's brackets left empty by the copy.)
const COUNT = /^:[\[【(（]?(?:-|\d[\d,]*)?[\]】)）]?(?:人次|次|人)?$/;

const ITEMS: Item[] = [
  // 您当前所在的位置：首页 > 政务公开 > … (当前页面: 首页 > …) — the rest of the line is the path.
  { key: '(?:您(?:当前|现在|目前)?(?:所在的?|的)?位置|当前(?:所在)?位置|当前页面(?=[:>])|所在位置)', value: /^(?:[:>].*|首页[^。；;，,！!？?]{0,40})?$/, tier: 'strong', zh: '导航路径', en: 'breadcrumb' },
  { key: '(?:网站)?首页[>/]', value: ANY_LINE, tier: 'strong', zh: '导航路径', en: 'breadcrumb' },
  // The channel's name run into the breadcrumb below it: 信息公开年报 首页 > 信息公开年报.
  { key: '[\\u4e00-\\u9fff]{0,10}(?:年报|公开|目录|专栏|栏目)首页>', value: /^[^。；;，,!！?？]{0,120}$/, tier: 'strong', zh: '导航路径', en: 'breadcrumb' },
  // An HTML page's template title left as the first line (<title>Document</title>), and an image tag as text.
  { key: 'Document(?=$)', value: EMPTY, tier: 'strong', zh: '网页模板标题', en: 'page template title' },
  // (The normalised line has no spaces: <img src=…> reads <imgsrc=…>.)
  { key: '<(?:image(?=>)|img(?=>|src=|alt=|class=|style=|width=|height=|title=))', value: /^[^\n]{0,400}(?:<\/image>|\/?>)$/, tier: 'strong', zh: '网页图片标记', en: 'page image tag' },
  // The site's menu bar: 首页 | 政务公开 | 渝快办 (short link words after 首页, set apart by bars).
  { key: '首页(?=[|│·][\\u3400-\\u9fffA-Za-z]{2,8}[|│·][\\u3400-\\u9fffA-Za-z])', value: /^(?:[|│·][\u3400-\u9fffA-Za-z]{2,8}){2,10}$/, tier: 'strong', zh: '网站导航栏', en: 'site menu bar' },
  // A breadcrumb's continuation on a line of its own: >政务公开 >信息公开目录 >某某乡 >公开年报 (two or more steps).
  { key: '>(?=[^>。；;，,]{1,20}>)', value: /^[^。；;，,!！?？]{0,120}$/, tier: 'strong', zh: '导航路径', en: 'breadcrumb' },
  // A flip-book page (…/files/basic-html/page8.html): “Page 8 - 某某局2022年…年度报告” and “P. 8” above the page's text.
  { key: 'Page\\d{1,4}-', value: /^[^。；;！!？?]{2,100}$/, tier: 'strong', zh: '电子书翻页页眉', en: 'flip-book page header',
    keep: { zh: '其中的报告标题如需保留，请先另起一行写作标题', en: 'keep the report title on a line of its own first if it is needed' } },
  // The site header's technical badge (网站支持IPv6) and a document site's lead-in (下面是小编为大家整理的……，供大家参考).
  { key: '(?:(?:本站|本?网站)(?:已)?支持IPv6|支持IPv6)', value: EMPTY, tier: 'strong', zh: '网站页头', en: 'site header' },
  // A screen-reader hint above the article (正文内容区域请使用tab按钮切换浏览).
  { key: '(?:正文内容区域|正文区域|内容区域)?请(?:使用|按)(?:tab|Tab|TAB)(?:按钮|键)切换浏览', value: EMPTY, tier: 'strong', zh: '读屏提示', en: 'screen-reader hint' },
  // The site header's weather box (温度:26-37℃ 天气现象:多云 风向风速:偏南风3-4级).
  { key: '温度(?=:)', value: /^:-?\d{1,2}(?:[-~至]-?\d{1,2})?(?:℃|°C)$/, tier: 'strong', zh: '网站页头天气', en: 'site header weather' },
  { key: '(?:天气现象|天气|风向风速|风力|空气质量)(?=:)', value: /^:[^。；;！!？?]{1,20}$/, tier: 'weak', zh: '网站页头天气', en: 'site header weather' },
  { key: '下面是小编(?:为大家|为你|给大家)?(?:精心)?(?:整理|收集|搜集|分享)的', value: /^[^。；;！!？?]{0,80}(?:供大家|仅供|欢迎)(?:参考|借鉴|阅读|查阅)[。.]?$/, tier: 'strong', zh: '文档网站导语', en: 'document-site lead-in' },
  // The site header's greeting: 欢迎登录某某市司法局官方网站 / 欢迎访问某某区人民政府门户网站.
  // (Or greeting the organ itself: 您好,欢迎来到某某旗人民政府!)
  // (Or a ministry's office by its name, the header's date after it: 您好,欢迎登录中华人民共和国广东海事局! 2024年05月09日.)
  { key: '(?:您好[,!]?)?欢迎(?:您)?(?:登录|登陆|访问|光临|来到|进入)', value: /^[^。；;，,！!？?]{2,40}(?:(?:网站|门户|官网|人民政府)!?|(?:局|海关|委员会|总队|调查队)!?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:星期[一二三四五六日天])?)$/, tier: 'strong', zh: '网站页头', en: 'site header' },
  { key: 'P\\.\\d{1,4}', value: EMPTY, tier: 'strong', zh: '电子书翻页页眉', en: 'flip-book page header' },
  // A mirror's prompt before a link out of the site, kept above the text (您访问的链接即将离开“某某区人民政府”门户网站 / 是否继续?).
  { key: '(?:您|你)(?:访问|点击)的链接(?:即将|将要|将)离开', value: /^[^。；;！!]{0,40}(?:网站|门户)[。!]?$/, tier: 'strong', zh: '离站提示', en: 'leaving-site prompt' },
  { key: '是否继续(?:访问|前往)?', value: /^[?？]?$/, tier: 'weak', zh: '离站提示', en: 'leaving-site prompt' },
  { key: '(?:文章|页面|本页)?分享(?:到|至)?', value: /^:?(?:(?:微信好友|微信|好友|朋友圈|新浪微博|腾讯微博|微博|QQ空间|QQ好友|QQ|人人网|豆瓣|复制链接|更多)(?:[|·、,]|和|及)?)*$/i, tier: 'strong', zh: '分享栏', en: 'share bar' },
  // (点击率:39 — a counter named as a rate by some sites.)
  { key: '(?:浏览|阅读|点击|访问)(?:总数|总量|次数|人次|量|数|率)', value: COUNT, tier: 'strong', zh: '浏览计数', en: 'view counter' },
  // (Or its brackets with the figure lost: 2025年01月20日 (点击: ).)
  { key: '(?:阅读|浏览|点击|访问)(?=:(?:\\d|-|$|[\\]】)）]|[\\[【(（][\\d-]*[\\]】)）]))', value: COUNT, tier: 'strong', zh: '浏览计数', en: 'view counter' },
  { key: '总访问量', value: COUNT, tier: 'strong', zh: '浏览计数', en: 'view counter' },
  { key: '(?:ICP备案号:)?[\\u4e00-\\u9fff]?ICP(?:备|证)', value: /^\d+号?(?:-\d+)?$/, tier: 'strong', zh: 'ICP备案号', en: 'ICP filing number' },
  { key: '[\\u4e00-\\u9fff]?公网安备', value: /^\d+号?$/, tier: 'strong', zh: '公安备案号', en: 'public-security filing number' },
  { key: '网站标识码', value: /^:?[A-Za-z0-9]+$/, tier: 'strong', zh: '网站标识码', en: 'site identifier' },
  { key: '(?:网站)?(?:主办|承办|协办|主管|技术支持|维护|运维)(?:单位)?:', value: /^[^。；;，,]{2,40}$/, tier: 'strong', zh: '网站页脚', en: 'site footer' },
  { key: '(?:版权所有|Copyright|©)', value: /^[^。；;，,]{0,40}$/i, tier: 'strong', zh: '网站页脚', en: 'site footer' },
  { key: '(?:打印本页|打印此页|关闭窗口|关闭本页|【(?:打印|关闭|返回|收藏|打印本页|打印此页|打印文本|打印全文|打印正文|关闭本页|关闭窗口|返回顶部)】)', value: EMPTY, tier: 'strong', zh: '网页工具栏', en: 'page toolbar' },
  // (The switch's links may be A+ A A-.)
  // (A news page's switch may be two T links of two sizes: 字号:T|T.)
  { key: '【?(?:字号|字体大小|字体|文字大小)', value: /^:?(?:[大中小]|超大|特大|默认|标准|A\+|A-|A|T|[[\]【】|·])*$/, tier: 'strong', zh: '字号切换', en: 'font-size switch' },
  // A news page's byline: 2013年04月30日17:01 | 中国发展门户网 www.chinagate.cn | 给编辑写信 字号:T|T.
  { key: '给编辑写信', value: EMPTY, tier: 'strong', zh: '网页工具栏', en: 'page toolbar' },
  // (Or the page header's fields after it: 湘潭县人民政府门户网站 www.xtx.gov.cn 发布时间:2024-01-11 09:46.)
  { key: '[\\u4e00-\\u9fff]{2,20}(?:门户网站|门户网|网站|网)(?=(?:www\\.)?[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.(?:cn|com|net|org)(?:$|[|·]|(?:发布时间|发布日期|更新时间|时间|日期|信息来源|文章来源|来源|浏览次数|点击数):))', value: /^(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:cn|com|net|org)$/i, tier: 'support', zh: '网站名称', en: 'site name' },
  { key: '(?:\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{4}-\\d{1,2}-\\d{1,2})\\d{1,2}:\\d{2}(?::\\d{2})?(?=\\|)', value: EMPTY, tier: 'meta', zh: '网页发布信息', en: 'page header' },
  // A link to the report's explainer or original beside the article (点击查看解读, 点击查看原文): never report text.
  { key: '点击(?:查看|阅读|进入)(?:政策)?(?:解读|图解|原文|附件|详情)', value: EMPTY, tier: 'strong', zh: '网页链接', en: 'page link' },
  // Its caption before it: 图解链接:点击查看图解.
  { key: '(?:图解|解读|原文|附件)链接(?=:)', value: EMPTY, tier: 'weak', zh: '网页链接', en: 'page link' },
  // A site's search box: 选择特殊符号 / 选择搜索类型 / 请输入搜索 (关键字, 内容), 站内搜索, 高级检索.
  { key: '(?:选择(?:特殊符号|搜索类型|检索类型)|请输入(?:要)?(?:搜索|检索|查询)?(?:的)?(?:关键[字词]|内容|搜索词)?|站内(?:搜索|检索)|高级(?:搜索|检索)|全文检索)', value: EMPTY, tier: 'strong', zh: '网站搜索框', en: 'site search box' },
  // A site's hot-search bar (热搜词: 营商环境 学籍 社保 …): its words are links, never report text.
  { key: '(?:热搜词|热门搜索|热搜|搜索热词|热门关键[词字])(?=:)', value: /^:[^。；;！!？?，,]{0,80}$/, tier: 'strong', zh: '网站搜索框', en: 'site search box' },
  // The page's switch for its metadata box (点击关闭详细目录信息) and the box's own caption (信息公开元数据).
  { key: '点击(?:关闭|展开|收起|隐藏|显示|查看)(?:详细)?目录信息', value: EMPTY, tier: 'strong', zh: '网页工具栏', en: 'page toolbar' },
  { key: '信息公开元数据', value: EMPTY, tier: 'strong', zh: '网页信息元数据', en: 'page metadata' },
  { key: '(?:用|使用)?微信扫(?:描|一扫)(?:二维码)?', value: EMPTY, tier: 'strong', zh: '扫码提示', en: 'QR prompt' },
  // A page footer asking to follow the site's account: 更多精彩内容欢迎扫描下方二维码关注浑南区! (the image itself lost).
  { key: '(?:更多精彩(?:内容|资讯)?,?)?(?:欢迎|请)?(?:扫描|扫码|扫)(?:下方|以下|左侧|右侧|上方|底部)?(?:的)?二维码(?:关注|下载|访问|查看)', value: /^[^。；;，,：:]{0,24}[!！]?$/, tier: 'strong', zh: '扫码提示', en: 'QR prompt' },
  { key: '扫一扫', value: /^(?:在手机上?(?:打开|查看|阅读))?(?:当前页面?|本页)?$/, tier: 'strong', zh: '扫码提示', en: 'QR prompt' },
  // A font-size switch written as its three links (大中小), alone or run into the page's title line.
  // A reading-colour switch beside the font-size one (视力保护色: / 护眼模式): never report text.
  // (Or named the other way round with its colours as links: 保护视力色: 杏仁黄 秋叶褐 胭脂红 芥末绿 天蓝 雪青 默认.)
  { key: '(?:视力保护色|保护视力色|护眼模式|护眼色)', value: /^:?(?:[[\]【】|·]|默认|开启|关闭|[\u4e00-\u9fff]{0,2}[红橙黄绿青蓝紫褐灰白黑粉])*$/, tier: 'strong', zh: '护眼色切换', en: 'eye-care colour switch' },
  { key: '(?:【大】【中】【小】|\\[大\\]\\[中\\]\\[小\\]|大中小)(?![\\u4e00-\\u9fff])', value: /^[\]】)）]*$/, tier: 'strong', zh: '字号切换', en: 'font-size switch' },
  { key: '大中小(?=[\\u4e00-\\u9fff])(?!学|型|企|城市|专|项目)', value: /^[^。；;！!？?，,、]{4,100}(?:年度报告|年报)$/, tier: 'strong', zh: '字号切换', en: 'font-size switch',
    keep: { zh: '其中的报告标题如需保留，请先另起一行写作标题', en: 'keep the report title on a line of its own first if it is needed' } },
  // The site header's today: 某某区人民政府 2019年12月3日星期二 (a weekday is no report's date line).
  { key: '(?:[\\u4e00-\\u9fff]{2,30}?)?\\d{4}年\\d{1,2}月\\d{1,2}日(?:星期|周|礼拜)[一二三四五六日天]', value: /^(?:\d{1,2}:\d{2}(?::\d{2})?)?$/, tier: 'strong', zh: '网站页头日期', en: 'site header date' },
  // 今天是:2019年10月31日 星期三 农历十月初七 — the site header's clock, never a report's line.
  { key: '今天是:?\\d{4}年\\d{1,2}月\\d{1,2}日', value: /^(?:(?:星期|周|礼拜)[一二三四五六日天])?(?:农历[\u4e00-\u9fff]{2,10})?$/, tier: 'strong', zh: '网站页头日期', en: 'site header date' },
  // The same clock whose date the page's script never wrote into the copy: 今天是 alone, or before the
  // toolbar's words (今天是 智能问答无障碍浏览长者模式).
  { key: '今天是(?![:：]?\\d)', value: EMPTY, tier: 'weak', zh: '网站页头日期', en: 'site header date' },
  // A page header's date run into its next label: 2022年01月18日来源:1 (the space between them lost),
  // 2024-01-26 10时25分浏览次数: (a time between them).
  { key: '(?:\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{4}-\\d{1,2}-\\d{1,2})(?:\\d{1,2}(?::\\d{2}(?::\\d{2})?|时\\d{1,2}分))?(?=[(（]?(?:信息来源|发布来源|文章来源|来源|作者|发布机构|浏览次数|点击数|点击|阅读次数|访问量):)', value: EMPTY, tier: 'meta', zh: '网页发布信息', en: 'page header' },
  // A WeChat article's credits at its end (编辑：张三 / 审核：李四 / 校对：王五): a role and one or two short names.
  { key: '(?:审核|责编|校对|初审|复审|终审|审校|审签|供稿|撰稿)(?=:)', value: /^:[\u4e00-\u9fff·]{2,4}(?:[、,/][\u4e00-\u9fff·]{2,4})?$/, tier: 'meta', zh: '网页发布信息', en: 'page header' },
  // A WeChat article's header: 原创 某某县人民政府办公室 某某发布 2024-01-20 17:30 发表于四川 (author, account, time, place).
  { key: '(?<![\\s\\S])原创(?=[\u4e00-\u9fffA-Za-z])', value: /^[^。；;，,!！?？]{2,60}(?:\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)(?:\d{1,2}:\d{2})?(?:发表于[\u4e00-\u9fff]{2,4})?$/, tier: 'meta', zh: '微信文章页头', en: 'WeChat article header' },
  // A WeChat article's prompts to follow the account and read on: 点击蓝字 关注我们, 点击上方“某某发布”关注,
  // 长按识别二维码关注我们, 阅读原文.
  { key: '点击(?:上方|下方|标题下)?(?:蓝字|"[^"]{1,24}")', value: /^(?:,?(?:一键|免费)?关注(?:我们|我)?(?:吧)?[!！]?)?$/, tier: 'strong', zh: '微信关注提示', en: 'WeChat follow prompt' },
  { key: '长按(?:识别|扫描)?(?:图中|下方|上方)?二维码', value: /^[^。；;，,]{0,20}$/, tier: 'strong', zh: '扫码提示', en: 'QR prompt' },
  { key: '阅读原文(?=$)', value: EMPTY, tier: 'strong', zh: '微信文章链接', en: 'WeChat article link' },
  { key: '(?:发布日期|发布时间|发表日期|发表时间|发文时间|更新日期|更新时间|信息提供日期|信息来源|发布来源|文章来源|稿件来源|来源|作者|责任编辑|编辑|录入人员|录入人|录入员|发布者|发布人|发布机构|发布(?=:$)|所属栏目|栏目):', value: ANY_SHORT, tier: 'meta', zh: '网页发布信息', en: 'page header' },
  // The column header of a site's document list (序号 | 标题 | 发文字号 | 成文日期 | 发布日期) above the article.
  { key: '序号\\|?标题\\|?(?:发文字号|文号)\\|?成文日期\\|?发布日期', value: /^$/, tier: 'weak', zh: '网站文件列表表头', en: 'document-list header' },
  // 日期:2023-01-11 (a page's header; a report's own date line writes 日期:2023年1月11日). Its value may be the
  // next item: a 年月日 date run into 作者:/来源: (日期:2021年01月05日 作者: 来源:).
  { key: '日期:', value: /^(?:\d{4}-\d{1,2}-\d{1,2}(?:\d{1,2}:\d{2}(?::\d{2})?)?)?$/, tier: 'meta', zh: '网页发布信息', en: 'page header' },
  // A bare date on a line of its own among the page header's items (• 2024-02-21 between • 听全文 and • 来源:…).
  { key: '\\d{4}-\\d{1,2}-\\d{1,2}(?=$)', value: EMPTY, tier: 'meta', zh: '网页发布信息', en: 'page header' },
  // A bare date and time on a line of its own (2009-03-31 00:00): the page's publication stamp, not a report's date line.
  { key: '\\d{4}-\\d{1,2}-\\d{1,2}(?=\\d{1,2}:\\d{2}(?::\\d{2})?$)', value: /^\d{1,2}:\d{2}(?::\d{2})?$/, tier: 'meta', zh: '网页发布信息', en: 'page header' },
  // A mirror's site name before the page header it reprints (山东黄河河务局门户网站 时间:2021-1-26 来源:水利部).
  { key: '[\\u4e00-\\u9fff]{2,20}(?:门户网站|网站|政府网|官网)(?=(?:发布时间|发布日期|更新时间|时间|日期|信息来源|文章来源|来源|浏览次数|点击数):)', value: EMPTY, tier: 'support', zh: '网站名称', en: 'site name' },
  // The issuing organ's name before the page header (芷江侗族自治县人民政府 发布时间: 2026-03-03 09:36): the site's byline.
  // (Only where the line or an item starts, or after a 年月日 date: 来源:市公安局某分局 发布时间: is the 来源's value.)
  { key: '(?:(?<![:\\u4e00-\\u9fff])|(?<=\\d日))[\\u4e00-\\u9fff]{2,24}?(?:人民政府|政府|办公室|管委会|管理委员会|委员会|局|办事处)(?=(?:发布时间|发布日期|发表时间|更新时间|信息来源|文章来源|来源|浏览次数|点击数|浏览|阅读|点击):)', value: EMPTY, tier: 'support', zh: '网站名称', en: 'site name' },
  // A page header of a date, the issuing organ and the view counter, without their labels (2026-01-22  某某县人民政府办公室
  // 浏览:): the date only before such an organ and a page label, the organ only before a label (the item above).
  { key: '(?:\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{4}-\\d{1,2}-\\d{1,2})(?=[\\u4e00-\\u9fff]{2,24}?(?:人民政府|政府|办公室|管委会|管理委员会|委员会|局|办事处)(?:发布时间|发布日期|信息来源|文章来源|来源|浏览次数|点击数|浏览|阅读|点击):)', value: EMPTY, tier: 'meta', zh: '网页发布信息', en: 'page header' },
  // 时间: alone (with 发布: above) is a page header split over lines, its values on the lines after.
  // (A slash may close the date before the time: 时间: 2025/01/27/ 14:48.)
  { key: '时间:', value: /^(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\/?(?:\d{1,2}:\d{2}(?::\d{2})?)?\/?)?$/, tier: 'meta', zh: '网页发布信息', en: 'page header' },
  // A page's read-aloud assistant left above the article (江江智能助手 / 为您阅读公示公告, harvest qD; 智慧助手 in a
  // Taiwan-phrased copy): its prompt is chrome alone, the assistant's name only beside it.
  { key: '为(?:您|你)(?:阅读|朗读|播报|读)', value: /^[\u4e00-\u9fff]{0,10}$/, tier: 'strong', zh: '网页朗读按钮', en: 'read-aloud button' },
  { key: '(?<![\s\S])[\u4e00-\u9fff]{0,6}智[能慧](?:语音)?助手(?=$)', value: EMPTY, tier: 'weak', zh: '网页朗读按钮', en: 'read-aloud button' },
  // A page's read-aloud button: 点击收听年报语音朗读 / 点击播放全文朗读.
  { key: '点击(?:收听|播放)', value: /^[\u4e00-\u9fff]{0,8}(?:朗读|播报)?$/, tier: 'strong', zh: '网页朗读按钮', en: 'read-aloud button' },
  { key: '(?:联系我们|联络我们|友情链接|友情连结|站点地图|网站地图|网站导览|网站声明|关于我们|法律声明|隐私声明|隐私政策|使用帮助|网站帮助|返回首页|返回顶部|返回主网站|返回主站|返回上一?页|返回列表|设为首页|加入收藏|(?:网站)?无障碍(?:浏览|阅读)?|长者模式|手机版|网站纠错|我要纠错|English|繁体版|简体版)', value: EMPTY, tier: 'weak', zh: '网站导航链接', en: 'site navigation link', nav: true },
  // An encyclopedia mirror's infobox copied with the text (基本介绍 / • 中文名:2010年度政府信息公开年度报告).
  { key: '(?:中文名|外文名|英文名)(?=:)', value: /^:[^。；;！!？?]{1,80}$/, tier: 'strong', zh: '百科词条信息栏', en: 'encyclopedia infobox' },
  { key: '基本介绍', value: EMPTY, tier: 'weak', zh: '百科词条信息栏', en: 'encyclopedia infobox' },
  { key: '(?:相关文章|相关链接|相关阅读|相关新闻|相关词条|热门词条|热门文章|热点文章|热点新闻|推荐阅读|猜你喜欢)', value: EMPTY, tier: 'weak', zh: '网页推荐栏目', en: 'related-links box' },
  { key: '(?:上一篇|下一篇)', value: /^:.{0,80}$/, tier: 'weak', zh: '翻页链接', en: 'previous/next link' },
  // Toolbar and account words (收藏 打印 关闭, 登录 注册, 关怀版 无障碍 简体|繁体): a row of two or more is chrome.
  // The accessibility toolbar's buttons (长者助手 我的收藏, 页面 / 配色 / 辅助线 / 重置 one a line, 背景色:, 听全文),
  // the header's links to the site's accounts one a line (移动端应用 / 政务微信 / 政务微博 / 登录个人中心).
  // (The font-size buttons written out, 加大字体 缩小字体, and 取消收藏 beside 收藏.)
  { key: '(?:加大字体|缩小字体|放大字体|字体放大|字体缩小|取消收藏|收藏|我的收藏|打印|保存|下载|关闭|登录|注册|个人中心|关怀版|适老版|长者版|长者专版|长辈版|长者助手|简体中文|繁体中文|简体|繁体|繁體|返回|纠错|智能问答|用户空间|配色|辅助线|重置|页面|背景色|听全文|全文朗读|语音朗读|朗读|政务微信|政务微博|移动端(?:应用)?|我要收藏|点赞|在看|写留言|我要打印|(?:退出|进入|切换)?(?:老年人|老年|长者|关怀|关爱|适老)(?:模式|版)|EN(?=$))', value: EMPTY, tier: 'weak', zh: '网页工具栏', en: 'page toolbar', nav: true },
  // A header's link to the site's mail system (|邮件系统| 简体版|繁体版), and its 微信 / 微博 buttons one a line: the
  // buttons are chrome only beside other chrome (微信 alone may be a table cell naming a channel).
  { key: '邮件系统', value: EMPTY, tier: 'weak', zh: '网页工具栏', en: 'page toolbar', nav: true },
  // (Only first on the line, alone or before a bar: in a share bar, 分享到:微信|微博|QQ空间, they are the bar's value.)
  { key: '(?<![\\s\\S])(?:微信|微博)(?=$|[|│·丨])', value: EMPTY, tier: 'support', zh: '网页工具栏', en: 'page toolbar' },
  // A toolbar icon's image file name run into its button's word (丨 关怀版 丨 gablogo.png关爱版): chrome only beside the toolbar's words.
  { key: '[A-Za-z][\\w-]{0,30}\\.(?:png|jpe?g|gif|svg|webp)(?=[\\u4e00-\\u9fff])', value: EMPTY, tier: 'support', zh: '网页工具栏', en: 'page toolbar' },
  { key: '附件', value: EMPTY, tier: 'support', zh: '空的附件栏', en: 'empty attachments box' },
  // A site's name alone on a line (a mirror's 安全管理网 above the page header it reprints): chrome only beside other chrome.
  // (Only a whole line: the name ending a greeting's value, 欢迎访问某某区人民政府门户网站, is that value.)
  { key: '(?<![\\s\\S])[\\u4e00-\\u9fff]{2,12}(?:政府网|官网|网)(?=$)', value: EMPTY, tier: 'support', zh: '网站名称', en: 'site name' },
  // A search-results form above the article (搜索位置: / 匹配度: / 排序:, one label a line, their values never copied;
  // the colons may be lost: 搜索位置 / 匹配度 / 排序).
  { key: '(?:搜索位置|匹配度)(?=:?$)|(?:排序方式|排序)(?=:$)', value: /^:?$/, tier: 'strong', zh: '网站搜索框', en: 'site search box' },
  // A breadcrumb's arrow left alone on a line above the header's links (> / • 政务微信 / 您现在所在的位置…): chrome beside them.
  { key: '(?<![\\s\\S])[>›»]{1,3}(?=$)', value: EMPTY, tier: 'support', zh: '导航路径', en: 'breadcrumb' },
  // A breadcrumb one segment a line, each after its arrow (当前位置:首页 / > 政府信息公开 / > 政府信息公开年报 / > 2022年):
  // a short segment led by the arrow, chrome beside the rest of the breadcrumb.
  { key: '(?<![\\s\\S])[>›»](?=\\s*[^\\s>›»])', value: /^\s*(?![一二三四五六七八九十\d]{1,3}[、.．])[^>›»。，,；;：:！!？?、]{1,20}$/, tier: 'support', zh: '导航路径', en: 'breadcrumb' },
  // The article toolbar's download buttons (【下载Word】 【下载PDF】).
  { key: '【下载(?:Word|PDF|WPS|OFD|文档|原文|全文)】?', value: EMPTY, tier: 'strong', zh: '网页工具栏', en: 'page toolbar' },
  // The site's name at the end of the header's toolbar (简体 繁體 无障碍阅读 长者模式 甘肃政府服务网-秦安), right after one of its words: chrome only beside them.
  { key: '(?<=(?:模式|浏览|阅读|简体|繁体|版|English|[|│·]))[\\u4e00-\\u9fff]{2,12}(?:政府服务网|政务服务网|门户网站|政府网)', value: /^(?:-[\u4e00-\u9fff]{2,10})?$/, tier: 'support', zh: '网站名称', en: 'site name' },
  { key: '(?:通讯地址|地址|邮政编码|邮编|联系电话|电话|传真|电子邮箱|邮箱|E-?mail):', value: ANY_LINE, tier: 'filler', zh: '联系信息', en: 'contact details' },
];

const KEYS = new RegExp(ITEMS.map((i) => `(${i.key})`).join('|'), 'gi');
/** Separators between items: pipes, dots, slashes, brackets (a toolbar's 【 left open: 【打印此页】 【关闭) and dashes. */
const SEPARATOR = '|丨·•/\\\\,，、;；\\-—_~[\\]()（）【】';
const ONLY_SEPARATORS = new RegExp(`^[${SEPARATOR}]*$`);
const TRAILING_SEPARATORS = new RegExp(`[${SEPARATOR}]+$`);
const LEADING_SEPARATORS = new RegExp(`^[${SEPARATOR}]*`);
/** KEYS tried at one position. */
const KEY_AT = new RegExp(KEYS.source, 'iy');

/**
 * Whether the first item of the line starts within the separators that open it (what classifyItems
 * requires), tried at those positions only: most lines are prose, and scanning them whole for
 * items that could not count was the cost of this reader.
 */
function opensWithItem(norm: string): boolean {
  const lead = LEADING_SEPARATORS.exec(norm)![0].length;
  for (let at = 0; at <= lead; at++) {
    KEY_AT.lastIndex = at;
    if (KEY_AT.test(norm)) return true;
  }
  return false;
}

export interface ChromeLine {
  tier: Exclude<ChromeTier, 'filler'>;
  /** The most telling item of the line, for messages. */
  zh: string;
  en: string;
  /** Something in the line the author may want (a date, the title): its deletion is not safe. */
  keep?: { zh: string; en: string };
  /** A bare file-name line: artifact-ocr reports it at the very top or bottom of the text. */
  fileName?: true;
  /** A line of the page's metadata table: a supporting one counts only beside a strong one of these. */
  pageMeta?: true;
  /** A strong label of that table alone on its line, its value left empty (索 引 号, 发布机构): two in a block make it metadata. */
  bareLabel?: true;
}

const RANK: Record<ChromeTier, number> = { filler: 0, support: 1, weak: 2, meta: 3, strong: 4 };

/**
 * The line read as chrome, or null when any of it is report text. Lines of a page's metadata
 * table (索引号, 发布机构, 成文日期 …) count as chrome too (artifacts-meta.ts).
 */
export function classifyChrome(lineText: string): ChromeLine | null {
  // A pure function of the line: remembered for lines up to CHROME_MEMO_KEY_MAX (the same
  // template sentences, headings and page footers recur across the drafts of a batch).
  if (lineText.length > CHROME_MEMO_KEY_MAX) return classifyChromeLine(lineText);
  let c = chromeMemo.get(lineText);
  if (c === undefined) {
    c = classifyChromeLine(lineText);
    // Its own copy of the line: a slice would keep the whole draft alive.
    chromeMemo.set(ownString(lineText), c);
  }
  return c === null ? null : { ...c };
}

const CHROME_MEMO_KEY_MAX = 240;
/**
 * Two generations of 5,000 lines (at most 10,000, as many as the map cleared when full that it
 * replaces): the bench corpus's 150,216 look-ups, 34,479 distinct lines, missed 43,418 times with
 * that map, 39,605 times with this one.
 */
const chromeMemo = new GenerationMap<ChromeLine | null>(5000);

function classifyChromeLine(lineText: string): ChromeLine | null {
  const item = classifyItems(lineText);
  // A publishing line that is also a line of the page's metadata table (发布机构: 示例镇 生成日期:):
  // read as the table's, so that the block around it counts as the page's metadata.
  if (item?.tier === 'meta') {
    const meta = classifyPageMeta(lineText);
    if (meta?.tier === 'strong') return meta;
  }
  return item ?? classifyDebris(lineText) ?? classifyPageMeta(lineText) ?? classifyPath(lineText);
}

/** 文昌市水务局 > 信息公开 > 政府信息公开年报: a breadcrumb without 首页, short segments joined by >. */
const PATH = /^[^>。，,；;：:！!？?]{2,20}(?:>[^>。，,；;：:！!？?]{2,20}){2,5}$/;
const PATH_WORD = /公开|政务|年报|栏目|专栏|信息/;

function classifyPath(lineText: string): ChromeLine | null {
  if (lineText.length > 160 || !lineText.includes('>')) return null;
  const norm = normalize(lineText);
  if (!PATH.test(norm) || !norm.split('>').slice(1).some((seg) => PATH_WORD.test(seg))) return null;
  return { tier: 'weak', zh: '导航路径', en: 'breadcrumb' };
}

function classifyItems(lineText: string): ChromeLine | null {
  // Chrome is short; a paragraph is not worth normalising (this runs on every line, every keystroke).
  if (lineText.length > 240) return null;
  // (A capital I between spaces stands for a bar: 无障碍 I 繁体中文.)
  // (Question marks around a breadcrumb's arrows are its spaces lost in a charset conversion: 首页?>?政务公开.)
  const folded = normalize(lineText.includes(' I ') ? lineText.replace(/ I (?=\S)/g, ' | ') : lineText);
  const norm = folded.includes('>') ? folded.replace(/\?+>\?*|>\?+/g, '>') : folded;
  if (!norm || norm.length > 160 || !opensWithItem(norm)) return null;
  const hits: { item: Item; start: number; end: number }[] = [];
  KEYS.lastIndex = 0;
  for (let m = KEYS.exec(norm); m; m = KEYS.exec(norm)) {
    const k = m.slice(1).findIndex((g) => g !== undefined);
    hits.push({ item: ITEMS[k], start: m.index, end: m.index + m[0].length });
  }
  if (!hits.length || !ONLY_SEPARATORS.test(norm.slice(0, hits[0].start))) return null;
  let best = hits[0].item;
  let nav = 0;
  let dated = false;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    // The value runs to the next item; separators between items belong to neither.
    const value = norm.slice(h.end, i + 1 < hits.length ? hits[i + 1].start : norm.length).replace(TRAILING_SEPARATORS, '');
    if (!h.item.value.test(value)) return null;
    if (h.item.nav) nav++;
    if (h.item.tier === 'meta' && value.replace(/^:/, '')) dated = true;
    if (RANK[h.item.tier] > RANK[best.tier]) best = h.item;
  }
  if (best.tier === 'filler') return null;
  // One navigation word alone may be a heading; a row of them is the site's footer menu.
  const tier = nav >= 2 ? 'strong' : best.tier;
  // A page header (发布日期, 来源) beside a stronger item: its date may still matter, as alone.
  const kept = hits.find((h) => h.item.keep)?.item.keep;
  if (kept) return { tier, zh: best.zh, en: best.en, keep: kept };
  const keep = dated && best.tier === 'strong' ? { zh: '其中的发布日期如需保留，请写入落款', en: 'move its date into the signature first if it matters' } : undefined;
  return { tier, zh: best.zh, en: best.en, ...(keep ? { keep } : {}) };
}
