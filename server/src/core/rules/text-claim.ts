// text-claim: a sweeping statement in the prose that the statutory table 三 contradicts.
// `所有申请均已办结` / `全部办结` / `均已按期答复` while 四、结转下年度继续办理 holds applications still
// open; `未收到政府信息公开申请` / `无依申请公开` while 一、本年新收 is above 0. Only sentences about
// this year's applications count: sentences on carried-over ones (上年结转的申请均已办结), other
// years, proposals, petitions, hotlines or review cases are left alone. 未发生行政复议 is
// text-table-mismatch's. Reported at info: the phrasing varies and the table may be the wrong part.
import type { Rule } from './rule';
import type { Analysis } from '../engine/lint';
import { cellInt, findRow } from '../model/table-facts';
import { prose, spanOf } from '../model/sentences';

/** All applications closed. */
const ALL_DONE = /(所有|全部|各项|各类)(的)?(政府信息公开|依申请公开|信息公开)?(的)?申请(事项|件)?(均|都|全部)?(已|已经)?(依法|按要求|按照要求|按时|按期|在法定期限内|在规定时限内|及时)*(办理完成|办理完毕|办结|答复完毕|予以答复|作出答复|答复)|申请[^。,;]{0,12}(均已|全部|均)(依法|按要求|按时|按期|在法定期限内|在规定时限内|及时)*(办结|办理完毕|办理完成|答复完毕|予以答复|作出答复|答复)|(全部|均已|均)(按时|按期|依法|及时)*办结/;
/** None received. */
const NONE = /(未|没有)(收到|接到|受理|接收)(任何|过)?((申请人|公民、?法人(或者?|和)其他组织)(提出|提交)?的)?(政府信息公开(的)?申请|信息公开(的)?申请|依申请公开(的)?(申请|事项)?(?![信工的])|申请)|无依申请公开(事项|申请|情况)?(?![工的])|依申请公开(申请)?(数量)?为(0|零)件?/;
/** 办结率100% (not 按期/按时办结率: those may be 100% with applications still open). */
const RATE_DONE = /(?<!按期|按时|及时|限时|当场|现场|网上|按规定)办结率(?:为|达|达到|是)?100(?:\.0+)?%/;
/** What a 办结率 sentence may speak of besides this year's applications (last year's carried over ones are
 *  part of what was handled); carried-forward ones named in it mean the author counts them apart. */
const RATE_OTHER = /去年|往年|以前年度|建议|提案|信访|投诉|举报|热线|留言|咨询|复议|诉讼|来信|来电|来访|事项|审批|许可|政务服务|12345|工单|信箱|结转(至|到)?下|转入下|继续办理|顺延|同比|较上年|比上年/;
/** A sentence about something other than this year's own applications. */
const OTHER = /结转|上年|上一年|去年|往年|以前年度|建议|提案|信访|投诉|举报|热线|留言|咨询|复议|诉讼|来信|来电|来访|事项办理|审批|许可|政务服务|12345/;

function rowTotal(a: Analysis, id: string): number | null {
  const t = a.report?.tables.get('applications');
  const row = t ? findRow(t, id) : undefined;
  return row ? cellInt(row.values.get('total')) : null;
}

export const textClaim: Rule = {
  id: 'text-claim',
  formats: { family: 'gov-info', since: 2019 },
  defaultSeverity: 'info',
  title: { zh: '正文概括与表格不符', en: 'Prose statement contradicts the table' },
  description: {
    zh: '正文中“所有申请均已办结”“全部办结”“均已按期答复”“办结率100%”之类的概括，而表三“四、结转下年度继续办理”大于 0（仍有申请未办结）；或写“未收到政府信息公开申请”“无依申请公开”，而表三“一、本年新收政府信息公开申请数量”大于 0。'
      + '错误示例：“全年所有申请均已按要求办理完成。”（表三结转下年度 3 件）；正确示例：“除 3 件结转下年度继续办理外，其余申请均已按期答复。”'
      + '谈上年结转申请、其他年份、建议提案、信访投诉、复议诉讼的句子不作判断；“未发生行政复议、行政诉讼”由 text-table-mismatch 检查。'
      + '默认为提示：概括性说法的措辞多样，也可能是表格填错。依据：《政府信息公开条例》第五十条要求年度报告如实反映工作情况。',
    en: 'A sweeping statement such as 所有申请均已办结 / 全部办结 / 均已按期答复 / 办结率100% (not 按期办结率) while table 3 row 四、结转下年度继续办理 is above 0 (applications remain open); or 未收到政府信息公开申请 / 无依申请公开 while row 一、本年新收 is above 0. '
      + 'Wrong: “全年所有申请均已按要求办理完成。” with 3 applications carried over; right: “除 3 件结转下年度继续办理外，其余申请均已按期答复。” '
      + 'Sentences about carried-over applications, other years, proposals, petitions or review cases are not judged; 未发生行政复议、行政诉讼 is text-table-mismatch\'s. '
      + 'Info by default: such phrasing varies, and the table may be the wrong part. Basis: Art. 50 of the Regulations requires the annual report to state the work truthfully.',
  },
  basis: '《中华人民共和国政府信息公开条例》第五十条',
  check(ctx) {
    const a = ctx.analysis;
    if (!a.report?.tables.get('applications')) return;
    const next = rowTotal(a, 'next');
    const received = rowTotal(a, 'new');
    if (!(next !== null && next > 0) && !(received !== null && received > 0)) return;
    for (const s of prose(a).sentences) {
      // 收到申请16件，办结率100%: every application closed, while table 三 carries some over.
      const rate = next !== null && next > 0 && /申请/.test(s.text) && /政府信息|信息公开|依申请/.test(s.text) && !RATE_OTHER.test(s.text) ? RATE_DONE.exec(s.text) : null;
      if (rate && ![...s.text.matchAll(/((?:19|20)\d{2})年/g)].some((m) => a.doc.year !== null && Number(m[1]) !== a.doc.year)) {
        const sp = spanOf(a, s.ns + rate.index, s.ns + rate.index + rate[0].length);
        ctx.report({ ...sp,
          message: `正文称办结率 100%，但表三“四、结转下年度继续办理”为 ${next} 件`,
          messageEn: `The text states a 100% closing rate, but table 3 carries ${next} over to next year` });
        continue;
      }
      if (OTHER.test(s.text) || !/申请/.test(s.text)) continue;
      // Another year named (2022年未收到申请): not this report's figures.
      if ([...s.text.matchAll(/((?:19|20)\d{2})年/g)].some((m) => a.doc.year !== null && Number(m[1]) !== a.doc.year)) continue;
      // 除3件…外 / 其余 / 绝大部分: the author already allows for the open ones.
      const done = next !== null && next > 0 && !/除|其余|其他|以外|之外|外,|大部分|大多数|绝大多数|\d+件/.test(s.text) ? ALL_DONE.exec(s.text) : null;
      if (done) {
        const sp = spanOf(a, s.ns + done.index, s.ns + done.index + done[0].length);
        ctx.report({ ...sp,
          message: `正文称申请已全部办结/答复，但表三“四、结转下年度继续办理”为 ${next} 件`,
          messageEn: `The text says every application was closed, but table 3 carries ${next} over to next year` });
        continue;
      }
      const none = received !== null && received > 0 && !/\d/.test(s.text.replace(/(19|20)\d{2}年度?/g, '')) ? NONE.exec(s.text) : null;
      if (none) {
        const sp = spanOf(a, s.ns + none.index, s.ns + none.index + none[0].length);
        ctx.report({ ...sp,
          message: `正文称未收到政府信息公开申请，但表三“一、本年新收政府信息公开申请数量”为 ${received} 件`,
          messageEn: `The text says no application was received, but table 3 row 一 (received this year) is ${received}` });
      }
    }
  },
};
