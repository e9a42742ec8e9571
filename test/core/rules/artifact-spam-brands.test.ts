// artifact-spam: betting brands swapped into the words of a cited notice on hacked mirror pages
// (《沙巴体育娱乐场,某某足彩在线印发中华人民共和国政府信息公开工作年度报告格式的通知》).
// Enforcement prose about the same words stays silent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, lintAnalysis, RULES } from '../../../server/src/core';
import { artifactSpam } from '../../../server/src/core/rules/artifact-spam';
import { buildDraft, findings, lineOf, where } from './build';

const RULE = 'artifact-spam';
const lintWith = (text: string) => lintAnalysis(analyze(text), [...RULES.filter((r) => r.id !== RULE), artifactSpam]);
const found = (text: string) => findings(text, RULE, lintWith(text));
const ANCHOR = '上年结转1件。';
const withProse = (sentence: string) => buildDraft().replace(ANCHOR, ANCHOR + sentence);

test('betting brands in a cited notice title are spam', () => {
  const sentence = '我局认真贯彻《沙巴体育娱乐场,某某足彩在线印发中华人民共和国政府信息公开工作年度报告格式的通知》等文件要求。';
  const text = withProse(sentence);
  const fs = found(text);
  assert.deepEqual(fs.map((f) => where(text, f)), [
    { line: lineOf(text, sentence), slice: '沙巴体育娱乐场' },
    { line: lineOf(text, sentence), slice: '足彩在线' },
  ]);
  assert.equal(fs[0].severity, 'error');
});

test('other betting brands; enforcement prose is left alone', () => {
  assert.equal(found(withProse('详见亚博体育官网及华体会平台。')).length, 2);
  // A mirror site's brand swapped in for the office's name (按照……及hth在线官网 办有关工作要求).
  assert.equal(found(withProse('严格按照《条例》及hth在线官网 办有关工作要求。')).length, 1);
  assert.deepEqual(found(withProse('详见http://www.hthx.gov.cn/官网。')), []);
  // 《ibet国际平台,ibet国际集团印发<…年度报告格式>的通知》: two brand phrases.
  assert.equal(found(withProse('根据《ibet国际平台,ibet国际集团印发<中华人民共和国政府信息公开工作年度报告格式>的通知》要求。')).length, 2);
  assert.deepEqual(found(withProse('全年查处网络娱乐场赌博案件3起,打击足彩网非法投注。')), []);
  assert.deepEqual(found(withProse('举办全民健身体育娱乐活动12场。')), []);
});

test('a lottery site\'s name swapped in for the place name (中国体彩网,体彩网交通运输局)', () => {
  const sentence = '本报告由中国体彩网,体彩网交通运输局办公室根据《条例》规定编制,为服务中国体彩网,体彩网经济社会发展作出贡献。';
  assert.equal(found(withProse(sentence)).length, 4);
  // A report naming the site where the sports lottery publishes its draws is no spam.
  assert.deepEqual(found(withProse('体育彩票开奖结果在中国体彩网及本局网站同步公布。')), []);
  assert.deepEqual(found(withProse('在中国体彩网公布全年销量。')), []);
});

// mB harvest (issue #12): a betting brand as a mirror page's site name on a line of its own
// (明升体育 above a 乡's report), and one swapped into an office's name (四川省德赢VWIN信息公开办公室).
test('明升体育 and 德赢 VWIN are betting brands; 明升 in a name or sentence is not', () => {
  const site = '明升体育\n' + buildDraft();
  assert.deepEqual(found(site).map((f) => where(site, f).slice), ['明升体育']);
  assert.equal(found(withProse('积极向四川省德赢VWIN信息公开办公室投稿。')).length, 1);
  assert.deepEqual(found(withProse('公开信息质量明升,群众满意度明显提高。')), []);
});

// mG harvest (issue #12): a football-betting phrase swapped in for 关于 and for the province's name
// (办公室欧洲五大联赛:印发…的通知, 视察欧洲五大联赛重要讲话), and a betting brand after a page title.
test('欧洲五大联赛, 买足球的软件 and 凯发国际 planted in a report are spam; 凯发 in a word is not', () => {
  const sentence = '根据《国务院办公厅政府信息与政务公开办公室欧洲五大联赛:印发<中华人民共和国政府信息公开工作年度报告格式>的通知》要求,深入贯彻落实视察欧洲五大联赛重要讲话精神。';
  const text = withProse(sentence);
  const fs = found(text);
  assert.deepEqual(fs.map((f) => where(text, f)), [
    { line: lineOf(text, sentence), slice: '欧洲五大联赛' },
    { line: lineOf(text, sentence), slice: '欧洲五大联赛' },
  ]);
  assert.equal(found(withProse('按照《国务院办公厅买足球的软件印发2014年政府信息公开工作要点的通知》要求。')).length, 1);
  const titled = '某市海关2020年政府信息公开工作年度报告-pa凯发国际登录\n' + buildDraft();
  assert.deepEqual(found(titled).map((f) => where(titled, f).slice), ['凯发国际登录']);
  assert.deepEqual(found(withProse('全年开展凯发区企业走访12次,收到申博士学位人员咨询3件。')), []);
});

// mG harvest: porn SEO titles as a hacked mirror's site name above a city's report.
test('porn SEO titles (亚洲av无码专区, 精产国品, 一区二区在线观看) are spam; 一区二区 in zoning prose is not', () => {
  const site = '某某影院,精产国品一二三产区入口网站,某某一区二区在线观看,亚洲av无码专区国产不卡顿\n' + buildDraft();
  assert.deepEqual(found(site).map((f) => where(site, f).slice), ['精产国品', '一区二区在线观看', '亚洲av无码专区国产不卡']);
  assert.deepEqual(found(withProse('按一区二区三区分区管控要求,国产设备采购12台。')), []);
});

// nG harvest (耿马 mirror): beat365手机版官方网站 swapped in for 政务公开 throughout the text.
test('beat365 swapped in for a phrase is spam; the digits alone are not', () => {
  assert.equal(found(withProse('完善beat365手机版官方网站制度规范,全县beat365手机版官方网站质量得到提升。')).length, 2);
  assert.deepEqual(found(withProse('全年办理事项365件,热线电话12345受理诉求。')), []);
});

// nN harvest (蚬冈镇 2025 on a hacked mirror): 政务公开 replaced by 海棠直播公开 throughout.
test('a live-stream brand swapped in for 政务 is spam; a court hearing streamed live is not', () => {
  const text = withProse('扎实推进海棠直播公开各项工作,规范海棠直播公开内容。');
  assert.deepEqual(found(text).map((f) => where(text, f).slice), ['海棠直播', '海棠直播']);
  assert.deepEqual(found(withProse('通过网络直播公开庭审3次,海棠花节活动信息公开5条。')), []);
});

test('betting brands as a hacked mirror\'s site name (oO/30, oO/31): 开云手机官网入口, 尊龙网平台, 尊龙ag旗舰厅', () => {
  const kaiyun = '开云手机官网入口·(中国)官方网站卫生健康局认真贯彻落实《条例》。';
  const text = withProse(kaiyun);
  assert.deepEqual(found(text).map((f) => where(text, f).slice), ['开云手机官网']);
  assert.equal(found(withProse('公开机构职能、尊龙ag旗舰厅的联系方式和领导班子成员。')).length, 1);
  assert.equal(found(withProse('本报告转载于兰州新区卫生健康委员会2020年政府信息公开工作年度报告-尊龙网平台。')).length, 1);
  // 开云 and 尊龙 as a place or a name are not.
  assert.deepEqual(found(withProse('开云街道办事处全年公开信息12条,尊龙村委会公开村务信息8条。')), []);
});

// oR harvest: a hijacked mirror of 兰州新区卫生健康委员会's page put the casino brand 尊龙 in the page title, the
// toolbar and the text (年度报告-尊龙网平台, 在新区尊龙ag旗舰厅官网开设……栏目); 应急管理部's copy swapped 必威体育官方网站
// in for 行业 in a list of document names whose last item is a 排查治理导则: an enforcement word that far off is no context.
test('尊龙 and AG 旗舰厅 are casino brands; an enforcement word far down the clause does not excuse a brand', () => {
  assert.equal(found(withProse('在新区尊龙ag旗舰厅官网开设了重大民生信息栏目。')).length, 1);
  const title = '某委2024年政府信息公开工作年度报告-尊龙网平台\n' + buildDraft();
  assert.deepEqual(found(title).map((f) => where(title, f).slice), ['尊龙网平台']);
  const list = '制定印发工贸必威体育官方网站 重大隐患判定标准、工贸企业有限空间作业安全规定、化工园区安全风险排查治理导则等文件。';
  assert.deepEqual(found(withProse(list)).map((f) => where(withProse(list), f).slice), ['必威体育']);
  // The same list with 行业 restored has nothing; enforcement close to a term still excuses it.
  assert.deepEqual(found(withProse(list.replace('必威体育官方网站 ', '行业'))), []);
  assert.deepEqual(found(withProse('全年查处必威体育等境外赌博网站链接5条。')), []);
  assert.deepEqual(found(withProse('尊龙社区居委会开展宣传活动。')), []);
});

// oW harvest: a hijacked mirror of 绍兴滨海新区's 2025 report put a casino's name (钱柜登陆,钱柜入口) as the page's
// first line, where the portal's name stood. 钱柜 alone is a cash box or a karaoke chain.
test('钱柜 with a site word is a casino brand; a cash box or a karaoke room is not', () => {
  const text = '钱柜登陆,钱柜入口\n' + buildDraft();
  assert.deepEqual(found(text).map((f) => where(text, f).slice), ['钱柜登陆', '钱柜入口']);
  assert.deepEqual(found(withProse('检查娱乐场所12家,其中钱柜KTV1家,收缴收费钱柜钥匙2把。')), []);
});

test('a 棋牌 brand swapped in for 关于 or before the organ is spam; 棋牌 in a report\'s own words is not', () => {
  const sentence = '根据《市政府办公室新天地棋牌做好2019年政府信息公开工作年度报告编制和公布工作的通知》,特向社会公布2019年度新天地棋牌某山区民政局机关政府信息公开年度报告。';
  const text = withProse(sentence);
  assert.deepEqual(found(text).map((f) => where(text, f).slice), ['新天地棋牌', '新天地棋牌']);
  for (const s of ['组织老年人棋牌、书画等活动12场。', '对辖区棋牌室开展消防检查。', '举办象棋棋牌比赛2次。']) {
    assert.deepEqual(found(withProse(s)), [], s);
  }
});
