// Plausible report prose for generated drafts. Numbers stated here either come from the
// tables (and agree with them) or are figures the tables do not hold (web posts, hotline
// calls). Pre-2019 disposition names appear only in gov-info-2008 drafts, where they are
// the norm; 不予公开 is never written next to 重复申请/信访/举报/投诉/公开出版物.
import type { Rng } from './rng';

export interface ProseContext {
  rng: Rng;
  year: number;
  /** The area or unit as it speaks of itself: 临江区, 市教育局. */
  area: string;
  /** 我区, 我局 … */
  we: string;
  /** Totals from table 三 and 四 (total column), when the format has them. */
  apps?: { received: number; carried: number; open: number; partial: number; next: number; unpaid?: number };
  review?: { reconsideration: number; litigation: number };
}

const pick = <T>(c: ProseContext, xs: readonly T[]): T => c.rng.pick(xs);
const n = (c: ProseContext, lo: number, hi: number): number => c.rng.int(lo, hi);

/** Two to four sentences drawn from a pool, in pool order. */
function some(c: ProseContext, pool: string[], lo = 2, hi = 4): string {
  const k = Math.min(pool.length, n(c, lo, hi));
  const chosen = new Set(c.rng.sample(pool.map((_, i) => i), k));
  return pool.filter((_, i) => chosen.has(i)).join('');
}

/** The points kept by some() numbered again in order (一是…三是 would be a slip: text-enumeration). */
function renumber(): () => string {
  let k = 0;
  return () => `${'一二三四五六七八九'[k++]}是`;
}

export function opening(c: ProseContext, withYear: boolean, family: 'gov-info' | 'rule-of-law' = 'gov-info'): string {
  if (family === 'rule-of-law') {
    return `${withYear ? `${c.year}年，` : ''}${c.we}在上级党委、政府的坚强领导下，坚持依法行政，加快建设职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府。`;
  }
  const head = withYear
    ? `${c.year}年，${c.we}坚持以习近平新时代中国特色社会主义思想为指导，`
    : `${c.we === '我区' || c.we === '我县' || c.we === '我市' ? '本级政府' : '本机关'}坚持以习近平新时代中国特色社会主义思想为指导，`;
  return head + pick(c, [
    '认真贯彻落实《中华人民共和国政府信息公开条例》和上级关于政务公开工作的部署要求，全面推进决策、执行、管理、服务、结果“五公开”，政府信息公开工作取得了新的进展。',
    '紧紧围绕中心工作，以公开促落实、以公开促规范、以公开促服务，持续提升政务公开质量和实效。',
    '坚持“以公开为常态、不公开为例外”，不断拓展公开渠道，规范公开内容，各项工作有序推进。',
  ]);
}

export function compiledBy(c: ProseContext): string {
  return `本报告根据《中华人民共和国政府信息公开条例》第五十条规定编制，所列数据的统计期限自${c.year}年1月1日起至${c.year}年12月31日止。本报告电子版可在${c.area}人民政府门户网站下载。`;
}

/** Section 一 of a gov-info report: run-in sub-items （一）… */
export function general(c: ProseContext): string[] {
  const a = c.apps;
  // The parts listed after 其中 never exceed the total (text-sum); the draws keep their order.
  const posted = n(c, 300, 9000);
  const policy = n(c, 10, 200);
  const news = n(c, 100, 3000);
  const channels = some(c, [
    `其中政策文件${policy}条，工作动态${news}条，`,
    `通过政务新媒体发布信息${n(c, 100, 4000)}条，`,
    `举办新闻发布会${n(c, 1, 30)}场，`,
  ], 1, 3);
  const items: string[] = [
    `（一）主动公开。全年通过门户网站发布各类政府信息${channels.startsWith('其中') && policy + news > posted ? posted + policy + news : posted}条，${channels}重点领域信息公开做到应公开尽公开。`,
    a
      ? `（二）依申请公开。${c.year}年共收到政府信息公开申请${a.received}件，上年结转${a.carried}件。${
        a.received + a.carried > 0
          ? `其中予以公开${a.open}件，部分公开${a.partial}件，结转下年度继续办理${a.next}件，其余均依法作出答复。`
          : '全年未发生依申请公开事项。'}${pick(c, ['所有申请均在法定期限内答复。', '答复文书统一使用规范文本，做到依法依规、程序严密。', ''])}`
      : '（二）依申请公开。进一步规范受理、登记、办理、答复等环节，畅通申请渠道。',
    `（三）政府信息管理。${some(c, [
      '严格落实公文类信息公开属性源头认定机制，',
      '建立健全信息发布协调和保密审查制度，坚持“先审查、后公开”，',
      `对现行有效的行政规范性文件进行集中清理，`,
      '及时调整更新政府信息公开指南和目录，',
    ])}确保公开信息准确规范。`,
    `（四）平台建设。${some(c, [
      `持续优化门户网站栏目设置，全年网站访问量约${n(c, 10, 900)}万人次，`,
      '加强政务新媒体管理，实行信息发布“三审三校”，',
      `整合12345政务服务便民热线，全年受理群众诉求${n(c, 1000, 90000)}件，`,
      '推进政务服务事项“一网通办”，',
    ])}提升公开平台的集约化水平。`,
    `（五）监督保障。${some(c, [
      '将政务公开工作纳入年度绩效考核，',
      `组织开展政务公开业务培训${n(c, 1, 12)}场次，`,
      '主动接受社会评议和群众监督，',
      '全年未发生因政务公开工作不到位被追究责任的情况，',
    ])}工作机制不断完善。`,
  ];
  return c.rng.chance(0.3) ? items.slice(0, 4).concat(items[4]) : items;
}

export function activeLead(c: ProseContext): string {
  return pick(c, [`${c.year}年度主动公开政府信息情况统计如下：`, '主动公开政府信息情况统计如下：', `${c.we}按照有关规定公开下列信息：`]);
}

export function applicationsLead(c: ProseContext): string {
  return pick(c, ['收到和处理政府信息公开申请情况统计如下：', `${c.year}年度依申请公开工作情况统计如下：`]);
}

export function reviewLead(c: ProseContext): string {
  const r = c.review;
  if (r && r.reconsideration + r.litigation === 0) return `${c.year}年，${c.we}未发生因政府信息公开引起的行政复议、行政诉讼案件。`;
  if (r) return `${c.year}年，${c.we}共发生政府信息公开行政复议案件${r.reconsideration}件、行政诉讼案件${r.litigation}件，具体情况如下：`;
  return '行政复议、行政诉讼情况统计如下：';
}

export function problems(c: ProseContext): string[] {
  return [
    `${pick(c, ['一年来，', `${c.year}年，`, ''])}${c.we}政府信息公开工作虽然取得了一定成效，但仍存在一些不足：${some(c, [
      '一是公开内容的全面性和及时性有待提高；',
      '二是政策解读形式较为单一，图解、视频等解读方式运用不够；',
      '三是基层工作人员业务能力参差不齐；',
      '四是依申请公开答复的规范化水平还需提升；',
    ]).replace(/[一二三四]是/g, renumber())}`.replace(/；$/, '。'),
    `针对上述问题，${c.we}将${some(c, [
      '进一步加强组织领导，压实工作责任；',
      '加大政策解读力度，丰富解读形式，提高解读质量；',
      '定期组织业务培训，提升工作人员能力水平；',
      '严格规范依申请公开办理程序，做到依法答复；',
    ])}`.replace(/；$/, '。') + pick(c, ['上一年度发现的问题已全部整改到位。', '对上一年度报告中提出的问题，已逐项落实整改。', '']),
  ];
}

/** Section 六. The fee notices stated are at least those table 三 counts as unpaid (逾期未按收费通知要求缴纳费用). */
export function other(c: ProseContext, feeSentence: boolean): string[] {
  const out: string[] = [];
  if (feeSentence) {
    out.push(pick(c, [
      `${c.year}年，${c.we}未收取信息处理费。`,
      `依据《政府信息公开信息处理费管理办法》，${c.year}年${c.we}发出收费通知${c.apps?.unpaid ?? 0}件，收取信息处理费0元。`,
      `${c.year}年度未发生收取信息处理费的情况。`,
    ]));
  }
  out.push(pick(c, [
    `${c.year}年，${c.we}共承办人大代表建议${n(c, 1, 60)}件、政协委员提案${n(c, 1, 60)}件，办理复文已按规定公开。`,
    '本年度政务公开工作要点各项任务均已落实。',
    '无其他需要报告的事项。',
  ]));
  return out;
}

// ---- formats checked by meaning (gov-info-2008, rule-of-law) ----------------------------

/** Paragraph pools by content item id. Pre-2019 disposition names are normal in 2008 reports. */
export function meaningItem(c: ProseContext, kind: 'gov-info-2008' | 'rule-of-law', itemId: string): string[] {
  const y = c.year;
  const pools: Record<string, string[]> = kind === 'gov-info-2008' ? {
    active: [`${y}年，${c.we}主动公开政府信息${n(c, 200, 5000)}条，其中机构职能类信息${n(c, 5, 80)}条，规范性文件${n(c, 1, 40)}条。`,
      '公开形式以政府网站为主，同时通过公开栏、档案馆、图书馆等场所提供查阅。'],
    applications: [((total: number, agreed: number, none: number, notOurs: number) =>
      `全年共受理政府信息依申请公开${Math.max(total, agreed + none + notOurs)}件，其中同意公开${agreed}件，信息不存在${none}件，非本机关政府信息${notOurs}件。`)(
      n(c, 1, 60), n(c, 1, 20), n(c, 0, 5), n(c, 0, 5)),
      '所有申请均在规定期限内答复。'],
    fees: ['本年度未向申请人收取检索费、复制费、邮寄费等费用，也未发生减免情况。'],
    review: [`${y}年度，${c.we}未发生因政府信息公开引起的行政复议案件和行政诉讼案件。`],
    problems: ['当前工作中还存在一些问题，主要是信息更新不够及时、公开形式较为单一。', `下一年度，${c.we}将着力加以改进，进一步完善工作机制。`],
    other: ['无其他需要报告的事项。'],
  } : {
    measures: [`${y}年，${c.we}深入学习贯彻习近平法治思想，全面落实法治政府建设实施纲要，主要做法如下。`,
      `一是深化“放管服”改革，全年取消和下放行政审批事项${n(c, 1, 30)}项；二是严格落实重大行政决策程序，组织合法性审查${n(c, 10, 300)}件；三是规范行政执法行为，全面推行行政执法“三项制度”。`,
      `全年办理行政复议案件${n(c, 1, 200)}件，行政机关负责人出庭应诉率达到100%。`],
    shortcomings: ['对照上级要求，仍然存在一些不足：基层执法人员专业素质有待提升，运用法治思维和法治方式解决问题的能力还需加强。',
      '究其原因，主要是法治宣传教育的针对性不强，培训考核机制还不够健全。'],
    leaders: ['党政主要负责人认真履行推进法治建设第一责任人职责，将法治政府建设纳入年度工作要点统一部署，定期听取专题汇报。',
      `全年召开常务会议专题学法${n(c, 2, 12)}次。`],
    plans: [`${y + 1}年，${c.we}将以更高标准推进依法行政：一是健全依法决策机制；二是深化行政执法体制改革；三是加强法治队伍建设。`,
      '同时持续开展法治宣传教育，营造尊法学法守法用法的良好氛围。'],
    other: ['无其他需要报告的情况。'],
  };
  return pools[itemId] ?? ['各项工作有序推进。'];
}
