// Leftover template text and blanks left for a figure: fill-in instructions（在此填写…）, the template's
// guidance on a line of its own (编写说明：…),
// XX/××/＊＊ standing for a name or a number (XX局, 20XX年), a count with its number missing
// (累计发布   条, 共受理____件), empty brackets （）, and (略) standing for omitted content.
// A proofreading check: the published report must state its figures (《政府信息公开条例》第五十条
// asks the annual report to state them). Precision first: only prose lines (not table rows, not
// lines laid out like a spaced table), and only shapes that never occur in finished text.
import type { Rule } from './rule';
import { eachProofLine, looksSpaced, quote } from '../model/proof-lines';
import { toSimplified } from '../text/normalize';

type Kind = 'instruction' | 'guidance' | 'typeset' | 'xx' | 'times' | 'blank' | 'gap' | 'brackets' | 'omitted' | 'field' | 'period';

/** The fields of a report's contact sentence (请与…联系（地址：…，邮编：…，电话：…）, （网址：…）). */
const CONTACT = '(?:通讯地址|地址|邮政编码|邮编|联系电话|电话|传真|电子邮箱|电子邮件|电子信箱|邮箱|联系人|网址|网站)';

/** Count units after which a number is expected. */
const UNIT = '(?:人次|件次|场次|万元|亿元|件|条|项|个|次|家|份|篇|起|名|元|%|％|场|期|批|户|宗)';
/** Verbs that take a count. */
const VERB = '(?:发布|公开|受理|办理|收到|答复|办结|接收|处理|新增|制定|出台|举办|召开|组织|发出|收取|印发|公布|更新|回复|接待|培训|达到|达)';
/** What may follow a count: punctuation, the end, or a word that goes on the sentence. */
const AFTER_COUNT = '(?=$|[，,。；;、：:）)\\s“"（(]|信息|申请|政府|政策|文件|的|其中|同比|较|比)';

/** Each pattern, with (`needs`) a character every one of its matches holds, where that saves a scan of the line. */
const PATTERNS: { kind: Kind; re: RegExp; needs?: RegExp }[] = [
  // （在此填写…）/【请填写…】/（此处插入表格）/（填写…）: brackets holding an instruction to the
  // writer — addressed to the writer (请, 在此, 此处) or opening with 填写/插入; a bare 补充 is the
  // report's own word (（含1件经复核后补充公开）).
  {
    kind: 'instruction',
    re: /[（(【\[〔](?:(?:[请請]|在此|此[处處]|此[栏欄]|[这這]裡|[这這]里|此[项項])[^（()）【】\[\]〔〕\n:：]{0,10}?(?:填[写寫入报報]|插入|[补補]充|列明|[注註]明|添加|[输輸]入)|填[写寫入报報]|插入)[^（()）【】\[\]〔〕\n:：]{0,30}[）)】\]〕]/g,
  },
  // 编写说明：可先适当综述。要注意数据间的逻辑关系…: the template's guidance to the writer, a line of
  // its own that opens with its label (a report never labels its own text so).
  { kind: 'guidance', re: /^[ \t\u3000]*(?:编写|填写|填报|撰写)(?:说明|提示)[:：].+$/g },
  // 一、总体情况（宋体加粗小四号字）/（仿宋_GB2312三号）: the template's typesetting note left in
  // the text — a typeface and a size or weight, and nothing else, in brackets.
  {
    kind: 'typeset',
    re: /[（(](?=[^（()）\n]{0,30}[）)])(?:[^（()）\n，,。；;]{0,6}?)(?:宋体|仿宋|黑体|楷体|小标宋|方正[^（()）\n]{0,6}?宋)[^（()）\n，,。；;]{0,14}?(?:[初一二三四五六七八]号|小[初一二三四五六七]号?|加粗|字号|号字|磅)[^（()）\n，,。；;]{0,8}[）)]/g,
  },
  // XX局, 20XX年, ××县, ＊＊单位: a doubled placeholder letter before a unit, a date part or an
  // organ's name, or after digits (20XX). Not inside a Latin word (XXL, xxx.gov.cn is checked by
  // what follows).
  {
    kind: 'xx',
    re: /(?<![A-Za-zＸｘ×＊])(?:[Xx]{2,}|[Ｘｘ]{2,}|×{2,}|＊{2}(?!＊))(?![A-Za-z])(?=年|月|日|号|件|条|项|个|次|人次|场次|场|期|批|家|份|篇|起|名|%|％|万|元|局|市|区|县|镇|乡|村|街道|社区|委|办公室|厅|部门|处|科|中心|公司|单位|政府|省|州|院|所|站|大队|支队|网站|平台)/g,
  },
  { kind: 'xx', re: /(?<=\d)(?<![A-Za-zＸｘ×])(?:[Xx]{2,}|[Ｘｘ]{2,}|×{2,})(?![A-Za-z])/g },
  // 发布信息**条，其中…***%: a figure masked with ASCII asterisks (a mirror or aggregator copy), right
  // after a word and right before a count's unit and what follows a count. Markdown bold never opens
  // on a bare unit so (公开**条例** goes on with 例, **12**条 has a digit before its closing pair).
  { kind: 'xx', re: new RegExp(`(?<=[\\u4e00-\\u9fff])\\*{2,4}(?=${UNIT}${AFTER_COUNT})`, 'g'), needs: /\*\*/ },
  // 共×件: a lone × between a word and a unit (7×24 has digits on both sides).
  { kind: 'times', re: new RegExp(`(?<=[\\u4e00-\\u9fff])×(?=${UNIT})`, 'g') },
  // 累计发布   条, 共受理____件, 发布政务信息   条: a counting word (and what is counted), a gap, then the unit.
  // (Not a unit with a figure after it: a statistics table run onto one line, 主动公开信息数 条 72804 76424.)
  {
    kind: 'blank',
    re: new RegExp(`(?:(?:共计|共|累计|合计|总计)(?:${VERB})?|${VERB})(?:[\\u4e00-\\u9fff]{1,4}?)?(?:[ \\t\\u3000]+|[_＿]{2,})${UNIT}(?![ \\t\\u3000]+\\d)${AFTER_COUNT}`, 'g'),
  },
  // 共主动公开条，其中…: 共/累计 and a counting verb run straight into the unit, the number lost
  // without a gap; only before a sentence mark or 其中 (共公开条例 is no count).
  {
    kind: 'blank',
    re: new RegExp(`(?:共计|共|累计|合计|总计)(?:主动|依申请)?${VERB}(?:信息|政府信息|申请|文件|政策|解读|稿件)?${UNIT}(?=[，,。；;]|其中)`, 'g'),
  },
  // 20__年 (a year left blank), 以____思想为指导 (a word left blank between characters): a
  // template's blanks. Four or more underscores between characters: not Markdown emphasis.
  { kind: 'gap', re: /(?<=(?<![0-9])(?:19|20)[0-9]?)[_＿]{1,2}(?=年)|(?<=[\u4e00-\u9fff])[_＿]{4,}(?=[\u4e00-\u9fff])/g, needs: /[_＿]/ },
  // 门户网站(), （）件: empty round or lenticular brackets.
  { kind: 'brackets', re: /[（(][ \t\u3000]*[）)]|【[ \t\u3000]*】/g },
  // 邮编:电话:传真: — contact fields with nothing after their colon before the next field or the bracket's end (one finding for the run).
  { kind: 'field', re: new RegExp(`(?:${CONTACT}[:：][ \\t\\u3000]*)+(?=${CONTACT}[:：]|[）);；])`, 'g'), needs: /[:：]/ },
  // 统计期限自至。/ 统计时限为自年月日起至年月日止: the period's dates left out (both ends, nothing but the date words between).
  {
    kind: 'period',
    re: /(?<=(?:期限|时限|期间|时段|区间)(?:为|是)?)(?:自|从)[ \t\u3000_＿]*(?:年[ \t\u3000_＿]*月[ \t\u3000_＿]*日[ \t\u3000_＿]*)?起?[ \t\u3000_＿]*(?:至|到)[ \t\u3000_＿]*(?:年[ \t\u3000_＿]*月[ \t\u3000_＿]*日[ \t\u3000_＿]*)?止?(?=[。，,；;）)]|$)/g,
    needs: /[至到]/,
  },
  // (略) / （略）: content left out.
  { kind: 'omitted', re: /[（(][ \t\u3000]*略[ \t\u3000]*[）)]/g, needs: /略/ },
];

/** A title opening with 某县 / 某某市 / 某区人民政府 / 某局: the issuer's name not filled in. */
const TEMPLATE_ISSUER = /^[\s\u3000#]*(某{1,2}(?:省|市|县|区|州|盟|旗|镇|乡|街道|局|委|单位|部门))/;

const MESSAGES: Record<Kind, { zh: string; en: string }> = {
  instruction: { zh: '模板中的填写说明未删除', en: 'a fill-in instruction from the template was left in' },
  guidance: { zh: '模板中的编写说明未删除', en: 'the template\'s guidance to the writer was left in' },
  typeset: { zh: '模板中的排版说明（字体、字号）未删除', en: 'a typesetting note from the template (typeface, size) was left in' },
  xx: { zh: '模板占位符未替换为实际名称或数字', en: 'a template placeholder was not replaced with the actual name or figure' },
  times: { zh: '模板占位符未替换为实际数字', en: 'a template placeholder was not replaced with the actual figure' },
  blank: { zh: '数量词前缺少数字（留空待填）', en: 'the number before the measure word is missing (left blank)' },
  gap: { zh: '模板的空白处未填写（年份或文字留空）', en: 'a blank of the template was not filled in (a year or a word left blank)' },
  brackets: { zh: '括号内容为空（留空待填）', en: 'the brackets are empty (left blank)' },
  omitted: { zh: '以“略”代替了应公开的内容', en: '“略” (omitted) stands in place of content' },
  field: { zh: '联系方式的栏目留空（冒号后没有内容）', en: 'a contact field was left empty (nothing after its colon)' },
  period: { zh: '统计期限的起止日期留空', en: 'the dates of the statistics period were left blank' },
};

export const textPlaceholder: Rule = {
  id: 'text-placeholder',
  formats: 'all',
  defaultSeverity: 'info',
  title: { zh: '模板残留或待填空白', en: 'Leftover template text or a blank for a figure' },
  description: {
    zh: '按模板起草的报告有时带着模板的痕迹发布：“（在此填写…）”“【请填写…】”之类的填写说明，单独成行的“编写说明：……”，代替名称或数字的“XX局”“20XX年”“共×件”，标题中代替机关名称的“某县”“某某市”，数字留空的“累计发布   条”“共受理____件”，空括号“门户网站()”“（）件”，联系方式中留空的栏目“邮编：电话：传真：”“（网址：）”，起止日期留空的统计期限“统计期限自至。”，以及以“（略）”代替的内容。这些都应填写实际内容后再发布。\n\n' +
      '只检查正文行（表格行和按空格排版的表格不查）；“（一）”等编号、引号、乘号“7×24小时”、跨行换行的数字与量词都不报告。本规则不提供快速修复：缺少的名称或数字只能由起草人补上。',
    en: 'Reports drafted from a template are sometimes published with its traces: fill-in instructions such as “（在此填写…）” or “【请填写…】”, a line of the template’s guidance (“编写说明：……”), XX standing for a name or a number (XX局, 20XX年, 共×件), 某县 / 某某市 in place of the issuer in the title, a count whose number was left blank (累计发布   条, 共受理____件), empty brackets (门户网站(), （）件), contact fields left empty (邮编：电话：传真：, (网址:)), a statistics period with its dates left out (统计期限自至。), and “（略）” in place of content. Fill them in before publishing.\n\n' +
      'Only prose lines are checked (not table rows, nor lines laid out as a spaced table); numbering such as （一）, quotation marks, the multiplication sign in 7×24小时 and a number wrapped away from its measure word are not reported. There is no quick-fix: only the author can supply the missing name or figure.',
  },
  basis: '校对检查（公开的年度报告应填写实际名称和数据，不应保留模板占位内容）',
  examples: {
    wrong: '本年度累计发布政府信息   条，其中通过门户网站()发布……（在此填写其他公开渠道）',
    right: '本年度累计发布政府信息1024条，其中通过门户网站（www.example.gov.cn）发布……',
    note: '数字留空、空括号和填写说明都是模板残留。',
  },
  check(ctx) {
    const a = ctx.analysis;
    // 某县2025年度法治政府建设情况报告: the template's (or a sample's) 某 in place of the issuer's name.
    const title = a.doc.title;
    // From the title's line start: a title read from the first sentence may leave the issuer before it.
    const from = title ? a.doc.lines.lineStarts[title.line] : 0;
    const named = title ? TEMPLATE_ISSUER.exec(a.doc.work.slice(from, title.end)) : null;
    if (title && named) {
      const s = from + named.index + named[0].length - named[1].length;
      ctx.report({
        start: s,
        end: s + named[1].length,
        message: `标题中的机关名称是模板的占位写法“${named[1]}”；请填写实际机关名称`,
        messageEn: `The issuer in the title is the template's placeholder “${named[1]}”; fill in the actual name`,
      });
    }
    for (const pl of eachProofLine(a)) {
      // Simplified, one code unit for one: Traditional drafts (XX條, ××場次) match the same shapes.
      const t = toSimplified(pl.text);
      if (!/[（(【\[〔Xx×ＸｘＸ＊ 　\t_＿共计:：]|说明|提示|[期时]限[为是]?[自从]/.test(t)) continue;
      const spaced = looksSpaced(t);
      const taken: [number, number][] = [];
      for (const { kind, re, needs } of PATTERNS) {
        // A character every match holds: without it the pattern (a look-behind tried at every position) is not run.
        if (needs && !needs.test(t)) continue;
        // A spaced table's cells are separated by spaces: gaps mean nothing there.
        if (kind === 'blank' && spaced) continue;
        re.lastIndex = 0;
        for (let m = re.exec(t); m; m = re.exec(t)) {
          if (m[0].length === 0) { re.lastIndex++; continue; }
          const s = m.index;
          const e = s + m[0].length;
          if (taken.some(([x, y]) => s < y && e > x)) continue;
          // Empty brackets of a markdown link ([text]()) are markup, not a blank.
          if (kind === 'brackets' && t[s] === '(' && t[s - 1] === ']') continue;
          taken.push([s, e]);
          const found = quote(context(pl.text, s, e, kind));
          const msg = MESSAGES[kind];
          ctx.report({
            start: pl.start + s,
            end: pl.start + e,
            message: kind === 'typeset' || kind === 'guidance' ? `${msg.zh}：“${found}”；请删除` : `${msg.zh}：“${found}”；请填写实际内容`,
            messageEn: kind === 'typeset' || kind === 'guidance' ? `${msg.en}: “${found}”; delete it` : `${msg.en}: “${found}”; fill in the actual content`,
          });
        }
      }
    }
  },
};

/** The text to quote: the match, with a few characters around short ones so it can be found. */
function context(t: string, s: number, e: number, kind: Kind): string {
  if (kind === 'instruction' || kind === 'guidance' || kind === 'typeset' || kind === 'blank') return t.slice(s, e);
  const from = Math.max(0, s - 6);
  const to = Math.min(t.length, e + 4);
  return t.slice(from, to).trim();
}
