// Reviewer faults of issue #16 injected into clean generated drafts, one mutation per check
// the other mutation files leave out: malformed document numbers and dates (lost 年/月/日, a
// statistics period short of the year), an introduction that miscounts the parts, a word that
// lost its first character (府信息), doubled punctuation, a letter's addressee and closing
// (主送, 特此报告), a signature naming another county than the title, a government's report
// speaking as 我局, a title without the statutory wording, a skipped heading numeral, one heading level numbered in two styles, a
// superseded basis cited, a share or a year-on-year change that its own figures contradict,
// 未发出收费通知 against table 三, 所有申请均已办结 against table 三's carried-over applications,
// 未发生行政复议 against table 四, a department's rule-of-law report signed after 3月1日 and its
// shortcomings chapter without causes; then (appended last) 现行有效件数 below 本年制发 in table 二, a
// complete list of dispositions that misses its total, a share of a base stated in the sentence
// before, a signed change after 增长 read with its sign, 信息处理费 above table 二's 收费金额, applications counted in 条, 公民、法人和其他组织
// as the received total, 无因…导致的行政复议, 办结率100% with applications carried over, and a list of dispositions
// leaving out those at 0 (无法提供 by its reasons) that misses its total. Same contract as mutations.ts: each returns the 0-based
// line where its rule must report.
import { honestPercent } from '../../server/src/core/model/rounding';
import { replaceCell } from './cells';
import { cellKey } from './counts';
import type { Draft } from './drafts';
import type { Fault, Mutation } from './mutations';
import type { Rng } from './rng';

const CN = '一二三四五六七八九十';
const govInfo = (d: Draft) => d.kind.startsWith('gov-info');

/** Prose lines that end a sentence (an appended sentence then starts a new one). */
function sentenceLines(d: Draft, sections: string[]): number[] {
  const lines = d.text.split(d.eol);
  return sections.flatMap((id) => d.lines.prose(id)).filter((l) => /[。]$/.test(lines[l]));
}

function allSentenceLines(d: Draft): number[] {
  return sentenceLines(d, d.lines.sectionIds());
}

function appendTo(d: Draft, rng: Rng, sentence: string, rule: string, what: string): Fault {
  const preferred = sentenceLines(d, ['general', 'problems', 'other']);
  const line = rng.pick(preferred.length ? preferred : allSentenceLines(d));
  const out = d.text.split(d.eol);
  out[line] += d.convert(sentence);
  return { text: out.join(d.eol), rule, line, what };
}

/** The introduction: the first non-empty line between the title and the first heading. */
function introLine(d: Draft): number | null {
  const lines = d.text.split(d.eol);
  const first = Math.min(...d.lines.sectionIds().map((id) => d.lines.heading(id)));
  for (let l = d.lines.title + 1; l < first; l++) if (lines[l].trim()) return l;
  return null;
}

function carriedOver(d: Draft): number {
  return d.counts.get('applications')?.get(cellKey('next', 'total')) ?? 0;
}

function reconsiderations(d: Draft): number {
  return d.counts.get('review')?.get(cellKey('data', 'reconsideration.total')) ?? 0;
}

/** Table 四 cases not upheld: corrected + pending over the three groups. */
function notUpheld(d: Draft): number {
  const c = d.counts.get('review');
  return ['reconsideration', 'direct', 'after'].reduce((n, g) => n + (c?.get(cellKey('data', `${g}.corrected`)) ?? 0) + (c?.get(cellKey('data', `${g}.pending`)) ?? 0), 0);
}

/** Table 三: a disposition's 总计 (its row, or the sum of its numbered rows) and the （七）总计. */
function disposition(d: Draft, id: string): number {
  const spec = d.format.tables.applications;
  const c = d.counts.get('applications');
  if (!spec || spec.kind !== 'grid' || !c) return 0;
  const kids = spec.rows.filter((r) => r.parent === id && !r.group).map((r) => r.id);
  return (kids.length ? kids : [id]).reduce((n, r) => n + (c.get(cellKey(r, 'total')) ?? 0), 0);
}

const DISPOSITION_IDS = ['open', 'partial', 'deny', 'unable', 'noproc', 'otherproc'];
const DISPOSITION_WORDS = ['予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理'];

function unpaidNotices(d: Draft): number {
  return d.counts.get('applications')?.get(cellKey('otherproc-2', 'total')) ?? 0;
}

export const MUTATIONS: Mutation[] = [
  {
    rule: 'docnum-malformed',
    applies: () => true,
    apply(d, rng) {
      const y = d.year;
      const n = rng.int(10, 40);
      const num = rng.pick([`国办发〔${y}${n}号`, `国办发${y}〕${n}号`]);
      return appendTo(d, rng, `根据《国务院办公厅关于印发${y}年政务公开工作要点的通知》（${num}）要求，认真抓好落实。`, this.rule, `wrote ${num}`);
    },
  },
  {
    rule: 'date-malformed',
    applies: () => true,
    apply(d, rng) {
      const y = d.year;
      const end = rng.pick([`${y}12月31日`, `${y}年1231日`, `${y}年12月31`, `${y}年12月${rng.int(1, 25)}日`]);
      return appendTo(d, rng, `本报告中所列数据的统计期限自${y}年1月1日起至${end}止。`, this.rule, `statistics period ending ${end}`);
    },
  },
  {
    rule: 'intro-parts',
    // Formats with a fixed list of parts (2008 reports' parts are read by meaning).
    applies: (d) => !!d.format.tables.applications && introLine(d) !== null && d.format.sections.length >= 4,
    apply(d, rng) {
      const line = introLine(d)!;
      const n = d.format.sections.length;
      const wrong = n - 1;
      const sentence = rng.chance(0.5)
        ? `本报告共分${CN[wrong - 1]}个部分。`
        : `本报告由${d.format.sections.slice(0, n - 1).map((s) => s.title).join('、')}等${CN[n - 1]}部分组成。`;
      const out = d.text.split(d.eol);
      out[line] += d.convert(sentence);
      return { text: out.join(d.eol), rule: this.rule, line, what: `intro “${sentence}” for ${n} parts` };
    },
  },
  {
    rule: 'text-damaged',
    applies: (d) => d.script === 'simplified' && allSentenceLines(d).some((l) => /[，。、]政府信息/.test(d.text.split(d.eol)[l])),
    apply(d, rng) {
      const lines = d.text.split(d.eol);
      const line = rng.pick(allSentenceLines(d).filter((l) => /[，。、]政府信息/.test(lines[l])));
      lines[line] = lines[line].replace(/([，。、])政府信息/, '$1府信息');
      return { text: lines.join(d.eol), rule: this.rule, line, what: '政府信息 lost its 政' };
    },
  },
  {
    rule: 'text-doubled',
    applies: (d) => allSentenceLines(d).some((l) => d.text.split(d.eol)[l].includes('，')),
    apply(d, rng) {
      const lines = d.text.split(d.eol);
      const line = rng.pick(allSentenceLines(d).filter((l) => lines[l].includes('，')));
      const mark = rng.pick(['，，', '。。']);
      lines[line] = lines[line].replace('，', mark);
      return { text: lines.join(d.eol), rule: this.rule, line, what: `wrote ${mark}` };
    },
  },
  {
    rule: 'report-letter',
    applies: (d) => d.text.split(d.eol)[d.lines.signature - 1] === '',
    apply(d, rng) {
      const lines = d.text.split(d.eol);
      const line = d.lines.signature - 1;
      const closing = rng.pick(['特此报告。', '以上报告，请审阅。']);
      lines[line] = d.convert(closing);
      lines.splice(line + 1, 0, '');
      return { text: lines.join(d.eol), rule: this.rule, line, what: `closed with ${closing}` };
    },
  },
  {
    // A report copied from another unit: the signature names another county of the same level.
    rule: 'issuer-mismatch',
    applies: (d) => /[县区]/.test(d.issuer) && d.text.split(d.eol)[d.lines.signature].includes(d.convert(d.issuer)),
    apply(d, rng) {
      const lines = d.text.split(d.eol);
      const line = d.lines.signature;
      const m = /([\u4e00-\u9fff]{2})(县|区)/.exec(d.issuer.replace(/^[\u4e00-\u9fff]{2}市/, ''))!;
      const other = rng.pick(['白沙', '石门', '桃源', '松阳'].filter((n) => n !== m[1])) + m[2];
      lines[line] = lines[line].replace(d.convert(m[0]), d.convert(other));
      return { text: lines.join(d.eol), rule: this.rule, line, what: `signed by ${other}` };
    },
  },
  {
    rule: 'title-nonstandard',
    applies: (d) => govInfo(d) && d.text.split(d.eol)[d.lines.title].includes(d.convert('政府信息公开工作年度报告')),
    apply(d) {
      const lines = d.text.split(d.eol);
      const line = d.lines.title;
      lines[line] = lines[line].replace(d.convert('政府信息公开工作年度报告'), d.convert('政府信息公开年度报告'));
      return { text: lines.join(d.eol), rule: this.rule, line, what: 'title without 工作' };
    },
  },
  {
    rule: 'heading-sequence',
    applies: (d) => d.format.sections.filter((s) => s.number).length >= 4,
    apply(d, rng) {
      const lines = d.text.split(d.eol);
      // A part in the middle numbered one too high: 三、 then 五、 where 四、 was.
      const numbered = d.format.sections.filter((s) => s.number && s.number > 1 && s.number < d.format.sections.length);
      for (const s of rng.sample(numbered, numbered.length)) {
        let line: number;
        try { line = d.lines.heading(s.id); } catch { continue; }
        const from = `${CN[s.number! - 1]}、`;
        if (!lines[line].includes(from)) continue;
        lines[line] = lines[line].replace(from, `${CN[s.number!]}、`);
        return { text: lines.join(d.eol), rule: this.rule, line, what: `renumbered ${from} as ${CN[s.number!]}、` };
      }
      throw new Error('no heading to renumber');
    },
  },
  {
    rule: 'citation-outdated',
    applies: (d) => d.kind === 'gov-info-2021',
    apply(d, rng) {
      return appendTo(d, rng, '按照《政府信息公开工作年度报告格式（试行）》（国办公开办函〔2019〕60号）要求，编制本报告。', this.rule, 'cited the 2019 format notice');
    },
  },
  {
    rule: 'text-share',
    applies: () => true,
    apply(d, rng) {
      const total = rng.int(40, 900);
      const part = rng.int(3, Math.floor(total / 2));
      const exact = (part / total) * 100;
      // Off by two or more, or rounded up where neither rounding nor truncation gives it.
      const stated = exact - Math.floor(exact) > 0.05 && exact - Math.floor(exact) < 0.45 && rng.chance(0.5)
        ? Math.ceil(exact)
        : Math.round(exact) + rng.int(2, 6);
      const sentence = `全年接待群众来访咨询${total}人次，其中现场咨询${part}人次，占${stated}%。`;
      return appendTo(d, rng, sentence, this.rule, `${part}/${total} = ${exact.toFixed(2)}% stated ${stated}%`);
    },
  },
  {
    rule: 'yoy-change',
    applies: () => true,
    apply(d, rng) {
      const before = rng.int(20, 400);
      const now = before + rng.int(5, 200);
      const exact = ((now - before) / before) * 100;
      const stated = Math.round(exact) + rng.pick([-9, -5, -3, 3, 5, 9]);
      const sentence = rng.chance(0.5)
        ? `全年办理人大代表建议和政协提案${now}件，较上年${before}件增长${stated}%。`
        : `全年办理人大代表建议和政协提案${now}件，比上年的${before}件增加${now - before + rng.pick([-2, -1, 1, 2])}件。`;
      return appendTo(d, rng, sentence, this.rule, `${before} → ${now} (${exact.toFixed(2)}%): ${sentence}`);
    },
  },
  {
    rule: 'content-fee',
    applies: (d) => d.kind === 'gov-info-2021' && d.lines.sectionIds().includes('other') && sentenceLines(d, ['other']).length > 0 && unpaidNotices(d) > 0,
    apply(d, rng) {
      const line = rng.pick(sentenceLines(d, ['other']));
      const out = d.text.split(d.eol);
      out[line] += d.convert('本年度未发出收费通知。');
      return { text: out.join(d.eol), rule: this.rule, line, what: `未发出收费通知 with ${unpaidNotices(d)} unpaid notices in table 三` };
    },
  },
  // New mutations go last: each mutation's random stream is its index among the applicable ones.
  {
    // A sentence pasted from a bureau's report into a government's: the body speaks as 我局.
    rule: 'issuer-mismatch',
    applies: (d) => /人民政府(办公室)?$/.test(d.issuer) && !/[我本]局/.test(d.text),
    apply(d, rng) {
      return appendTo(d, rng, '我局积极配合调整信息发布流程，严格执行“三审三校”制度。', this.rule, `${d.issuer} speaking as 我局`);
    },
  },
  {
    // One level numbered in two styles: （一）（二） then 3. where （三） was due.
    rule: 'heading-sequence',
    applies: (d) => sentenceLines(d, ['problems', 'other', 'general']).length > 0,
    apply(d, rng) {
      const at = rng.pick(sentenceLines(d, ['problems', 'other', 'general']));
      const lines = d.text.split(d.eol);
      const subs = ['（一）加强组织领导', '（二）完善工作机制', '3.强化监督检查'].map((l) => d.convert(l));
      lines.splice(at + 1, 0, ...subs);
      return { text: lines.join(d.eol), rule: this.rule, line: at + 3, what: '（一）（二） then 3.' };
    },
  },
  {
    // 所有申请均已办结 while table 三 carries applications over to next year.
    rule: 'text-claim',
    applies: (d) => !!d.format.tables.applications && d.format.years[0] !== null && d.format.years[0] >= 2019 && carriedOver(d) > 0,
    apply(d, rng) {
      return appendTo(d, rng, '全年所有申请均已按要求办理完成。', this.rule, `所有申请均已办结 with ${carriedOver(d)} carried over in table 三`);
    },
  },
  {
    // 未发生行政复议 while table 四 counts reconsideration cases.
    rule: 'text-table-mismatch',
    applies: (d) => !!d.format.tables.review && d.format.years[0] !== null && d.format.years[0] >= 2019 && reconsiderations(d) > 0,
    apply(d, rng) {
      return appendTo(d, rng, '本年度未发生政府信息公开行政复议案件。', this.rule, `未发生行政复议 with ${reconsiderations(d)} cases in table 四`);
    },
  },
  {
    // A department's rule-of-law report signed after 3月1日 (its government's deadline), before 4月1日.
    rule: 'date-deadline',
    applies: (d) => d.format.family === 'rule-of-law' && d.format.deadline.department !== undefined && /(局|委员会)$/.test(d.issuer) && d.year >= (d.format.deadline.fromYear ?? 0),
    apply(d, rng) {
      const lines = d.text.split(d.eol);
      const DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/;
      let line = -1;
      for (let l = d.lines.signature; l < lines.length && line < 0; l++) if (DATE.test(lines[l])) line = l;
      if (line < 0) throw new Error('no signing date');
      const dep = d.format.deadline.department!;
      const day = rng.int(dep.day + 1, 28);
      const date = `${d.year + 1}年${dep.month}月${day}日`;
      lines[line] = lines[line].replace(DATE, d.convert(date));
      return { text: lines.join(d.eol), rule: this.rule, line, what: `department signed ${date}` };
    },
  },
  {
    // 法治政府建设: the 存在的不足和原因 chapter with its causes taken out.
    rule: 'content-expected',
    applies: (d) => d.format.family === 'rule-of-law' && d.lines.sectionIds().includes('shortcomings')
      && d.lines.prose('shortcomings').some((l) => /原因/.test(d.text.split(d.eol)[l])),
    apply(d) {
      const lines = d.text.split(d.eol);
      for (const l of d.lines.prose('shortcomings')) {
        if (!/原因/.test(lines[l])) continue;
        lines[l] = lines[l].replace(/[^\s　].*$/, d.convert('执法人员专业素质有待提升，法治宣传教育的针对性还需加强，培训考核机制还不够健全。'));
      }
      const line = d.lines.heading('shortcomings');
      return { text: lines.join(d.eol), rule: this.rule, line, what: 'shortcomings without causes' };
    },
  },
  {
    // 均获维持 (beside 零败诉) while table 四 has cases corrected or still pending.
    rule: 'text-table-mismatch',
    applies: (d) => !!d.format.tables.review && d.format.years[0] !== null && d.format.years[0] >= 2019 && notUpheld(d) > 0,
    apply(d, rng) {
      return appendTo(d, rng, '政府信息公开行政复议、行政诉讼案件均获维持，保持零败诉。', this.rule, `均获维持 with ${notUpheld(d)} corrected or pending in table 四`);
    },
  },
  {
    // Disposition shares without a written base, one of them off the （七）总计 all the others are of.
    rule: 'text-share',
    applies: (d) => !!d.format.tables.applications && d.format.years[0] !== null && d.format.years[0] >= 2019 && disposition(d, 'total') > 0,
    apply(d, rng) {
      const total = disposition(d, 'total');
      const parts: [string, number][] = [['予以公开', disposition(d, 'open')], ['不予公开', disposition(d, 'deny')], ['无法提供', disposition(d, 'unable')], ['不予处理', disposition(d, 'noproc')]];
      const share = (n: number) => (n / total) * 100;
      const wrong = share(parts[0][1]) + (share(parts[0][1]) <= 70 ? 20 : -20);
      const sentence = parts.map(([w, n], i) => `${w}${n}件，占${(i === 0 ? wrong : share(n)).toFixed(1)}%`).join('；') + '。';
      return appendTo(d, rng, sentence, this.rule, `予以公开 share ${wrong.toFixed(1)}% of ${total}`);
    },
  },
  {
    // The parts counted as 等N项内容 / N个方面 while one part is left out of the list.
    rule: 'intro-parts',
    applies: (d) => !!d.format.tables.applications && introLine(d) !== null && d.format.sections.length >= 4,
    apply(d, rng) {
      const line = introLine(d)!;
      const n = d.format.sections.length;
      const sentence = `本报告包括${d.format.sections.slice(0, n - 1).map((s) => s.title).join('、')}等${CN[n - 1]}${rng.chance(0.5) ? '项内容' : '个方面'}。`;
      const out = d.text.split(d.eol);
      out[line] += d.convert(sentence);
      return { text: out.join(d.eol), rule: this.rule, line, what: `intro “${sentence}” for ${n} parts` };
    },
  },
  {
    // Table 二: 现行有效件数 (2021) / 对外公开总数量 (2019) below the documents issued or published this year.
    rule: 'table-active-plausible',
    applies: (d) => activeCell(d, 'normative', 'inForce') !== null && activeBase(d) !== null && !proseSays(d, withoutCleanUp(d), /现行有效|对外公开总数/),
    apply(d) {
      // The generated prose may say 对现行有效的行政规范性文件进行集中清理, which explains a lower figure: dropped.
      const lines = withoutCleanUp(d);
      const base = activeBase(d)!;
      const b = activeCell(d, 'normative', base)!;
      lines[b.line] = replaceCell(lines[b.line], d.layout, b.index, '9');
      const f = activeCell(d, 'normative', 'inForce')!;
      lines[f.line] = replaceCell(lines[f.line], d.layout, f.index, '3');
      return { text: lines.join(d.eol), rule: this.rule, line: f.line, what: `table 二 normative ${base} 9, inForce 3` };
    },
  },
  {
    // A paragraph of its own: the closed total, then all six dispositions of table 三, adding up to another figure.
    rule: 'text-disposition-sum',
    applies: (d) => !!d.format.tables.applications && d.format.years[0] !== null && d.format.years[0] >= 2019 && disposition(d, 'total') > 0
      && sentenceLines(d, ['general', 'applications', 'other']).length > 0,
    apply(d, rng) {
      const sum = disposition(d, 'total');
      const next = tableTotal(d, 'next');
      const carried = tableTotal(d, 'carried');
      // A total no reading of the list gives (with or without carried-over applications).
      const off = rng.sample([1, 2, 3, 4, 5, 6, -1, -2, -3], 9).find((k) => sum + k > 0 && ![0, next, -carried, next - carried].includes(k))!;
      const ids = ['open', 'partial', 'deny', 'unable', 'noproc', 'otherproc'];
      const words = ['予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理'];
      const sentence = `全年共办结政府信息公开申请${sum + off}件。${ids.map((id, i) => `${words[i]}${disposition(d, id)}件`).join('，')}。`;
      return insertParagraph(d, rng, sentence, this.rule, `dispositions adding up to ${sum}, total stated ${sum + off}`);
    },
  },
  {
    // A share whose base is the one count of the sentence before, in its own paragraph.
    rule: 'text-share',
    applies: (d) => sentenceLines(d, ['general', 'problems', 'other']).length > 0,
    apply(d, rng) {
      const total = rng.int(40, 900);
      const part = rng.int(3, Math.floor(total / 2));
      const exact = (part / total) * 100;
      const bases = [total, tableTotal(d, 'new'), tableTotal(d, 'new') + tableTotal(d, 'carried'), disposition(d, 'total')].filter((b) => b >= part && b > 0);
      const stated = rng.sample([2, 3, 4, 5, 6, -2, -3], 7).map((k) => Math.round(exact) + k)
        .find((x) => x > 0 && bases.every((b) => !honestPercent((part / b) * 100, x, 0)))!;
      const sentence = `全年共收到群众来信${total}件。反映城市管理问题的${part}件，占${stated}%。`;
      return insertParagraph(d, rng, sentence, this.rule, `${part}/${total} = ${exact.toFixed(2)}% stated ${stated}% a sentence later`);
    },
  },
  {
    // 增长-X% / 下降-N件: a signed figure after the verb, whose sign the figures contradict.
    rule: 'yoy-change',
    applies: () => true,
    apply(d, rng) {
      const before = rng.int(20, 400);
      const now = before + rng.int(5, 200);
      const exact = ((now - before) / before) * 100;
      const sentence = rng.chance(0.5)
        ? `全年办理人大代表建议和政协提案${now}件，较上年${before}件增长-${Math.max(1, Math.round(exact))}%。`
        : `全年办理人大代表建议和政协提案${now}件，比上年的${before}件下降-${now - before + rng.pick([-2, -1, 1, 2])}件。`;
      return appendTo(d, rng, sentence, this.rule, `${before} → ${now}: ${sentence}`);
    },
  },
  {
    // 2021 format: 信息处理费 collected by the prose's words, above table 二's 行政事业性收费 amount (set to 0).
    rule: 'table-active-plausible',
    applies: (d) => activeCell(d, 'fees', 'feeAmount') !== null,
    apply(d, rng) {
      const lines = d.text.split(d.eol);
      const c = activeCell(d, 'fees', 'feeAmount')!;
      lines[c.line] = replaceCell(lines[c.line], d.layout, c.index, '0');
      const yuan = rng.int(1, 80) * 100;
      const preferred = sentenceLines(d, ['other', 'general']);
      const line = rng.pick(preferred.length ? preferred : allSentenceLines(d));
      lines[line] += d.convert(`本年度共收取信息处理费${yuan}元。`);
      return { text: lines.join(d.eol), rule: this.rule, line, what: `信息处理费 ${yuan}元 with 收费金额 0` };
    },
  },
  {
    // Applications counted in 条 (本年度共收到依申请公开申请N条), N neither 本年新收 nor 新收 + 上年结转.
    rule: 'text-table-mismatch',
    applies: (d) => !!d.format.tables.applications && d.format.years[0] !== null && d.format.years[0] >= 2019,
    apply(d, rng) {
      const received = tableTotal(d, 'new');
      const n = received + rng.sample([1, 2, 3, 4, 5, 6, 7], 7).find((k) => k !== tableTotal(d, 'carried'))!;
      return appendTo(d, rng, `本年度共收到依申请公开申请${n}条。`, this.rule, `收到 ${n}条 with 本年新收 ${received}`);
    },
  },
  {
    // 公民、法人和其他组织 names who may apply: the clause states the received total.
    rule: 'text-table-mismatch',
    applies: (d) => !!d.format.tables.applications && d.format.years[0] !== null && d.format.years[0] >= 2019,
    apply(d, rng) {
      const received = tableTotal(d, 'new');
      const n = received + rng.sample([1, 2, 3, 4, 5, 6, 7], 7).find((k) => k !== tableTotal(d, 'carried'))!;
      return appendTo(d, rng, `全年共接收公民、法人和其他组织提出的政府信息公开申请${n}件。`, this.rule, `接收公民、法人和其他组织…${n}件 with 本年新收 ${received}`);
    },
  },
  {
    // 无因政府信息公开导致的行政复议 against table 四's cases.
    rule: 'text-table-mismatch',
    applies: (d) => !!d.format.tables.review && d.format.years[0] !== null && d.format.years[0] >= 2019 && reconsiderations(d) > 0,
    apply(d, rng) {
      return appendTo(d, rng, '全年无因政府信息公开导致的行政复议。', this.rule, `无因…导致的行政复议 with ${reconsiderations(d)} cases in table 四`);
    },
  },
  {
    // 办结率100% for this year's applications while table 三 carries some over (info).
    rule: 'text-claim',
    applies: (d) => !!d.format.tables.applications && d.format.years[0] !== null && d.format.years[0] >= 2019 && carriedOver(d) > 0,
    apply(d, rng) {
      return appendTo(d, rng, `全年共收到政府信息公开申请${tableTotal(d, 'new')}件，办结率100%。`, this.rule, `办结率100% with ${carriedOver(d)} carried over`);
    },
  },
  {
    // A paragraph of its own: the closed total, then the dispositions table 三 holds (无法提供 by its reasons),
    // leaving out those at 0, adding up to another figure.
    rule: 'text-disposition-sum',
    applies: (d) => !!d.format.tables.applications && d.format.years[0] !== null && d.format.years[0] >= 2019 && disposition(d, 'total') > 0
      && sentenceLines(d, ['general', 'applications', 'other']).length > 0
      && DISPOSITION_IDS.filter((id) => disposition(d, id) > 0).length >= 2,
    apply(d, rng) {
      const sum = disposition(d, 'total');
      const next = tableTotal(d, 'next');
      const carried = tableTotal(d, 'carried');
      const off = rng.sample([1, 2, 3, 4, 5, 6, -1, -2, -3], 9).find((k) => sum + k > 0 && ![0, next, -carried, next - carried].includes(k))!;
      const spec = d.format.tables.applications;
      const reasons = spec && spec.kind === 'grid' ? spec.rows.filter((r) => r.parent === 'unable' && !r.group) : [];
      const parts = DISPOSITION_IDS.flatMap((id, i) => {
        if (disposition(d, id) === 0) return [];
        if (id !== 'unable' || !reasons.length) return [`${DISPOSITION_WORDS[i]}${disposition(d, id)}件`];
        return reasons.filter((r) => disposition(d, r.id) > 0).map((r) => `${r.label.replace(/^\s*\d+[.．、]\s*/, '')}${disposition(d, r.id)}件`);
      });
      const sentence = `全年共办结政府信息公开申请${sum + off}件。${parts.join('，')}。`;
      return insertParagraph(d, rng, sentence, this.rule, `dispositions at 0 left out, the rest adding up to ${sum}, total stated ${sum + off}`);
    },
  },
];

/** A cell of table 二 (the draft's line and cell index), or null when the format has none. */
function activeCell(d: Draft, row: string, col: string): { line: number; index: number } | null {
  if (!d.format.tables.active || d.format.tables.active.kind !== 'blocks') return null;
  try { return d.lines.cell('active', row, col); } catch { return null; }
}

/** The column 现行有效件数 is compared with: 本年制发 (2021) or 本年新公开 (2019). */
function activeBase(d: Draft): string | null {
  return activeCell(d, 'normative', 'issued') ? 'issued' : activeCell(d, 'normative', 'published') ? 'published' : null;
}

/** The draft's lines without the clause on cleaning up the documents in force (it explains table 二's figures). */
function withoutCleanUp(d: Draft): string[] {
  const clause = d.convert('对现行有效的行政规范性文件进行集中清理，');
  return d.text.split(d.eol).map((l) => l.split(clause).join(''));
}

/** Some prose line (outside tables) matches. */
function proseSays(d: Draft, lines: string[], re: RegExp): boolean {
  const table = new Set<number>();
  for (const t of ['active', 'applications', 'review']) {
    const spec = d.format.tables[t as 'active'];
    if (!spec) continue;
    const rows = spec.kind === 'blocks' ? spec.blocks.flatMap((b) => b.rows.map((r) => r.id)) : spec.kind === 'grid' ? spec.rows.map((r) => r.id) : ['data'];
    for (const r of rows) { try { table.add(d.lines.row(t, r)); } catch { /* not rendered */ } }
  }
  const conv = new RegExp(d.convert(re.source));
  return lines.some((l, i) => !table.has(i) && !/^\s*\|/.test(l) && (re.test(l) || conv.test(l)));
}

function tableTotal(d: Draft, row: string): number {
  return d.counts.get('applications')?.get(cellKey(row, 'total')) ?? 0;
}

/** Inserts a sentence as a paragraph of its own after a prose line; the fault is on the new line. */
function insertParagraph(d: Draft, rng: Rng, sentence: string, rule: string, what: string): Fault {
  const preferred = sentenceLines(d, ['general', 'applications', 'other']);
  const at = rng.pick(preferred.length ? preferred : allSentenceLines(d));
  const lines = d.text.split(d.eol);
  const blank = d.flavour === 'md' ? [''] : [];
  lines.splice(at + 1, 0, ...blank, d.convert(sentence));
  return { text: lines.join(d.eol), rule, line: at + 1 + blank.length, what };
}
