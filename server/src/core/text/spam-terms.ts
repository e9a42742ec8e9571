// Gambling and porn spam terms planted in hacked pages and SEO spam (澳门皇冠, 真人娱乐, 百家乐 …),
// on normalised text. The artifact-spam rule reports them; format detection reads a title whose
// kind words a spam term replaced (2025年澳门赌场推荐工作年度报告) as the report it was.
/**
 * Spam terms, on normalised text (Simplified, half-width, no spaces). Words with an ordinary
 * sense in a report are left out or need a spam context: 娱乐城 alone may be a venue under
 * inspection, 电子游艺 a licensed arcade category, 彩金 a lottery prize.
 */
export const SPAM_TERMS: readonly string[] = [
  '澳门皇冠', '皇冠(?:娱乐|体育|现金|官网|网址|平台|足球(?:比分|投注|官网|网址|app)?)', '(?:澳门)?新葡京', '葡京(?:娱乐|赌场|官网)', '威尼斯人(?:娱乐|赌场|官网)',
  '太阳城(?:娱乐|官网)', '金沙(?:娱乐|赌场|官网)', '银河(?:娱乐|赌场)', '永利(?:娱乐|赌场)',
  '真人(?:娱乐|视讯|荷官|百家乐|棋牌|赌场)', '百家乐', '(?:线上|网上|在线|澳门)娱乐城', '娱乐城(?:官网|网址|注册|开户|平台)',
  '(?:线上|网上|在线|网络)(?:赌场|博彩|投注)', '(?:体育|足球|篮球)投注', '赌球', '时时彩', '(?:北京)?赛车pk10', '幸运飞艇', '老虎机',
  '(?:注册|开户|首存)(?:即|就)?送(?:\\d+元?|彩金)', '六合彩', '(?<!福利|体育)彩票网', '博彩', '赌场',
  '色情(?:网站|视频|电影|图片|小说|直播)', '成人(?:电影|视频|网站|影院|直播)', '黄色(?:网站|视频)', '一夜情', '约炮', '裸聊',
  '无码(?:视频|高清|专区)', 'AV(?:女优|在线)',
  // Porn SEO titles planted as a hacked mirror's site name (亚洲av无码专区国产不卡, 精产国品一二三产区, 一区二区在线观看).
  '(?:亚洲|欧美|日韩|国产)av', '精产国品', '国产不卡', '(?:一区二区|二区三区)(?:三区)?在线观看',
  // Betting-site SEO phrases planted in hacked pages (伟德app官网下载苹果版安装).
  '伟德(?=app|国际|体育|娱乐|官网|平台|手机版)(?:app|国际|体育|娱乐|平台|手机版)?(?:官网)?(?:下载)?(?:(?:苹果|安卓)版)?(?:安装)?', 'app官网下载(?:苹果|安卓)版(?:安装)?',
  // A live-score betting phrase swapped into a hacked page's text (《即时比分公报》 for the 公报).
  '即时比分',
  // Lottery-tip SEO titles planted in hacked pages (香港免费图库资料大全, 新澳门开奖结果).
  '(?:香港|澳门|新澳门?)(?:免费|正版|最准|最快|精准)?(?:图库|资料大全|开奖(?:结果|记录|直播|现场))', '管家婆(?:一肖|一码|彩图|资料)',
  // Betting brands in Latin letters and digits (BET3365, bet365, 188BET), whole tokens only.
  '(?<![a-z0-9])(?:bet\\d{3,4}|\\d{3,4}bet)(?![a-z0-9])', '(?<![\\d.])365(?:体育|娱乐|彩票|投注)', '威尼斯人(?![居口民文工])',
  // Betting and lottery brands planted as a site name or SEO line (彩天下 on a line of its own, 大发快三, 亚博体育).
  '彩天下(?:官网|平台|app|注册|娱乐|彩票)?', '大发(?:快三|快3|时时彩|彩票|娱乐)', '(?:分分|极速|腾讯分分)(?:彩|快三|赛车)',
  '必赢(?:亚洲|国际|娱乐|官网)', '亚博(?:体育|娱乐|官网)', '开元棋牌', '乐鱼(?:体育|官网)', '开云(?:手机)?(?:体育|官网|app)', '九游会', '彩神争霸',
  // A betting brand in Latin letters before a site word (uedbet体育, uedbet官网, betway娱乐).
  '(?<![a-z0-9])[a-z0-9]{0,12}bet[a-z0-9]{0,12}(?:体育|官网|娱乐|平台|注册|下载)',
  // Betting brands swapped into a hacked page's text (《沙巴体育娱乐场,中国足彩在线印发…的通知》).
  // A lottery site's name swapped in for the place name by a hacked mirror (本报告由中国体彩网,体彩网交通运输局
  // 办公室……编制): the name before a comma or an organ, never a report's mention of the site (在中国体彩网公布).
  '(?:中国)?体彩网(?=[,，]|[\u4e00-\u9fff]{0,8}?(?:局|委员会|厅|人民政府|办公室|经济社会))',
  '沙巴体育(?:娱乐场|官网|app)?', '(?:体育|真人|在线|线上|网上|网络)娱乐场', '足彩(?:在线|网|官网|app|投注)', 'manbetx',
  // A football-betting phrase or brand swapped in for 关于 or a place name (《…办公室欧洲五大联赛:印发…的通知》,
  // 视察欧洲五大联赛重要讲话, 《国务院办公厅买足球的软件印发…》, 年度报告-pa凯发国际登录).
  '欧洲五大联赛', '买(?:足球|球)的(?:软件|app|网站)', '凯发(?:k8|国际|娱乐|体育|官网|app|平台)(?:登录|官网)?', '申博(?:sunbet|官网|信用网|娱乐|太阳城)',
  // A football-betting or casino name swapped in for 关于 by a hacked mirror (省委、省政府欧洲杯足球网:推进政务公开……,
  // 《国务院办公厅……澳门金沙城中心:印发……的通知》); 欧洲杯 alone is the tournament.
  '(?:欧洲杯|世界杯)(?:足球网|买球|投注|下注|竞猜|决赛竞猜)', '澳门金沙(?:城中心|城|娱乐|官网|赌场)?',
  // A live-score betting brand swapped in for 关于 (《…人民政府办公室雷速体育直播印发…的通知》).
  '雷速(?:体育|比分)(?:直播|官网|app)?',
  // The same with a generic live-score phrase, twice over (《国务院办公厅比分直播,篮球比分直播印发…的通知》, harvest oY).
  '(?:篮球|足球|nba)?比分直播',
  // Porn SEO strings planted above a hacked page (国内外精品一区二区三区, 99精品免费久久久久久久久, 国产**v毛片).
  '精品一区二区(?:三区)?', '国产精品(?:视频|一区|久久|免费|自拍)', '久{3,}(?:精品)?', '久久精品', '(?:日韩|欧美)(?:精品|久久)', '国产va', '毛片',
  // A porn live-stream brand swapped in for 政务 by a hacked mirror (扎实推进海棠直播公开各项工作).
  '海棠直播',
  // A 棋牌 (card-game) brand swapped in for 关于 or a place name by a hijacked mirror (《市政府办公室新天地棋牌做好…的通知》,
  // 2019年度新天地棋牌彭山区民政局, harvest pX): the brand before what it replaced; 棋牌室, 棋牌活动 are words of a report.
  '[\\u4e00-\\u9fff]{2,3}棋牌(?=做好|印发|开展|推进|加强|进一步|人民政府|(?:19|20)\\d{2}年|[\\u4e00-\\u9fff]{1,3}(?:区|县|市|镇|乡)(?:人民政府|[\\u4e00-\\u9fff]{0,4}局))',
  // A casino brand planted as a hijacked mirror's site name and in place of 门户网站 (…年度报告-尊龙网平台,
  // 在新区尊龙ag旗舰厅官网开设……栏目); AG 旗舰厅 is a live-casino room.
  '尊龙(?=凯时|国际|ag|网|平台|官网|娱乐|体育|app|旗舰厅)(?:凯时|国际)?(?:ag)?(?:旗舰厅)?(?:网平台|官网|网|平台|娱乐|体育|app)?', '(?<![a-z0-9])ag(?:旗舰厅|真人|视讯|亚游)',
  // A casino brand planted as a hijacked mirror's site name above the title (钱柜登陆,钱柜入口); 钱柜 alone is a
  // cash box or a karaoke chain, so only with a site word after it.
  '钱柜(?:登陆|登录|入口|官网|平台|注册|开户|app|国际|游戏|\\d{3,4})',
  '(?:亚博|开云|九游|必威|万博|乐鱼|半岛|爱游戏|米乐|明升|德赢)(?:体育|娱乐|官网|app)', '(?<![a-z0-9])vwin(?![a-z0-9])', '(?<![a-z0-9])beat365(?![a-z0-9])', '华体会', '(?<![a-z0-9])[a-z0-9]{0,12}bet[a-z0-9]{0,12}国际(?:平台|集团|娱乐|官网|体育)', '(?<![a-z0-9])hth(?:在线|体育|娱乐|官网|app|登录)+', '金宝博', '博天堂', '新濠天地', '威廉希尔',
  // A betting site's SEO name spliced into a hacked mirror's text whatever its brand: a gambling word and a site word
  // joined by _ or $ (申博体育_bob电竞app-在线*官网, 365bet网上娱乐_365BETAPP官网), with the brand of two Han
  // characters or Latin letters before it and the site words after (-在线*官网): report prose never links words by _.
  '(?:(?<![a-z0-9])[a-z0-9]{2,12}|[\u4e00-\u9fff]{2})?(?:体育|电竞|娱乐|棋牌|彩票)(?:app|官网|平台)?[_$]+[\u4e00-\u9fffa-z0-9]{0,10}?(?:体育|电竞|娱乐|棋牌|彩票|app|官网|平台|登录|注册|下载)(?:app|官网|平台|登录|注册|下载)*(?:[-*]+(?:在线|官网|官方|平台|登录|入口|下载|app)+)*',
  '(?<![a-z0-9])bob(?:电竞|体育|综合|娱乐|官网|app)',
  // Casino brands a hijacked mirror appends to a report's title after a hyphen (…建设工作情况的报告-和记娱乐国际) or
  // splices into a sentence for 关于 (省州市委三升体育平台法治政府建设的决策部署), harvest qD; 和记 alone is a company name.
  '和记(?:娱乐|体育|官网|平台|app)(?:国际|官网|平台|app)?', '三升体育(?:平台|官网|app)?',
];
/** A fresh global, case-insensitive pattern of every spam term. */
export function spamPattern(): RegExp {
  return new RegExp(SPAM_TERMS.join('|'), 'gi');
}
