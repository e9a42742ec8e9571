// Proofreading faults injected into clean generated drafts (text-placeholder, text-doubled, text-enumeration):
// a fill-in instruction left from the template, a word written twice, a list's point numbered one too far. Each names the
// 0-based line where its rule must report.
import { doubledAt } from '../../server/src/core/rules/text-doubled';
import type { Draft } from './drafts';
import type { Mutation } from './mutations';

function proseLines(d: Draft): number[] {
  return d.lines.sectionIds().flatMap((id) => d.lines.prose(id));
}

const INSTRUCTIONS = ['（在此填写主要举措）', '【请填写公开渠道】', '（此处补充具体数据）'];

export const MUTATIONS: Mutation[] = [
  {
    rule: 'text-placeholder',
    applies: (d) => proseLines(d).length > 0,
    apply(d, rng) {
      const line = rng.pick(proseLines(d));
      const lines = d.text.split(d.eol);
      const instruction = d.convert(rng.pick(INSTRUCTIONS));
      lines[line] = lines[line] + instruction;
      return { text: lines.join(d.eol), rule: this.rule, line, what: `left “${instruction}” at the end of the line` };
    },
  },
  {
    rule: 'text-doubled',
    applies: (d) => proseLines(d).length > 0,
    apply(d, rng) {
      const lines = d.text.split(d.eol);
      for (const line of rng.sample(proseLines(d), 50)) {
        const t = lines[line];
        // A two-character Han word whose doubling the rule takes for a mistake.
        const spots: number[] = [];
        for (let i = 0; i + 1 < t.length; i++) if (doubledAt(t.slice(0, i + 2) + t.slice(i, i + 2), i) === 2) spots.push(i);
        if (!spots.length) continue;
        const at = rng.pick(spots);
        const w = t.slice(at, at + 2);
        lines[line] = t.slice(0, at + 2) + w + t.slice(at + 2);
        return { text: lines.join(d.eol), rule: this.rule, line, what: `doubled “${w}” at column ${at}` };
      }
      throw new Error('no word to double');
    },
  },
  {
    // The last point of a 一是…二是… list numbered one too far (二是 → 三是): text-enumeration.
    rule: 'text-enumeration',
    applies: (d) => proseLines(d).some((l) => /一是.*二是/.test(d.text.split(d.eol)[l])),
    apply(d, rng) {
      const lines = d.text.split(d.eol);
      const line = rng.pick(proseLines(d).filter((l) => /一是.*二是/.test(lines[l])));
      const t = lines[line];
      const marks = [...t.matchAll(/([二三四五六七八])是/g)];
      const last = marks[marks.length - 1];
      const next = '三四五六七八九'['二三四五六七八'.indexOf(last[1])];
      lines[line] = t.slice(0, last.index!) + next + t.slice(last.index! + 1);
      return { text: lines.join(d.eol), rule: this.rule, line, what: `${last[1]}是 numbered ${next}是 at column ${last.index}` };
    },
  },
];
