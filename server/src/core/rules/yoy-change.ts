// 同比/较上年 增长/下降 X% (or 增加/减少 N 件) in the prose about the applications received, against
// the same issuer's report for the year before. Only the phrasing whose base is unambiguous:
// "新收/收到/受理 … 申请 N 件，同比增长 X%" where N is this year's 本年新收 total of 表三, compared
// with last year's 本年新收 total.
import type { AcrossSelf, ReportInput, Rule } from './rule';
import type { Analysis } from '../engine/lint';
import type { ReportSummary } from '../types';
import { figureValue, previousOf, previousReport, selfOfAnalysis } from '../engine/related';
import { cellInt, findRow } from '../engine/constraints';
import { inSentenceChanges } from '../model/yoy-sentence';

// Bounded quantifiers over character classes only: linear on any line.
const PHRASE = /(?:新收|收到|受理)[^。；;！？\d]{0,20}?申请[^。；;！？\d]{0,8}?(\d+)\s*件[，,]?\s*(?:同比|较上年|比上年|较去年|比去年|较上一?年度|比上一?年度|与上年相比|与去年相比)[，,]?\s*(增长|增加|上升|下降|减少)了?\s*([-−－]\s*)?(\d+(?:\.\d+)?)\s*(%|％|件)/g;

export const yoyChange: Rule = {
  id: 'yoy-change',
  acrossFiles: true,
  formats: 'all',
  defaultSeverity: 'info',
  title: { zh: '同比变化与上年报告不符', en: 'Year-on-year change differs from last year\'s report' },
  description: {
    zh: '正文中“新收（收到）政府信息公开申请 N 件，同比增长（下降）X%”或“增加（减少）M 件”的说法，按同一机关上一年度报告表三的本年新收申请总数核算不符。只核对件数 N 与本年表三新收总数一致、比较基数明确的句子。“增长-5%”“下降-3件”等变化词后带负号的写法按其符号读（即下降5%、增加3件）。编辑器在同一工作区文件夹、命令行在同一次检查的文件中查找上一年度报告。',
    en: 'A sentence "received N applications, up/down X% (or M) year on year" does not agree with the number of new applications in table 3 of the same issuer\'s report for the year before. Only sentences whose N is this year\'s table total are checked. A signed figure after the verb (增长-5%, 下降-3件) is read with its sign (down 5%, up 3).',
  },
  basis: '政府信息公开工作年度报告格式表三（国办公开办函〔2021〕30号）',
  examples: {
    wrong: [
      '2022 年度报告，表三：本年新收政府信息公开申请数量 总计 40',
      '2023 年度报告（同一机关）：全年共新收政府信息公开申请 50 件，同比增长 20%。',
    ].join('\n'),
    right: '2023 年度报告（同一机关）：全年共新收政府信息公开申请 50 件，同比增长 25%。',
    note: '(50 − 40) ÷ 40 = 25%。',
  },
  across: {
    collect: collectPhrases,
    judge: (d, self, related, report) => judgePhrases(d as PhraseData, self, related, report),
  },
  check(ctx) {
    const a = ctx.analysis;
    // Both years' figures in one sentence: 收到申请120件，较上年100件增长20%.
    for (const c of inSentenceChanges(a)) {
      ctx.report({ start: c.start, end: c.end,
        message: `正文称本年 ${c.now}${c.unit}、上年 ${c.before}${c.unit}，${c.said}，但按这两个数字应为${c.actual}`,
        messageEn: `The sentence gives ${c.now} this year and ${c.before} last year, and says ${c.saidEn}, but these figures make ${c.actualEn}` });
    }
    // Against last year's report (the part a batch judges later from collectPhrases).
    const figures = previousReport(a)?.figures;
    if (!figures || figureValue(figures, 'applications.new.total') === undefined) return;
    const d = collectPhrases(a);
    if (d) judgePhrases(d, selfOfAnalysis(a), a.related, (f) => ctx.report(f));
  },
};

/** This year's 本年新收 total and the prose phrases that state it with a change (PHRASE's groups). */
interface PhraseData {
  now: number;
  phrases: { range: { start: number; end: number }; verb: string; negated: boolean; figure: string; unit: string }[];
}

function collectPhrases(a: Analysis): PhraseData | null {
  const t = a.report?.tables.get('applications');
  const row = t ? findRow(t, 'new') : undefined;
  const now = cellInt(row?.values.get('total'));
  if (now === null) return null;
  const phrases: PhraseData['phrases'] = [];
  const lines = a.doc.lines;
  for (let l = 0; l < lines.lineCount; l++) {
    if (a.doc.tableLines.has(l)) continue;
    const text = lines.lineText(l);
    if (!text.includes('申请')) continue;
    for (const m of text.matchAll(PHRASE)) {
      if (Number(m[1]) !== now) continue;
      const start = lines.lineStarts[l] + (m.index ?? 0);
      phrases.push({ range: { start, end: start + m[0].length }, verb: m[2], negated: !!m[3], figure: m[4], unit: m[5] });
    }
  }
  return { now, phrases };
}

function judgePhrases(d: PhraseData, self: AcrossSelf, related: readonly ReportSummary[], report: (f: ReportInput) => void): void {
  const prev = previousOf(self, related);
  const before = prev?.figures ? figureValue(prev.figures, 'applications.new.total') : undefined;
  if (!prev || before === undefined) return;
  const now = d.now;
  for (const p of d.phrases) {
    // 增长-5% is a fall of 5%, 下降-3件 a rise of 3: a signed figure after the verb reverses it.
    const up = (p.verb === '增长' || p.verb === '增加' || p.verb === '上升') !== p.negated;
    const sign = p.negated ? '-' : '';
    const stated = Number(p.figure);
    const unit = p.unit === '件' ? '件' : '%';
    const diff = now - before;
    let ok: boolean;
    let actual: string;
    if (unit === '件') {
      ok = (up ? diff : -diff) === stated;
      actual = `${diff >= 0 ? '增加' : '减少'} ${Math.abs(diff)} 件`;
    } else {
      if (before === 0) continue;
      const pct = (diff / before) * 100;
      const decimals = (p.figure.split('.')[1] ?? '').length;
      // Rounded or truncated to the digits written, with one unit of slack.
      const slack = Math.pow(10, -decimals);
      ok = Math.abs((up ? pct : -pct) - stated) <= slack;
      actual = `${pct >= 0 ? '增长' : '下降'} ${Math.abs(pct).toFixed(Math.max(1, decimals))}%`;
    }
    if (ok) continue;
    report({
      start: p.range.start,
      end: p.range.end,
      message: `正文称新收申请 ${now} 件、同比${p.verb} ${sign}${p.figure}${unit === '%' ? '%' : ' 件'}，但 ${prev.year} 年度报告（${prev.path}）新收 ${before} 件，实际${actual}`,
      messageEn: `The prose says ${now} new applications, ${up ? 'up' : 'down'} ${p.figure}${unit === '%' ? '%' : ''} year on year, but the ${prev.year} report (${prev.path}) had ${before}`,
    });
  }
}
