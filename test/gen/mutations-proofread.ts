// Proofreading faults injected into clean generated drafts (text-placeholder, text-doubled):
// a fill-in instruction left from the template, and a word written twice. Each names the
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
];
