// content-expected: what reviewers look for in sections 五 and 六 of a 2021-format report.
// Section 五 (存在的主要问题及改进情况) should name both the problems (问题/不足 …) and the measures
// (改进/措施/下一步 …). Section 六 (其他需要报告的事项) is where provincial reviewers expect the
// body's work on the year's 政务公开工作要点 of the level above, on publishing how 人大代表建议
// and 政协委员提案 were handled, and on 政务公开工作创新: one finding lists the missing ones. Only
// sections that exist and hold text are read (section-missing / section-empty cover the rest).
// Info: a reviewer's checklist, not a statutory requirement of the table format.
// 法治政府建设 reports (《法治政府建设与责任落实督察工作规定》第二十五条): the second item is
// 存在的不足和原因, so a shortcomings chapter that lists shortcomings without a word of their
// causes (原因, 由于, 究其, 主要是 …) is reported on its heading; a chapter read from a combined
// heading (不足及下一步打算) or shorter than a sentence is left alone.
import type { Rule } from './rule';
import { sectionProse } from '../model/report-dates';
import { normalize } from '../text/normalize';

const PROBLEMS = /问题|不足|差距|短板|薄弱|欠缺|有待|不够|不到位|不高|不强|不全面|不及时|滞后|单一/;
const MEASURES = /改进|整改|措施|下一步|今后|下阶段|来年|新的一年|(将|要)(进一步|继续|持续|加强|加大|强化|着力|不断|切实|全面|严格|做好|推进|提升|完善)|加强|强化|完善|提升|推进/;

const ITEMS: { zh: string; en: string; words: RegExp }[] = [
  { zh: '落实上级年度政务公开工作要点情况', en: 'carrying out the year\'s government-openness work points of the level above', words: /工作要点|要点/ },
  { zh: '人大代表建议和政协委员提案办理结果公开情况', en: 'publishing how NPC deputies\' suggestions and CPPCC proposals were handled', words: /建议|提案/ },
  { zh: '政务公开工作创新情况', en: 'innovation in government-openness work', words: /创新|特色|亮点/ },
];

/** Words that give a cause: 究其原因, 由于, 主要是…所致, 受…影响. */
const REASONS = /原因|由于|因为|源于|缘于|导致|造成|所致|根源|究其|归结|在于|主要是|主观上|客观上|受[^。]{0,12}影响|加之|以致|致使/;

export const contentExpected: Rule = {
  id: 'content-expected',
  formats: 'all',
  defaultSeverity: 'info',
  title: { zh: '第五、六部分缺少常见内容', en: 'Parts 5 and 6 lack expected content' },
  description: {
    zh: '2021 年格式第五部分“存在的主要问题及改进情况”应当既写问题（问题、不足……）也写改进措施（改进、措施、下一步……）；第六部分“其他需要报告的事项”，各地审核时通常要求写明落实上级年度政务公开工作要点情况、人大代表建议和政协委员提案办理结果公开情况、政务公开工作创新情况，缺少的列在一条提示里。'
      + '错误示例：第五部分只写“下一步将继续加强政务公开工作。”；正确示例：“一是政策解读形式较为单一……下一步将丰富解读形式……”。'
      + '法治政府建设年度报告的第二项内容是“存在的不足和原因”（《法治政府建设与责任落实督察工作规定》第二十五条）：该部分只列不足、没有一处分析原因（原因、由于、究其、主要是……）时在其标题上提示；与下一步安排合写的部分不判断。'
      + '只检查存在且有正文的部分（缺失或空白的部分由 section-missing、section-empty 提示）。默认为提示：这是审核要点，不是表格格式的硬性要求。依据：政府信息公开工作年度报告格式（国办公开办函〔2021〕30号）；《法治政府建设与责任落实督察工作规定》第二十五条。',
    en: 'In the 2021 format, part 5 (“存在的主要问题及改进情况”) should name both the problems (“问题”, “不足” …) and the measures (“改进”, “措施”, “下一步” …); in part 6 (“其他需要报告的事项”) reviewers usually expect the body\'s work on the year\'s government-openness work points of the level above, on publishing how NPC suggestions and CPPCC proposals were handled, and on innovation; one finding lists the missing ones. '
      + 'Wrong: part 5 reads only “下一步将继续加强政务公开工作。”; right: “一是政策解读形式较为单一……下一步将丰富解读形式……”. '
      + 'In a rule-of-law report the second item is “存在的不足和原因” (“督察工作规定” Art. 25): a shortcomings chapter that never gives a cause (“原因”, “由于”, “究其”, “主要是” …) is reported on its heading; a chapter shared with the next year\'s plans is not judged. '
      + 'Only parts that exist and hold text are read (section-missing and section-empty cover the rest). Info by default: a review checklist, not a hard requirement of the format. Basis: the 2021 national report format (“国办公开办函〔2021〕30号”); “督察工作规定” Art. 25.',
  },
  basis: '政府信息公开工作年度报告格式（国办公开办函〔2021〕30号）；《法治政府建设与责任落实督察工作规定》第二十五条',
  check(ctx) {
    const a = ctx.analysis;
    const f = a.format;
    if (!f) return;
    // 法治政府建设: a format whose data has a shortcomings chapter (存在的不足和原因) asks for causes.
    if (f.sections.some((s) => s.id === 'shortcomings')) {
      const plans = new Set((a.report?.sections.get('plans')?.sections ?? []).map((s) => s.heading.start));
      for (const p of sectionProse(a, 'shortcomings')) {
        const h = p.section.heading;
        // A combined chapter (存在的不足及下一步打算), or one too short to judge.
        if (plans.has(h.start) || /下一步|下步|打算|安排|计划|措施|举措|对策|改进|整改/.test(normalize(h.title)) || p.norm.replace(/[。.,;:、]/g, '').length < 20 || REASONS.test(p.norm)) continue;
        ctx.report({ start: h.start, end: h.end,
          message: '“存在的不足和原因”部分只列不足，未分析原因',
          messageEn: 'The shortcomings chapter lists shortcomings but gives no cause for them' });
      }
      return;
    }
    if (f.family !== 'gov-info' || f.years[0] === null || f.years[0] < 2021) return;
    for (const p of sectionProse(a, 'problems')) {
      if (p.norm.replace(/[。.,;:]/g, '').length < 4) continue;
      const missing = [
        ...(PROBLEMS.test(p.norm) ? [] : [{ zh: '存在的问题', en: 'the problems' }]),
        ...(MEASURES.test(p.norm) ? [] : [{ zh: '改进措施', en: 'the measures' }]),
      ];
      if (!missing.length) continue;
      const h = p.section.heading;
      ctx.report({ start: h.start, end: h.end,
        message: `第五部分未写${missing.map((m) => m.zh).join('和')}`,
        messageEn: `Part 5 does not state ${missing.map((m) => m.en).join(' or ')}` });
    }
    for (const p of sectionProse(a, 'other')) {
      if (!p.norm.replace(/[。.,;:]/g, '')) continue;
      const missing = ITEMS.filter((i) => !i.words.test(p.norm));
      if (!missing.length) continue;
      const h = p.section.heading;
      ctx.report({ start: h.start, end: h.end,
        message: `第六部分未见：${missing.map((m) => m.zh).join('；')}`,
        messageEn: `Part 6 does not mention: ${missing.map((m) => m.en).join('; ')}` });
    }
  },
};
