// The audit of issue #16 sections 2 and 3: one mutation for each reviewer's check that the other
// mutation files leave out, injected into a clean generated draft. Prose against the tables: 办结 N 件
// against （七）总计, one disposition group (不予公开, 无法提供, 不予处理, 其他处理) against its rows, a named
// reason against its numbered row, applicants (自然人, 法人或其他组织) against their columns, also in the
// sentence after the received total (其中…), 无被纠错 against table 四, a received total against a blank
// 总计 column. Report level: a title without its year or its issuer, a title's words garbled
// (工作告年度报), an addressee line under the title (市政府办公室：), an opening that publishes another
// unit's report, the 2008 regulation cited in a 2019+ report, placeholders (XX, a blank before a
// measure word, empty brackets, (略)), damaged text (***, U+FFFD), a date whose 年 and 月 were lost
// (2020211日), a statistical period of another year, a misspelt statutory row label. Same contract as
// mutations.ts: each returns the 0-based line where its rule must report.
import { cellTexts, replaceCell } from './cells';
import { cellKey } from './counts';
import type { Draft } from './drafts';
import type { Fault, Mutation } from './mutations';
import type { Rng } from './rng';

const govInfo = (d: Draft) => d.kind.startsWith('gov-info');
/** 2019 and 2021 formats: tables 三 and 四. */
const tabular = (d: Draft) => !!d.format.tables.applications && !!d.format.tables.review && d.format.years[0] !== null && d.format.years[0] >= 2019;

function sentenceLines(d: Draft, sections: string[]): number[] {
  const lines = d.text.split(d.eol);
  return sections.flatMap((id) => d.lines.prose(id)).filter((l) => /[。]$/.test(lines[l]));
}

function allSentenceLines(d: Draft): number[] {
  return sentenceLines(d, d.lines.sectionIds());
}

/** Appends a sentence to a prose paragraph (preferably of 一, 五 or 六). */
function appendTo(d: Draft, rng: Rng, sentence: string, rule: string, what: string, sections = ['general', 'problems', 'other']): Fault {
  const preferred = sentenceLines(d, sections);
  const line = rng.pick(preferred.length ? preferred : allSentenceLines(d));
  const out = d.text.split(d.eol);
  out[line] += d.convert(sentence);
  return { text: out.join(d.eol), rule, line, what };
}

function edit(d: Draft, line: number, f: (s: string) => string, rule: string, what: string): Fault {
  const out = d.text.split(d.eol);
  out[line] = f(out[line]);
  return { text: out.join(d.eol), rule, line, what };
}

function total(d: Draft, row: string): number {
  return d.counts.get('applications')?.get(cellKey(row, 'total')) ?? 0;
}

/** Table 三 rows under a group (its numbered reasons), or the row itself. */
function rowsOf(d: Draft, id: string): string[] {
  const spec = d.format.tables.applications;
  if (!spec || spec.kind !== 'grid') return [id];
  const kids = spec.rows.filter((r) => r.parent === id && !r.group).map((r) => r.id);
  return kids.length ? kids : [id];
}

function groupTotal(d: Draft, id: string): number {
  return rowsOf(d, id).reduce((n, r) => n + total(d, r), 0);
}

/** A wrong figure: off by 1–4 from `v` and equal to none of `avoid`. */
function wrong(rng: Rng, v: number, avoid: number[] = []): number {
  return rng.sample([1, 2, 3, 4, -1, -2, -3], 7).map((k) => v + k).find((x) => x >= 0 && x !== v && !avoid.includes(x))!;
}

/** Applicant column sums over table 三's row 一 (自然人; the legal-person columns). */
function applicants(d: Draft, row: string): { natural: number; legal: number } {
  const spec = d.format.tables.applications;
  const c = d.counts.get('applications');
  if (!spec || spec.kind !== 'grid' || !c) return { natural: 0, legal: 0 };
  const legal = spec.columns.filter((x) => x.group && /法人/.test(x.group)).reduce((n, x) => n + (c.get(cellKey(row, x.id)) ?? 0), 0);
  return { natural: c.get(cellKey(row, 'natural')) ?? 0, legal };
}

function corrected(d: Draft): number {
  const c = d.counts.get('review');
  return ['reconsideration', 'direct', 'after'].reduce((n, g) => n + (c?.get(cellKey('data', `${g}.corrected`)) ?? 0), 0);
}

const GROUPS: [string, string][] = [['deny', '不予公开'], ['unable', '无法提供'], ['noproc', '不予处理'], ['otherproc', '其他处理']];

/** The first paragraph after the title, before the first heading. */
function introLine(d: Draft): number | null {
  const lines = d.text.split(d.eol);
  const first = Math.min(...d.lines.sectionIds().map((id) => d.lines.heading(id)));
  for (let l = d.lines.title + 1; l < first; l++) if (lines[l].trim()) return l;
  return null;
}

const editable = (d: Draft) => d.layout === 'gfm' || d.layout === 'loose-pipe' || d.layout === 'tab';

export const MUTATIONS: Mutation[] = [
  {
    // 办结 N 件 against （七）总计 (N neither the received total nor received + carried over).
    rule: 'text-table-mismatch',
    applies: tabular,
    apply(d, rng) {
      const closed = total(d, 'total');
      const n = wrong(rng, closed, [total(d, 'new'), total(d, 'new') + total(d, 'carried')]);
      return appendTo(d, rng, `全年共办结政府信息公开申请${n}件。`, this.rule, `办结 ${n} with （七）总计 ${closed}`, ['applications', 'general']);
    },
  },
  {
    // One disposition group stated as a whole: its rows' sum in table 三.
    rule: 'text-table-mismatch',
    applies: tabular,
    apply(d, rng) {
      const [id, word] = rng.pick(GROUPS);
      const v = groupTotal(d, id);
      const n = wrong(rng, v);
      return appendTo(d, rng, `对政府信息公开申请作出${word}答复${n}件。`, this.rule, `${word} ${n} with table ${v}`, ['applications', 'general']);
    },
  },
  {
    // A named reason (本机关不掌握相关政府信息, 重复申请 …) against its numbered row.
    rule: 'text-table-mismatch',
    applies: tabular,
    apply(d, rng) {
      const spec = d.format.tables.applications;
      const rows = spec && spec.kind === 'grid' ? spec.rows.filter((r) => r.parent && !r.group && /^\d/.test(r.label) && /本机关不掌握|重复申请|信访举报|公开出版物|国家秘密|第三方合法权益|内部事务|过程性信息|行政执法案卷|行政查询事项/.test(r.label)) : [];
      const r = rng.pick(rows);
      const label = r.label.replace(/^\s*\d+[.．、]\s*/, '').replace(/^属于/, '');
      const v = total(d, r.id);
      const n = wrong(rng, v);
      return appendTo(d, rng, `政府信息公开申请中属于“${label}”的${n}件。`, this.rule, `${label} ${n} with table ${v}`, ['applications', 'general']);
    },
  },
  {
    // 自然人 and 法人或其他组织 in the sentence of the received total, one of them wrong.
    rule: 'text-table-mismatch',
    applies: (d) => tabular(d) && total(d, 'new') > 0,
    apply(d, rng) {
      const a = applicants(d, 'new');
      const b = applicants(d, 'carried');
      const bad = rng.chance(0.5) ? 'natural' : 'legal';
      const natural = bad === 'natural' ? wrong(rng, a.natural, [a.natural + b.natural]) : a.natural;
      const legal = bad === 'legal' ? wrong(rng, a.legal, [a.legal + b.legal]) : a.legal;
      const sentence = `全年共收到政府信息公开申请${total(d, 'new')}件，其中自然人提出申请${natural}件，法人或其他组织提出申请${legal}件。`;
      return appendTo(d, rng, sentence, this.rule, `自然人 ${natural}/${a.natural}, 法人或其他组织 ${legal}/${a.legal}`, ['applications', 'general']);
    },
  },
  {
    // 无被纠错 while table 四 counts corrected cases.
    rule: 'text-table-mismatch',
    applies: (d) => tabular(d) && corrected(d) > 0,
    apply(d, rng) {
      return appendTo(d, rng, '全年政府信息公开行政复议、行政诉讼案件无被纠错情况。', this.rule, `无被纠错 with ${corrected(d)} corrected in table 四`);
    },
  },
  {
    // Table 三's 总计 column left blank; the prose's received total differs from the applicants' sum.
    rule: 'text-table-mismatch',
    applies: (d) => tabular(d) && editable(d) && d.lines.prose('applications').length + d.lines.prose('general').length > 0,
    apply(d, rng) {
      const spec = d.format.tables.applications;
      const out = d.text.split(d.eol);
      if (spec && spec.kind === 'grid') {
        for (const r of spec.rows) {
          if (r.group) continue;
          const at = d.lines.cell('applications', r.id, 'total');
          out[at.line] = replaceCell(out[at.line], d.layout, at.index, '');
        }
      }
      const received = total(d, 'new');
      const n = wrong(rng, received, [received + total(d, 'carried')]);
      const candidates = sentenceLines(d, ['applications', 'general']);
      const line = rng.pick(candidates.length ? candidates : allSentenceLines(d));
      out[line] += d.convert(`全年新收政府信息公开申请${n}件。`);
      return { text: out.join(d.eol), rule: this.rule, line, what: `总计 column blank, 新收 ${n} with applicants' sum ${received}` };
    },
  },
  {
    rule: 'title-nonstandard',
    applies: (d) => govInfo(d) && d.text.split(d.eol)[d.lines.title].includes(d.convert(`${d.year}年`)),
    apply(d) {
      return edit(d, d.lines.title, (s) => s.replace(new RegExp(`${d.year}年度?`), ''), this.rule, 'title without its year');
    },
  },
  {
    rule: 'title-nonstandard',
    applies: (d) => govInfo(d) && d.text.split(d.eol)[d.lines.title].includes(d.convert(d.issuer)),
    apply(d) {
      return edit(d, d.lines.title, (s) => s.replace(d.convert(d.issuer), ''), this.rule, 'title without its issuer');
    },
  },
  {
    // Characters of the statutory words shuffled in the paste: 工作告年度报 for 工作年度报告.
    rule: 'title-nonstandard',
    applies: (d) => govInfo(d) && d.text.split(d.eol)[d.lines.title].includes(d.convert('工作年度报告')),
    apply(d, rng) {
      const garbled = rng.pick(['工作告年度报', '工作年报度告', '工作年度告报']);
      return edit(d, d.lines.title, (s) => s.replace(d.convert('工作年度报告'), d.convert(garbled)), this.rule, `title with ${garbled}`);
    },
  },
  {
    // An addressee line right under the title: the report written as a letter to a superior.
    rule: 'report-letter',
    applies: () => true,
    apply(d, rng) {
      const out = d.text.split(d.eol);
      const to = d.convert(rng.pick(['市政府办公室：', '县人民政府：', '主送：县政务公开领导小组办公室']));
      const add = d.flavour === 'md' ? ['', to] : [to];
      out.splice(d.lines.title + 1, 0, ...add);
      return { text: out.join(d.eol), rule: this.rule, line: d.lines.title + add.length, what: `addressed to ${to}` };
    },
  },
  {
    // The opening publishes another unit's report (copied from a neighbour's).
    rule: 'issuer-mismatch',
    applies: (d) => govInfo(d) && introLine(d) !== null && /[县区]/.test(d.issuer),
    apply(d, rng) {
      const line = introLine(d)!;
      const m = /([\u4e00-\u9fff]{2})(县|区)/.exec(d.issuer.replace(/^[\u4e00-\u9fff]{2}市/, ''))!;
      const other = d.issuer.replace(m[0], rng.pick(['白沙', '石门', '桃源', '松阳'].filter((n) => n !== m[1])) + m[2]);
      const sentence = `现向社会公布${other}${d.year}年度政府信息公开工作年度报告。`;
      return edit(d, line, (s) => d.convert(sentence) + s, this.rule, `opening publishes ${other}'s report`);
    },
  },
  {
    // A 2019+ report naming the 2008 regulation as its basis.
    rule: 'citation-outdated',
    applies: (d) => govInfo(d) && d.year >= 2019,
    apply(d, rng) {
      const basis = rng.pick(['《中华人民共和国政府信息公开条例》（国务院令第492号）', '2008年5月1日起施行的《中华人民共和国政府信息公开条例》']);
      return appendTo(d, rng, `本报告根据${basis}要求编制。`, this.rule, `cited ${basis}`);
    },
  },
  {
    rule: 'text-placeholder',
    applies: (d) => allSentenceLines(d).length > 0,
    apply(d, rng) {
      const s = rng.pick(['全年累计发布政务信息XX条。', '全年累计发布政务信息   条。', '在门户网站()栏目公开。', '具体情况(略)。', '组织培训××场次。']);
      return appendTo(d, rng, s, this.rule, `wrote ${s}`);
    },
  },
  {
    rule: 'text-damaged',
    applies: (d) => allSentenceLines(d).length > 0,
    apply(d, rng) {
      const s = rng.pick(['进一步加强***管理。', '进一步加强\uFFFD\uFFFD管理。']);
      return appendTo(d, rng, s, this.rule, `wrote ${s}`);
    },
  },
  {
    // A date whose 年 and 月 were lost (2020211日).
    rule: 'date-malformed',
    applies: () => true,
    apply(d, rng) {
      const date = `${d.year}${rng.int(2, 9)}${rng.int(10, 28)}日`;
      return appendTo(d, rng, `${date}，召开政务公开工作专题会议。`, this.rule, `wrote ${date}`);
    },
  },
  {
    // The statistical period of the year before.
    rule: 'date-malformed',
    applies: () => true,
    apply(d, rng) {
      const y = d.year - 1;
      return appendTo(d, rng, `本报告中所列数据的统计期限自${y}年1月1日起至${y}年12月31日止。`, this.rule, `statistical period of ${y}`);
    },
  },
  {
    // A statutory row label with characters lost inside it: the closest label is proposed. (The
    // reasons of 不予公开 and 无法提供: a garbled 不予处理/其他处理 label whose tail is another label of
    // the table, 4.无正当理复申请, is still read as that label (2.重复申请): parse/row-match.ts weighs
    // no Arabic numbering.)
    rule: 'table-row-unknown',
    applies: (d) => tabular(d) && editable(d),
    apply(d, rng) {
      const spec = d.format.tables.applications;
      const rows = spec && spec.kind === 'grid' ? spec.rows.filter((r) => (r.parent === 'deny' || r.parent === 'unable') && !r.group && /^\d[.．][\u4e00-\u9fff]+$/.test(r.label) && r.label.length >= 9) : [];
      const r = rng.pick(rows);
      const line = d.lines.row('applications', r.id);
      const out = d.text.split(d.eol);
      const label = cellTexts(out[line], d.layout)[0];
      // Characters lost inside the label (its number, first and last character kept): a fifth of it or more.
      const head = /^\s*\d+[.．]\s*/.exec(label)![0].length;
      const n = Math.max(3, Math.ceil((label.length - head) / 5) + 1);
      const at = rng.int(head + 1, label.length - 1 - n);
      const damaged = label.slice(0, at) + label.slice(at + n);
      out[line] = replaceCell(out[line], d.layout, 0, damaged);
      return { text: out.join(d.eol), rule: this.rule, line, what: `label ${label} → ${damaged}` };
    },
  },
  {
    // The applicants in the sentence after the received total, opening with 其中.
    rule: 'text-table-mismatch',
    applies: (d) => tabular(d) && total(d, 'new') > 0,
    apply(d, rng) {
      const a = applicants(d, 'new');
      const b = applicants(d, 'carried');
      const natural = wrong(rng, a.natural, [a.natural + b.natural]);
      const sentence = `全年共收到政府信息公开申请${total(d, 'new')}件。其中，自然人${natural}件，法人或其他组织${a.legal}件。`;
      return appendTo(d, rng, sentence, this.rule, `其中，自然人 ${natural}/${a.natural}`, ['applications', 'general']);
    },
  },
];
