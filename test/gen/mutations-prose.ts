// One fault per prose rule (text-table-mismatch, text-sum, text-rate, year-mismatch),
// injected as a sentence appended to a prose paragraph of a clean generated draft. Each
// returns the 0-based line where its rule must report (the paragraph it was appended to).
import type { Draft } from './drafts';
import type { Fault, Mutation } from './mutations';
import { cellKey } from './counts';
import type { Rng } from './rng';

/** Prose paragraphs that end a sentence (an appended sentence then starts a new one). */
function sentenceLines(d: Draft, sections: string[]): number[] {
  const lines = d.text.split(d.eol);
  return sections.flatMap((id) => d.lines.prose(id)).filter((l) => /[。]$/.test(lines[l]));
}

function appendTo(d: Draft, rng: Rng, sentence: string, rule: string, what: string): Fault {
  const preferred = sentenceLines(d, ['applications', 'general', 'problems']);
  const lines = preferred.length ? preferred : sentenceLines(d, ['', ...d.lines.sectionIds()]);
  const line = rng.pick(lines);
  const out = d.text.split(d.eol);
  out[line] += d.convert(sentence);
  return { text: out.join(d.eol), rule, line, what };
}

const tabular = (d: Draft) => !!d.format.tables.applications && !!d.format.tables.review;

/** A wrong figure: the table's value moved by 1–3 (never below zero). */
function off(rng: Rng, v: number): number {
  const k = rng.int(1, 3);
  return v >= k && rng.chance(0.4) ? v - k : v + k;
}

export const MUTATIONS: Mutation[] = [
  {
    rule: 'text-table-mismatch',
    applies: tabular,
    apply(d, rng) {
      const apps = d.counts.get('applications')!;
      const review = d.counts.get('review')!;
      const at = (row: string) => apps.get(cellKey(row, 'total')) ?? 0;
      const [template, v] = rng.pick<[(n: number) => string, number]>([
        [(n) => `全年新收政府信息公开申请${n}件。`, at('new')],
        [(n) => `上年结转政府信息公开申请${n}件。`, at('carried')],
        [(n) => `结转下年度继续办理${n}件。`, at('next')],
        [(n) => `本机关对${n}件申请予以公开。`, at('open')],
        [(n) => `全年发生政府信息公开行政复议案件${n}件。`, review.get(cellKey('data', 'reconsideration.total')) ?? 0],
        [(n) => `予以公开及部分公开${n}件。`, at('open') + at('partial')],
        [(n) => `全年共收到政府信息公开申请${n}件（含上年结转）。`, at('new') + at('carried')],
        [(n) => `政府信息公开行政复议被纠错${n}件。`, review.get(cellKey('data', 'reconsideration.corrected')) ?? 0],
      ]);
      const wrong = off(rng, v);
      return appendTo(d, rng, template(wrong), this.rule, `stated ${template(wrong)} (table ${v})`);
    },
  },
  {
    rule: 'text-sum',
    applies: () => true,
    apply(d, rng) {
      const parts = [rng.int(100, 3000), rng.int(100, 3000), rng.int(10, 500)];
      const sum = parts[0] + parts[1] + parts[2];
      // Parts beyond the total are always wrong; a shortfall only counts when the list is exhaustive.
      const total = rng.chance(0.5) ? sum + rng.int(1, 90) : sum - rng.int(1, 90);
      const sentence = rng.chance(0.5)
        ? `全年共接待群众咨询${total}人次，其中现场咨询${parts[0]}人次，电话咨询${parts[1]}人次，网上咨询${parts[2]}人次。`
        : `全年共编发政务信息${total}条，其中工作动态${parts[0]}条，通知公告${parts[1]}条，其他信息${parts[2]}条。`;
      return appendTo(d, rng, sentence, this.rule, `parts ${sum} vs total ${total}`);
    },
  },
  {
    rule: 'text-rate',
    applies: () => true,
    apply(d, rng) {
      const received = rng.int(200, 5000);
      const done = received - rng.int(0, Math.floor(received / 10));
      const exact = (done / received) * 100;
      const stated = Math.round(exact) > 90 ? Math.round(exact) - rng.int(2, 9) : Math.round(exact) + rng.int(2, 9);
      const sentence = `全年受理群众来电${received}件，办结${done}件，办结率${stated}%。`;
      return appendTo(d, rng, sentence, this.rule, `${done}/${received} = ${exact.toFixed(2)}% stated ${stated}%`);
    },
  },
  {
    rule: 'year-mismatch',
    applies: () => true,
    apply(d, rng) {
      const y = d.year - 1;
      const sentence = rng.pick([`${y}年，本机关进一步规范政府信息公开工作流程。`, `${y}年度，全年各项工作有序推进。`]);
      return appendTo(d, rng, sentence, this.rule, `opened a sentence with ${y}年`);
    },
  },
];
